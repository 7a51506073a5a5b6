/**
 * Reads a request body as text, at most `max` bytes: a declared length over the cap is refused before
 * reading, and a body without one (chunked) is cut off as soon as it passes the cap, never buffered whole.
 */
export async function readTextCapped(
  req: Request,
  max: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: 'too_large' }> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (!Number.isFinite(declared) || declared > max) return { ok: false, reason: 'too_large' };
  if (!req.body) return { ok: true, text: '' };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too_large' };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
