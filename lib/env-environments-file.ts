import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  emailArray,
  issueText,
  problem,
  roleClaim,
  scalekitUrl,
  timeoutMs,
  webhookSecret,
} from './env-fields';
import type { EnvironmentSettings, Source } from './env-environments';
import { environmentNameProblem } from './environment-names';

/**
 * `SCALEKIT_ENVIRONMENTS_FILE`: the environments in a JSON file, for deployments that keep configuration in a
 * file (a Kubernetes ConfigMap, a checked-in file). Secrets never go in it: the file names the variables that
 * hold them (`client_secret_env`, `webhook_secret_env`), so it can be committed and reviewed.
 */

const VARIABLE = 'SCALEKIT_ENVIRONMENTS_FILE';
const SECRET_IN_FILE = 'secrets never go in the file: put the value in a variable and name that variable in';

const variableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be the name of an environment variable' });

const environmentEntry = z.strictObject({
  name: z.string({ message: 'is required' }),
  url: scalekitUrl,
  client_id: z.string({ message: 'is required' }).trim().min(1, { message: 'is required' }),
  client_secret_env: variableName,
  production: z.boolean({ message: 'must be true or false' }).optional(),
  webhook_secret_env: variableName.optional(),
  timeout_ms: timeoutMs.optional(),
  roles: z
    .strictObject({
      admin_emails: emailArray,
      support_emails: emailArray,
      role_claim: roleClaim.optional(),
    })
    .optional(),
  // Caught by name so the message says what to do instead of "unrecognized key".
  client_secret: z.never({ message: `${SECRET_IN_FILE} client_secret_env` }).optional(),
  webhook_secret: z.never({ message: `${SECRET_IN_FILE} webhook_secret_env` }).optional(),
});

// `{ "environments": [...] }`; a bare array is read the same way.
const fileSchema = z.preprocess(
  (v) => (Array.isArray(v) ? { environments: v } : v),
  z.strictObject({
    environments: z.array(environmentEntry).min(1, { message: 'list at least one environment' }),
  }),
);

export interface FileEnvironments {
  environments: EnvironmentSettings[];
  names: string[];
  variables: string[]; // the variables the file names (they belong to it, not to SCALEKIT_<N>_*)
  problems: string[];
}

export function environmentsFromFile(
  file: string,
  source: Source,
  g: { backend: 'emulator' | 'scalekit'; timeoutMs: number },
  readFile: (p: string) => string = (p) => readFileSync(p, 'utf8'),
): FileEnvironments {
  const shown = `${VARIABLE} (${file})`;
  const out: FileEnvironments = { environments: [], names: [], variables: [], problems: [] };
  let text: string;
  try {
    text = readFile(path.resolve(file));
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    out.problems.push(problem(VARIABLE, `cannot read ${path.resolve(file)} (${why})`));
    return out;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    out.problems.push(problem(shown, `is not valid JSON (${(err as Error).message})`));
    return out;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    out.problems.push(problem(shown, issueText(parsed.error)));
    return out;
  }
  const entries = parsed.data.environments;
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const p = environmentNameProblem(e.name) ?? (seen.has(e.name) ? `"${e.name}" is listed twice` : null);
    seen.add(e.name);
    if (p) out.problems.push(problem(shown, `environments[${i}].name: ${p}`));
    else out.names.push(e.name);
  });
  for (const e of entries) {
    out.variables.push(e.client_secret_env, ...(e.webhook_secret_env ? [e.webhook_secret_env] : []));
    if (!out.names.includes(e.name)) continue;
    const before = out.problems.length;
    const secret = source[e.client_secret_env];
    if (!secret?.trim()) {
      out.problems.push(
        problem(e.client_secret_env, `is not set (${VARIABLE} names it as client_secret_env of "${e.name}")`),
      );
    }
    let hook: string | undefined;
    if (e.webhook_secret_env) {
      const raw = source[e.webhook_secret_env];
      const r = webhookSecret.safeParse(raw);
      if (!raw?.trim()) {
        out.problems.push(
          problem(
            e.webhook_secret_env,
            `is not set (${VARIABLE} names it as webhook_secret_env of "${e.name}")`,
          ),
        );
      } else if (!r.success) out.problems.push(problem(e.webhook_secret_env, issueText(r.error)));
      else hook = r.data;
    }
    if (out.problems.length > before || !secret) continue;
    const roles = e.roles;
    const ownMapping = Boolean(
      roles && (roles.admin_emails.length || roles.support_emails.length || roles.role_claim),
    );
    out.environments.push({
      name: e.name,
      production: e.production ?? e.name === 'production',
      envUrl: e.url,
      clientId: e.client_id,
      clientSecret: secret,
      backend: g.backend,
      timeoutMs: e.timeout_ms ?? g.timeoutMs,
      webhookSecret: hook,
      roles:
        ownMapping && roles
          ? {
              adminEmails: roles.admin_emails,
              supportEmails: roles.support_emails,
              roleClaim: roles.role_claim,
            }
          : null,
    });
  }
  return out;
}
