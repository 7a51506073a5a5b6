/** The comparison pages' addresses: good ones parse, bad ones are a sentence naming the field. */
import { describe, expect, it } from 'vitest';
import {
  compareConfigParams,
  compareDiffPath,
  compareDiffSearchSchema,
  compareSearchSchema,
  parseSearch,
} from '@/lib/compare/page-params';

describe('the matrix search params', () => {
  it('defaults to the configs tab, page 1, no search; empty values count as left out', () => {
    expect(parseSearch(compareSearchSchema, { q: '', baseline: '', page: '' })).toEqual({
      ok: true,
      value: { tab: 'configs', q: '', page: 1 },
    });
    expect(
      parseSearch(compareSearchSchema, {
        tab: 'connections',
        baseline: 'production',
        q: 'mail',
        differences: '1',
        page: '2',
      }),
    ).toEqual({
      ok: true,
      value: { tab: 'connections', baseline: 'production', q: 'mail', differences: '1', page: 2 },
    });
  });

  it('says what is wrong with each bad value', () => {
    const bad = (raw: Record<string, string>) => {
      const r = parseSearch(compareSearchSchema, raw);
      return r.ok ? 'parsed' : r.message;
    };
    expect(bad({ tab: 'users' })).toBe('tab: tab must be configs or connections');
    expect(bad({ baseline: '../x' })).toMatch(/^baseline: baseline must be an environment name/);
    expect(bad({ page: '0' })).toBe('page: page starts at 1');
    expect(bad({ page: 'abc' })).toBe('page: page must be a number');
    expect(bad({ page: '99999999999999999999' })).toMatch(/page is at most 10,000/);
    expect(bad({ q: 'a'.repeat(101) })).toBe('q: Search for at most 100 characters');
    expect(bad({ differences: 'yes' })).toBe('differences: differences must be 1 or left out');
  });
});

describe('the diff page address', () => {
  it('takes a config name and two different environments', () => {
    expect(compareConfigParams.safeParse({ config: 'email-assistant' }).success).toBe(true);
    expect(compareConfigParams.safeParse({ config: '../etc' }).success).toBe(false);
    expect(compareConfigParams.safeParse({ config: 'a'.repeat(101) }).success).toBe(false);
    expect(parseSearch(compareDiffSearchSchema, { from: 'development', to: 'production' }).ok).toBe(true);
    expect(parseSearch(compareDiffSearchSchema, { from: 'development', to: 'development' })).toEqual({
      ok: false,
      message: 'to: from and to must be two different environments',
    });
    expect(parseSearch(compareDiffSearchSchema, { from: 'development' })).toMatchObject({ ok: false });
  });

  it('is a link that names the config and both environments', () => {
    expect(compareDiffPath('email-assistant', 'development', 'production')).toBe(
      '/compare/configs/email-assistant?from=development&to=production',
    );
  });
});
