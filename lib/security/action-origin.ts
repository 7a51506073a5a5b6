/**
 * Server actions accept only requests from the console's own pages. Next.js makes this check itself, deep in
 * rendering, and answers a refused action with a 500 (as if the console had failed); proxy.ts makes the same
 * check first and answers 403, so a cross-site form or fetch is told plainly it is not allowed. Edge-safe.
 *
 * Same decision as Next.js (`action-handler`): a POST that can carry an action (a `Next-Action` header, or a
 * multipart form, which is how actions post before hydration) with an Origin whose host is not the
 * X-Forwarded-Host, or else the Host, is foreign. Without an Origin it passes, as in Next.js: browsers send one
 * with every cross-site POST, so only a hand-made request lacks it, and that carries no one else's cookies.
 */
export function isForeignServerAction(req: Request): boolean {
  if (req.method !== 'POST') return false;
  const type = req.headers.get('content-type') ?? '';
  if (!req.headers.has('next-action') && !type.startsWith('multipart/form-data')) return false;
  const origin = req.headers.get('origin');
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host;
  } catch {
    return true; // an Origin that is not a URL is nobody's page
  }
  const forwarded = req.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwarded || req.headers.get('host');
  return !host || originHost !== host;
}

export function foreignActionResponse(): Response {
  return Response.json(
    { error: 'This action can only be sent from the console’s own pages', code: 'foreign_origin' },
    { status: 403, headers: { 'cache-control': 'no-store' } },
  );
}
