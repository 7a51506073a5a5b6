import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import type { z } from 'zod';
import { can, type Permission, type Role, type SessionUser } from '@/lib/auth/roles';
import { getIdentity } from '@/lib/auth/session';
import { findEnvironment, listEnvironments, scalekitOf } from '@/lib/environments';
import { roleIn, type Identity } from '@/lib/environments/roles';
import type { EnvironmentInfo } from '@/lib/environments/types';
import { ActionError } from '@/lib/errors/action-error';
import type { ScalekitClient } from '@/lib/scalekit';
import { describeIssues } from './field-errors';
import { setNotFoundReason } from './not-found-reason';
import { PAGE_PATH_HEADER } from './page-path';

/**
 * Everything a request's code needs, built in one place and handed to every action, route handler and page
 * loader: who is there, which Scalekit environment they work in (its client owns its caches), their role there
 * (worked out now, from the configuration as it is now), and an id that ties logs and audit entries together.
 * A request of no environment (the home page, compare, audit, access) has the person's highest role anywhere.
 */
export interface RequestContext {
  /** Who, with their role in this request's environment. */
  user: SessionUser | null;
  role: Role | null;
  identity: Identity | null;
  /** null: a deployment-wide request (no environment in its URL). */
  environment: EnvironmentInfo | null;
  /** The environment's client; a deployment-wide request has none (asking is a bug, and says so). */
  readonly scalekit: ScalekitClient;
  requestId: string;
  /** Set when an operator's API key (not a browser session) made the request: its name and environments. */
  apiKey?: { id: number; name: string; environments: string[] };
  /** The same person's role in another environment (promotion writes to one environment from another's page). */
  roleIn(environment: string): Role | null;
}

export interface SignedInContext extends RequestContext {
  user: SessionUser;
  role: Role;
}

const rank = (r: Role | null) => (r === 'admin' ? 2 : r === 'support' ? 1 : 0);

/** The highest role someone has in any environment: what deployment-wide pages go by. */
export function highestRole(roleOf: (env: string) => Role | null): Role | null {
  return listEnvironments()
    .map((e) => roleOf(e.name))
    .reduce<Role | null>((best, r) => (rank(r) > rank(best) ? r : best), null);
}

/**
 * The environment a name in a URL means, or a 404 the person can read (with the names there are). A request of
 * no environment passes null.
 */
export function environmentNamed(name: string): EnvironmentInfo {
  const env = findEnvironment(name);
  if (env) return env;
  const known = listEnvironments().map((e) => e.name);
  throw new ActionError(
    `There is no environment named "${name}". This console has: ${known.join(', ') || 'none configured'}.`,
    undefined,
    undefined,
    404,
  );
}

function contextFor(
  o: {
    identity: Identity | null;
    environment: EnvironmentInfo | null;
    roleOf: (env: string) => Role | null;
    apiKey?: RequestContext['apiKey'];
  },
  requestId: string = randomUUID(),
): RequestContext {
  const { identity, environment, roleOf } = o;
  const role = !identity ? null : environment ? roleOf(environment.name) : highestRole(roleOf);
  let scalekit: ScalekitClient | undefined;
  return {
    identity,
    environment,
    user: identity && role ? { email: identity.email, name: identity.name, role } : null,
    role,
    requestId,
    apiKey: o.apiKey,
    roleIn: (env) => (identity ? roleOf(env) : null),
    // Resolved on first use: a request that never calls Scalekit (health, sign-in) works unconfigured.
    get scalekit() {
      if (!environment)
        throw new ActionError(
          'This request names no environment: open it from an environment.',
          undefined,
          undefined,
          400,
        );
      return (scalekit ??= scalekitOf(environment.name));
    },
  };
}

/**
 * A request made with an operator's API key: it acts as the key, under the key's name (audit entries and history
 * say `api-key:<name>`), with the key's role in the environments it was made for and none elsewhere.
 */
export function apiKeyContext(
  key: { id: number; name: string; role: Role; environments: string[] },
  environment: EnvironmentInfo | null,
  requestId?: string,
): RequestContext {
  return contextFor(
    {
      identity: { email: `api-key:${key.name}`, name: `${key.name} (API key)`, claims: {} },
      environment,
      roleOf: (env) => (key.environments.includes(env) ? key.role : null),
      apiKey: { id: key.id, name: key.name, environments: key.environments },
    },
    requestId,
  );
}

/** For public requests (the end user's connect page, webhooks): nobody is signed in; the link or signature is the credential. */
export function publicContext(environment: EnvironmentInfo | null, requestId?: string): RequestContext {
  return contextFor({ identity: null, environment, roleOf: () => null }, requestId);
}

/**
 * Whoever is signed in (or nobody), in an environment or none. The role is worked out here, per request, so a
 * changed mapping applies at once. Route handlers and actions go through their wrappers instead.
 */
export async function requestContext(
  environment: EnvironmentInfo | null,
  requestId?: string,
): Promise<RequestContext> {
  const identity = await getIdentity();
  return contextFor(
    { identity, environment, roleOf: (env) => (identity ? roleIn(identity, env) : null) },
    requestId,
  );
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
export async function pageContext(
  permission: Permission,
  page?: { params: RawParams },
): Promise<SignedInContext & { environment: EnvironmentInfo | null }>;
export async function pageContext<S extends z.ZodType>(
  permission: Permission,
  page: { params: RawParams; schema: S },
): Promise<SignedInContext & { params: z.output<S> }>;
export async function pageContext(
  permission: Permission,
  page?: { params: RawParams; schema?: z.ZodType },
): Promise<SignedInContext & { params?: unknown }> {
  // A page under /<environment>/ works in that environment; its role there decides.
  const raw = page ? await page.params : {};
  const environment = typeof raw.env === 'string' ? pageEnvironment(raw.env) : null;
  const ctx = await requestContext(environment);
  if (!ctx.identity) {
    const back = (await headers()).get(PAGE_PATH_HEADER) ?? '/';
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (!signedIn(ctx) || !can(ctx.role, permission)) forbidden();
  if (!page?.schema) return ctx;
  return Object.assign(ctx, { params: await pageParams(page.schema, page.params) });
}

/** The environment a page's URL names, or the not-found page saying which environments there are. */
function pageEnvironment(name: string): EnvironmentInfo {
  try {
    return environmentNamed(decodeURIComponent(name));
  } catch (err) {
    setNotFoundReason((err as Error).message);
    notFound();
  }
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
