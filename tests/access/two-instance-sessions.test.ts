/**
 * Two console instances (two processes, each its own per-session cache) on one PostgreSQL: sessions an admin
 * ends on one are refused by the other within REVOCATION_DELAY_MS (5 s), however recently the other checked
 * them, and nobody else's session is touched. Needs TEST_DATABASE_URL.
 */
import { describe, expect, it } from 'vitest';
import { twoInstancesOn } from '../support/api-instances';

const pgUrl = process.env.TEST_DATABASE_URL;
const REVOCATION_DELAY_MS = 5_000; // lib/sessions/store.ts (not imported: it is server-only)

describe.skipIf(!pgUrl)('ending sessions across console instances sharing PostgreSQL', () => {
  const two = twoInstancesOn(pgUrl);

  it('sessions ended on one instance are refused by the other within 5 s', async () => {
    const who = `ended-${Date.now().toString(36)}@example.com`;
    const other = `kept-${Date.now().toString(36)}@example.com`;
    const [laptop, phone, kept] = await Promise.all([
      two.a.signIn(who),
      two.b.signIn(who),
      two.a.signIn(other),
    ]);
    // Instance b has just let both devices in: its cache now says "active" for each.
    for (const sid of [laptop, phone, kept]) expect(await two.b.sessionActive(sid)).toBe(true);

    const ended = await two.a.endSessions(who);
    expect(ended).toEqual({ ok: true, data: { email: who, ended: 2 } });
    const at = Date.now();
    // Instance a refuses at once (it forgot its own cache entries)...
    expect(await two.a.sessionActive(laptop)).toBe(false);
    // ...and b within the revocation delay, for both devices.
    const refusedAfter = async (sid: string) => {
      while (await two.b.sessionActive(sid)) {
        if (Date.now() - at > REVOCATION_DELAY_MS + 2_000) return Infinity;
        await new Promise((r) => setTimeout(r, 100));
      }
      return Date.now() - at;
    };
    const [l, p] = await Promise.all([refusedAfter(laptop), refusedAfter(phone)]);
    // The request that first sees the revocation may start up to 5 s after it; allow its own round trip.
    expect(l).toBeLessThanOrEqual(REVOCATION_DELAY_MS + 500);
    expect(p).toBeLessThanOrEqual(REVOCATION_DELAY_MS + 500);
    expect(await two.b.sessionActive(kept)).toBe(true);
    expect(await two.a.sessionActive(kept)).toBe(true);
  }, 30_000);
});
