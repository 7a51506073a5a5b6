import 'server-only';
import { randomUUID } from 'node:crypto';
import { forbidden, redirect } from 'next/navigation';
import { can, type Permission, type Role, type SessionUser } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/session';
import type { ScalekitClient } from '@/lib/scalekit';
import { configuredScalekit } from '@/lib/scalekit/registry';

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

/** For pages: signed out -> sign-in; lacking the permission -> the 403 page; else the context. */
export async function pageContext(permission: Permission, callbackUrl = '/'): Promise<SignedInContext> {
  const ctx = await requestContext();
  if (!signedIn(ctx)) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(ctx.role, permission)) forbidden();
  return ctx;
}
