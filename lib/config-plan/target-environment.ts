import 'server-only';
import { z } from 'zod';
import { can, type Permission } from '@/lib/auth/roles';
import { ENVIRONMENT_NAME_PATTERN } from '@/lib/environment-names';
import { listEnvironments, scalekitOf } from '@/lib/environments';
import { ActionError } from '@/lib/errors/action-error';
import { environmentNamed, type RequestContext } from '@/lib/request/context';
import type { ScalekitClient } from '@/lib/scalekit';

/**
 * The one place configs as code (and promotion) turns an environment name into a target to plan against or
 * write to: it must exist, and the person (or key) must hold the permission there, whatever page they act from.
 */
export const environmentParam = z
  .string()
  .regex(
    ENVIRONMENT_NAME_PATTERN,
    'An environment name is lowercase letters, digits and -, starting with a letter',
  );

/** Every environment a plan can target, in display order. */
export function listTargetEnvironments(): string[] {
  return listEnvironments().map((e) => e.name);
}

export interface TargetEnvironment {
  name: string;
  client: ScalekitClient;
}

export function targetEnvironment(
  ctx: RequestContext,
  env: string,
  permission: Permission = 'configs:read',
): TargetEnvironment {
  const target = environmentNamed(env); // a 404 that names the environments there are
  const role = ctx.roleIn(target.name);
  if (!can(role, permission))
    throw new ActionError(
      role
        ? `Your role in ${target.name} (${role}) does not allow this`
        : `You have no role in ${target.name}`,
      undefined,
      undefined,
      403,
    );
  return { name: target.name, client: scalekitOf(target.name) };
}
