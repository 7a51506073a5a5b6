import { expect, test } from '../support/hydrated';
import { publicPaths } from '../support/axe';
import { watchCsp } from '../support/csp';
import { settle } from '../support/settle';

test('the public pages run under the nonce policy without a CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of [...(await publicPaths()), '/connect/not-a-link', '/no-such-page']) {
    const res = await page.goto(path);
    expect(res?.headers()['content-security-policy'], path).toMatch(/script-src [^;]*'nonce-/);
    await settle(page);
    expect(await violations(), path).toEqual([]);
  }
});

test('each response has its own nonce, and markup injected into the page cannot run script', async ({
  page,
}) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const res = await page.goto('/sign-in');
    nonces.add(/'nonce-([^']+)'/.exec(res!.headers()['content-security-policy'] ?? '')?.[1] ?? '');
  }
  expect(nonces.size).toBe(3);
  // Markup that slips into the page, the way an XSS would, cannot run script: inline handlers need the nonce.
  const ran = await page.evaluate(async () => {
    const el = document.createElement('div');
    el.innerHTML =
      '<img src="/no-such-image" onerror="window.__pwned = 1"><a id="j" href="javascript:window.__pwned=2">x</a>';
    document.body.append(el);
    (document.getElementById('j') as HTMLAnchorElement).click();
    await new Promise((r) => setTimeout(r, 300));
    return (window as unknown as { __pwned?: number }).__pwned ?? 0;
  });
  expect(ran).toBe(0);
});
