import 'server-only';
import { randomUUID } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { can, type Permission } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/audit/record';
import { toProblem } from '@/lib/errors/problem';
import { ACTION_DEADLINE_MS, withDeadline } from '@/lib/scalekit/deadline';
import type { ActionResult } from './action-result';
import { headers } from 'next/headers';
import { testUserOverride } from '@/lib/auth/test-user';
import { defaultEnvironment, findEnvironment } from '@/lib/environments';
import type { EnvironmentInfo } from '@/lib/environments/types';
import { requestContext, signedIn, type SignedInContext } from './context';
import { PAGE_PATH_HEADER } from './page-path';
import { fieldErrorsOf } from './field-errors';

export interface ActionDefinition<S extends z.ZodType, T> {
  name: string; // audit action name, e.g. "config.create"
  permission: Permission;
  input: S;
  /** Target and summary for the audit entry, or false for reads. Never put a secret or token here. */
  audit: false | ((input: z.infer<S>, data: NoInfer<T> | undefined) => { target: string; summary: string });
  handler: (input: z.infer<S>, ctx: SignedInContext) => Promise<T>;
  /**
   * How a form's fields become the input when the action is a `<form action>` (default `formFields`): for a
   * form whose fields need more than that, such as an uploaded file read as text.
   */
  form?: (data: FormData) => unknown | Promise<unknown>;
  /**
   * `environment` (the default): the action works in the environment of the page it was sent from, with the
   * person's role there. `deployment`: it concerns the console itself (API keys, sessions), with their highest role.
   */
  scope?: 'environment' | 'deployment';
}

/**
 * The environment an action works in: the one the page it was posted from names (`/<environment>/...`; proxy.ts
 * hands the page's path on, and Next posts actions to the page's own address). In tests, the one `runAsUser`
 * names, else the default.
 */
async function actionEnvironmentName(): Promise<string | null> {
  const override = testUserOverride();
  if (override) return override.environment ?? defaultEnvironment()?.name ?? null;
  const path = (await headers()).get(PAGE_PATH_HEADER) ?? '';
  const first = path.split(/[/?#]/)[1] ?? '';
  try {
    return decodeURIComponent(first) || null;
  } catch {
    return null;
  }
}

/**
 * A server action as defined here: called with its input by code, or by a `<form action>` through React's
 * `useActionState` with (previous result, FormData), which is how a form works before JavaScript has loaded.
 */
export interface DefinedAction<I, T> {
  (previous: ActionResult<T> | null, form: FormData): Promise<ActionResult<T>>;
  // Last, so callers that infer from the function (useActionRunner) see the input form.
  (input: I): Promise<ActionResult<T>>;
  actionName: string;
  permission: Permission;
  scope: 'environment' | 'deployment';
}

const isFormData = (v: unknown): v is FormData => typeof FormData !== 'undefined' && v instanceof FormData;

/**
 * A form's fields as the object the input schema parses: a field sent several times is a list, React's own
 * `$ACTION_…` fields are dropped, and a file is never read (no action takes one).
 */
export function formFields(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    const seen = out[key];
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** Every defined action, so tests can prove each one refuses the roles it should. */
export const actionRegistry = new Map<string, { name: string; permission: Permission; mutation: boolean }>();

/**
 * The one wrapper every server action goes through: request context, permission, zod input, handler, error
 * shaping (the same mapping as routes and pages) and the audit entry (success, failure and refusal), so no
 * action can forget any of them.
 */
export function defineAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
): DefinedAction<z.input<S>, T> {
  actionRegistry.set(def.name, { name: def.name, permission: def.permission, mutation: def.audit !== false });
  // The whole action, every Scalekit call and try inside it included, answers within ACTION_DEADLINE_MS.
  const action = async (first: unknown, second?: unknown): Promise<ActionResult<T>> =>
    withDeadline(ACTION_DEADLINE_MS, () => run(first, second));
  const run = async function run(first: unknown, second?: unknown): Promise<ActionResult<T>> {
    const data = isFormData(second) ? second : isFormData(first) ? first : undefined;
    const rawInput = data ? await (def.form ?? formFields)(data) : first;
    let environment: EnvironmentInfo | null = null;
    let wrongPlace: string | undefined;
    if (def.scope !== 'deployment') {
      const name = await actionEnvironmentName();
      environment = name ? findEnvironment(name) : null;
      if (!environment)
        wrongPlace = name
          ? `There is no environment named "${name}".`
          : 'Open this from an environment: its address names none.';
    }
    const ctx = await requestContext(environment, randomUUID());
    if (!ctx.identity) return { ok: false, error: 'Sign in to continue' };
    if (wrongPlace) return { ok: false, error: wrongPlace };
    const audit = async (
      outcome: 'success' | 'failure' | 'denied',
      input: unknown,
      data?: T,
      error?: string,
    ) => {
      if (def.audit === false) return;
      let described = { target: '', summary: '' };
      try {
        if (outcome !== 'denied') described = def.audit(input as z.infer<S>, data);
      } catch {
        // an audit description must never turn a result into an error
      }
      await recordAudit({
        actorEmail: ctx.identity!.email,
        actorRole: ctx.role ?? 'none',
        environment: ctx.environment?.name ?? null,
        action: def.name,
        target: described.target,
        summary: described.summary,
        outcome,
        error,
        requestId: ctx.requestId,
      });
    };
    if (!signedIn(ctx) || !can(ctx.role, def.permission)) {
      await audit('denied', rawInput, undefined, `missing permission ${def.permission}`);
      return {
        ok: false,
        error: ctx.role
          ? `Your role (${ctx.role}) cannot do this (${def.name})`
          : `You have no role in ${environment?.name ?? 'this console'}`,
      };
    }
    const parsed = def.input.safeParse(rawInput);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const first = parsed.error.issues[0];
      return { ok: false, error: `Check the form: ${first?.message ?? 'invalid input'}`, fieldErrors };
    }
    try {
      const data = await def.handler(parsed.data, ctx);
      await audit('success', parsed.data, data);
      return { ok: true, data };
    } catch (err) {
      // A handler may end in redirect() (a form that opens a page): Next's own control flow, not a failure.
      unstable_rethrow(err);
      const problem = toProblem(err, { requestId: ctx.requestId, isAdmin: ctx.role === 'admin' });
      if (!problem.expected) console.error(`action ${def.name} failed (ref ${ctx.requestId}):`, err);
      await audit('failure', parsed.data, undefined, problem.expected ? problem.message : 'unexpected error');
      return {
        ok: false,
        error: problem.message,
        fieldErrors: problem.fieldErrors,
        details: problem.details,
      };
    }
  };
  // Tests read these to know what each exported action must refuse (tests/security/action-permissions.test.ts).
  return Object.assign(action, {
    actionName: def.name,
    permission: def.permission,
    scope: def.scope ?? 'environment',
  }) as DefinedAction<z.input<S>, T>;
}
