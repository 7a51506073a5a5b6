import { describe, expect, it } from 'vitest';
import { explainToolCall, providerName } from './explain';

const call = (o: Partial<Parameters<typeof explainToolCall>[0]>) => ({
  status: 'platform_error' as const,
  errorCode: null,
  errorMessage: null,
  provider: 'gmail',
  toolName: 'gmail_fetch_mails',
  ...o,
});

describe('explainToolCall', () => {
  it('says an expired account in words for the customer and offers a re-auth link', () => {
    const e = explainToolCall(call({ errorCode: 'CONNECTED_ACCOUNT_EXPIRED' }));
    expect(e).toMatchObject({ next: 'reauth', tier: 'platform', headline: 'Gmail authorization expired' });
    expect(e.explanation).toContain("user's Gmail authorization had expired");
    expect(e.action).toMatch(/re-auth link/);
  });

  it.each([
    ['CONNECTED_ACCOUNT_PENDING_AUTH', 'reauth'],
    ['CONNECTED_ACCOUNT_PENDING_VERIFICATION', 'reauth'],
    ['CONNECTED_ACCOUNT_DISCONNECTED', 'reauth'],
    ['CONNECTED_ACCOUNT_NOT_FOUND', 'reauth'],
    ['INVALID_TOOL_INPUT', 'fix-input'],
    ['TOOL_NOT_PERMITTED', 'grant-access'],
    ['TOOL_EXECUTION_TIMEOUT', 'retry-later'],
  ])('platform code %s -> %s', (code, next) => {
    expect(explainToolCall(call({ errorCode: code })).next).toBe(next);
  });

  it('blames the provider, not the account, for provider outages and rate limits', () => {
    const down = explainToolCall(
      call({ status: 'provider_error', errorCode: 'PROVIDER_UNAVAILABLE', provider: 'slack' }),
    );
    expect(down).toMatchObject({ tier: 'provider', next: 'retry-later', headline: 'Slack was unavailable' });
    expect(down.explanation).toContain("nothing is wrong with the user's account");
    expect(explainToolCall(call({ status: 'provider_error', errorCode: 'PROVIDER_RATE_LIMITED' })).next).toBe(
      'retry-later',
    );
    // The provider refusing the token is fixed by re-authorizing too.
    expect(
      explainToolCall(call({ status: 'provider_error', errorCode: 'PROVIDER_AUTH_REJECTED' })).next,
    ).toBe('reauth');
  });

  it('matches codes case-insensitively and falls back honestly on an unknown code, quoting upstream', () => {
    expect(explainToolCall(call({ errorCode: 'connected_account_expired' })).next).toBe('reauth');
    const odd = explainToolCall(
      call({ status: 'provider_error', errorCode: 'MAILBOX_FULL', errorMessage: 'Quota exceeded' }),
    );
    expect(odd).toMatchObject({
      tier: 'provider',
      next: 'check-provider',
      headline: 'Gmail returned an error',
    });
    expect(odd.explanation).toContain('Gmail said: "Quota exceeded"');
    const platform = explainToolCall(call({ errorCode: 'SOMETHING_NEW', errorMessage: 'boom' }));
    expect(platform).toMatchObject({ tier: 'platform', next: 'none' });
    expect(platform.explanation).toContain('"boom"');
  });

  it('says nothing is wrong for a success', () => {
    expect(explainToolCall(call({ status: 'success' }))).toMatchObject({ next: 'none', tier: null });
  });
});

describe('providerName', () => {
  it('names known connectors and title-cases the rest', () => {
    expect(providerName('googlecalendar')).toBe('Google Calendar');
    expect(providerName('GITHUB')).toBe('GitHub');
    expect(providerName('microsoft_teams')).toBe('Microsoft Teams');
    expect(providerName('')).toBe('the connected app');
  });
});
