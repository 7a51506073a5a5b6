import { expect, test } from '../support/hydrated';
import { consolePaths } from '../support/axe';
import { watchCsp } from '../support/csp';

test('every console page runs under the nonce policy without a single CSP violation (admin)', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const violations = await watchCsp(page);
  for (const path of await consolePaths()) {
    const res = await page.goto(path);
    const policy = res?.headers()['content-security-policy'] ?? '';
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(script, `${path}: scripts need this response's nonce`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(script, `${path}: no inline scripts without the nonce`).not.toContain("'unsafe-inline'");
    await page.waitForLoadState('networkidle');
    expect(await violations(), path).toEqual([]);
  }
});
