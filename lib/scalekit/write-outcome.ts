/**
 * A write whose answer was lost (timed out, the connection dropped after sending, a gateway error) may or may
 * not have been applied. It is never sent again blindly: `confirmWrite` re-reads, within the time the deadline
 * kept for it, and either returns what the write produced (it was applied: the person is told it saved) or
 * says plainly that it was not applied, or, when even the re-read fails, that nobody can tell yet.
 */
import { isScalekitError, ScalekitError } from './errors';

export type Verdict<T> = { applied: true; value: T } | { applied: false };

export const WRITE_NOT_APPLIED = 'write_not_applied';
export const WRITE_OUTCOME_UNKNOWN = 'write_outcome_unknown';

/** True for an error the transport marked: the write may have been applied. */
export const outcomeUnknown = (err: unknown) =>
  isScalekitError(err) && (err as { outcomeUnknown?: boolean }).outcomeUnknown === true;

/**
 * Runs `write`; if its outcome is unknown, asks `check` (a re-read) whether it was applied. `what` names the
 * change for the person ("the change to email-assistant").
 */
export async function confirmWrite<T>(
  what: string,
  write: () => Promise<T>,
  check: () => Promise<Verdict<T>>,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!outcomeUnknown(err)) throw err;
    // The upstream's own words stay out of the message (they can name internal addresses); they are logged.
    console.warn(`write outcome unknown, re-reading (${what}): ${(err as Error).message}`);
    let verdict: Verdict<T>;
    try {
      verdict = await check();
    } catch {
      throw new ScalekitError(
        `Scalekit did not confirm ${what} in time, and re-reading failed too, so whether it was applied is not known. Reload to see the current state before trying again.`,
        504,
        WRITE_OUTCOME_UNKNOWN,
      );
    }
    if (verdict.applied) return verdict.value;
    throw new ScalekitError(
      `${capitalize(what)} was not applied: Scalekit did not confirm it in time, and re-reading shows no change. Nothing changed; try again.`,
      504,
      WRITE_NOT_APPLIED,
    );
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
