/**
 * Whether an auth link has done its job, judged from the account it was for: the account is ACTIVE now and
 * was not when the link was made, or it changed after the link was made (a re-auth of an ACTIVE account).
 * `statusWhenMade` is undefined while not known yet (null: there was no account): then only a change after
 * the link counts, so a link is never shown as used when it was not.
 */
export function authLinkUsed(
  made: { statusWhenMade: string | null | undefined; madeAt: string },
  account: { status: string | null; updatedAt?: string | null } | null,
): boolean {
  if (account?.status !== 'ACTIVE') return false;
  if (made.statusWhenMade !== undefined && made.statusWhenMade !== 'ACTIVE') return true;
  return !!account.updatedAt && Date.parse(account.updatedAt) > Date.parse(made.madeAt);
}
