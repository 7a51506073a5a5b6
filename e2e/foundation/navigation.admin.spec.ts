import { expect, test } from '../support/hydrated';
import { settle } from '../support/settle';

// Every console page is dynamic: a prefetch is a server render. Links prefetch on intent (components/ui/link.tsx).
test('links prefetch when a person points at them, not when they come into view', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (r) => {
    if (r.headers()['next-router-prefetch']) prefetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/connections'); // a link per connection and config, and the sidebar's
  await settle(page);
  expect(prefetched).toEqual([]);

  const audit = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Audit', exact: true });
  await audit.hover();
  await expect.poll(() => prefetched.filter((p) => p.startsWith('/audit')).length).toBeGreaterThan(0);
  await audit.click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/audit/i);
});
