import 'server-only';
import { createHash } from 'node:crypto';

/** sha256 of a text, hex: the digest of a file and of a plan. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
