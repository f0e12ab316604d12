/**
 * The party's reads of its own ledger: a Fabric evaluation on its own peer with its own identity (never
 * submitted), or an `eth_call` / `eth_getStorageAt` on its own node. Every read has a deadline, and every
 * failure is a WeftError whose code says what it means for the answer.
 */
import { readFile } from 'node:fs/promises';
import { getBytes, hexlify, isCallException } from 'ethers';
import { describeError, type ErrorCode, isWeftError, WeftError } from '../../common/errors.js';
import { describeGatewayError, gatewayRefusal } from '../../common/gateway-error.js';
import { describeRefusal } from '../../common/refusal.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { connectFabricGateway } from '../../drivers/fabric/gateway.js';
import { evmCallData } from '../../ledgers/evm/call.js';
import type { View } from '../../proofs/address.js';
import type { EvmLedgerConfig, FabricLedgerConfig } from './config.js';

export interface LedgerReader {
  /** @throws {WeftError} NOT_FOUND, DEADLINE_EXCEEDED, LEDGER_CALL_FAILED, ADDRESS_INVALID */
  read(view: View, timeoutMs: number): Promise<Uint8Array>;
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

function configError(reason: string, cause?: unknown): WeftError {
  return new WeftError('CONFIG_INVALID', `single-API service: ${reason}`, {}, { cause });
}

async function readIdentityFile(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw configError(`cannot read the ${what} ${file}`, error);
  }
}

async function fabricReader(config: FabricLedgerConfig): Promise<LedgerReader> {
  const [tlsCa, certificate, key] = await Promise.all([
    readIdentityFile(config.tlsCaFile, 'peer TLS CA'),
    readIdentityFile(config.certFile, 'certificate'),
    readIdentityFile(config.keyFile, 'private key'),
  ]);
  let connection: ReturnType<typeof connectFabricGateway>;
  try {
    connection = connectFabricGateway({
      address: config.peerEndpoint,
      serverName: config.peerHostAlias,
      tlsCa,
      mspId: config.mspId,
      certificate,
      key,
    });
  } catch (error) {
    throw configError('cannot use the Fabric identity', error);
  }
  const network = connection.gateway.getNetwork(config.channel);
  return {
    async read(view, timeoutMs) {
      if (view.ledger !== 'fabric') throw new WeftError('NOT_FOUND', 'this network has no EVM views');
      try {
        return await network
          .getContract(view.chaincode)
          .newProposal(view.function, { arguments: [...view.args] })
          .evaluate({ deadline: Date.now() + timeoutMs });
      } catch (error) {
        throw fabricFailure(error, timeoutMs);
      }
    },
    close: () => connection.close(),
  };
}

async function withDeadline<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
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

function evmReader(config: EvmLedgerConfig): LedgerReader {
  const provider = evmProvider(config.rpcUrl, BigInt(config.chainId));
  return {
    async read(view, timeoutMs) {
      if (view.ledger !== 'evm') throw new WeftError('NOT_FOUND', 'this network has no Fabric views');
      let result: string;
      try {
        result = await withDeadline(
          view.kind === 'call'
            ? provider.call({ to: view.contract, data: hexlify(evmCallData(view)) })
            : provider.getStorage(view.contract, view.slot),
          timeoutMs,
          'the node',
        );
      } catch (error) {
        if (isWeftError(error)) throw error;
        if (isCallException(error)) {
          throw new WeftError('NOT_FOUND', `the call reverted: ${error.shortMessage}`, {
            data: error.data ?? undefined,
          });
        }
        throw new WeftError(
          'LEDGER_CALL_FAILED',
          `the node failed: ${describeError(error)}`,
          {},
          { cause: error },
        );
      }
      if (result === '0x')
        throw new WeftError('NOT_FOUND', 'the call returned nothing: no contract answers it');
      return getBytes(result);
    },
    close: () => provider.destroy(),
  };
}

/**
 * Connects to the party's own ledger.
 *
 * @throws {WeftError} CONFIG_INVALID when the Fabric identity files cannot be read or used.
 */
export async function openLedgerReader(config: FabricLedgerConfig | EvmLedgerConfig): Promise<LedgerReader> {
  return config.kind === 'fabric' ? fabricReader(config) : evmReader(config);
}
