/**
 * The sign-in throttle cannot be turned against staff (OWASP device cookies), on a console of its own (its own
 * database and account, so the guessing here cannot slow any other spec): strangers guessing at a named account
 * are slowed and then refused, even with the right password, while the owner's browser, which signed in before,
 * signs in at once. The refusal is shown with JavaScript off too.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { freePort, startExtraConsole, type ExtraConsole } from '../support/extra-console';

const OWNER = { email: 'owner@example.com', password: 'owner-password-1' };
let extra: ExtraConsole;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  extra = await startExtraConsole(await freePort(), {
    CONSOLE_USERS: `${OWNER.email}:support:${OWNER.password}`,
  });
});
test.afterAll(async () => {
  await extra?.stop();
});

async function signIn(page: Page, password: string) {
  await page.goto(`${extra.url}/sign-in`);
  // Submitted as a plain form: the same path a submit before hydration takes.
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForLoadState('load');
}

const noScript = (browser: Browser) => browser.newContext({ javaScriptEnabled: false });

test('strangers guessing at an account cannot keep its owner out', async ({ browser }) => {
  // The owner signs in once from their browser, then their session ends (the device cookie stays).
  const owner = await noScript(browser);
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, OWNER.password);
  await expect(ownerPage).not.toHaveURL(/\/sign-in/);
  await owner.clearCookies({ name: /session-token/ });

  // Strangers, each from a fresh browser and claiming another address, guess until they are refused.
  const stranger = await noScript(browser);
  await stranger.setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.7' });
  const guesser = await stranger.newPage();
  const told: string[] = [];
  for (let i = 0; i < 6; i++) {
    await signIn(guesser, `guess-${i}`);
    told.push((await guesser.getByRole('alert').first().textContent()) ?? '');
  }
  expect(told.slice(0, 5).every((t) => /incorrect/.test(t))).toBe(true);
  expect(told[5]).toMatch(/Too many sign-in attempts .* try again in 15 min, or sign in from a browser/);
  // Even the right password from an unknown browser now waits...
  const newcomer = await (await noScript(browser)).newPage();
  await signIn(newcomer, OWNER.password);
  await expect(newcomer.getByRole('alert').first()).toContainText('Too many sign-in attempts');
  // ...while the owner's browser signs in at once.
  await signIn(ownerPage, OWNER.password);
  await expect(ownerPage).not.toHaveURL(/\/sign-in/);
  await expect(ownerPage.getByText(OWNER.email).first()).toBeVisible();
});
