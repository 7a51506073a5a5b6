import 'server-only';
import type { McpInstance } from '@/lib/scalekit/types';
import { maskInstanceUrl, type InstanceView } from './schema';

/** The only way an instance leaves the server for a page or a route: the URL masked. */
export const toInstanceView = (i: McpInstance): InstanceView => ({
  id: i.id,
  name: i.name,
  userIdentifier: i.userIdentifier,
  configId: i.config?.id ?? '',
  configName: i.config?.name ?? '',
  maskedUrl: maskInstanceUrl(i.url),
  lastUsedAt: i.lastUsedAt,
  updatedAt: i.updatedAt,
});
