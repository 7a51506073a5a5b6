/**
 * Errors as Scalekit's grpc-gateway REST layer sends them: `{ code, message, details }` where `code` is the
 * gRPC status number and `details` carries an ErrorInfo (with field violations for validation errors).
 */

export const GRPC = {
  INVALID_ARGUMENT: { code: 3, http: 400 },
  FAILED_PRECONDITION: { code: 9, http: 400 },
  OUT_OF_RANGE: { code: 11, http: 400 },
  UNAUTHENTICATED: { code: 16, http: 401 },
  PERMISSION_DENIED: { code: 7, http: 403 },
  NOT_FOUND: { code: 5, http: 404 },
  ALREADY_EXISTS: { code: 6, http: 409 },
  ABORTED: { code: 10, http: 409 },
  PAYLOAD_TOO_LARGE: { code: 8, http: 413 }, // RESOURCE_EXHAUSTED body limit, sent as 413 like the gateway's proxy
  RESOURCE_EXHAUSTED: { code: 8, http: 429 },
  INTERNAL: { code: 13, http: 500 },
  UNIMPLEMENTED: { code: 12, http: 501 },
  METHOD_NOT_ALLOWED: { code: 12, http: 405 }, // grpc-gateway's routing error: path known, method not

  UNAVAILABLE: { code: 14, http: 503 },
  DEADLINE_EXCEEDED: { code: 4, http: 504 },
} as const;

export type GrpcStatusName = keyof typeof GRPC;

export interface FieldViolation {
  field: string;
  description: string;
  constraint?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: GrpcStatusName,
    message: string,
    readonly fieldViolations: FieldViolation[] = [],
    readonly errorCode?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get httpStatus(): number {
    return GRPC[this.status].http;
  }

  toBody(requestId: string): Record<string, unknown> {
    const info: Record<string, unknown> = {
      '@type': 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo',
      error_code: this.errorCode ?? this.status,
      request_info: { request_id: requestId },
    };
    if (this.fieldViolations.length > 0) {
      info.validation_error_info = { field_violations: this.fieldViolations };
    }
    return { code: GRPC[this.status].code, message: this.message, details: [info] };
  }
}

/** By name, not class identity: the check holds whichever copy of this module threw. */
export const isApiError = (err: unknown): err is ApiError =>
  typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'ApiError';

export const invalid = (message: string, violations: FieldViolation[] = []) =>
  new ApiError('INVALID_ARGUMENT', message, violations);
export const notFound = (message: string) => new ApiError('NOT_FOUND', message);
export const conflict = (message: string) => new ApiError('ALREADY_EXISTS', message);
export const unauthenticated = (message: string) => new ApiError('UNAUTHENTICATED', message);
