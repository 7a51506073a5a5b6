/**
 * Fan-out of account changes: in-process (embedded database) and across two console instances on
 * PostgreSQL (two buses, each with its own connections), including the LISTEN connection being cut.
 */
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBus, createPgBus, type AccountChanged, type EventBus } from '@/lib/events/bus';
import { until } from './until';

const msg = (identifier: string, n = 1): AccountChanged => ({
  identifier,
  connectionName: 'gmail',
  type: 'connected_account.status_updated',
  eventId: `evt_${n}`,
});

describe('in-process bus (embedded database)', () => {
  it('delivers to every subscriber until it unsubscribes, and survives a throwing subscriber', async () => {
    const bus = createLocalBus();
    const a: AccountChanged[] = [];
    const b: AccountChanged[] = [];
    bus.subscribe(() => {
      throw new Error('subscriber bug');
    });
    const offA = bus.subscribe((m) => a.push(m));
    bus.subscribe((m) => b.push(m));
    await bus.publish(msg('alice@example.com'));
    offA();
    await bus.publish(msg('bob@example.com', 2));
    expect(a.map((m) => m.identifier)).toEqual(['alice@example.com']);
    expect(b.map((m) => m.identifier)).toEqual(['alice@example.com', 'bob@example.com']);
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;
// Skipped only when no PostgreSQL is available (TEST_DATABASE_URL unset); CI always sets it.
describe.skipIf(!pgUrl)('PostgreSQL LISTEN/NOTIFY bus (needs TEST_DATABASE_URL)', () => {
  const buses: EventBus[] = [];
  const open = () => {
    const bus = createPgBus(pgUrl!, { reconnectMaxMs: 200 });
    buses.push(bus);
    const got: AccountChanged[] = [];
    bus.subscribe((m) => got.push(m));
    return { bus, got };
  };
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
  });

  it('fans an event received by one instance out to the other, and once to its own subscribers', async () => {
    const one = open();
    const two = open();
    await until('both instances listening', () => one.bus.listening() && two.bus.listening());
    await one.bus.publish(msg('carol@example.com', 7));
    await until('the other instance to hear it', () => two.got.length === 1);
    expect(two.got).toEqual([msg('carol@example.com', 7)]);
    await two.bus.publish(msg('dave@example.com', 8));
    await until('the first instance to hear back', () => one.got.length === 2);
    // Its own message once (locally), not a second time through NOTIFY.
    expect(one.got).toEqual([msg('carol@example.com', 7), msg('dave@example.com', 8)]);
  });

  it('reconnects its LISTEN connection after it drops', async () => {
    const one = open();
    const two = open();
    await until('both instances listening', () => one.bus.listening() && two.bus.listening());
    const admin = new Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name LIKE 'mcp-console-listen-%'`,
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    await until('the drop to be noticed', () => !two.bus.listening());
    await until('LISTEN to be back', () => two.bus.listening());
    await one.bus.publish(msg('erin@example.com', 9));
    await until('the event after the reconnect', () => two.got.length === 1);
    expect(two.got[0].identifier).toBe('erin@example.com');
  });
});
