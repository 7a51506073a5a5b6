/**
 * Requests whose path Next.js cannot decode. Next decodes every path segment into route params before any
 * page, error boundary or route handler runs, and a malformed percent-escape (`/users/%E0%A4%A`) throws there:
 * a bare 500 that no code of ours sees. The proxy runs before routing, so it is the one place that can answer
 * such a request with a 400 that says what to fix. Edge-safe: imported by proxy.ts.
 */

/** The first path segment that is not valid percent-encoded UTF-8, or undefined when every segment decodes. */
export function undecodableSegment(pathname: string): string | undefined {
  for (const segment of pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}

const MESSAGE =
  'The address is malformed: it has a broken percent-escape (like %E0 or a lone %). Check the link.';

/** API callers get the usual JSON error shape; people get a small page with a way back into the console. */
export function badAddressResponse(pathname: string): Response {
  const headers = { 'cache-control': 'no-store' };
  if (pathname.startsWith('/api/')) {
    return Response.json({ error: MESSAGE, code: 'bad_address' }, { status: 400, headers });
  }
  // No scripts or inline styles: the console's CSP applies, and this page needs neither.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address · MCP Console</title></head>
<body><main><p>400</p><h1>This address cannot be read</h1><p>${MESSAGE}</p><p><a href="/">Back to the console</a></p></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  });
}
