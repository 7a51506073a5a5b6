/**
 * The hosted authorization page an auth link or magic link opens: plain HTML with Allow and Deny forms
 * (works without JavaScript). Links are single-use; expired or reused ones change nothing. Like a real
 * provider's consent screen, both answers return to the app when it gave a `user_verify_url`: Allow with
 * `auth_request_id` and `state`, Deny with `error=access_denied`, `error_description` and `state`.
 */
import { z } from 'zod';
import { Reply, type Router } from '../http/router';
import type { Deps } from '../rest/deps';
import { newAuthRequestId } from '../store/store';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// People open these links on phones: widths include padding (border-box) and long identifiers wrap, so the card
// never makes a 390 px screen scroll sideways.
function page(title: string, body: string, status = 200) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>
*,*::before,*::after{box-sizing:border-box}
body{font-family:system-ui,sans-serif;background:#f4f4f5;color:#18181b;display:grid;place-items:center;min-height:100vh;margin:0}
main{background:#fff;border-radius:12px;box-shadow:0 1px 3px #0002;padding:2rem;max-width:26rem;width:calc(100% - 2rem)}
h1{font-size:1.25rem;margin:0 0 .75rem;overflow-wrap:anywhere}p{color:#52525b;line-height:1.5;overflow-wrap:anywhere}
@media (max-width:30rem){main{padding:1.25rem}}.row{display:flex;gap:.75rem;margin-top:1.5rem}
button{flex:1;padding:.7rem 1rem;border-radius:8px;border:1px solid #d4d4d8;font-size:1rem;cursor:pointer;background:#fff}
button.allow{background:#4f46e5;border-color:#4f46e5;color:#fff}small{color:#71717a}</style></head>
<body><main>${body}<p><small>Scalekit AgentKit emulator: no real provider is contacted.</small></p></main></body></html>`;
  return new Reply(status, html, PAGE_HEADERS, true);
}

/** The page must not be framed (clickjacking the Allow button) nor leak its token-bearing URL as a referrer. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

const decisionSchema = z.object({ decision: z.enum(['allow', 'deny']) });

const redirect = (target: URL) =>
  new Reply(
    303,
    '',
    { location: target.toString(), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
    true,
  );

/** The app's return address, or undefined when the link has none; null when a stored one cannot be used. */
function returnAddress(userVerifyUrl: string | undefined): URL | null | undefined {
  if (!userVerifyUrl) return undefined;
  try {
    const u = new URL(userVerifyUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

const invalidLink = (why: string) =>
  page(
    'Link cannot be used',
    `<h1>This link cannot be used</h1><p>${esc(why)}</p><p>Ask for a new link.</p>`,
    410,
  );

export function registerAuthorizePages(router: Router, { store }: Deps) {
  function usable(token: string) {
    const link = store.getAuthLink(token);
    if (!link) return { error: 'The link is not valid.' };
    if (link.usedAt) return { error: 'The link was already used.' };
    if (Date.parse(link.expiresAt) < Date.now()) return { error: 'The link has expired.' };
    const account = store.accounts.get(link.accountId);
    if (!account) return { error: 'The account behind this link no longer exists.' };
    return { link, account };
  }

  router.add('GET', '/connect/authorize/{token}', ({ params }) => {
    const u = usable(params.token);
    if (!u.link) return invalidLink(u.error);
    const label = store.catalog.connector(u.account.connector)?.label ?? u.account.connector;
    const action = `/connect/authorize/${encodeURIComponent(params.token)}`;
    return page(
      `Authorize ${label}`,
      `<h1>Authorize ${esc(label)} for ${esc(u.account.identifier)}</h1>
<p>An app is asking to act on your ${esc(label)} account through its AI agent.</p>
<div class="row"><form method="post" action="${action}" style="flex:1;display:flex"><input type="hidden" name="decision" value="deny"><button type="submit">Deny</button></form>
<form method="post" action="${action}" style="flex:1;display:flex"><input type="hidden" name="decision" value="allow"><button class="allow" type="submit">Allow</button></form></div>`,
    );
  });

  router.add('POST', '/connect/authorize/{token}', async ({ params, body }) => {
    const form = decisionSchema.safeParse(await body());
    const u = usable(params.token);
    if (!u.link) return invalidLink(u.error);
    const { link, account } = u;
    const again = `/connect/authorize/${encodeURIComponent(params.token)}`;
    if (!form.success) {
      return page(
        'Choose Allow or Deny',
        `<h1>Choose Allow or Deny</h1><p>Nothing changed.</p><p><a href="${again}">Back to the authorization page</a></p>`,
        400,
      );
    }
    const label = store.catalog.connector(account.connector)?.label ?? account.connector;
    // Everything that can fail is worked out before any state changes: the answer is all-or-nothing.
    const returnTo = returnAddress(link.userVerifyUrl);
    if (returnTo === null) {
      return page(
        'Link cannot be used',
        `<h1>This link cannot be used</h1><p>The app that sent you here gave an invalid return address. Nothing changed.</p><p>Ask the app for a new link.</p>`,
        400,
      );
    }
    if (form.data.decision === 'deny') {
      // A denial changes nothing, so the person can still change their mind while the link is valid.
      if (returnTo) {
        returnTo.searchParams.delete('auth_request_id');
        returnTo.searchParams.set('error', 'access_denied');
        returnTo.searchParams.set('error_description', `The user denied access to ${label}.`);
        if (link.state) returnTo.searchParams.set('state', link.state);
        return redirect(returnTo);
      }
      return page(
        'Access denied',
        `<h1>Access denied</h1><p>${esc(label)} was not connected. Nothing changed.</p>
<p>To start again, go back to the app that sent you here and connect ${esc(label)} again, or <a href="${again}">return to the authorization page</a> while this link is valid.</p>`,
      );
    }
    if (returnTo) {
      const authRequestId = newAuthRequestId();
      returnTo.searchParams.set('auth_request_id', authRequestId);
      if (link.state) returnTo.searchParams.set('state', link.state);
      store.markLinkUsed(link);
      store.setAccountStatus(account.id, 'PENDING_VERIFICATION', 'oauth');
      store.createVerification(account, authRequestId);
      return redirect(returnTo);
    }
    store.markLinkUsed(link);
    store.setAccountStatus(account.id, 'ACTIVE', 'oauth');
    return page('Connected', `<h1>${esc(label)} is connected</h1><p>You can close this window.</p>`);
  });
}
