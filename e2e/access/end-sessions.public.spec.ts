/**
 * Access taken back at once, in the browser: an admin finds support on the people page (reached from the
 * menu) and ends their sessions; support's next click lands on sign-in. Once with JavaScript, once with the
 * admin's JavaScript off (the dialog opens by invoker command and its form posts without a script). On a
 * console of its own, so ending support's sessions cannot sign out the shared console's support specs.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E } from '../support/e2e-env';
import { freePort, startExtraConsole, type ExtraConsole } from '../support/extra-console';
import { hydrating } from '../support/hydrated';

let extra: ExtraConsole;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  extra = await startExtraConsole(await freePort(), {});
});
test.afterAll(async () => {
  await extra?.stop();
});

/** A browser of its own, signed in as that person. */
async function signedIn(browser: Browser, who: 'admin' | 'support', javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = javaScriptEnabled ? hydrating(await context.newPage()) : await context.newPage();
  await page.goto(`${extra.url}/sign-in`);
  await page.getByLabel('Email').fill(E2E.accounts[who].email);
  await page.getByLabel('Password').fill(E2E.accounts[who].password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByText(E2E.accounts[who].email).first()).toBeVisible();
  return page;
}

const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

async function endSupportSessions(admin: Page, sessions: number) {
  const row = admin.getByTestId(`person-${E2E.accounts.support.email}`);
  await expect(row.getByTestId('active-sessions')).toHaveText(String(sessions));
  await row.getByRole('button', { name: 'End sessions', exact: true }).click();
  const dialog = admin.getByRole('dialog', { name: `End the sessions of ${E2E.accounts.support.email}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'End sessions', exact: true }).click();
  await expect(
    admin.getByTestId(`person-${E2E.accounts.support.email}`).getByTestId('active-sessions'),
  ).toHaveText('0');
}

test('an admin ends support’s sessions: support’s next click lands on sign-in', async ({ browser }) => {
  const support = await signedIn(browser, 'support');
  await menuLink(support, 'Configs').click();
  await expect(support).toHaveURL(/\/configs$/);

  const admin = await signedIn(browser, 'admin');
  await menuLink(admin, 'Access').click();
  await expect(admin).toHaveURL(/\/access$/);
  await expect(admin.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  await expect(
    admin.getByRole('navigation', { name: 'Access' }).getByRole('link', { name: 'API keys' }),
  ).toBeVisible();
  await endSupportSessions(admin, 1);
  await expect(admin.getByText(`Ended 1 session of ${E2E.accounts.support.email}`).first()).toBeVisible();

  await menuLink(support, 'Users').click();
  await expect(support).toHaveURL(/\/sign-in/);
  await expect(support.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();

  // The admin is still in, and the audit log says who ended whose sessions.
  await admin.goto(`${extra.url}/audit?action=sessions.end`);
  await expect(admin.getByText(`Ended 1 session of ${E2E.accounts.support.email}`).first()).toBeVisible();
});

test('with the admin’s JavaScript off, ending sessions works the same', async ({ browser }) => {
  const support = await signedIn(browser, 'support');
  const admin = await signedIn(browser, 'admin', false);
  await admin.goto(`${extra.url}/access`);
  await endSupportSessions(admin, 1);
  await menuLink(support, 'Users').click();
  await expect(support).toHaveURL(/\/sign-in/);
});
