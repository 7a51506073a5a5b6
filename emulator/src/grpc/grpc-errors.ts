/**
 * Every gRPC error the emulator sends carries what the official SDKs read (API.md section 11): the status code,
 * the message, and a `grpc-status-details-bin` trailer whose google.rpc.Status holds a
 * scalekit.v1.errdetails.ErrorInfo. Without that trailer the Python SDK crashes inside its own exception handler.
 * The ErrorInfo is the very one the REST error body carries, so both transports report a failure alike.
 */
import { fromJson, type JsonObject } from '@bufbuild/protobuf';
import { Code, ConnectError } from '@connectrpc/connect';
import { ApiError, isApiError, type GrpcStatusName } from '../http/errors';
import { ErrorInfoSchema } from './gen/scalekit/v1/errdetails/errdetails_pb';

const ERROR_INFO_TYPE = 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo';

/** `NotFound` (connect's enum name) as `NOT_FOUND` (the gRPC name clients print). */
const codeName = (code: Code) => (Code[code] ?? 'Unknown').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** A REST error body `{code, message, details:[ErrorInfo]}` as a ConnectError with the same code and details. */
export function restErrorToConnect(body: {
  code?: unknown;
  message?: unknown;
  details?: unknown;
}): ConnectError {
  const code =
    typeof body.code === 'number' && body.code >= 1 && body.code <= 16 ? (body.code as Code) : Code.Internal;
  const message = typeof body.message === 'string' ? body.message : 'error';
  const infos = (Array.isArray(body.details) ? body.details : [])
    .filter((d): d is JsonObject => typeof d === 'object' && d !== null && d['@type'] === ERROR_INFO_TYPE)
    .map((d) => {
      const { '@type': _type, ...info } = d;
      return { desc: ErrorInfoSchema, value: fromJson(ErrorInfoSchema, info, { ignoreUnknownFields: true }) };
    });
  if (infos.length === 0)
    infos.push({ desc: ErrorInfoSchema, value: fromJson(ErrorInfoSchema, { error_code: codeName(code) }) });
  return new ConnectError(message, code, undefined, infos);
}

export function apiErrorToConnect(err: ApiError, requestId: string): ConnectError {
  return restErrorToConnect(err.toBody(requestId));
}

export function grpcError(status: GrpcStatusName, message: string, requestId: string): ConnectError {
  return apiErrorToConnect(new ApiError(status, message), requestId);
}

/**
 * Any failure as a ConnectError that carries an ErrorInfo: our ApiErrors keep their code and details, a
 * ConnectError from the framework (unimplemented method, bad deadline) gets an ErrorInfo named after its code,
 * anything else is an INTERNAL error (logged, never shown: it is our bug, not the client's).
 */
export function toGrpcError(err: unknown, requestId: string, where: string): ConnectError {
  if (isApiError(err)) return apiErrorToConnect(err, requestId);
  if (err instanceof ConnectError) {
    if (err.details.length > 0) return err;
    return new ConnectError(err.rawMessage, err.code, err.metadata, [
      {
        desc: ErrorInfoSchema,
        value: fromJson(ErrorInfoSchema, {
          error_code: codeName(err.code),
          request_info: { request_id: requestId },
        }),
      },
    ]);
  }
  console.error(`emulator: ${where} failed (request ${requestId}):`, err);
  return grpcError('INTERNAL', 'internal error in the emulator', requestId);
}

/** The gRPC code of an HTTP status, for injected faults (API.md section 1d, read backwards). */
export function grpcStatusForHttp(status: number): GrpcStatusName {
  const byHttp: Record<number, GrpcStatusName> = {
    400: 'INVALID_ARGUMENT',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    409: 'ABORTED',
    429: 'RESOURCE_EXHAUSTED',
    500: 'INTERNAL',
    501: 'UNIMPLEMENTED',
    503: 'UNAVAILABLE',
    504: 'DEADLINE_EXCEEDED',
  };
  return byHttp[status] ?? (status >= 500 ? 'UNAVAILABLE' : 'INVALID_ARGUMENT');
}
