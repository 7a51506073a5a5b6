import { z } from 'zod';

/** The one error the client throws: status, code, and a message a person can act on. */
export class ScalekitError extends Error {
  constructor(
    message: string,
    readonly status: number, // HTTP status; 0 for network errors, 504 for our own timeouts
    readonly code: string,
    readonly requestId?: string,
    readonly fieldViolations: { field: string; description: string }[] = [],
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ScalekitError';
  }

  get retryable(): boolean {
    return (
      this.status === 0 ||
      this.status === 429 ||
      this.status === 502 ||
      this.status === 503 ||
      this.status === 504
    );
  }
}

/**
 * Recognizes a ScalekitError by its name and shape, never by `instanceof`: Next.js can load this module in more
 * than one graph, and an error made in one fails `instanceof` in the other.
 */
export function isScalekitError(err: unknown): err is ScalekitError {
  return (
    typeof err === 'object' &&
    err !== null &&
    (err as { name?: unknown }).name === 'ScalekitError' &&
    typeof (err as { status?: unknown }).status === 'number'
  );
}

const errorBody = z
  .object({
    code: z.number().optional(),
    message: z.string().optional(),
    details: z
      .array(
        z
          .object({
            error_code: z.string().optional(),
            validation_error_info: z
              .object({
                field_violations: z
                  .array(z.object({ field: z.string().default(''), description: z.string().default('') }))
                  .default([]),
              })
              .optional(),
          })
          .passthrough(),
      )
      .default([]),
  })
  .passthrough();

export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 10_000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.min(Math.max(0, date - now), 10_000) : undefined;
}

/** Maps an HTTP error response to a ScalekitError; tolerates any body, JSON or not. */
export function errorFromResponse(
  status: number,
  text: string,
  requestId: string | undefined,
  retryAfter: string | null,
) {
  let upstream: z.infer<typeof errorBody> | undefined;
  try {
    const r = errorBody.safeParse(JSON.parse(text));
    if (r.success) upstream = r.data;
  } catch {
    // not JSON: keep the status-based message
  }
  const violations = (upstream?.details ?? []).flatMap(
    (d) => d.validation_error_info?.field_violations ?? [],
  );
  const code = upstream?.details.find((d) => d.error_code)?.error_code ?? `http_${status}`;
  const said = upstream?.message?.trim();
  const retryAfterMs = parseRetryAfter(retryAfter);
  let message: string;
  switch (true) {
    case status === 401:
      message = 'Scalekit rejected the API credentials: check SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET';
      break;
    case status === 403:
      message = `Scalekit refused the request${said ? `: ${said}` : ''} (the API client may lack a permission)`;
      break;
    case status === 404:
      message = said || 'Not found in Scalekit';
      break;
    case status === 409:
      message = said ? `${said.charAt(0).toUpperCase()}${said.slice(1)}` : 'It already exists in Scalekit';
      break;
    case status === 429:
      message = `Scalekit is rate limiting requests; try again in ${Math.ceil((retryAfterMs ?? 1000) / 1000)} s`;
      break;
    case status >= 500:
      message = `Scalekit is unavailable (${status}); try again shortly`;
      break;
    default:
      message = said || `Scalekit answered ${status}`;
  }
  return new ScalekitError(message, status, code, requestId, violations, retryAfterMs);
}
