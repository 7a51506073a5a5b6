import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { can, type Permission } from '@/lib/auth/roles';
import { toProblem, type Problem } from '@/lib/errors/problem';
import { ACTION_DEADLINE_MS, withDeadline } from '@/lib/scalekit/deadline';
import { publicContext, requestContext, signedIn, type RequestContext } from './context';
import { describeIssues, fieldErrorsOf } from './field-errors';
import { readTextCapped } from './read-body';

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P extends Schema, Q extends Schema, B extends Schema> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  request: Request;
}

export interface RouteDefinition<P extends Schema, Q extends Schema, B extends Schema, T> {
  /** Who may call it: a permission checked against the signed-in role, or 'public' (a link or signature is the credential). */
  access: Permission | 'public';
  params?: P;
  query?: Q;
  /** A JSON body, parsed and validated before the handler runs. */
  body?: B;
  /** Bodies larger than this are refused before parsing (default 64 KiB). */
  maxBodyBytes?: number;
  /** Cache-Control of JSON answers (default no-store: polled state must never be served stale). */
  cacheControl?: string;
  handler: (input: RouteInput<P, Q, B>, ctx: RequestContext) => Promise<T | Response>;
}

type Segment = { params: Promise<Record<string, string | string[] | undefined>> };

export function problemResponse(
  problem: Pick<Problem, 'status' | 'message' | 'code' | 'fieldErrors' | 'retryAfterS'>,
) {
  return Response.json(
    { error: problem.message, code: problem.code, fieldErrors: problem.fieldErrors },
    {
      status: problem.status,
      headers: {
        'cache-control': 'no-store',
        ...(problem.retryAfterS ? { 'retry-after': String(problem.retryAfterS) } : {}),
      },
    },
  );
}

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
): Promise<{ ok: true; value: unknown } | { ok: false; res: Response }> {
  const body = await readTextBody(req, max);
  if (!body.ok) return body;
  if (body.text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(body.text) };
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
  // Every request answers within ACTION_DEADLINE_MS, however many Scalekit calls and tries are inside.
  const route = (request: Request, segment?: Segment): Promise<Response> =>
    withDeadline(ACTION_DEADLINE_MS, () => handle(request, segment));
  return Object.assign(route, { definition: def });
  async function handle(request: Request, segment?: Segment): Promise<Response> {
    const requestId = randomUUID();
    let ctx: RequestContext = publicContext(requestId);
    try {
      if (def.access !== 'public') {
        ctx = await requestContext(requestId);
        if (!signedIn(ctx))
          return problemResponse({ status: 401, code: 'signed_out', message: 'Sign in to continue' });
        if (!can(ctx.role, def.access)) {
          return problemResponse({
            status: 403,
            code: 'forbidden',
            message: `Your role (${ctx.role}) does not allow this`,
          });
        }
      }
      const input = { request } as RouteInput<P, Q, B>;
      if (def.params) {
        const parsed = def.params.safeParse((await segment?.params) ?? {});
        if (!parsed.success) return badRequest(describeIssues(parsed.error), parsed.error);
        input.params = parsed.data as Parsed<P>;
      }
      if (def.query) {
        const parsed = def.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return badRequest(describeIssues(parsed.error), parsed.error);
        input.query = parsed.data as Parsed<Q>;
      }
      if (def.body) {
        const raw = await readJsonBody(request, def.maxBodyBytes ?? 64 * 1024);
        if (!raw.ok) return raw.res;
        const parsed = def.body.safeParse(raw.value);
        if (!parsed.success) return badRequest(describeIssues(parsed.error), parsed.error);
        input.body = parsed.data as Parsed<B>;
      }
      const out = await def.handler(input, ctx);
      if (out instanceof Response) return out; // a web-platform class, the same in every module graph
      return Response.json(out, { headers: { 'cache-control': def.cacheControl ?? 'no-store' } });
    } catch (err) {
      const problem = toProblem(err, { requestId, isAdmin: ctx.role === 'admin' });
      if (!problem.expected)
        console.error(`route ${new URL(request.url).pathname} failed (ref ${requestId}):`, err);
      return problemResponse(problem);
    }
  }
}
