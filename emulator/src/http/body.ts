import type { IncomingMessage } from 'node:http';
import { ApiError, invalid } from './errors';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads and parses a JSON or form body, refusing more than 1 MB before buffering it all. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const type = String(req.headers['content-type'] ?? '');
  // curl labels any -d body as a form: a body that looks like JSON is parsed as JSON whatever the header says.
  const looksJson = /^\s*[[{]/.test(text);
  if (!looksJson && type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw invalid(`Request body is not valid JSON: ${(err as Error).message}`);
  }
}

function tooLarge() {
  return new ApiError('PAYLOAD_TOO_LARGE', `Request body is larger than ${MAX_BODY_BYTES} bytes`);
}
