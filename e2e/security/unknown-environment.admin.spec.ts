/** An environment that does not exist, in a page's address or an API path: a 404 that names the ones there are. */
import { expect, test } from '../support/hydrated';

const SAYS = 'There is no environment named "staging". This console has: development, production.';

test('a page of an unknown environment is the not-found page, saying which environments there are', async ({
  page,
}) => {
  const res = await page.goto('/staging/configs');
  expect(res?.status()).toBe(404);
  await expect(page.getByText(SAYS)).toBeVisible();
});

test('an API path of an unknown environment is a JSON 404 saying the same', async ({ request }) => {
  const res = await request.get('/api/environments/staging/identifiers');
  expect(res.status()).toBe(404);
  expect(((await res.json()) as { error: string }).error).toBe(SAYS);
});
