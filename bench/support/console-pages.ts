/**
 * Every page of the console, with the demo seed's ids filled in: what the bundle bench loads. The e2e
 * accessibility spec keeps its own list (it runs on the e2e ports); both follow app/**\/page.tsx.
 */
export function consolePages(o: { configId: string; identifier: string; connectToken?: string }) {
  const user = encodeURIComponent(o.identifier);
  return [
    { route: '/', path: '/' },
    { route: '/configs', path: '/configs' },
    { route: '/configs/new', path: '/configs/new' },
    { route: '/configs/[id]', path: `/configs/${o.configId}` },
    { route: '/configs/[id]/history', path: `/configs/${o.configId}/history` },
    { route: '/users', path: '/users' },
    { route: '/users/[identifier]', path: `/users/${user}` },
    { route: '/users/readiness', path: `/users/readiness?config=${o.configId}` },
    { route: '/tokens', path: '/tokens' },
    { route: '/audit', path: '/audit' },
    ...(o.connectToken ? [{ route: '/connect/[token]', path: `/connect/${o.connectToken}` }] : []),
  ];
}
