import type { IncomingMessage } from 'node:http';
import { ApiError, invalid } from './errors';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Deeper JSON than any request needs; deeper values would overflow the stack when echoed back. */
export const MAX_JSON_DEPTH = 64;

/** Reads and parses a JSON or form body, refusing more than 1 MB before buffering it all. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if ((err as { name?: string }).name === 'ApiError') throw err;
    // The client went away or sent a broken chunked body: its mistake, not ours.
    throw invalid(`Request body could not be read: ${(err as Error).message}`);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const type = String(req.headers['content-type'] ?? '');
  // curl labels any -d body as a form: a body that looks like JSON is parsed as JSON whatever the header says.
  const looksJson = /^\s*[[{]/.test(text);
  if (!looksJson && type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw invalid(`Request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw invalid(`Request body is not valid JSON: ${(err as Error).message}`);
  }
}

/** The deepest bracket nesting of a JSON text, ignoring brackets inside strings. */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function tooLarge() {
  return new ApiError('PAYLOAD_TOO_LARGE', `Request body is larger than ${MAX_BODY_BYTES} bytes`);
}
