/**
 * A client of the single-API service (server.ts): asks one party for a view and returns its signed answer,
 * ready for a destination's trusted-party entry point. HTTP errors become WeftErrors with the service's code;
 * given the party a destination records, the answer is verified here too.
 */
import { ERROR_CODES, type ErrorCode, WeftError } from '../../common/errors.js';
import { type TrustedAnswer, type TrustedParty, verifyTrustedAnswer } from '../../proofs/trusted-party.js';

/** The party an answer names itself as: informative, never what a destination trusts. */
export interface AnsweringParty {
  readonly networkId: string;
  readonly org: string;
  readonly kind: 'fabric' | 'evm';
  /** PEM certificate (Fabric) or lower-case address (EVM). */
  readonly identity: string;
}

export interface TrustedViewAnswer extends TrustedAnswer {
  readonly party: AnsweringParty;
}

export interface FetchOptions {
  /** Default 10 s. */
  readonly timeoutMs?: number;
  /** When given, the answer must be signed by this party (VIEW_INVALID otherwise). */
  readonly party?: TrustedParty;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** Answers are a value and a signature: anything past this is not an answer. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

async function readBounded(response: Response): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > MAX_RESPONSE_BYTES) {
      throw new WeftError('MESSAGE_TOO_LARGE', `the answer exceeds ${MAX_RESPONSE_BYTES} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function remote(message: string, context: Record<string, unknown> = {}): WeftError {
  return new WeftError('REMOTE_ERROR', `single-API service: ${message}`, context);
}

function base64Field(object: Record<string, unknown>, name: string): Uint8Array {
  const text = object[name];
  if (typeof text !== 'string' || Buffer.from(text, 'base64').toString('base64') !== text) {
    throw remote(`${name} is not base64`);
  }
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function parseAnswer(body: Buffer, address: string, nonce: string): TrustedViewAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw remote('the answer is not JSON');
  }
  if (typeof json !== 'object' || json === null) throw remote('the answer is not an object');
  const answer = json as Record<string, unknown>;
  if (answer.address !== address || answer.nonce !== nonce) {
    throw remote('the answer is for another address or nonce', {
      address: answer.address,
      nonce: answer.nonce,
    });
  }
  const party = answer.party as Record<string, unknown> | null | undefined;
  if (
    typeof party !== 'object' ||
    party === null ||
    typeof party.networkId !== 'string' ||
    typeof party.org !== 'string' ||
    (party.kind !== 'fabric' && party.kind !== 'evm') ||
    typeof party.identity !== 'string'
  ) {
    throw remote('the answer names no party');
  }
  return {
    address,
    nonce,
    value: base64Field(answer, 'value'),
    signature: base64Field(answer, 'signature'),
    party: { networkId: party.networkId, org: party.org, kind: party.kind, identity: party.identity },
  };
}

/**
 * Asks the service at `baseUrl` for the view at `address` (a canonical weft address) under `nonce`.
 *
 * @throws {WeftError} the service's own code for an HTTP error (ADDRESS_INVALID, NOT_FOUND, ...),
 *   DEADLINE_EXCEEDED when no answer comes in time, UNREACHABLE when the service cannot be reached,
 *   REMOTE_ERROR for an answer that is not one, VIEW_INVALID when `options.party` did not sign it.
 */
export async function fetchTrustedView(
  baseUrl: string,
  address: string,
  nonce: string,
  options: FetchOptions = {},
): Promise<TrustedViewAnswer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const url = new URL('v1/view', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.search = `?address=${encodeURIComponent(address)}&nonce=${encodeURIComponent(nonce)}`;
  let body: Buffer;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    body = await readBounded(response);
  } catch (error) {
    if (error instanceof WeftError) throw error;
    if ((error as Error).name === 'TimeoutError') {
      throw new WeftError('DEADLINE_EXCEEDED', `no answer from ${url.origin} within ${timeoutMs} ms`);
    }
    throw new WeftError('UNREACHABLE', `cannot reach ${url.origin}`, {}, { cause: error });
  }
  if (!response.ok) {
    let code: ErrorCode = 'REMOTE_ERROR';
    let message = `HTTP ${response.status}`;
    try {
      const error = JSON.parse(body.toString('utf8')) as { code?: unknown; message?: unknown };
      if ((ERROR_CODES as readonly unknown[]).includes(error.code)) code = error.code as ErrorCode;
      if (typeof error.message === 'string') message = error.message;
    } catch {
      // Not weft's error body: the status says what there is to say.
    }
    throw new WeftError(code, message, { status: response.status, url: url.origin });
  }
  const answer = parseAnswer(body, address, nonce);
  if (options.party) {
    const verdict = verifyTrustedAnswer(options.party, answer);
    if (!verdict.valid) {
      throw new WeftError('VIEW_INVALID', `the answer is not the party's: ${verdict.reason}`, {
        failure: verdict.failure,
      });
    }
  }
  return answer;
}
