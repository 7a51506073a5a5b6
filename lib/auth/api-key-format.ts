import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** Every key starts with this, so a leaked one is recognizable (secret scanners, the log redactor). */
export const KEY_PREFIX = 'mck_';
const KEY_PATTERN = /^mck_[A-Za-z0-9_-]{43}$/;

/** A new key (256 random bits), the part of it that is safe to show, and the hash that is stored. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, KEY_PREFIX.length + 8), hash: hashApiKey(key) };
}

/** Keys are random, not passwords: one SHA-256 is enough to keep them unusable if the database leaks. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export const looksLikeApiKey = (s: string) => KEY_PATTERN.test(s);
