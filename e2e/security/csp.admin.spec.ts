import { expect, test } from '../support/hydrated';
import { consolePaths } from '../support/axe';
import { watchCsp } from '../support/csp';
import { settle } from '../support/settle';

test('every console page runs under the nonce policy without a single CSP violation (admin)', async ({
  page,
}) => {
  const paths = await consolePaths();
  // Each page is opened and checked in turn: the time grows with the console.
  test.setTimeout(paths.length * 20_000);
  const violations = await watchCsp(page);
  for (const path of paths) {
    const res = await page.goto(path);
    const policy = res?.headers()['content-security-policy'] ?? '';
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(script, `${path}: scripts need this response's nonce`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(script, `${path}: no inline scripts without the nonce`).not.toContain("'unsafe-inline'");
    await settle(page);
    expect(await violations(), path).toEqual([]);
  }
});
