/**
 * One console instance for tests/configs/two-instance-save.test.ts, as its own process: reads JSON commands
 * on stdin, one a line, and answers each with one JSON line on stdout. Configured by the parent through the
 * environment (Scalekit URL and keys, DATABASE_URL). Run with tsx --import tests/support/server-only-hook.mjs.
 */
import { createInterface } from 'node:readline';
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';
import { guardedUpdate } from '@/lib/configs/save';
import type { ConfigDraft } from '@/lib/configs/schema';
import { configuredScalekit } from '@/lib/scalekit/registry';

// This process is one console instance: one client for its configured environment, as the request context uses.
const sk = configuredScalekit();

type Command =
  | { op: 'read'; id: string }
  | { op: 'save'; id: string; baseHash: string; draft: ConfigDraft; actor: string };

async function handle(cmd: Command): Promise<Record<string, unknown>> {
  if (cmd.op === 'read') {
    const snapshot = snapshotOf(await sk.configs.get(cmd.id));
    return { snapshot, hash: hashSnapshot(snapshot) };
  }
  try {
    const saved = await guardedUpdate(sk, {
      id: cmd.id,
      baseHash: cmd.baseHash,
      draft: cmd.draft,
      kind: 'update',
      actor: { email: cmd.actor, role: 'admin' },
    });
    return { outcome: 'saved', description: saved.config.description };
  } catch (err) {
    const e = err as { name?: string; details?: { kind?: string }; message?: string };
    if (e.details?.kind === 'conflict') return { outcome: 'conflict' };
    return { outcome: 'error', message: `${e.name}: ${e.message}` };
  }
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  void handle(JSON.parse(line) as Command).then(
    (answer) => process.stdout.write(`${JSON.stringify(answer)}\n`),
    (err: unknown) => process.stdout.write(`${JSON.stringify({ outcome: 'error', message: String(err) })}\n`),
  );
});
lines.on('close', () => process.exit(0));
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
