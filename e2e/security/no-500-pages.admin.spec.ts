/**
 * No 500 from input, for every page: each page on disk (e2e/support/pages.ts) is opened, signed in as an admin,
 * with search params fast-check builds from the page's schema (page-search-params.ts; the keys its source reads
 * when it has none), hostile values and reversed ranges mixed in, and now and then a hostile value in a path
 * segment. Every answer must be below 500. The route handlers have the same property in
 * tests/security/no-500-routes.test.ts; this one goes through the production build, as a browser would.
 *
 * And a server action posted from another site is refused with a 403, not Next.js's 500.
 */
import fc from 'fast-check';
import { expect, test } from '../support/hydrated';
import { emulatorApi } from '../support/emulator';
import { E2E } from '../support/e2e-env';
import { demoPageSeed, everyPage } from '../support/pages';
import { consoleSurface } from '../reliability/console-surface';
import { HOSTILE_STRINGS, queryOf, searchOf } from '../../tests/support/zod-arbitrary';
import { PAGE_SEARCH_PARAMS, searchKeysOf } from './page-search-params';

const RUNS = Number(process.env.NO500_RUNS ?? 25);
const SEED = process.env.NO500_SEED ? Number(process.env.NO500_SEED) : undefined;

test('every page answers below 500 whatever its search params say', async ({ request }) => {
  test.setTimeout(900_000);
  const seed = await demoPageSeed(async (p) => (await emulatorApi('GET', p)).body, E2E.authSecret);
  const files = new Map(
    consoleSurface()
      .filter((e) => e.kind === 'page')
      .map((e) => ['/' + e.segments.join('/'), e.file]),
  );
  const pages = everyPage(seed);
  expect(pages.length).toBeGreaterThan(10);
  for (const p of pages) {
    const schema = PAGE_SEARCH_PARAMS[p.route];
    const keys = schema ? [] : searchKeysOf(files.get(p.route)!);
    const base = p.path.split('?')[0]!;
    const dynamic = p.route.split('/').filter((s) => s.startsWith('['));
    const pathArb = dynamic.length
      ? fc.oneof(
          { arbitrary: fc.constant(base), weight: 4 },
          fc.constantFrom(...HOSTILE_STRINGS).map((bad) => {
            // One dynamic segment replaced by a hostile value, encoded as a browser would send it.
            const parts = p.route.split('/');
            const at = parts.findIndex((s) => s.startsWith('['));
            const real = base.split('/');
            real[at] = encodeURIComponent(bad.replace(/[\ud800-\udfff]/g, '\ufffd')) || 'x';
            return real.join('/');
          }),
        )
      : fc.constant(base);
    await fc.assert(
      fc.asyncProperty(pathArb, queryOf(schema, keys), async (path, pairs) => {
        const search = searchOf(pairs);
        const url = `${path}${search ? `?${search}` : ''}`;
        const res = await request.get(url, { maxRedirects: 5, timeout: 60_000 });
        if (res.status() >= 500) throw new Error(`GET ${url} answered ${res.status()}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }
});

test('the reported ones: reversed activity range and a cursor past the year 9999', async ({ request }) => {
  const activity = await request.get(`/${E2E.environment}/activity?from=2026-01-01&to=2025-01-01`);
  expect(activity.status()).toBe(200);
  expect(await activity.text()).toContain('These filters are not valid');
  const events = await request.get(
    `/api/environments/${E2E.environment}/users/${encodeURIComponent('bob@example.com')}/events?cursor=999999999999999_1`,
  );
  expect(events.status()).toBe(400);
  expect(await events.json()).toMatchObject({ error: expect.stringMatching(/cursor/) });
});

test('a server action posted from another site is refused with a 403', async ({ request }) => {
  const multipart = { '1_$ACTION_ID_0': 'x', email: 'admin@example.com', password: 'demo' };
  for (const origin of ['https://evil.example', 'null', 'not a url']) {
    for (const headers of [{ 'next-action': '7f0000000000000000000000000000000000000000' }, {}] as Record<
      string,
      string
    >[]) {
      const res = await request.post('/sign-in', {
        headers: { origin, ...headers },
        multipart,
        maxRedirects: 0,
      });
      expect(res.status(), `${origin} ${JSON.stringify(headers)}`).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'foreign_origin' });
    }
  }
  // The console's own pages are not refused by that rule (an unknown action is Next's own answer, not a 5xx).
  const own = await request.post('/sign-in', {
    headers: { origin: E2E.consoleUrl, 'next-action': '7f0000000000000000000000000000000000000000' },
    multipart,
    maxRedirects: 0,
  });
  expect(own.status()).not.toBe(403);
  expect(own.status()).toBeLessThan(500);
});
