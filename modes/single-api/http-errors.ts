/**
 * Every failure of a request, Fastify's own included, as weft's error body: an HTTP status, a weft code and
 * a message. Nothing leaves the service in Fastify's default error shape.
 */
import { errorCodes } from 'fastify';
import { isWeftError } from '../../common/errors.js';
import { isServiceErrorCode, type ServiceErrorCode } from './schemas.js';

export interface ErrorReply {
  readonly status: number;
  readonly code: ServiceErrorCode;
  readonly message: string;
  /** The request may not have been read to its end: the connection closes after the answer. */
  readonly close: boolean;
}

/** The HTTP status of each weft code the service answers with; any other failure is the service's own (500). */
const STATUS_OF: Readonly<Partial<Record<ServiceErrorCode, number>>> = {
  REQUEST_INVALID: 400,
  ADDRESS_INVALID: 400,
  NOT_FOUND: 404,
  MESSAGE_TOO_LARGE: 413,
  LEDGER_CALL_FAILED: 502,
  DEADLINE_EXCEEDED: 504,
};

function statusCodeOf(error: unknown): number | undefined {
  return error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : undefined;
}

/** The answer to a request that failed with `error`; `maxRequestBytes` is the bound the service enforces. */
export function errorReplyOf(error: unknown, maxRequestBytes: number): ErrorReply {
  if (isWeftError(error) && isServiceErrorCode(error.code)) {
    const status = STATUS_OF[error.code];
    if (status !== undefined) {
      return { status, code: error.code, message: error.message, close: error.code === 'MESSAGE_TOO_LARGE' };
    }
  }
  if (error instanceof errorCodes.FST_ERR_CTP_BODY_TOO_LARGE) {
    const message = `the request body exceeds ${maxRequestBytes} bytes`;
    return { status: 413, code: 'MESSAGE_TOO_LARGE', message, close: true };
  }
  if (error instanceof errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE) {
    const message = 'a request body, if any, is JSON or text';
    return { status: 415, code: 'REQUEST_INVALID', message, close: true };
  }
  // A path that is not even a valid URL names none of the service's resources.
  if (error instanceof errorCodes.FST_ERR_BAD_URL) {
    return {
      status: 404,
      code: 'NOT_FOUND',
      message: 'no resource: the path is not a valid URL',
      close: false,
    };
  }
  const status = statusCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  // Fastify's other refusals of a request (malformed JSON, a body shorter than its length...).
  if (status !== undefined && status >= 400 && status < 500) {
    return { status: 400, code: 'REQUEST_INVALID', message, close: true };
  }
  return { status: 500, code: 'REMOTE_ERROR', message: `unexpected failure: ${message}`, close: false };
}
