/**
 * One error type for the whole project: a stable `code` that callers branch on, a readable message, and
 * structured `context` (never able to overwrite `code` or `message`). Foreign errors travel in `cause`.
 *
 * One list of codes for every component: the SDK, the relay, the drivers, the chaincode (which sends its
 * refusals as data, common/refusal.ts) and the decoder of the EVM interop contract's errors. The reasons a
 * proof or a ledger refuses are codes of the same list (a WeftError's `context.failure` or `refusal`).
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
  'LEDGER_UNKNOWN',
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
  /** Another replica changed the record since this one read it: it holds the request now. */
  'STORE_CONFLICT',
  'TRANSITION_INVALID',
  // why a Fabric view fails verification (ledgers/fabric/proof.ts)
  'MALFORMED',
  'NO_ENDORSEMENTS',
  'UNKNOWN_ORG',
  'UNTRUSTED_CERTIFICATE',
  'CERTIFICATE_NOT_VALID_NOW',
  'UNSUPPORTED_KEY',
  'HIGH_S_SIGNATURE',
  'BAD_SIGNATURE',
  'PAYLOAD_MISMATCH',
  'WRONG_CHAINCODE',
  'CHAINCODE_ERROR',
  'ADDRESS_MISMATCH',
  'NONCE_MISMATCH',
  'REQUESTER_MISMATCH',
  'SOURCE_TIME_MISSING',
  'POLICY_NOT_SATISFIED',
  // why a view of the batch form fails (proofs/batch.ts)
  'BATCH_INVALID',
  'NOT_IN_BATCH',
  // why an EVM view or its storage proof fails (ledgers/evm/proof.ts, ledgers/evm/storage.ts)
  'NO_ATTESTATIONS',
  'WRONG_NETWORK',
  'WRONG_CHAIN',
  'VIEW_MISMATCH',
  'NON_MEMBER',
  'STORAGE_PROOF_MISSING',
  'MALFORMED_PROOF',
  'HEADER_MISMATCH',
  'BLOCK_NUMBER_MISMATCH',
  'BLOCK_TIMESTAMP_MISMATCH',
  'ACCOUNT_PROOF_INVALID',
  'ACCOUNT_ABSENT',
  'STORAGE_PROOF_INVALID',
  'VALUE_MISMATCH',
  'RECEIPT_PROOF_INVALID',
  'LOG_MISMATCH',
  'RECEIPT_PROOF_MISSING',
  // why a requester, a confidential view or a trusted party's answer is refused
  'MALFORMED_REQUESTER',
  'UNTRUSTED_REQUESTER',
  'BAD_REQUEST_SIGNATURE',
  'COMMITMENT_MISMATCH',
  'CONFIDENTIALITY_MISMATCH',
  'BAD_PARTY_SIGNATURE',
  // what the interop chaincode refuses
  'NOT_ADMIN',
  'INVALID_ARGUMENT',
  'INVALID_JSON',
  'INVALID_MEMBERSHIP',
  'INVALID_POLICY',
  'INVALID_FRESHNESS_POLICY',
  'INVALID_TRUSTED_PARTY',
  'INVALID_NONCE',
  'NOT_RECORDED',
  'NO_POLICY',
  'UNTRUSTED_PARTY',
  'NONCE_REPLAYED',
  'CLOCK_SKEW',
  'VIEW_NOT_FABRIC',
  'WRONG_CHANNEL',
  'VIEW_NOT_ALLOWED',
  'VIEW_FAILED',
  'CONFIDENTIAL_UNSUPPORTED',
  'CONFIDENTIAL_VIEW',
  'NOT_CONFIDENTIAL',
  // events: why an event is refused, what a subscription hits
  'EVENT_INVALID',
  // why a receiver refuses a webhook (proofs/webhook.ts)
  'WEBHOOK_MALFORMED',
  'WEBHOOK_SIGNATURE_INVALID',
  'WEBHOOK_STALE',
  'WEBHOOK_DUPLICATE',
  // why a webhook registration is refused (relay/webhooks.ts)
  'WEBHOOK_URL_INVALID',
  'WEBHOOK_UNREACHABLE',
  'WEBHOOK_SECRET_INVALID',
  'EVENT_REPLAYED',
  'EVENT_GAP',
  'EVENT_STREAM_MISMATCH',
  'EVENT_NOT_YET',
  'EVENT_TWICE',
  'STREAM_NOT_OPEN',
  'SUBSCRIPTION_LIMIT',
  // command events (proofs/commands.ts): what a destination or an issuer refuses
  'COMMAND_INVALID',
  'COMMAND_SOURCE_UNTRUSTED',
  'COMMAND_MISDIRECTED',
  'COMMAND_NOT_FOUND',
  'COMMAND_ALREADY_CONFIRMED',
  'COMMAND_NOT_DUE',
  'CONFIRMATION_MISDIRECTED',
  'LOCAL_NETWORK_UNSET',
  // what the sample application refuses
  'INSUFFICIENT_BALANCE',
  'INVALID_AMOUNT',
  'INVALID_KEY',
  'INVALID_VALUE',
  'ASSET_NOT_FOUND',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A subset of the codes, checked: a name that is not in the list does not compile. */
export type Codes<T extends ErrorCode> = T;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export type ErrorContext = Readonly<Record<string, unknown>>;

/** `text` cut to at most `maxBytes` of UTF-8, at a character boundary, saying how much was left out. */
export function clipUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  const marker = ` ... (${bytes.length} bytes in all)`;
  let end = Math.max(0, maxBytes - Buffer.byteLength(marker));
  // Back off to the first byte of a character (UTF-8 continuation bytes are 10xxxxxx).
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return `${bytes.subarray(0, end).toString('utf8')}${marker}`;
}

/**
 * The longest message and context value an error keeps: a message that quotes hostile input (an org id of
 * 60 KiB) would otherwise be logged, and sent back, whole.
 */
export const ERROR_MESSAGE_MAX_BYTES = 4096;
const CONTEXT_VALUE_MAX_BYTES = 512;

export class WeftError extends Error {
  override readonly name = 'WeftError';
  readonly code: ErrorCode;
  readonly context: ErrorContext;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super(clipUtf8(message, ERROR_MESSAGE_MAX_BYTES), options);
    this.code = code;
    this.context = Object.freeze({ ...context });
  }

  /** The message with its code and context, as the CLI prints it. */
  describe(): string {
    const details = Object.entries(this.context)
      .filter(([, value]) => value !== undefined)
      .map(
        ([key, value]) =>
          `${key}=${clipUtf8(typeof value === 'string' ? value : JSON.stringify(value), CONTEXT_VALUE_MAX_BYTES)}`,
      );
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
