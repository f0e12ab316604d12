/**
 * One error type for the whole project: a stable `code` that callers branch on, a readable message, and
 * structured `context` (never able to overwrite `code` or `message`). Foreign errors travel in `cause`.
 */

export const ERROR_CODES = [
  // command line and configuration
  'USAGE',
  'TOPOLOGY_PARSE',
  'TOPOLOGY_INVALID',
  // local topology lifecycle
  'ALREADY_UP',
  'STATE_CORRUPT',
  'PORT_IN_USE',
  'PORTS_EXHAUSTED',
  'PROCESS_START_FAILED',
  'PROCESS_EXITED',
  'COMMAND_FAILED',
  'TIMEOUT',
  'CANCELLED',
  // toolchains and artefacts
  'GO_MISSING',
  'FABRIC_BUILD_FAILED',
  'BINARY_MISSING',
  'SOLIDITY_COMPILE_FAILED',
  // ledgers
  'LEDGER_CALL_FAILED',
  // views and proofs
  'ADDRESS_INVALID',
  'POLICY_INVALID',
  'VIEW_INVALID',
  'CONFIDENTIAL_INVALID',
  'VIEW_EXPIRED',
  'VIEW_OUTDATED',
  'VIEW_FROM_FUTURE',
  // relays, drivers and their clients
  'CONFIG_INVALID',
  'REQUEST_INVALID',
  'MESSAGE_TOO_LARGE',
  'MESSAGE_TOO_DEEP',
  'OVERLOADED',
  'UNAUTHENTICATED',
  'WRONG_ROLE',
  'ACCESS_DENIED',
  'NOT_FOUND',
  'UNREACHABLE',
  'DEADLINE_EXCEEDED',
  'REMOTE_ERROR',
  'STORE_FAILED',
  'TRANSITION_INVALID',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorContext = Readonly<Record<string, unknown>>;

export class WeftError extends Error {
  override readonly name = 'WeftError';
  readonly code: ErrorCode;
  readonly context: ErrorContext;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.context = Object.freeze({ ...context });
  }

  /** The message with its code and context, as the CLI prints it. */
  describe(): string {
    const details = Object.entries(this.context)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    return `[${this.code}] ${this.message}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  }
}

export function isWeftError(error: unknown, code?: ErrorCode): error is WeftError {
  return error instanceof WeftError && (code === undefined || error.code === code);
}

/** A short, single-line description of any thrown value, for messages and logs. */
export function describeError(error: unknown): string {
  if (error instanceof WeftError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
