/**
 * `npx mcp-console <export|plan|apply>`: MCP configs as code from a terminal or a CI job, through the console's
 * HTTP API (so roles, the lost-update guard, history and audit apply). Exit codes follow Terraform's
 * `plan -detailed-exitcode`: 0 no changes (or applied), 2 changes (plan), 1 errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CliError, consoleApi, type ConsoleApi } from './console-api';
import { renderApply, renderPlan } from './render';

export const EXIT = { ok: 0, error: 1, changes: 2 } as const;

const HELP = `mcp-console: MCP configs as code, through an MCP Console

Usage:
  mcp-console export [--file <out>] [--names a,b] [--format yaml|json]
  mcp-console plan   --file <configs.yaml> [--prune] [--json]
  mcp-console apply  --file <configs.yaml> [--prune] [--digest <sha256>] [--yes] [--json]

Options:
  --env <name>     the environment (default: MCP_CONSOLE_ENV, else "default")
  --url <url>      the console (default: MCP_CONSOLE_URL)
  --file, -f       the configs file (- for standard input/output)
  --prune          also delete the environment's configs the file does not name
  --json           print JSON for machines (plan, or plan and result) instead of text
  --digest <d>     apply only if the plan's digest is d (the one a reviewed plan printed)
  --yes            apply without asking (required when not on a terminal)

The API key is read from MCP_CONSOLE_API_KEY (an admin creates keys at <console>/access/api-keys).
Exit codes: 0 no changes / applied, 2 plan has changes, 1 errors.
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  readStdin: () => string;
  ask: (question: string) => Promise<string>;
  api?: (o: { url: string; apiKey: string }) => ConsoleApi;
}

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  readStdin: () => readFileSync(0, 'utf8'),
  ask: async (q) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await rl.question(q);
    } finally {
      rl.close();
    }
  },
});

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        env: { type: 'string' },
        url: { type: 'string' },
        file: { type: 'string', short: 'f' },
        prune: { type: 'boolean' },
        json: { type: 'boolean' },
        names: { type: 'string' },
        format: { type: 'string' },
        digest: { type: 'string' },
        yes: { type: 'boolean', short: 'y' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`${(err as Error).message}\n\n${HELP}`);
    return EXIT.error;
  }
  const { values: o, positionals } = args;
  const command = positionals[0];
  if (o.help || !command || command === 'help') {
    io.stdout(HELP);
    return command || o.help ? EXIT.ok : EXIT.error;
  }
  if (!['export', 'plan', 'apply'].includes(command)) {
    io.stderr(`Unknown command ${command}: use export, plan or apply.\n`);
    return EXIT.error;
  }
  try {
    const url = o.url ?? io.env.MCP_CONSOLE_URL;
    if (!url) throw new CliError('Say which console: --url https://console.example.com or MCP_CONSOLE_URL');
    if (!/^https?:\/\/[^\s/]+/.test(url)) throw new CliError(`--url must be an http(s) URL, not ${url}`);
    const apiKey = io.env.MCP_CONSOLE_API_KEY?.trim();
    if (!apiKey)
      throw new CliError('Set MCP_CONSOLE_API_KEY to an API key (an admin creates one at /access/api-keys)');
    const api = (io.api ?? consoleApi)({ url, apiKey });
    const env = o.env ?? io.env.MCP_CONSOLE_ENV ?? 'default';
    if (command === 'export') return await runExport(api, env, o, io);
    const file = o.file;
    if (!file) throw new CliError(`${command} needs the configs file: --file configs.yaml`);
    const content = file === '-' ? io.readStdin() : readFile(file);
    const fileName = file === '-' ? 'stdin' : path.basename(file);
    if (!o.json) io.stderr(`Planning ${fileName} against ${env} at ${url}...\n`);
    const plan = await api.plan({ env, fileName, content, prune: o.prune === true });
    if (command === 'plan') {
      io.stdout(o.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(plan));
      return plan.problems.length ? EXIT.error : plan.changes ? EXIT.changes : EXIT.ok;
    }
    if (!o.json) io.stdout(renderPlan(plan));
    if (o.digest && o.digest !== plan.digest)
      throw new CliError(
        `The plan's digest is ${plan.digest}, not the ${o.digest} you approved: the file or the environment changed. Review the new plan.`,
      );
    if (plan.problems.length) throw new CliError('The plan has problems: nothing was applied.');
    if (!plan.changes) {
      if (o.json) io.stdout(`${JSON.stringify({ plan, result: null }, null, 2)}\n`);
      return EXIT.ok;
    }
    if (!o.yes) {
      if (!io.isTTY) throw new CliError('Not on a terminal: add --yes to apply this plan without a prompt.');
      const answer = await io.ask(`Apply this plan to ${env}? Only "yes" applies it: `);
      if (answer.trim() !== 'yes') {
        io.stderr('Not applied.\n');
        return EXIT.error;
      }
    }
    const pending = plan.configs.filter((c) => c.action !== 'unchanged').length;
    if (!o.json) io.stderr(`Applying ${pending} change(s) to ${env} (plan ${plan.digest.slice(0, 12)})...\n`);
    const started = Date.now();
    const ticker =
      io.isTTY && !o.json
        ? setInterval(() => io.stderr(`  ... ${Math.round((Date.now() - started) / 1000)} s\n`), 5000)
        : undefined;
    let result;
    try {
      result = await api.apply({ env, digest: plan.digest });
    } finally {
      if (ticker) clearInterval(ticker);
    }
    if (o.json) io.stdout(`${JSON.stringify({ plan, result }, null, 2)}\n`);
    else io.stdout(renderApply(result));
    return result.outcome === 'applied' || result.outcome === 'nothing_to_do' ? EXIT.ok : EXIT.error;
  } catch (err) {
    if ((err as { name?: string }).name !== 'CliError') throw err;
    const e = err as CliError;
    io.stderr(`Error: ${e.message}\n${e.details.map((d) => `  ${d}\n`).join('')}`);
    return EXIT.error;
  }
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(
      `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

async function runExport(
  api: ConsoleApi,
  env: string,
  o: { file?: string; names?: string; format?: string; json?: boolean },
  io: Io,
): Promise<number> {
  const format = o.format ?? (o.json || o.file?.endsWith('.json') ? 'json' : 'yaml');
  if (format !== 'yaml' && format !== 'json') throw new CliError('--format is yaml or json');
  const names = o.names
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const text = await api.exportConfigs({ env, names, format });
  if (!o.file || o.file === '-') io.stdout(text);
  else {
    writeFileSync(o.file, text);
    io.stderr(`Wrote ${o.file}\n`);
  }
  return EXIT.ok;
}
