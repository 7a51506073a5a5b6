import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { can, type Permission } from '@/lib/auth/roles';
import { authenticateApiKey } from '@/lib/auth/api-key-check';
import { recordAudit } from '@/lib/audit/record';
import { toProblem, type Problem } from '@/lib/errors/problem';
import { ACTION_DEADLINE_MS, withDeadline } from '@/lib/scalekit/deadline';
import {
  apiKeyContext,
  environmentNamed,
  publicContext,
  requestContext,
  signedIn,
  type RequestContext,
} from './context';
import { describeIssues, fieldErrorsOf } from './field-errors';
import { readTextCapped } from './read-body';

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P extends Schema, Q extends Schema, B extends Schema> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  /** The body came from an HTML form (`acceptsForms`): answer with a redirect a browser follows, not JSON. */
  fromForm: boolean;
  request: Request;
}

export interface RouteDefinition<P extends Schema, Q extends Schema, B extends Schema, T> {
  /** Who may call it: a permission checked against the signed-in role, or 'public' (a link or signature is the credential). */
  access: Permission | 'public';
  /**
   * Also accept `Authorization: Bearer <API key>` (operators' keys, lib/api-keys): the key's role must have
   * `access`, and a path with an `env` parameter must name one of the key's environments. Every call made with a
   * key is audited under the key's name. Routes without it answer a bearer token with a 401.
   */
  apiKeys?: boolean;
  /** The audit action name (e.g. `configs.apply`), and what the OpenAPI document calls the operation. */
  name?: string;
  /** Target and summary of its audit entries: written for every call of a mutation, and for every call made with a key. */
  audit?: (input: RouteInput<P, Q, B>, data: T | undefined) => { target: string; summary: string };
  /** The route changes something: every call is audited, whoever makes it. */
  mutation?: boolean;
  /** For the OpenAPI document (`/api/openapi.json`): a one-line summary and the schema of the JSON answer. */
  doc?: { summary: string; description?: string; response?: z.ZodType; responseType?: string };
  params?: P;
  query?: Q;
  /** A JSON body, parsed and validated before the handler runs. */
  body?: B;
  /** Also take the body as an HTML form post (urlencoded), so a plain `<form method="post">` works without JS. */
  acceptsForms?: boolean;
  /** Bodies larger than this are refused before parsing (default 64 KiB). */
  maxBodyBytes?: number;
  /** Cache-Control of JSON answers (default no-store: polled state must never be served stale). */
  cacheControl?: string;
  handler: (input: RouteInput<P, Q, B>, ctx: RequestContext) => Promise<T | Response>;
}

type Segment = { params: Promise<Record<string, string | string[] | undefined>> };

export function problemResponse(
  problem: Pick<Problem, 'status' | 'message' | 'code' | 'fieldErrors' | 'retryAfterS' | 'details'>,
  headers: Record<string, string> = {},
) {
  return Response.json(
    {
      error: problem.message,
      code: problem.code,
      fieldErrors: problem.fieldErrors,
      details: problem.details,
    },
    {
      status: problem.status,
      headers: {
        'cache-control': 'no-store',
        ...(problem.retryAfterS ? { 'retry-after': String(problem.retryAfterS) } : {}),
        ...headers,
      },
    },
  );
}

/**
 * The token of an `Authorization: Bearer` header ('' when malformed); undefined without one, or with another
 * scheme (a proxy's Basic credentials in front of the console are not ours to judge).
 */
function bearerOf(request: Request): string | undefined {
  const h = request.headers.get('authorization')?.trim();
  if (!h || !/^bearer\b/i.test(h)) return undefined;
  return /^bearer\s+(\S+)$/i.exec(h)?.[1] ?? '';
}

// RFC 6750: a refused bearer token says so, so clients know to fix the key rather than retry.
const keyRefused = (code: string, message: string) =>
  problemResponse({ status: 401, code, message }, { 'www-authenticate': 'Bearer error="invalid_token"' });

const badRequest = (message: string, error?: z.ZodError) =>
  problemResponse({
    status: 400,
    code: 'bad_request',
    message,
    fieldErrors: error ? fieldErrorsOf(error) : undefined,
  });

const tooLarge = (max: number) =>
  problemResponse({ status: 413, code: 'too_large', message: `The body is larger than ${max} bytes` });

/** A request body as text within `max` bytes (`readTextCapped`), or the 413 answer to return. */
export async function readTextBody(
  req: Request,
  max: number,
): Promise<{ ok: true; text: string } | { ok: false; res: Response }> {
  const body = await readTextCapped(req, max);
  return body.ok ? body : { ok: false, res: tooLarge(max) };
}

async function readJsonBody(
  req: Request,
  max: number,
  acceptsForms = false,
): Promise<{ ok: true; value: unknown; fromForm: boolean } | { ok: false; res: Response }> {
  const body = await readTextBody(req, max);
  if (!body.ok) return body;
  const type = req.headers.get('content-type') ?? '';
  if (acceptsForms && type.startsWith('application/x-www-form-urlencoded')) {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(body.text)), fromForm: true };
  }
  if (body.text.trim() === '') return { ok: true, value: undefined, fromForm: false };
  try {
    return { ok: true, value: JSON.parse(body.text), fromForm: false };
  } catch {
    return { ok: false, res: badRequest('The body is not valid JSON') };
  }
}

/**
 * The one wrapper every route handler goes through, the twin of `defineAction`: request context, permission,
 * zod params / query / body (a 400 that names each field to fix), the handler, and the one error mapping
 * (`toProblem`), so a route cannot forget any of them and no error escapes as a stack trace.
 */
