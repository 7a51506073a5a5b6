import { expect, test as setup } from './support/hydrated';
import { E2E } from './support/e2e-env';

// Signs in once per role and saves the session, so role projects start signed in (dub/documenso pattern).
for (const role of ['admin', 'support'] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const { email, password } = E2E.accounts[role];
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    await expect(page.getByText(email).first()).toBeVisible();
    await page.context().storageState({ path: E2E.authFile(role) });
  });
}
