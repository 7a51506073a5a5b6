/**
 * The committed generated code (emulator/src/grpc/gen) is what `npm run proto` makes from emulator/proto, so a
 * .proto edit without regenerating fails here rather than on the wire.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const EMULATOR = path.join(import.meta.dirname, '..', '..');
const COMMITTED = path.join(EMULATOR, 'src', 'grpc', 'gen');
const out = mkdtempSync(path.join(os.tmpdir(), 'proto-gen-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

it('emulator/src/grpc/gen is up to date with emulator/proto (run `npm run proto`)', () => {
  const bin = path.join(EMULATOR, '..', 'node_modules', '.bin');
  const template = JSON.stringify({
    version: 'v2',
    plugins: [{ local: path.join(bin, 'protoc-gen-es'), out, opt: 'target=ts' }],
  });
  execFileSync(path.join(bin, 'buf'), ['generate', '--template', template], { cwd: EMULATOR });
  expect(files(out)).toEqual(files(COMMITTED));
  for (const f of files(out)) {
    expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(COMMITTED, f), 'utf8'));
  }
}, 60_000);
