/**
 * The sign-in callback through a real browser: whatever `callbackUrl` a link carries, signing in lands on the
 * console. Every request the browser makes to another host is recorded (and refused, there is no network), so
 * a redirect that would have left is caught even though it could not arrive anywhere.
 */
import { expect, test } from '@playwright/test';
import { E2E } from '../support/e2e-env';
import { waitForHydration } from '../support/hydrated';
import { settle } from '../support/settle';

const CONSOLE = new URL(E2E.consoleUrl);

// The payloads that get past "starts with / and not //" and the like; the unit test has the full corpus.
const PAYLOADS = [
  '/\\evil.example',
  '/\t/evil.example',
  '//evil.example',
  '\\\\evil.example',
  '/%5Cevil.example',
  '/%09/evil.example',
  'https:evil.example',
  'https://evil.example/',
  `http://${CONSOLE.host}@evil.example/`,
  `//${CONSOLE.host}.evil.example/`,
  'javascript:alert(document.domain)',
  '/.//evil.example',
];

test.describe.configure({ mode: 'serial' });

for (const payload of PAYLOADS) {
  test(`signing in with callbackUrl=${JSON.stringify(payload)} stays on the console`, async ({ browser }) => {
    const context = await browser.newContext();
    const offsite: string[] = [];
    await context.route(
      (url) => url.host !== CONSOLE.host,
      (route) => {
        offsite.push(route.request().url());
        return route.abort();
      },
    );
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(payload)}`);
    await waitForHydration(page);
    await page.getByLabel('Email').fill(E2E.accounts.support.email);
    await page.getByLabel('Password').fill(E2E.accounts.support.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((u) => u.host !== CONSOLE.host || !u.pathname.startsWith('/sign-in'), {
      timeout: 20_000,
    });
    await settle(page).catch(() => undefined);
    expect(offsite, 'no request left the console').toEqual([]);
    expect(new URL(page.url()).origin).toBe(CONSOLE.origin);
    expect(dialogs, 'no script ran from the address').toEqual([]);
    await context.close();
  });
}

test('a sign-in posted straight to Auth.js redirects on the console too, whatever its callbackUrl', async ({
  playwright,
}) => {
  for (const payload of PAYLOADS) {
    const request = await playwright.request.newContext({ baseURL: E2E.consoleUrl });
    const csrf = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const res = await request.post('/api/auth/callback/credentials', {
      form: { csrfToken: csrf.csrfToken, ...E2E.accounts.support, callbackUrl: payload },
      maxRedirects: 0,
    });
    await request.dispose();
    const location = res.headers()['location'] ?? '';
    expect(new URL(location, E2E.consoleUrl).origin, `${payload} -> ${location}`).toBe(CONSOLE.origin);
  }
});
