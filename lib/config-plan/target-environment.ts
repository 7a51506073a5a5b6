import 'server-only';
import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import type { RequestContext } from '@/lib/request/context';
import type { ScalekitClient } from '@/lib/scalekit';

/**
 * The one place configs as code turns an `[env]` path segment into an environment. Until the environment
 * registry (lib/environments) is wired in, the console has one environment, named by SCALEKIT_ENV_NAME
 * (default `default`), whose client is the request context's; any other name is a 404. Replacing this adapter
 * with `findEnvironment` / `scalekitOf` is the whole change when several environments arrive: everything else
 * takes a client.
 */
export const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,39}$/;

export const environmentParam = z
  .string()
  .regex(ENVIRONMENT_NAME, 'An environment name is lowercase letters, digits and -, starting with a letter');

export function configuredEnvironmentName(): string {
  const name = process.env.SCALEKIT_ENV_NAME?.trim() || 'default';
  return ENVIRONMENT_NAME.test(name) ? name : 'default';
}

/** Every environment a plan can target, in display order. */
export function listTargetEnvironments(): string[] {
  return [configuredEnvironmentName()];
}

export interface TargetEnvironment {
  name: string;
  client: ScalekitClient;
}

export function targetEnvironment(ctx: RequestContext, env: string): TargetEnvironment {
  if (env !== configuredEnvironmentName())
    throw new ActionError(
      `There is no environment named ${env}. This console has: ${listTargetEnvironments().join(', ')}`,
      undefined,
      undefined,
      404,
    );
  return { name: env, client: ctx.scalekit };
}
