import { z } from 'zod';
import { type ErrorCode, isWeftError } from '../../common/errors.js';

/** The problems a refused configuration lists, one `path: message` line each. */
export function problemsOf(parse: () => unknown, code: ErrorCode = 'CONFIG_INVALID'): string[] {
  try {
    parse();
  } catch (error) {
    if (isWeftError(error, code)) return z.array(z.string()).parse(error.context.problems);
    throw error;
  }
  throw new Error(`expected ${code}`);
}
