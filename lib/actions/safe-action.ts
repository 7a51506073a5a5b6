import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getSessionUser } from '@/lib/auth/session';
import { can, type Permission, type SessionUser } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/audit/record';
import { ScalekitError } from '@/lib/scalekit/errors';
import type { ActionResult } from './result';

export interface ActionDefinition<S extends z.ZodType, T> {
  name: string; // audit action name, e.g. "config.create"
  permission: Permission;
  input: S;
  /** Target and summary for the audit entry, or false for reads. Never put a secret or token here. */
  audit: false | ((input: z.infer<S>, data: NoInfer<T> | undefined) => { target: string; summary: string });
  handler: (input: z.infer<S>, ctx: { user: SessionUser; requestId: string }) => Promise<T>;
}

/** Every defined action, so tests can prove each one refuses the roles it should. */
export const actionRegistry = new Map<string, { name: string; permission: Permission; mutation: boolean }>();

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * The one wrapper every server action goes through: session, permission, zod input, handler, error shaping
 * and the audit entry (success, failure and refusal), so no action can forget any of them.
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>) {
  actionRegistry.set(def.name, { name: def.name, permission: def.permission, mutation: def.audit !== false });
  const action = async function action(rawInput: unknown): Promise<ActionResult<T>> {
    const requestId = randomUUID();
    const user = await getSessionUser();
    if (!user) return { ok: false, error: 'Sign in to continue' };
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
        actorEmail: user.email,
        actorRole: user.role,
        action: def.name,
        target: described.target,
        summary: described.summary,
        outcome,
        error,
        requestId,
      });
    };
    if (!can(user.role, def.permission)) {
      await audit('denied', rawInput, undefined, `missing permission ${def.permission}`);
      return { ok: false, error: `Your role (${user.role}) cannot do this (${def.name})` };
    }
    const parsed = def.input.safeParse(rawInput);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const first = parsed.error.issues[0];
      return { ok: false, error: `Check the form: ${first?.message ?? 'invalid input'}`, fieldErrors };
    }
    try {
      const data = await def.handler(parsed.data, { user, requestId });
      await audit('success', parsed.data, data);
      return { ok: true, data };
    } catch (err) {
      if (err instanceof ScalekitError) {
        await audit('failure', parsed.data, undefined, err.message);
        const fieldErrors = err.fieldViolations.length
          ? Object.fromEntries(err.fieldViolations.map((v) => [v.field, [v.description]]))
          : undefined;
        return { ok: false, error: err.message, fieldErrors };
      }
      if (err instanceof ActionError) {
        await audit('failure', parsed.data, undefined, err.message);
        return { ok: false, error: err.message, fieldErrors: err.fieldErrors, details: err.details };
      }
      console.error(`action ${def.name} failed (ref ${requestId}):`, err);
      await audit('failure', parsed.data, undefined, 'unexpected error');
      return { ok: false, error: `Something went wrong (reference ${requestId.slice(0, 8)}). Try again.` };
    }
  };
  // Tests read these to know what each exported action must refuse (tests/security/action-permissions.test.ts).
  return Object.assign(action, { actionName: def.name, permission: def.permission });
}

/** Thrown by handlers for refusals a person can act on (shown as is). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly details?: unknown, // structured data for the UI, e.g. the other side of a conflict
  ) {
    super(message);
    this.name = 'ActionError';
  }
}
