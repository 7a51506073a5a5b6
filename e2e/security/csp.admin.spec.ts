import { expect, test } from '../support/hydrated';
import { consoleRoutes, pathOf } from '../support/axe';
import { watchCsp } from '../support/csp';
import { settle } from '../support/settle';

// One test per page, spread over the workers (a walk of every page in one test was a long pole on one worker).
test.describe('every console page runs under the nonce policy without a single CSP violation (admin)', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const route of consoleRoutes()) {
    test(route, async ({ page }) => {
      const path = await pathOf(route);
      const violations = await watchCsp(page);
      const res = await page.goto(path);
      const policy = res?.headers()['content-security-policy'] ?? '';
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(script, `${path}: scripts need this response's nonce`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
      expect(script, `${path}: no inline scripts without the nonce`).not.toContain("'unsafe-inline'");
      await settle(page);
      expect(await violations(), path).toEqual([]);
    });
  }
});
