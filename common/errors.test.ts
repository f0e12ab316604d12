import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipUtf8, describeError, ERROR_MESSAGE_MAX_BYTES, isWeftError, WeftError } from './errors.js';

describe('WeftError', () => {
  it('carries a stable code, frozen context and the cause', () => {
    const cause = new Error('EADDRINUSE');
    const error = new WeftError('PORT_IN_USE', 'port 7051 is taken', { port: 7051 }, { cause });
    expect(error).toMatchObject({ name: 'WeftError', code: 'PORT_IN_USE', context: { port: 7051 }, cause });
    expect(Object.isFrozen(error.context)).toBe(true);
    expect(isWeftError(error, 'PORT_IN_USE')).toBe(true);
    expect(isWeftError(error, 'TIMEOUT')).toBe(false);
    expect(isWeftError(cause)).toBe(false);
  });

  it('describes itself with code and context on one line', () => {
    const error = new WeftError('TIMEOUT', 'peer not ready', {
      port: 7051,
      log: '/x/peer.log',
      gone: undefined,
    });
    expect(error.describe()).toBe('[TIMEOUT] peer not ready (port=7051, log=/x/peer.log)');
    expect(describeError(error)).toBe(error.describe());
    expect(describeError(new Error('plain'))).toBe('plain');
    expect(describeError('text')).toBe('text');
  });

  it('keeps code and message even when the context has keys of those names', () => {
    const error = new WeftError('USAGE', 'bad flag', { code: 'OTHER', message: 'other' });
    expect(error.code).toBe('USAGE');
    expect(error.message).toBe('bad flag');
  });
});

describe('clipUtf8', () => {
  it('keeps a short text whole and cuts a long one at a character boundary, within the bound', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 40, max: 600 }),
        (text, max) => {
          const clipped = clipUtf8(text, max);
          if (Buffer.byteLength(text) <= max) return clipped === text;
          const kept = clipped.slice(0, clipped.lastIndexOf(' ... ('));
          return (
            Buffer.byteLength(clipped) <= max &&
            text.startsWith(kept) &&
            !kept.includes('\uFFFD') &&
            clipped.endsWith(`(${Buffer.byteLength(text)} bytes in all)`)
          );
        },
      ),
    );
  });

  it('bounds what an error keeps of a message or context value that quotes hostile input', () => {
    const error = new WeftError('REQUEST_INVALID', `invalid org id "${'é'.repeat(50_000)}"`, {
      address: 'x'.repeat(10_000),
    });
    expect(Buffer.byteLength(error.message)).toBeLessThanOrEqual(ERROR_MESSAGE_MAX_BYTES);
    expect(error.message).toMatch(/^invalid org id "é+ \.\.\. \(100017 bytes in all\)$/);
    expect(error.describe().length).toBeLessThan(ERROR_MESSAGE_MAX_BYTES + 600);
  });
});
