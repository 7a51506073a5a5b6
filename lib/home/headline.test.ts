import { describe, expect, it } from 'vitest';
import { homeHeadline, type HeadlineFigures } from './headline';

/** A healthy environment; each test changes one figure. */
const base: HeadlineFigures = {
  backend: { state: 'answering', latencyMs: 42 },
  readiness: [
    { name: 'sales-agent', ready: 19, users: 20 },
    { name: 'no-users', ready: 0, users: 0 },
  ],
  broken: { expired: 1, disconnected: 0 },
  activity: { total: 1000, success: 990, window: '24 h' },
  thresholds: { successRate: 95, readyShare: 90 },
};

describe('homeHeadline', () => {
  it('is healthy when Scalekit answers, calls succeed and configs are ready, and says so from the figures', () => {
    const h = homeHeadline(base);
    expect(h.state).toBe('healthy');
    expect(h.line).toBe(
      'Healthy: Scalekit answers in 42 ms; 99.0% of 1,000 tool calls succeeded in the last 24 h; every config has at least 90% of users ready',
    );
  });

  it('is degraded by readiness: a config under the share names itself and the broken accounts behind it', () => {
    const h = homeHeadline({
      ...base,
      readiness: [
        { name: 'sales-agent', ready: 17, users: 20 },
        { name: 'ops', ready: 20, users: 20 },
      ],
    });
    expect(h.state).toBe('degraded');
    expect(h.reasons).toEqual([
      '1 config has fewer than 90% of users ready (sales-agent 17 of 20)',
      'accounts to reconnect: 1 expired, 0 disconnected',
    ]);
    expect(h.line.startsWith('Degraded: 1 config has fewer')).toBe(true);
  });

  it('is degraded by errors: a success rate under the configured threshold is flagged with its figure', () => {
    const h = homeHeadline({ ...base, activity: { total: 2000, success: 1452, window: '24 h' } });
    expect(h.state).toBe('degraded');
    expect(h.reasons[0]).toBe('72.6% of 2,000 tool calls succeeded in the last 24 h (threshold 95%)');
    // The threshold is the configured one: at 70% the same figures are healthy.
    expect(
      homeHeadline({
        ...base,
        activity: { total: 2000, success: 1452, window: '24 h' },
        thresholds: { ...base.thresholds, successRate: 70 },
      }).state,
    ).toBe('healthy');
  });

  it('is failing when the backend does not answer, whatever the other figures say', () => {
    const h = homeHeadline({ ...base, backend: { state: 'failing', latencyMs: 3000 }, readiness: null });
    expect(h).toEqual({
      state: 'failing',
      line: 'Failing: Scalekit is not answering',
      reasons: ['Scalekit is not answering'],
    });
  });

  it('is degraded when Scalekit is slow or a figure could not be loaded; no activity log is not a fault', () => {
    expect(homeHeadline({ ...base, backend: { state: 'slow', latencyMs: 1500 } }).reasons).toEqual([
      'Scalekit answers slowly (1,500 ms)',
      'accounts to reconnect: 1 expired, 0 disconnected',
    ]);
    expect(homeHeadline({ ...base, activity: null }).state).toBe('degraded');
    expect(homeHeadline({ ...base, readiness: null }).line).toContain('readiness could not be loaded');
    expect(homeHeadline({ ...base, activity: 'unavailable' }).state).toBe('healthy');
    // No calls in the window: there is no rate to judge.
    expect(homeHeadline({ ...base, activity: { total: 0, success: 0, window: '24 h' } }).state).toBe(
      'healthy',
    );
  });
});
