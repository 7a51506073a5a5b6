import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';

// `npm test` builds with each environment's client secret set to a canary (scripts/test.ts): if any client code
// read one, Next would inline it into the static bundle served to browsers.
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

test('the client bundle contains no secret', () => {
  const files = filesUnder(path.join(E2E.distDir, 'static'));
  expect(files.length).toBeGreaterThan(10);
  const secrets = [E2E.clientSecret, E2E.production.clientSecret, E2E.authSecret];
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});

test('pages served to the browser contain no secret', async ({ request }) => {
  for (const p of ['/sign-in', '/api/health']) {
    const body = await (await request.get(p)).text();
    expect(body).not.toContain(E2E.clientSecret);
    expect(body).not.toContain(E2E.production.clientSecret);
  }
});
