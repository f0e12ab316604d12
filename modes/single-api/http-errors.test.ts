import { errorCodes } from 'fastify';
import { describe, expect, it } from 'vitest';
import { WeftError } from '../../common/errors.js';
import { errorReplyOf } from './http-errors.js';
import type { ServiceErrorCode } from './schemas.js';

const LIMIT = 16 * 1024;

describe('errorReplyOf', () => {
  it("gives the service's weft codes their statuses", () => {
    const statuses: [ServiceErrorCode, number][] = [
      ['REQUEST_INVALID', 400],
      ['ADDRESS_INVALID', 400],
      ['NOT_FOUND', 404],
      ['MESSAGE_TOO_LARGE', 413],
      ['LEDGER_CALL_FAILED', 502],
      ['DEADLINE_EXCEEDED', 504],
    ];
    for (const [code, status] of statuses) {
      const close = code === 'MESSAGE_TOO_LARGE';
      expect(errorReplyOf(new WeftError(code, 'why'), LIMIT)).toEqual({
        status,
        code,
        message: 'why',
        close,
      });
    }
  });

  it("answers Fastify's own refusals in weft's shape", () => {
    expect(errorReplyOf(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), LIMIT)).toEqual({
      status: 413,
      code: 'MESSAGE_TOO_LARGE',
      message: `the request body exceeds ${LIMIT} bytes`,
      close: true,
    });
    expect(errorReplyOf(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), LIMIT)).toMatchObject({
      status: 415,
      code: 'REQUEST_INVALID',
      close: true,
    });
    expect(errorReplyOf(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY(), LIMIT)).toMatchObject({
      status: 400,
      code: 'REQUEST_INVALID',
      close: true,
    });
    expect(errorReplyOf(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH(), LIMIT)).toMatchObject({
      status: 400,
      code: 'REQUEST_INVALID',
    });
    expect(errorReplyOf(new errorCodes.FST_ERR_BAD_URL('/%zz'), LIMIT)).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });

  it("answers anything else as the service's own failure, never with the failure's own status", () => {
    const foreign = Object.assign(new Error('upstream'), { statusCode: 502 });
    for (const error of [new WeftError('CONFIG_INVALID', 'bad'), new Error('boom'), foreign, 'thrown text']) {
      expect(errorReplyOf(error, LIMIT)).toMatchObject({ status: 500, code: 'REMOTE_ERROR', close: false });
    }
    expect(errorReplyOf(new Error('boom'), LIMIT).message).toBe('unexpected failure: boom');
  });
});
