/**
 * Single sign-on end to end: a real OpenID Connect provider (oidc-provider) started here, and a second console
 * from the same production build configured for it (OIDC only, no passwords). The provider is strict: its ID
 * token holds only `sub`, so the console must read email and groups from userinfo to find anyone's role.
 * Roles come from the settings the console documents: ADMIN_EMAILS for the admin, the `groups` claim
 * (AUTH_ROLE_CLAIM, under a scope of its own that AUTH_OIDC_SCOPES asks for) for support; the third person has
 * neither and is refused.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from '../support/hydrated';
import { freePort, startExtraConsole, type ExtraConsole } from '../support/extra-console';
import { startOidcProvider, type LocalOidcProvider } from '../support/oidc-provider';

const PEOPLE: Record<string, Record<string, unknown>> = {
  'sub-ada': { email: 'Ada@Example.com', name: 'Ada', groups: ['engineering'] },
  'sub-sam': { email: 'sam@example.com', name: 'Sam', groups: ['engineering', 'support'] },
  'sub-nobody': { email: 'nobody@example.com', name: 'Nobody', groups: ['engineering'] },
};
const BUTTON = 'Continue with Local SSO';

let provider: LocalOidcProvider;
let consoleApp: ExtraConsole;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  provider = await startOidcProvider({
    redirectUri: `http://127.0.0.1:${port}/api/auth/callback/oidc`,
    people: PEOPLE,
  });
  consoleApp = await startExtraConsole(port, {
    AUTH_CREDENTIALS: 'off',
    AUTH_OIDC_ISSUER: provider.issuer,
    AUTH_OIDC_CLIENT_ID: provider.clientId,
    AUTH_OIDC_CLIENT_SECRET: provider.clientSecret,
    AUTH_OIDC_NAME: 'Local SSO',
    AUTH_OIDC_SCOPES: 'openid profile email groups',
    ADMIN_EMAILS: 'ada@example.com',
    AUTH_ROLE_CLAIM: 'groups',
  });
});

test.afterAll(async () => {
  await consoleApp?.stop();
  await provider?.close();
});

/** The whole round trip a person makes: console sign-in, the provider's login and consent, back again. */
async function signInAs(page: Page, sub: string) {
  await page.goto(`${consoleApp.url}/sign-in`);
  await expect(page.getByLabel('Password'), 'OIDC only: no password form').toHaveCount(0);
  await page.getByRole('button', { name: BUTTON }).click();
  await page.waitForURL((u) => u.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(sub);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Back on the very address the person started from (127.0.0.1, not Next's `localhost`), past the callback.
  await page.waitForURL((u) => u.origin === consoleApp.url && !u.pathname.startsWith('/api/auth'));
  await waitForHydration(page);
}

const sessionCookie = async (page: Page) =>
  (await page.context().cookies(consoleApp.url)).find((c) => c.name.includes('session-token'));

test('an admin named in ADMIN_EMAILS, whose email only userinfo carries, signs in as admin', async ({
  page,
}) => {
  await signInAs(page, 'sub-ada');
  expect(new URL(page.url()).pathname).toBe('/');
  const header = page.getByRole('banner');
  await expect(header.getByText('ada@example.com')).toBeVisible();
  await expect(header.getByText('admin', { exact: true })).toBeVisible();
  await page.goto(`${consoleApp.url}/configs`);
  await expect(page.getByRole('link', { name: 'New config' })).toBeVisible();
});

test('a person in the support group signs in as support, without admin controls', async ({ page }) => {
  await signInAs(page, 'sub-sam');
  expect(new URL(page.url()).pathname).toBe('/');
  const header = page.getByRole('banner');
  await expect(header.getByText('sam@example.com')).toBeVisible();
  await expect(header.getByText('support', { exact: true })).toBeVisible();
  await page.goto(`${consoleApp.url}/configs`);
  await expect(page.getByRole('heading', { name: 'MCP configs' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New config' })).toHaveCount(0);
  expect((await page.goto(`${consoleApp.url}/tokens`))?.status()).toBe(403);
});

test('a person with no role is refused with a clear message and gets no session', async ({ page }) => {
  await signInAs(page, 'sub-nobody');
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await expect(page.getByText('Your account has no role in this console')).toBeVisible();
  await expect(page.getByRole('button', { name: BUTTON })).toBeVisible();
  expect(await sessionCookie(page)).toBeUndefined();
  await page.goto(`${consoleApp.url}/configs`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});
