import { isActionError } from './action-error';
import { isScalekitError } from '@/lib/scalekit/errors';
import { WRITE_NOT_APPLIED, WRITE_OUTCOME_UNKNOWN } from '@/lib/scalekit/write-outcome';

/** What a person is told about a failure, and the HTTP status a route answers with. The one mapping. */
export interface Problem {
  status: number;
  code: string;
  message: string;
  retryAfterS?: number;
  fieldErrors?: Record<string, string[]>;
  details?: unknown;
  /** false: a bug on our side (logged with the reference); true: a refusal or an upstream state to explain. */
  expected: boolean;
}

export const NOT_ANSWERING = 'Scalekit is not answering; try again shortly';

/**
 * Maps any thrown value to a Problem. Upstream 404 stays 404, 429 says when to retry, 5xx / timeouts / network
 * failures / unreadable answers are a 502 "Scalekit is not answering". Only admins see where the console was
 * trying to reach (the internal upstream URL is configuration, not something support or end users need).
 */
export function toProblem(err: unknown, o: { requestId: string; isAdmin?: boolean }): Problem {
  if (isActionError(err)) {
    // A refusal that is a limit carries its wait in details, so the answer can say when to come back.
    const wait = (err.details as { retryAfterS?: unknown } | undefined)?.retryAfterS;
    return {
      status: err.status,
      retryAfterS: err.status === 429 && typeof wait === 'number' ? wait : undefined,
      code: 'refused',
      message: err.message,
      fieldErrors: err.fieldErrors,
      details: err.details,
      expected: true,
    };
  }
  if (isScalekitError(err)) {
    const fieldErrors = err.fieldViolations.length
      ? Object.fromEntries(err.fieldViolations.map((v) => [v.field, [v.description]]))
      : undefined;
    if (err.code === 'not_configured') {
      return { status: 503, code: err.code, message: err.message, expected: true };
    }
    if (err.code === WRITE_NOT_APPLIED || err.code === WRITE_OUTCOME_UNKNOWN) {
      // A write whose answer was lost, re-read: the message says whether it was applied.
      return { status: 504, code: err.code, message: err.message, expected: true };
    }
    if (err.status === 429) {
      const retryAfterS = Math.max(1, Math.ceil((err.retryAfterMs ?? 1000) / 1000));
      return {
        status: 429,
        code: 'rate_limited',
        message: `Scalekit is rate limiting requests; try again in ${retryAfterS} s`,
        retryAfterS,
        expected: true,
      };
    }
    if (err.status === 0 || err.status >= 500) {
      const detail = o.isAdmin ? ` (${err.message})` : '';
      return {
        status: 502,
        code: 'upstream_unavailable',
        message: `${NOT_ANSWERING}${detail}`,
        expected: true,
      };
    }
    if (err.status === 401 || err.status === 403) {
      // Our API credentials or their permissions: a configuration problem, not the person's session.
      return { status: 502, code: 'upstream_refused', message: err.message, expected: true };
    }
    return { status: err.status, code: err.code, message: err.message, fieldErrors, expected: true };
  }
  return {
    status: 500,
    code: 'internal',
    message: `Something went wrong (reference ${o.requestId.slice(0, 8)}). Try again.`,
    expected: false,
  };
}
