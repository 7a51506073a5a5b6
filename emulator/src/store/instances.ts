/**
 * Per-user MCP instances: a table the Store owns and persists with everything else. The identity of an
 * instance is (config, name, user identifier), the key EnsureMcpInstance gets or creates on (API.md §7).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { McpInstance } from './types';

const key = (configId: string, name: string, identifier: string) =>
  `${configId}\u0000${name}\u0000${identifier}`;

/** 32 random bytes: the instance URL is a bearer credential, so it must not be guessable. */
export const newInstanceSecret = () => randomBytes(32).toString('base64url');

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares in constant time (over fixed-length digests), so a response time says nothing about the secret. */
export function secretMatches(instance: McpInstance | undefined, candidate: string): boolean {
  const ok = timingSafeEqual(digest(instance?.secret ?? ''), digest(candidate));
  return instance !== undefined && ok;
}

export class InstanceTable {
  private readonly byId = new Map<string, McpInstance>();
  private readonly byKey = new Map<string, McpInstance>();

  constructor(private readonly hooks: { nextId: () => string; changed: () => void }) {}

  load(list: McpInstance[]) {
    this.byId.clear();
    this.byKey.clear();
    for (const i of list) this.index(i);
  }

  private index(i: McpInstance) {
    this.byId.set(i.id, i);
    this.byKey.set(key(i.configId, i.name, i.userIdentifier), i);
  }

  all(): McpInstance[] {
    return [...this.byId.values()];
  }

  get(id: string) {
    return this.byId.get(id);
  }

  find(configId: string, name: string, identifier: string) {
    return this.byKey.get(key(configId, name, identifier));
  }

  create(input: { configId: string; name: string; userIdentifier: string }): McpInstance {
    const now = new Date().toISOString();
    const i: McpInstance = {
      id: this.hooks.nextId(),
      ...input,
      secret: newInstanceSecret(),
      createdAt: now,
      updatedAt: now,
    };
    this.index(i);
    this.hooks.changed();
    return i;
  }

  /** Moves an instance to a new name and/or config; the caller has checked the new key is free. */
  update(id: string, patch: { name?: string; configId?: string }): McpInstance | undefined {
    const i = this.byId.get(id);
    if (!i) return undefined;
    this.byKey.delete(key(i.configId, i.name, i.userIdentifier));
    if (patch.name !== undefined) i.name = patch.name;
    if (patch.configId !== undefined) i.configId = patch.configId;
    i.updatedAt = new Date(Math.max(Date.now(), Date.parse(i.updatedAt) + 1)).toISOString();
    this.index(i);
    this.hooks.changed();
    return i;
  }

  delete(id: string): boolean {
    const i = this.byId.get(id);
    if (!i) return false;
    this.byId.delete(id);
    this.byKey.delete(key(i.configId, i.name, i.userIdentifier));
    this.hooks.changed();
    return true;
  }

  /** "Deletes the MCP configuration and any associated mappings and instances" (API.md §2). */
  deleteForConfig(configId: string) {
    for (const i of this.byId.values()) if (i.configId === configId) this.delete(i.id);
  }

  touch(id: string) {
    const i = this.byId.get(id);
    if (!i) return;
    i.lastUsedAt = new Date().toISOString();
    this.hooks.changed();
  }
}
