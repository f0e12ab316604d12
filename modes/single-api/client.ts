/**
 * A client of the single-API service (server.ts): asks one party for a view and returns its signed answer,
 * ready for a destination's trusted-party entry point. HTTP errors become WeftErrors with the service's code;
 * given the party a destination records, the answer is verified here too.
 */
import { z } from 'zod';
import { ERROR_CODES, WeftError } from '../../common/errors.js';
import { parseWithSchema } from '../../common/schema.js';
import { type TrustedParty, verifyTrustedAnswer } from '../../ledgers/trusted-party.js';
import type { TrustedAnswer } from '../../proofs/trusted-party.js';
import { trustedAnswerBodySchema } from './schemas.js';

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

/** weft's error body, whatever code it names. */
const errorBodySchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

async function readBounded(response: Response): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body) {
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

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The answer in `body`, decoded, for `address` and `nonce`.
 *
 * @throws {WeftError} REMOTE_ERROR for a body that is not an answer, or one for another address or nonce.
 */
export function decodeTrustedAnswer(body: Buffer, address: string, nonce: string): TrustedViewAnswer {
  const json = parseJson(body);
  if (json === undefined) throw remote('the answer is not JSON');
  const answer = parseWithSchema(trustedAnswerBodySchema, json, 'single-API service answer', 'REMOTE_ERROR');
  if (answer.address !== address || answer.nonce !== nonce) {
    throw remote('the answer is for another address or nonce', {
      address: answer.address,
      nonce: answer.nonce,
    });
  }
  return {
    address,
    nonce,
    value: new Uint8Array(Buffer.from(answer.value, 'base64')),
    signature: new Uint8Array(Buffer.from(answer.signature, 'base64')),
    party: answer.party,
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
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new WeftError('DEADLINE_EXCEEDED', `no answer from ${url.origin} within ${timeoutMs} ms`);
    }
    throw new WeftError('UNREACHABLE', `cannot reach ${url.origin}`, {}, { cause: error });
  }
  if (!response.ok) {
    // weft's error body names its code; any other body leaves the status to speak.
    const error = errorBodySchema.safeParse(parseJson(body));
    throw new WeftError(
      error.success ? error.data.code : 'REMOTE_ERROR',
      error.success ? error.data.message : `HTTP ${response.status}`,
      { status: response.status, url: url.origin },
    );
  }
  const answer = decodeTrustedAnswer(body, address, nonce);
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
