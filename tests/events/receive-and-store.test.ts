/**
 * receiveWebhook end to end below the HTTP layer: verify, store once, publish, answer; the stored columns,
 * retention and the timeline queries. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/lib/db/client';
import { createLocalBus, type AccountChanged } from '@/lib/events/bus';
import { receiveWebhook } from '@/lib/events/receive';
import {
  countEvents,
  listUserEvents,
  pruneEvents,
  recentProblemEvents,
  storeEvent,
} from '@/lib/events/store';
import { accountEventSchema } from '@/lib/events/envelope';
import { accountEvent, newSecret, signed } from './signed';

const secret = newSecret();

function suite(kind: string, open: () => Promise<DbHandle>) {
  describe(`events on ${kind}`, () => {
    let h: DbHandle;
    const bus = createLocalBus();
    const published: AccountChanged[] = [];
    bus.subscribe((m) => published.push(m));
    const receive = (req: { headers: Record<string, string>; rawBody: string }) =>
      receiveWebhook(req, { secret, retentionDays: 30, handle: h, bus });

    beforeAll(async () => {
      h = await open();
    });
    afterAll(() => h.close());
    beforeEach(async () => {
      await h.raw.exec('DELETE FROM account_events');
      published.length = 0;
    });

    it('stores a valid event once, publishes it, and answers a replay as a duplicate', async () => {
      const event = accountEvent({}, { identifier: 'nobody-we-know@example.com', connection_name: 'zoom' });
      const req = signed(secret, event);
      expect(await receive(req)).toEqual({ status: 200, body: { ok: true, id: event.id, duplicate: false } });
      expect(published).toEqual([
        {
          identifier: 'nobody-we-know@example.com',
          connectionName: 'zoom',
          type: 'connected_account.status_updated',
          eventId: event.id,
        },
      ]);
      // The same event again (a retry, or a replay re-signed with a fresh timestamp): stored nothing.
      expect((await receive(req)).body).toEqual({ ok: true, id: event.id, duplicate: true });
      expect((await receive(signed(secret, event, { id: 'msg_other' }))).body).toMatchObject({
        duplicate: true,
      });
      expect(await countEvents(h)).toBe(1);
      expect(published).toHaveLength(1);
    });

    it('stores only whitelisted columns, never tokens', async () => {
      const event = accountEvent(
        { type: 'connected_account.token_refresh_failed' },
        {
          authorization_details: { oauth_token: { access_token: 'ya29.SECRET', refresh_token: '1//SECRET' } },
          access_token: 'ya29.SECRET',
          old_status: undefined,
          status: 'EXPIRED',
        },
      );
      expect((await receive(signed(secret, event))).status).toBe(200);
      const rows = await h.raw.query<Record<string, unknown>>('SELECT * FROM account_events');
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain('SECRET');
      expect(Object.keys(rows[0]).sort()).toEqual(
        [
          'connected_account_id',
          'connection_name',
          'connector',
          'environment',
          'event_id',
          'id',
          'identifier',
          'occurred_at',
          'old_status',
          'received_at',
          'status',
          'type',
        ].sort(),
      );
      expect(rows[0]).toMatchObject({
        event_id: event.id,
        type: 'connected_account.token_refresh_failed',
        identifier: 'alice@example.com',
        connection_name: 'gmail',
        connector: 'GMAIL',
        connected_account_id: 'ca_1',
        old_status: null,
        status: 'EXPIRED',
      });
    });

    it('stores and publishes nothing for bad input', async () => {
      const event = accountEvent();
      const good = signed(secret, event);
      const bad = [
        { ...good, rawBody: good.rawBody.replace('alice', 'mallory') },
        signed(newSecret(), event),
        signed(secret, event, { at: new Date(Date.now() - 10 * 60_000) }),
        { ...good, headers: {} },
        signed(secret, accountEvent({ type: 'connected_account.exploded' })),
        signed(secret, '{'),
      ];
      const answers = await Promise.all(bad.map(receive));
      expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 400, 400, 400]);
      expect(answers.map((a) => !a.body.ok && a.body.code)).toEqual([
        'bad_signature',
        'bad_signature',
        'stale_timestamp',
        'missing_headers',
        'unknown_event_type',
        'malformed_json',
      ]);
      expect(await countEvents(h)).toBe(0);
      expect(published).toHaveLength(0);
    });

    it('answers 503 "webhooks are not configured" without a secret, storing nothing', async () => {
      const a = await receiveWebhook(signed(secret, accountEvent()), {
        secret: '',
        retentionDays: 30,
        handle: h,
        bus,
      });
      expect(a.status).toBe(503);
      expect(a.body).toMatchObject({ ok: false, code: 'webhooks_not_configured' });
      expect((a.body as { error: string }).error).toMatch(/webhooks are not configured/);
      expect(await countEvents(h)).toBe(0);
    });

    it('prunes events older than the retention, on insert at most once an hour', async () => {
      const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
      const parse = (e: unknown) => accountEventSchema.parse(e);
      await storeEvent(parse(accountEvent({ occurred_at: at(40) })), { handle: h, retentionDays: 3650 });
      await storeEvent(parse(accountEvent({ occurred_at: at(10) })), { handle: h, retentionDays: 3650 });
      await storeEvent(parse(accountEvent({ occurred_at: at(1) })), { handle: h, retentionDays: 3650 });
      // Pruned already within this hour (first insert above): a short retention now deletes nothing...
      await storeEvent(parse(accountEvent()), { handle: h, retentionDays: 5 });
      expect(await countEvents(h)).toBe(4);
      // ...until pruning runs: 30 days drops the 40-day-old event, 5 days the 10-day-old one.
      expect(await pruneEvents({ handle: h, retentionDays: 30 })).toBe(1);
      expect(await pruneEvents({ handle: h, retentionDays: 5 })).toBe(1);
      expect(await countEvents(h)).toBe(2);
    });

    it('pages a user timeline with filters, and lists recent problems across users', async () => {
      const base = Date.now() - 3_600_000;
      const events = Array.from({ length: 7 }, (_, i) =>
        accountEvent(
          {
            occurred_at: new Date(base + i * 1000).toISOString(),
            type: i % 2 ? 'connected_account.token_refresh_failed' : 'connected_account.status_updated',
          },
          {
            identifier: i < 6 ? 'bob@example.com' : 'carol@example.com',
            connection_name: i % 3 ? 'gmail' : 'slack',
            status: i === 4 ? 'EXPIRED' : 'ACTIVE',
          },
        ),
      );
      for (const e of events) await storeEvent(accountEventSchema.parse(e), { handle: h, retentionDays: 30 });
      const p1 = await listUserEvents({ identifier: 'bob@example.com' }, { limit: 4, handle: h });
      expect(p1.events.map((e) => e.eventId)).toEqual([5, 4, 3, 2].map((i) => events[i].id));
      const p2 = await listUserEvents(
        { identifier: 'bob@example.com', cursor: p1.nextCursor! },
        { limit: 4, handle: h },
      );
      expect(p2.events.map((e) => e.eventId)).toEqual([1, 0].map((i) => events[i].id));
      expect(p2.nextCursor).toBeNull();
      const gmailFailures = await listUserEvents(
        {
          identifier: 'bob@example.com',
          connectionName: 'gmail',
          types: ['connected_account.token_refresh_failed'],
        },
        { handle: h },
      );
      expect(gmailFailures.events.map((e) => e.eventId)).toEqual([5, 1].map((i) => events[i].id));
      const problems = await recentProblemEvents({ handle: h });
      expect(problems.map((e) => e.eventId)).toEqual([5, 4, 3, 1].map((i) => events[i].id));
      expect(await recentProblemEvents({ handle: h, now: Date.now() + 2 * 86_400_000 })).toEqual([]);
    });
  });
}

suite('PGlite', () => createDb({ memory: true }));

const pgUrl = process.env.TEST_DATABASE_URL;
// Skipped only when no PostgreSQL is available (TEST_DATABASE_URL unset); CI always sets it.
describe.skipIf(!pgUrl)('PostgreSQL (needs TEST_DATABASE_URL)', () => {
  suite('PostgreSQL', () => createDb({ databaseUrl: pgUrl }));
});
