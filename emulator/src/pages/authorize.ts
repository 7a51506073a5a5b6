/**
 * The hosted authorization page an auth link or magic link opens: plain HTML with Allow and Deny forms
 * (works without JavaScript). Links are single-use; expired or reused ones change nothing.
 */
import { Reply, type Router } from '../http/router';
import type { Deps } from '../rest/deps';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string, status = 200) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>
body{font-family:system-ui,sans-serif;background:#f4f4f5;color:#18181b;display:grid;place-items:center;min-height:100vh;margin:0}
main{background:#fff;border-radius:12px;box-shadow:0 1px 3px #0002;padding:2rem;max-width:26rem;width:calc(100% - 2rem)}
h1{font-size:1.25rem;margin:0 0 .75rem}p{color:#52525b;line-height:1.5}.row{display:flex;gap:.75rem;margin-top:1.5rem}
button{flex:1;padding:.7rem 1rem;border-radius:8px;border:1px solid #d4d4d8;font-size:1rem;cursor:pointer;background:#fff}
button.allow{background:#4f46e5;border-color:#4f46e5;color:#fff}small{color:#71717a}</style></head>
<body><main>${body}<p><small>Scalekit AgentKit emulator: no real provider is contacted.</small></p></main></body></html>`;
  return new Reply(
    status,
    html,
    { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    true,
  );
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
    const form = (await body()) as Record<string, unknown>;
    const u = usable(params.token);
    if (!u.link) return invalidLink(u.error);
    const label = store.catalog.connector(u.account.connector)?.label ?? u.account.connector;
    if (form.decision !== 'allow') {
      return page(
        'Authorization denied',
        `<h1>Authorization denied</h1><p>${esc(label)} was not connected. Nothing changed.</p>`,
      );
    }
    store.markLinkUsed(u.link);
    if (u.link.userVerifyUrl) {
      store.setAccountStatus(u.account.id, 'PENDING_VERIFICATION', 'oauth');
      const v = store.createVerification(u.account);
      const target = new URL(u.link.userVerifyUrl);
      target.searchParams.set('auth_request_id', v.authRequestId);
      if (u.link.state) target.searchParams.set('state', u.link.state);
      return new Reply(303, '', { location: target.toString() }, true);
    }
    store.setAccountStatus(u.account.id, 'ACTIVE', 'oauth');
    return page('Connected', `<h1>${esc(label)} is connected</h1><p>You can close this window.</p>`);
  });
}