export function defineRoute<
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
  T = unknown,
>(def: RouteDefinition<P, Q, B, T>) {
  const handle = async function handle(request: Request, segment?: Segment): Promise<Response> {
    const requestId = randomUUID();
    let ctx: RequestContext = publicContext(null, requestId);
    const input = { request, fromForm: false } as RouteInput<P, Q, B>;
    const pathname = new URL(request.url).pathname;
    // Calls made with a key are audited whatever they do; other calls when the route changes something.
    const audit = async (outcome: 'success' | 'failure' | 'denied', data?: T, error?: string) => {
      if (!ctx.user || (!ctx.apiKey && !def.mutation)) return;
      let described = { target: pathname, summary: `${request.method} ${pathname}` };
      try {
        if (def.audit && outcome !== 'denied') described = def.audit(input, data);
      } catch {
        // a description must never turn an answer into an error
      }
      await recordAudit({
        actorEmail: ctx.user.email,
        actorRole: ctx.user.role,
        environment: ctx.environment?.name ?? null,
        action: def.name ?? `${request.method} ${pathname}`,
        target: described.target,
        summary: ctx.apiKey ? `${described.summary} (API key ${ctx.apiKey.name})` : described.summary,
        outcome,
        error,
        requestId,
      });
    };
    try {
      // A route under /api/environments/<env>/ works in that environment: its role there decides.
      const rawParams = (await segment?.params) ?? {};
      const environment = typeof rawParams.env === 'string' ? environmentNamed(rawParams.env) : null;
      ctx = publicContext(environment, requestId);
      if (def.access !== 'public') {
        const bearer = bearerOf(request);
        if (bearer !== undefined) {
          if (!def.apiKeys)
            return keyRefused(
              'api_key_not_accepted',
              'This address does not accept API keys: sign in to use it',
            );
          const check = await authenticateApiKey(bearer);
          if (!check.ok) {
            if (check.name) {
              await recordAudit({
                actorEmail: `api-key:${check.name}`,
                actorRole: 'api-key',
                action: def.name ?? `${request.method} ${pathname}`,
                target: pathname,
                summary: `${request.method} ${pathname} with a ${check.reason} key`,
                environment: environment?.name ?? null,
                outcome: 'denied',
                error: `key ${check.reason}`,
                requestId,
              });
            }
            return keyRefused(`api_key_${check.reason}`, check.message);
          }
          ctx = apiKeyContext(check.key, environment, requestId);
          if (environment && !check.key.environments.includes(environment.name)) {
            await audit('denied', undefined, `key not valid for ${environment.name}`);
            return problemResponse({
              status: 403,
              code: 'forbidden',
              message: `The API key ${check.key.name} is not valid for the environment ${environment.name}`,
            });
          }
        } else {
          ctx = await requestContext(environment, requestId);
        }
        if (!ctx.identity)
          return problemResponse({ status: 401, code: 'signed_out', message: 'Sign in to continue' });
        if (!signedIn(ctx) || !can(ctx.role, def.access)) {
          await audit('denied', undefined, `missing permission ${def.access}`);
          return problemResponse({
            status: 403,
            code: 'forbidden',
            message: ctx.apiKey
              ? `The API key ${ctx.apiKey.name} has the role ${ctx.role}, which does not allow this`
              : ctx.role
                ? `Your role (${ctx.role}) does not allow this`
                : `You have no role in ${environment?.name ?? 'this console'}`,
          });
        }
      }
      if (def.params) {
        const parsed = def.params.safeParse(rawParams);
        if (!parsed.success) return badRequest(describeIssues(parsed.error), parsed.error);
        input.params = parsed.data as Parsed<P>;
      }
      if (def.query) {
        const parsed = def.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return badRequest(describeIssues(parsed.error), parsed.error);
        input.query = parsed.data as Parsed<Q>;
      }
      if (def.body) {
        const raw = await readJsonBody(request, def.maxBodyBytes ?? 64 * 1024, def.acceptsForms);
        if (!raw.ok) return raw.res;
        input.fromForm = raw.fromForm;
        const parsed = def.body.safeParse(raw.value);
        if (!parsed.success) return badRequest(describeIssues(parsed.error), parsed.error);
        input.body = parsed.data as Parsed<B>;
      }
      const out = await def.handler(input, ctx);
      if (out instanceof Response) {
        // a web-platform class, the same in every module graph
        await audit(out.ok ? 'success' : 'failure', undefined, out.ok ? undefined : `answered ${out.status}`);
        return out;
      }
      await audit('success', out);
      return Response.json(out, { headers: { 'cache-control': def.cacheControl ?? 'no-store' } });
    } catch (err) {
      const problem = toProblem(err, { requestId, isAdmin: ctx.role === 'admin' });
      if (!problem.expected) console.error(`route ${pathname} failed (ref ${requestId}):`, err);
      await audit('failure', undefined, problem.expected ? problem.message : 'unexpected error');
      return problemResponse(problem);
    }
  };
  // The OpenAPI document (app/api/openapi.json) is generated from these, the same schemas that validate requests.
  // Every request answers within ACTION_DEADLINE_MS, however many Scalekit calls and tries are inside.
  const route = (request: Request, segment?: Segment): Promise<Response> =>
    withDeadline(ACTION_DEADLINE_MS, () => handle(request, segment));
  return Object.assign(route, { definition: def as RouteDefinition<Schema, Schema, Schema, unknown> });
}
