/**
 * One line per upstream call: method, path, status, duration and request id. Never bodies, query values that
 * could hold personal data beyond the path, tokens, secrets or headers.
 */
export type ScalekitLogger = (line: string) => void;

const quiet = process.env.VITEST !== undefined && process.env.SCALEKIT_DEBUG !== '1';

export const defaultLogger: ScalekitLogger = (line) => {
  if (!quiet) console.info(line);
};

export function formatCall(
  method: string,
  path: string,
  status: number | string,
  ms: number,
  requestId?: string,
) {
  return `scalekit ${method} ${path} ${status} ${Math.round(ms)}ms${requestId ? ` req=${requestId}` : ''}`;
}
