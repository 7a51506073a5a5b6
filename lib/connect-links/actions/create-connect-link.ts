'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/request/define-action';
import { createConnectLink } from '@/lib/connect-links';
import { identifierField } from '@/lib/wire/fields';
import { loadConfigCached } from '@/lib/configs/cached';
import { configIdField } from '@/lib/wire/fields';
import { LIFETIME_LABELS } from '../lifetimes';
import { lifetimeField } from '../schema';

/**
 * A signed link the end user opens without a console account to authorize this config's connections.
 * The link is returned once and never stored or logged: it is a credential until it expires.
 */
export const createConnectLinkAction = defineAction({
  name: 'user.connect-link',
  permission: 'users:links',
  input: z.object({ identifier: identifierField, configId: configIdField, lifetime: lifetimeField }),
  audit: (input, data?: { configName: string; linkId: string }) => ({
    target: input.identifier,
    summary: `Created a ${LIFETIME_LABELS[input.lifetime]} connect link for ${data?.configName ?? input.configId}${data ? ` (link ${data.linkId})` : ''}`,
  }),
  handler: async (input, { scalekit }) => {
    const config = await loadConfigCached(scalekit, input.configId); // 404 for an unknown config, before signing
    const { url, claims } = await createConnectLink(input);
    return {
      url,
      expiresAt: claims.expiresAt.toISOString(),
      configName: config.name,
      linkId: claims.id,
    };
  },
});
