import type { HealthState } from '@/lib/environments/types';

/**
 * "Is everything alright?" in one line, per environment, from the figures the page draws below it. Pure, so the
 * card on the console's home and the environment's overview cannot disagree with each other or with the
 * numbers beside them: both hand it what they loaded and show what it says.
 */

export type HeadlineState = 'healthy' | 'degraded' | 'failing';

export interface HeadlineFigures {
  backend: { state: HealthState; latencyMs: number };
  /** Ready users out of users per config; null: could not be loaded. */
  readiness: { name: string; ready: number; users: number }[] | null;
  /** Accounts that expired or were disconnected, now; null: could not be loaded. */
  broken: { expired: number; disconnected: number } | null;
  /**
   * Tool calls over the chosen window. 'unavailable': the environment has no activity log (or this person may
   * not read it), which is not a fault; null: it could not be loaded.
   */
  activity: { total: number; success: number; window: string } | 'unavailable' | null;
  /** Percentages (0-100) below which a figure degrades the environment. */
  thresholds: { successRate: number; readyShare: number };
}

export interface Headline {
  state: HeadlineState;
  /** The one line: the state and why. */
  line: string;
  /** Each reason on its own, for the details under the line. */
  reasons: string[];
}

const WORD: Record<HeadlineState, string> = { healthy: 'Healthy', degraded: 'Degraded', failing: 'Failing' };
const count = (n: number) => n.toLocaleString('en-US');
/** One decimal, as the activity card prints it, so the line quotes the card's figure exactly. */
export const sharePercent = (part: number, whole: number) =>
  `${((100 * part) / whole).toFixed(part === whole ? 0 : 1)}%`;

export function homeHeadline(f: HeadlineFigures): Headline {
  // Nothing else can be believed while Scalekit does not answer: every other figure is read from it.
  if (f.backend.state === 'failing') {
    const reasons = ['Scalekit is not answering'];
    return { state: 'failing', line: `${WORD.failing}: ${reasons[0]}`, reasons };
  }
  const problems: string[] = [];
  const fine: string[] = [];

  if (f.backend.state === 'slow') problems.push(`Scalekit answers slowly (${count(f.backend.latencyMs)} ms)`);
  else fine.push(`Scalekit answers in ${count(f.backend.latencyMs)} ms`);

  if (f.activity === null) problems.push('tool calls could not be loaded');
  else if (f.activity !== 'unavailable' && f.activity.total > 0) {
    const { total, success, window } = f.activity;
    const rate = (100 * success) / total;
    const said = `${sharePercent(success, total)} of ${count(total)} tool calls succeeded in the last ${window}`;
    if (rate < f.thresholds.successRate) problems.push(`${said} (threshold ${f.thresholds.successRate}%)`);
    else fine.push(said);
  }

  if (f.readiness === null) problems.push('readiness could not be loaded');
  else {
    const low = f.readiness.filter((c) => c.users > 0 && (100 * c.ready) / c.users < f.thresholds.readyShare);
    if (low.length) {
      const named = low
        .slice(0, 2)
        .map((c) => `${c.name} ${c.ready} of ${c.users}`)
        .join(', ');
      const more = low.length > 2 ? ` and ${low.length - 2} more` : '';
      problems.push(
        `${low.length === 1 ? '1 config has' : `${low.length} configs have`} fewer than ${f.thresholds.readyShare}% of users ready (${named}${more})`,
      );
    } else if (f.readiness.length)
      fine.push(`every config has at least ${f.thresholds.readyShare}% of users ready`);
  }

  if (f.broken === null) problems.push('account states could not be loaded');
  else if (problems.length && f.broken.expired + f.broken.disconnected > 0) {
    // Broken accounts are why users are not ready: named as the cause, not counted as a fault of their own
    // (a deployment with thousands of users always has a few to reconnect; the readiness threshold says how many
    // is too many).
    problems.push(
      `accounts to reconnect: ${count(f.broken.expired)} expired, ${count(f.broken.disconnected)} disconnected`,
    );
  }

  const state: HeadlineState = problems.length ? 'degraded' : 'healthy';
  const reasons = problems.length ? problems : fine;
  const line = reasons.length ? `${WORD[state]}: ${reasons.join('; ')}` : WORD[state];
  return { state, line, reasons };
}
