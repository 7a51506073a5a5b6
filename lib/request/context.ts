import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import type { z } from 'zod';
import { can, type Permission, type Role, type SessionUser } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import type { ScalekitClient } from '@/lib/scalekit';
import { configuredScalekit } from '@/lib/scalekit/registry';
import { describeIssues } from './field-errors';
import { setNotFoundReason } from './not-found-reason';
import { PAGE_PATH_HEADER } from './page-path';

/**
 * Everything a request's code needs, built in one place and handed to every action, route handler and page
 * loader: who is there, which Scalekit environment they work in (a client instance that owns its caches), and
 * an id that ties logs and audit entries together. A second environment plugs in here, not in features.
 */
export interface RequestContext {
  user: SessionUser | null;
  role: Role | null;
  readonly scalekit: ScalekitClient;
  requestId: string;
  /** Set when an operator's API key (not a browser session) made the request: its name and environments. */
  apiKey?: { id: number; name: string; environments: string[] };
}

export interface SignedInContext extends RequestContext {
  user: SessionUser;
  role: Role;
}

function contextFor(user: SessionUser | null, requestId: string = randomUUID()): RequestContext {
  let scalekit: ScalekitClient | undefined;
  return {
    user,
    role: user?.role ?? null,
    requestId,
    // Resolved on first use: a request that never calls Scalekit (health, sign-in) works unconfigured.
    get scalekit() {
      return (scalekit ??= configuredScalekit());
    },
  };
}

/**
 * A request made with an operator's API key: it acts as the key, under the key's name (audit entries and history
 * say `api-key:<name>`) and with the key's role.
 */
export function apiKeyContext(
  key: { id: number; name: string; role: Role; environments: string[] },
  requestId?: string,
): SignedInContext {
  const ctx = contextFor(
    { email: `api-key:${key.name}`, name: `${key.name} (API key)`, role: key.role },
    requestId,
  );
  return Object.assign(ctx, {
    apiKey: { id: key.id, name: key.name, environments: key.environments },
  }) as SignedInContext;
}

/** For public requests (the end user's connect page, webhooks): nobody is signed in; the link or signature is the credential. */
export function publicContext(requestId?: string): RequestContext {
  return contextFor(null, requestId);
}

/** Whoever is signed in (or nobody). Route handlers and actions go through their wrappers instead. */
export async function requestContext(requestId?: string): Promise<RequestContext> {
  return contextFor(await getSessionUser(), requestId);
}

export function signedIn(ctx: RequestContext): ctx is SignedInContext {
  return ctx.user !== null;
}

type RawParams = Promise<Record<string, string | string[] | undefined>>;

/** A path segment as the page's schema reads it: decoded once (Next hands some segments still encoded). */
function decodedParams(raw: Record<string, string | string[] | undefined>) {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s; // a lone "%" is text, not an escape
    }
  };
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.map(decode) : v && decode(v)]),
  );
}

/**
 * For pages, the twin of the route and action wrappers: signed out -> sign-in (back to this page); lacking the
 * permission -> the 403 page; path params parsed with the page's schema, a bad one -> the not-found page saying
 * what is wrong with it. Returns the context and the parsed params.
 */
export async function pageContext(permission: Permission): Promise<SignedInContext>;
export async function pageContext<S extends z.ZodType>(
  permission: Permission,
  page: { params: RawParams; schema: S },
): Promise<SignedInContext & { params: z.output<S> }>;
export async function pageContext(
  permission: Permission,
  page?: { params: RawParams; schema: z.ZodType },
): Promise<SignedInContext & { params?: unknown }> {
  const ctx = await requestContext();
  if (!signedIn(ctx)) {
    const back = (await headers()).get(PAGE_PATH_HEADER) ?? '/';
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (!can(ctx.role, permission)) forbidden();
  if (!page) return ctx;
  return Object.assign(ctx, { params: await pageParams(page.schema, page.params) });
}

/** A page's path params through its schema; a bad one ends on the not-found page, which says what is wrong. */
export async function pageParams<S extends z.ZodType>(schema: S, params: RawParams): Promise<z.output<S>> {
  const parsed = schema.safeParse(decodedParams(await params));
  if (!parsed.success) {
    setNotFoundReason(describeIssues(parsed.error));
    notFound();
  }
  return parsed.data;
}
