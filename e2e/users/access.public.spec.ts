import { expect, test } from '../support/hydrated';

test('signed out, user pages redirect to sign-in and user APIs answer 401', async ({ page, request }) => {
  await page.goto('/users/bob%40example.com');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  for (const path of [
    '/api/environments/development/users/bob%40example.com/accounts',
    '/api/environments/development/readiness-grid?configId=cfg_1',
    '/api/environments/development/readiness-grid/csv?configId=cfg_1',
    '/api/environments/development/identifiers?q=bob',
  ]) {
    expect((await request.get(path)).status(), path).toBe(401);
  }
});
