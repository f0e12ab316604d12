import { describe, expect, it } from 'vitest';
import { describeError, isWeftError, WeftError } from './errors.js';

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
