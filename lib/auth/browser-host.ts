/**
 * Next.js renames a loopback host (127.0.0.1, [::1]) to `localhost` in a route handler's request URL. Auth.js
 * builds the OIDC callback address from that URL: a sign-in started on http://127.0.0.1:3000 asked the provider
 * for redirect_uri http://127.0.0.1:3000/api/auth/callback/oidc, then redeemed the code with
 * http://localhost:3000/... (the provider refuses: redirect_uri mismatch) and sent the person to localhost,
 * where their cookies are not. The Host header still names what the browser used; this puts it back. Only a
 * loopback name replaces `localhost`: a Host header can never move the request off this machine.
 */
const LOOPBACK = /^(127(\.\d{1,3}){3}|\[::1\])$/;

export function withBrowserHost(req: Request): Request {
  const url = new URL(req.url);
  const host = req.headers.get('host');
  if (url.hostname !== 'localhost' || !host) return req;
  let typed: URL;
  try {
    typed = new URL(`http://${host}`);
  } catch {
    return req;
  }
  if (!LOOPBACK.test(typed.hostname)) return req;
  url.hostname = typed.hostname;
  return new Request(url, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    // Node's fetch needs this to pass a request body on as a stream.
    duplex: 'half',
  } as RequestInit);
}
