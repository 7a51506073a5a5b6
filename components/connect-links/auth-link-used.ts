/**
 * Whether an auth link has done its job, judged from the account it was for: the account is ACTIVE now and
 * was not when the link was made, or (a re-auth of an ACTIVE account) it changed after the link was made.
 */
export function authLinkUsed(
  made: { statusWhenMade: string | null; madeAt: string },
  account: { status: string | null; updatedAt?: string | null } | null,
): boolean {
  if (account?.status !== 'ACTIVE') return false;
  if (made.statusWhenMade !== 'ACTIVE') return true;
  return !!account.updatedAt && Date.parse(account.updatedAt) > Date.parse(made.madeAt);
}
