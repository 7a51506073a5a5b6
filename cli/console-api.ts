/**
 * The command line's client of the console's HTTP API: every answer is validated with the same zod schemas the
 * console documents (lib/config-plan/plan-schema.ts). The API key goes only into the Authorization header.
 */
import { z } from 'zod';
import { applyResultSchema, planSchema, type ApplyResult, type Plan } from '../lib/config-plan/plan-schema';

export class CliError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const problemBody = z.object({
  error: z.string(),
  code: z.string().optional(),
  details: z
    .object({
      errors: z.array(
        z.object({ line: z.number(), column: z.number(), path: z.string(), message: z.string() }),
      ),
    })
    .partial()
    .passthrough()
    .optional()
    .nullable(),
});

export interface ConsoleApi {
  exportConfigs(o: { env: string; names?: string[]; format: 'yaml' | 'json' }): Promise<string>;
  plan(o: { env: string; fileName: string; content: string; prune: boolean }): Promise<Plan>;
  apply(o: { env: string; digest: string }): Promise<ApplyResult>;
}

export function consoleApi(o: { url: string; apiKey: string; fetch?: typeof fetch }): ConsoleApi {
  const base = o.url.replace(/\/+$/, '');
  const doFetch = o.fetch ?? fetch;
  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await doFetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${o.apiKey}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10 * 60_000),
      });
    } catch (err) {
      const c = (err as { cause?: { code?: string; errors?: { code?: string }[] } }).cause;
      const cause = c?.code ?? c?.errors?.[0]?.code ?? (err as Error).message;
      throw new CliError(`Cannot reach the console at ${base} (${cause}). Check --url or MCP_CONSOLE_URL.`);
    }
  }
  async function refusal(res: Response): Promise<CliError> {
    const text = await res.text();
    let parsed: z.infer<typeof problemBody> | undefined;
    try {
      parsed = problemBody.parse(JSON.parse(text));
    } catch {
      return new CliError(
        `The console answered ${res.status} ${res.statusText} (not the console's API? check the URL)`,
      );
    }
    const lines =
      parsed.details?.errors?.map(
        (e) => `line ${e.line}, column ${e.column}${e.path ? `, ${e.path}` : ''}: ${e.message}`,
      ) ?? [];
    return new CliError(
      parsed.code === 'invalid_file' ? 'The file is not valid:' : `${parsed.error} (${res.status})`,
      lines,
    );
  }
  async function json<T>(res: Response, schema: z.ZodType<T>): Promise<T> {
    const parsed = schema.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success)
      throw new CliError(
        `The console sent an answer this command line cannot read (${parsed.error.issues[0]?.path.join('.')}): update mcp-console`,
      );
    return parsed.data;
  }
  const envPath = (env: string) => `/api/environments/${encodeURIComponent(env)}/configs`;
  return {
    async exportConfigs({ env, names, format }) {
      const q = new URLSearchParams({ format, ...(names?.length ? { names: names.join(',') } : {}) });
      const res = await call('GET', `${envPath(env)}/export?${q}`);
      if (!res.ok) throw await refusal(res);
      return res.text();
    },
    async plan({ env, ...body }) {
      const res = await call('POST', `${envPath(env)}/plan`, body);
      if (!res.ok) throw await refusal(res);
      return json(res, planSchema);
    },
    async apply({ env, digest }) {
      const res = await call('POST', `${envPath(env)}/apply`, { digest });
      // 409: the plan did not apply (stale, problems, a failed write); the body says what happened to each config.
      if (!res.ok && res.status !== 409) throw await refusal(res);
      return json(res, applyResultSchema);
    },
  };
}
