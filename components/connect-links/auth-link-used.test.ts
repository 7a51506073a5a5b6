import { describe, expect, it } from 'vitest';
import { authLinkUsed } from './auth-link-used';

const madeAt = '2026-01-01T12:00:00Z';

describe('authLinkUsed', () => {
  it('a link made for a pending account is used once the account is ACTIVE', () => {
    const made = { statusWhenMade: 'PENDING_AUTH', madeAt };
    expect(authLinkUsed(made, { status: 'PENDING_AUTH' })).toBe(false);
    expect(authLinkUsed(made, { status: 'ACTIVE' })).toBe(true);
    expect(authLinkUsed({ statusWhenMade: null, madeAt }, { status: 'ACTIVE' })).toBe(true);
  });

  it('a re-auth link for an ACTIVE account is used only by a change after it was made', () => {
    const made = { statusWhenMade: 'ACTIVE', madeAt };
    expect(authLinkUsed(made, { status: 'ACTIVE', updatedAt: '2026-01-01T11:00:00Z' })).toBe(false);
    expect(authLinkUsed(made, { status: 'ACTIVE', updatedAt: '2026-01-01T12:00:30Z' })).toBe(true);
    expect(authLinkUsed(made, null)).toBe(false);
  });

  it('while the status at the time is not known, only a change after the link counts', () => {
    const made = { statusWhenMade: undefined, madeAt };
    expect(authLinkUsed(made, { status: 'ACTIVE', updatedAt: '2026-01-01T11:00:00Z' })).toBe(false);
    expect(authLinkUsed(made, { status: 'ACTIVE', updatedAt: '2026-01-01T12:00:30Z' })).toBe(true);
  });
});
