/**
 * The party's reads of its own ledger, as its kind reads (ledgers/<kind>/source.ts): a Fabric evaluation
 * on its own peer with its own identity (never submitted), or an `eth_call` / `eth_getStorageAt` on its own
 * node. Every read has a deadline, and every
 * failure is a WeftError whose code says what it means for the answer.
 */
import { readFile } from 'node:fs/promises';
import { type ErrorCode, WeftError } from '../../common/errors.js';
import { describeGatewayError, gatewayRefusal } from '../../common/gateway-error.js';
import { describeRefusal } from '../../common/refusal.js';
import { ledgerOf } from '../../ledgers/registry.js';
import type { View } from '../../proofs/address.js';
import type { SingleApiLedgerConfig } from './config.js';

export interface LedgerReader {
  /** Why the party does not read `view` (another channel or chain, the interop chaincode), if it does not. */
  refuses(view: View): string | undefined;
  /** @throws {WeftError} NOT_FOUND, DEADLINE_EXCEEDED, LEDGER_CALL_FAILED, ADDRESS_INVALID */
  read(view: View, timeoutMs: number): Promise<Uint8Array>;
  /** Undefined while the ledger answers (its peer connects, its node answers); else why not. */
  ready(): Promise<string | undefined>;
  close(): void;
}

/** gRPC status DEADLINE_EXCEEDED. */
const GRPC_DEADLINE_EXCEEDED = 4;

/** Missing state, as the sample application and the interop chaincode refuse a read of it. */
const MISSING: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['ASSET_NOT_FOUND', 'NOT_FOUND', 'NOT_RECORDED']);

/** What a failed Fabric evaluation means for the answer, from the chaincode's refusal (its code, as data). */
export function fabricFailure(error: unknown, timeoutMs: number): WeftError {
  if (error instanceof Error && 'code' in error && error.code === GRPC_DEADLINE_EXCEEDED) {
    return new WeftError('DEADLINE_EXCEEDED', `the peer did not answer within ${timeoutMs} ms`);
  }
  const refusal = gatewayRefusal(error);
  if (refusal && MISSING.has(refusal.code)) {
    return new WeftError('NOT_FOUND', `the ledger has no such state: ${describeRefusal(refusal)}`, {
      refusal: refusal.code,
    });
  }
  return new WeftError(
    'LEDGER_CALL_FAILED',
    `the peer failed: ${refusal ? describeRefusal(refusal) : describeGatewayError(error)}`,
    refusal ? { refusal: refusal.code } : {},
    { cause: error },
  );
}

export function configError(reason: string, cause?: unknown): WeftError {
  return new WeftError('CONFIG_INVALID', `single-API service: ${reason}`, {}, { cause });
}

export async function readIdentityFile(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw configError(`cannot read the ${what} ${file}`, error);
  }
}

export async function withDeadline<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  promise.catch(() => undefined); // a late failure after the deadline is nobody's concern
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WeftError('DEADLINE_EXCEEDED', `${what} did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Connects to the party's own ledger.
 *
 * @throws {WeftError} CONFIG_INVALID when the Fabric identity files cannot be read or used.
 */
export async function openLedgerReader(config: SingleApiLedgerConfig): Promise<LedgerReader> {
  const { openPartyReader } = await ledgerOf(config.kind).source();
  return openPartyReader(config);
}
