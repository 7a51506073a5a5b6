import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';

const problems = (env: Record<string, string>) => {
  try {
    parseServerEnv(env);
    return [];
  } catch (err) {
    return (err as { problems: string[] }).problems;
  }
};

describe('the home headline thresholds', () => {
  it('default to 95% of calls succeeding and 90% of users ready, and take a percentage', () => {
    expect(parseServerEnv({}).home).toEqual({ successRateThreshold: 95, readyThreshold: 90 });
    expect(parseServerEnv({ HOME_SUCCESS_RATE_THRESHOLD: '99.5', HOME_READY_THRESHOLD: '75%' }).home).toEqual(
      { successRateThreshold: 99.5, readyThreshold: 75 },
    );
  });

  it('refuse anything that is not a percentage, naming the variable', () => {
    expect(problems({ HOME_SUCCESS_RATE_THRESHOLD: 'high' })).toEqual([
      'HOME_SUCCESS_RATE_THRESHOLD: must be a percentage such as 95',
    ]);
    expect(problems({ HOME_READY_THRESHOLD: '120' })).toEqual([
      'HOME_READY_THRESHOLD: must be between 0 and 100',
    ]);
  });
});
