/**
 * The address a request comes from, for throttling: never what the client says about itself. Behind
 * `TRUSTED_PROXY_HOPS` reverse proxies, each of which appends the address it saw to X-Forwarded-For, the client
 * is the entry that many hops to the left of the socket's peer; with 0 (the default) it is the peer itself and
 * X-Forwarded-For is ignored, since anyone can write it. (Express's `trust proxy = n` makes the same choice.)
 *
 * The peer and the X-Forwarded-For as it arrived are stamped on the request by scripts/peer-address.mjs, loaded
 * before Next.js; without it in the process the headers could be a client's own, so there is no address (null)
 * and only the per-account limits apply.
 */
export const PEER_HEADER = 'x-mcp-console-peer';
export const FORWARDED_HEADER = 'x-mcp-console-forwarded-for';

/** True when scripts/peer-address.mjs runs in this process, so PEER_HEADER can only be its own. */
export const peerAddressStamped = () =>
  (globalThis as Record<symbol, unknown>)[Symbol.for('mcp-console.peer-address')] === true;

// IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is the same client as `10.0.0.1`.
const normalize = (a: string) =>
  a
    .trim()
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')
    .toLowerCase();
const plausible = (a: string) => a.length > 0 && a.length <= 64 && /^[0-9a-f:.%a-z_-]+$/i.test(a);

export function clientAddress(
  headers: Headers,
  trustedProxyHops: number,
  stamped: boolean = peerAddressStamped(),
): string | null {
  if (!stamped) return null;
  const peer = normalize(headers.get(PEER_HEADER) ?? '');
  if (!plausible(peer)) return null;
  const forwarded = (headers.get(FORWARDED_HEADER) ?? '').split(',').map(normalize).filter(Boolean);
  // Nearest first: the peer, then what each trusted proxy appended, right to left.
  const chain = [peer, ...forwarded.reverse()];
  const address = chain[Math.min(trustedProxyHops, chain.length - 1)]!;
  return plausible(address) ? address : null;
}
