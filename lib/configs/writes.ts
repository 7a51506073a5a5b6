import 'server-only';
import { ActionError } from '@/lib/errors/action-error';
import type { McpConfig, ScalekitClient } from '@/lib/scalekit';
import { isScalekitError } from '@/lib/scalekit/errors';
import { confirmWrite } from '@/lib/scalekit/write-outcome';
import { diffConfigs } from './diff';
import { snapshotOf } from './normalize';
import type { MappingInput } from '@/lib/scalekit/configs';

/**
 * Creating and deleting a config, with the answer confirmed: when Scalekit's answer is lost the config is
 * re-read (by name, or by id) and the person is told whether it happened (lib/scalekit/write-outcome.ts).
 */
export function createConfigConfirmed(
  sk: ScalekitClient,
  input: { name: string; description?: string; mappings: MappingInput[] },
): Promise<McpConfig> {
  return confirmWrite<McpConfig>(
    `creating ${input.name}`,
    () => sk.configs.create(input).catch((err: unknown) => refuseTakenName(err, input.name)),
    async () => {
      // Names are unique in an environment: one with our name and our content is the one we created.
      const found = (await sk.configs.list({ filter: { name: input.name }, pageSize: 1 })).items[0];
      const ours =
        found &&
        diffConfigs(
          snapshotOf({ description: input.description ?? '', mappings: input.mappings.map(asMapping) }),
          snapshotOf(found),
        ).empty;
      return ours ? { applied: true, value: found } : { applied: false };
    },
  );
}

/** Scalekit answers 409 for a name already taken: said beside the name field, in the person's words. */
function refuseTakenName(err: unknown, name: string): never {
  if (isScalekitError(err) && err.status === 409) {
    const message = `A config named ${name} already exists in this environment: choose another name`;
    throw new ActionError(message, { name: [message] }, undefined, 409);
  }
  throw err;
}

const asMapping = (m: MappingInput) => ({ ...m, connectionId: '', provider: '' });

export function deleteConfigConfirmed(sk: ScalekitClient, config: McpConfig): Promise<void> {
  return confirmWrite<void>(
    `deleting ${config.name}`,
    () => sk.configs.delete(config.id),
    async () =>
      (await isGone(() => sk.configs.get(config.id)))
        ? { applied: true, value: undefined }
        : { applied: false },
  );
}

/** True when reading answers 404 (the thing is gone); other errors propagate (the re-read failed). */
export async function isGone(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return false;
  } catch (err) {
    if (isScalekitError(err) && err.status === 404) return true;
    throw err;
  }
}
