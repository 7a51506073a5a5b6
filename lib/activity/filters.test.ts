import { describe, expect, it } from 'vitest';
import { activityHref, parseActivityQuery } from './filters';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const ok = (raw: Record<string, string | string[] | undefined>) => {
  const r = parseActivityQuery(raw, NOW);
  if (!r.ok) throw new Error(r.messages.join('; '));
  return r.value;
};
const messages = (raw: Record<string, string | string[] | undefined>) => {
  const r = parseActivityQuery(raw, NOW);
  return r.ok ? [] : r.messages;
};

describe('activity filters from the URL', () => {
  it('defaults to the last 24 hours, all outcomes, 25 per page', () => {
    expect(ok({})).toMatchObject({
      pageSize: 25,
      pageToken: undefined,
      filters: {
        startTime: '2026-11-22T12:00:00.000Z',
        endTime: '2026-11-23T12:00:00.000Z',
        statuses: undefined,
      },
    });
  });

  it('maps every filter to the upstream query, blanks ignored', () => {
    const v = ok({
      range: '7d',
      outcome: 'failed',
      connection: 'gmail',
      provider: 'GMail',
      user: ' carol@example.com ',
      run: 'run_42',
      source: 'mcp',
      size: '50',
      page: 'abc123',
      agent: '',
    });
    expect(v.filters).toEqual({
      startTime: '2026-11-16T12:00:00.000Z',
      endTime: '2026-11-23T12:00:00.000Z',
      statuses: ['provider_error', 'platform_error'],
      connectionName: 'gmail',
      providers: ['gmail'],
      identifier: 'carol@example.com',
      agentRunId: 'run_42',
      sources: ['MCP'],
    });
    expect(v).toMatchObject({ pageSize: 50, pageToken: 'abc123' });
    expect(ok({ outcome: 'provider_error', connection: '' }).filters).toMatchObject({
      statuses: ['provider_error'],
      connectionName: undefined,
    });
  });

  it('pins an exact window with from/to (what the overview links to)', () => {
    expect(ok({ from: '2026-11-23T09:10:00Z', to: '2026-11-23T10:00:00.000Z' }).filters).toMatchObject({
      startTime: '2026-11-23T09:10:00.000Z',
      endTime: '2026-11-23T10:00:00.000Z',
    });
    expect(ok({ from: '2026-11-23T09:10:00+01:00' }).filters.endTime).toBe('2026-11-23T12:00:00.000Z');
  });

  it('rejects bad values with messages that say what to fix', () => {
    expect(messages({ range: '2y' })).toEqual(['Range must be one of 1h, 24h or 7d']);
    expect(messages({ outcome: 'meh' })[0]).toMatch(/^Outcome must be one of all, failed/);
    expect(messages({ source: 'FAX' })[0]).toMatch(/^Source must be one of API, MCP/);
    expect(messages({ size: '0' })).toEqual(['Page size is at least 1']);
    expect(messages({ size: '101' })).toEqual(['Page size is at most 100']);
    expect(messages({ size: 'ten' })).toEqual(['Page size must be a number']);
    expect(messages({ from: 'yesterday' })[0]).toMatch(/^From must be a date and time like/);
    expect(messages({ from: '2026-11-23T10:00:00Z', to: '2026-11-23T09:00:00Z' })).toEqual([
      'To must be after From',
    ]);
    expect(messages({ from: '2026-09-01T00:00:00Z', to: '2026-11-01T00:00:00Z' })).toEqual([
      'The time window is at most 31 days',
    ]);
    expect(messages({ range: '24h', from: '2026-11-23T10:00:00Z' })).toEqual([
      'Choose a range or from/to, not both',
    ]);
    expect(messages({ from: '2026-12-01T00:00:00Z' })).toEqual(['From must be in the past']);
    expect(messages({ connection: 'gmail; drop' })[0]).toMatch(/letters, digits/);
    expect(messages({ run: 'x'.repeat(256) })[0]).toMatch(/at most 255/);
    expect(messages({ user: 'u'.repeat(256) })[0]).toMatch(/at most 255/);
    expect(messages({ page: '<script>' })[0]).toMatch(/page link is damaged/);
  });

  it('takes the last of a repeated parameter instead of crashing', () => {
    expect(ok({ user: ['a@example.com', 'b@example.com'] }).filters.identifier).toBe('b@example.com');
  });

  it('builds links without empty parameters', () => {
    expect(activityHref({ user: 'a b@example.com', outcome: undefined, range: '7d' })).toBe(
      '/activity?user=a+b%40example.com&range=7d',
    );
    expect(activityHref({})).toBe('/activity');
  });
});
