/** Where a sign-in attempt comes from: never what the client wrote, only what trusted proxies appended. */
import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';
import { clientAddress, FORWARDED_HEADER, PEER_HEADER } from '@/lib/security/client-address';

const stamped = (peer: string, forwarded = '') =>
  new Headers({ [PEER_HEADER]: peer, [FORWARDED_HEADER]: forwarded, 'x-forwarded-for': forwarded });

describe('clientAddress', () => {
  it('with no trusted proxy (the default) is the socket peer, whatever X-Forwarded-For says', () => {
    expect(clientAddress(stamped('203.0.113.7', '1.2.3.4'), 0, true)).toBe('203.0.113.7');
    expect(clientAddress(stamped('::ffff:203.0.113.7', '1.2.3.4, 5.6.7.8'), 0, true)).toBe('203.0.113.7');
  });

  it('behind N proxies is the entry N hops left of the peer; forged entries further left are ignored', () => {
    // forged, the client (as the outer proxy saw it), the outer proxy (as the inner one saw it); peer = inner
    const h = stamped('10.0.0.2', '6.6.6.6, 198.51.100.9, 10.0.0.1');
    expect(clientAddress(h, 1, true)).toBe('10.0.0.1');
    expect(clientAddress(h, 2, true)).toBe('198.51.100.9');
    // More hops configured than the request went through: the farthest address there is.
    expect(clientAddress(stamped('10.0.0.2', '198.51.100.9'), 5, true)).toBe('198.51.100.9');
  });

  it('is unknown when the peer address was not stamped by this process (the headers could be forged)', () => {
    expect(clientAddress(stamped('203.0.113.7', '1.2.3.4'), 0, false)).toBeNull();
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.2.3.4' }), 1, true)).toBeNull();
    expect(clientAddress(stamped('not an address<script>'), 0, true)).toBeNull();
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it('defaults to 0 and names itself when wrong', () => {
    expect(parseServerEnv({}).network.trustedProxyHops).toBe(0);
    expect(parseServerEnv({ TRUSTED_PROXY_HOPS: '2' }).network.trustedProxyHops).toBe(2);
    for (const bad of ['-1', 'one', '1.5', '11']) {
      expect(() => parseServerEnv({ TRUSTED_PROXY_HOPS: bad })).toThrow(/TRUSTED_PROXY_HOPS: must/);
    }
  });
});
