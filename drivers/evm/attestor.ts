/**
 * An attestor: one org's signer for its EVM network. It holds the org's secp256k1 key and reads only its
 * own node (its configured RPC endpoint); nothing here assumes that other attestors share that node. It
 * answers its network's driver only (mutual TLS: a driver's certificate of the network's relay CA).
 *
 * For each request it checks the requester (a signature over address ‖ nonce by a member of the requesting
 * network's membership, as this org records it) and this org's access rules, reads the block the driver
 * named from its own node (refusing if its node has another block at that height), runs the call or reads
 * the storage proof at exactly that block, and signs the EIP-712 statement (ledgers/evm/attestation.ts).
 * The answer is an EVM view with this one attestation; the driver merges those of several attestors.
 */
import { readFile } from 'node:fs/promises';
import type * as grpc from '@grpc/grpc-js';
import { computeAddress, getBytes, hexlify, SigningKey, toQuantity } from 'ethers';
import { Counter, Histogram, type Registry } from 'prom-client';
import { z } from 'zod';
import {
  filePath,
  host,
  httpUrl,
  integer,
  loadConfig,
  mapping,
  operationsSchema,
  parseConfig,
  port,
  text,
  tlsFilesSchema,
} from '../../common/config.js';
import { describeError, isWeftError, WeftError } from '../../common/errors.js';
import { type EvmLogView, isEvmView } from '../../ledgers/evm/address.js';
import { type EvmStatement, signAttestation } from '../../ledgers/evm/attestation.js';
import { evmCallData } from '../../ledgers/evm/call.js';
import { encodeLogPosition, logEventRecord } from '../../ledgers/evm/log-event.js';
import { type DecodedEvmView, evmViewMessage } from '../../ledgers/evm/proof.js';
import { membershipFromRecord, requesterVerifierOf } from '../../ledgers/registry.js';
import { LATENCY_BUCKETS, serviceRegistry } from '../../operations/metrics.js';
import { type Operations, startOperations } from '../../operations/server.js';
import { parseAddress } from '../../proofs/address.js';
import { type AccessRule, accessAllowed, checkAccessRules } from '../../proofs/requester.js';
import { decodeBounded, EDGE_BOUNDS, type WireBounds } from '../../protos/bounds.js';
import { uint64, weft } from '../../protos/index.js';
import { type Message, toServiceError } from '../../transport/grpc.js';
import { createCallerLookup, requireRole } from '../../transport/roles.js';
import { serve } from '../../transport/serve.js';
import { callerCertificate, serverCredentials } from '../../transport/tls.js';
import { readFiles } from '../service.js';
import { rpcCall } from './block.js';
import { evmProvider } from './provider.js';
import { fetchStorageProof } from './storage-proof.js';
import { logIndexInReceipt, streamLogs } from './stream-logs.js';

/** A requesting network as this org records it; the record inline (a mapping) or its JSON text. */
const requesterSchema = mapping({
  membership: z
    .union([z.string(), z.record(z.string(), z.unknown())], {
      error: 'expected a membership record (a mapping) or its JSON text',
    })
    .transform((record) => (typeof record === 'string' ? record : JSON.stringify(record))),
  /** Who of that network may read what. */
  access: z.unknown().transform((rules, ctx): AccessRule[] => {
    try {
      return checkAccessRules(rules);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: messageOf(error) });
      return z.NEVER;
    }
  }),
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Paths in the file are relative to `baseDir`, the file's folder. */
export function attestorConfigSchema(baseDir: string) {
  return mapping({
    networkId: text(),
    org: text(),
    host: host(),
    port: port(),
    /** `caFile`: the network's relay CA, which issues its driver's certificate (the one caller served). */
    tls: tlsFilesSchema(baseDir),
    /** A file holding the org's secp256k1 private key, 0x-prefixed hex. */
    signingKeyFile: filePath(baseDir),
    /** The operations endpoint (/metrics, /healthz, /readyz); absent: none. */
    operations: operationsSchema(baseDir).optional(),
    evm: mapping({
      chainId: integer(1, Number.MAX_SAFE_INTEGER).transform((id) => BigInt(id)),
      rpcUrl: httpUrl(),
      /** How deep under its node's head a block must be before this org attests a log event of it. */
      confirmations: integer(0, 1024).default(0),
    }),
    /** Per requesting network: its membership as this org records it, and who of it may read what. */
    requesters: z
      .record(z.string(), requesterSchema, { error: 'expected a mapping' })
      .default({})
      .superRefine((requesters, ctx) => {
        for (const [networkId, { membership }] of Object.entries(requesters)) {
          try {
            membershipFromRecord(networkId, membership);
          } catch (error) {
            ctx.addIssue({ code: 'custom', path: [networkId, 'membership'], message: messageOf(error) });
          }
        }
      }),
    /** How long to wait for the own node to reach the block the driver named (it may lag another node). */
    blockWaitMs: integer(0, 600_000).default(5_000),
    maxMessageBytes: integer(1024, 64 * 1024 * 1024).default(4 * 1024 * 1024),
  });
}

export type AttestorConfig = z.output<ReturnType<typeof attestorConfigSchema>>;
/** What the file holds: the chain id as a JSON number, defaults left out or not. */
export type AttestorConfigFile = z.input<ReturnType<typeof attestorConfigSchema>>;

export function parseAttestorConfig(value: unknown, source: string, baseDir: string): AttestorConfig {
  return parseConfig(attestorConfigSchema, value, source, baseDir);
}

export function loadAttestorConfig(file: string): Promise<AttestorConfig> {
  return loadConfig(file, attestorConfigSchema);
}

export interface AttestRequest {
  readonly viewAddress: string;
  readonly nonce: string;
  readonly requestingNetwork: string;
  readonly requester: string;
  readonly requesterSignature: Uint8Array;
  readonly blockNumber: bigint;
  readonly blockHash: string;
  /** A log event's: its sequence in the stream and position in the block (0 for a view). */
  readonly sequence: bigint;
  readonly txIndex: number;
  readonly logIndex: number;
}

const MAX_NONCE_LENGTH = 256;
/** Its fields' limits (a requester certificate of at most 16 KiB) and room to spare; never a view's size. */
export const ATTEST_REQUEST_MAX_BYTES = 64 * 1024;
const ATTEST_REQUEST_BOUNDS: WireBounds = { ...EDGE_BOUNDS, maxBytes: ATTEST_REQUEST_MAX_BYTES };

/** Decodes weft.evm.AttestRequest at the edge. */
export function decodeAttestRequest(bytes: Uint8Array): AttestRequest {
  const message = decodeBounded(weft.evm.AttestRequest, bytes, ATTEST_REQUEST_BOUNDS);
  const text = (value: string, field: string, max: number) => {
    if (value.length === 0 || value.length > max) {
      throw new WeftError('REQUEST_INVALID', `${field} must be 1 to ${max} characters`, { field });
    }
    return value;
  };
  const signature = text(message.requester_signature, 'requester_signature', 1024);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(signature)) {
    throw new WeftError('REQUEST_INVALID', 'requester_signature must be base64', {
      field: 'requester_signature',
    });
  }
  if (message.block_hash.length !== 32) {
    throw new WeftError('REQUEST_INVALID', 'block_hash must be 32 bytes', { field: 'block_hash' });
  }
  return {
    viewAddress: text(message.view_address, 'view_address', 8192),
    nonce: text(message.nonce, 'nonce', MAX_NONCE_LENGTH),
    requestingNetwork: text(message.requesting_network, 'requesting_network', 64),
    requester: text(message.requester, 'requester', 16 * 1024),
    requesterSignature: Buffer.from(signature, 'base64'),
    blockNumber: uint64(message.block_number),
    blockHash: hexlify(message.block_hash),
    sequence: uint64(message.sequence),
    txIndex: message.tx_index,
    logIndex: message.log_index,
  };
}

interface RpcBlock {
  readonly hash: string;
  readonly number: string;
  /** Hex seconds. */
  readonly timestamp: string;
}

export interface Attestor {
  readonly port: number;
  /** This attestor's address (lower case). */
  readonly address: string;
  /** Produces one attestation; what the gRPC service answers. */
  attest(request: AttestRequest): Promise<DecodedEvmView>;
  stop(): Promise<void>;
}

export async function startAttestor(
  config: AttestorConfig,
  options: { log?: (event: Record<string, unknown>) => void } = {},
): Promise<Attestor> {
  const log = options.log ?? (() => {});
  const registry = config.operations
    ? serviceRegistry(`attestor-${config.networkId}-${config.org}`)
    : undefined;
  const metrics = registry && attestorMetrics(registry);
  const [cert, key, ca] = (await readFiles([config.tls.certFile, config.tls.keyFile, config.tls.caFile])) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  const identify = createCallerLookup([{ ca, value: 'own network' }]);
  const privateKey = (await readFile(config.signingKeyFile, 'utf8')).trim();
  let address: string;
  try {
    address = computeAddress(new SigningKey(privateKey).publicKey).toLowerCase();
  } catch {
    throw new WeftError('CONFIG_INVALID', `${config.signingKeyFile} holds no secp256k1 private key`, {
      file: config.signingKeyFile,
    });
  }
  const provider = evmProvider(config.evm.rpcUrl, config.evm.chainId);
  const verifiers = new Map(
    Object.entries(config.requesters).map(([networkId, entry]) => [
      networkId,
      {
        verify: requesterVerifierOf(membershipFromRecord(networkId, entry.membership)),
        access: entry.access,
      },
    ]),
  );

  const ledgerError = (what: string, error: unknown) =>
    new WeftError('LEDGER_CALL_FAILED', `${what}: ${describeError(error)}`, { rpcUrl: config.evm.rpcUrl });

  /** The block at `number` on the own node, waiting a little for a node that lags. */
  const blockAt = async (number: bigint): Promise<RpcBlock> => {
    const deadline = Date.now() + config.blockWaitMs;
    for (;;) {
      let block: RpcBlock | null;
      try {
        block = (await provider.send('eth_getBlockByNumber', [toQuantity(number), false])) as RpcBlock | null;
      } catch (error) {
        throw ledgerError(`cannot read block ${number}`, error);
      }
      if (block) return block;
      if (Date.now() >= deadline) {
        throw new WeftError('LEDGER_CALL_FAILED', `the node of ${config.org} has no block ${number} yet`, {
          blockNumber: number.toString(),
        });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /**
   * A log event's position and record, checked on the own node: the block is final here, and the stream's
   * event `sequence` (counted on this node) is the log the driver named.
   */
  const logEvent = async (
    request: AttestRequest,
    view: EvmLogView,
    streamText: string,
    timestamp: bigint,
  ) => {
    const at = { blockNumber: request.blockNumber.toString(), sequence: request.sequence.toString() };
    if (request.sequence < 1n)
      throw new WeftError('REQUEST_INVALID', 'a log event has a sequence of 1 or more');
    const head = BigInt(String(await rpcCall(provider, 'eth_blockNumber', [], at)));
    if (head - request.blockNumber < BigInt(config.evm.confirmations)) {
      throw new WeftError(
        'EVENT_NOT_YET',
        `block ${request.blockNumber} has fewer than ${config.evm.confirmations} confirmations on the node of ${config.org}`,
        at,
      );
    }
    const logs = await streamLogs(provider, view, request.blockNumber);
    const log = logs[Number(request.sequence - 1n)];
    if (!log) {
      throw new WeftError(
        'EVENT_NOT_YET',
        `${streamText} has ${logs.length} events up to block ${request.blockNumber}`,
        at,
      );
    }
    const within =
      log.blockHash === request.blockHash && log.transactionIndex === request.txIndex
        ? await logIndexInReceipt(provider, log)
        : undefined;
    if (within !== request.logIndex) {
      throw new WeftError(
        'REQUEST_INVALID',
        `event ${request.sequence} of ${streamText} is not that log on the node of ${config.org}`,
        at,
      );
    }
    return {
      callData: encodeLogPosition({ txIndex: log.transactionIndex, logIndex: within }),
      result: logEventRecord({
        streamText,
        sequence: request.sequence,
        log: { topics: log.topics, data: getBytes(log.data) },
        txHash: log.transactionHash,
        blockNumber: request.blockNumber,
        blockTimestamp: timestamp,
      }),
    };
  };

  const attest = async (request: AttestRequest): Promise<DecodedEvmView> => {
    const parsed = parseAddress(request.viewAddress);
    if (parsed.text !== request.viewAddress) {
      throw new WeftError('ADDRESS_INVALID', 'the address is not canonical', {
        address: request.viewAddress,
      });
    }
    const { view } = parsed;
    if (parsed.networkId !== config.networkId || !isEvmView(view) || view.chainId !== config.evm.chainId) {
      throw new WeftError(
        'REQUEST_INVALID',
        `this attestor vouches for chain ${config.evm.chainId} of ${config.networkId} only`,
        { address: request.viewAddress },
      );
    }
    const requesters = verifiers.get(request.requestingNetwork);
    if (!requesters) {
      throw new WeftError(
        'ACCESS_DENIED',
        `${config.org} records no membership of ${request.requestingNetwork}`,
        {
          requestingNetwork: request.requestingNetwork,
        },
      );
    }
    const verdict = requesters.verify({
      certificate: request.requester,
      signature: request.requesterSignature,
      address: request.viewAddress,
      nonce: request.nonce,
      at: new Date(),
    });
    if (!verdict.valid) {
      throw new WeftError('UNAUTHENTICATED', `${verdict.failure}: ${verdict.reason}`, {
        requestingNetwork: request.requestingNetwork,
      });
    }
    if (!accessAllowed(requesters.access, verdict.mspId, parsed.viewText)) {
      throw new WeftError(
        'ACCESS_DENIED',
        `${verdict.mspId} of ${request.requestingNetwork} may not read ${parsed.viewText}`,
        { requestingNetwork: request.requestingNetwork },
      );
    }

    const block = await blockAt(request.blockNumber);
    if (block.hash.toLowerCase() !== request.blockHash) {
      throw new WeftError(
        'LEDGER_CALL_FAILED',
        `the node of ${config.org} has block ${block.hash} at height ${request.blockNumber}, not ${request.blockHash}`,
        { blockNumber: request.blockNumber.toString() },
      );
    }
    let callData: Uint8Array;
    let result: Uint8Array;
    let storageProof: DecodedEvmView['storageProof'];
    if (view.kind === 'log') {
      ({ callData, result } = await logEvent(request, view, parsed.viewText, BigInt(block.timestamp)));
    } else if (view.kind === 'storage') {
      callData = getBytes(view.slot);
      const fetched = await fetchStorageProof(provider, view.contract, view.slot, request.blockHash);
      result = fetched.value;
      storageProof = fetched.proof;
    } else {
      callData = evmCallData(view);
      try {
        // EIP-1898: at exactly the attested block, even if the node reorganises meanwhile.
        result = getBytes(
          (await provider.send('eth_call', [
            { to: view.contract, data: hexlify(callData) },
            { blockHash: request.blockHash },
          ])) as string,
        );
      } catch (error) {
        throw ledgerError(`the call ${view.signature} failed`, error);
      }
    }
    const statement: EvmStatement = {
      networkId: config.networkId,
      chainId: config.evm.chainId,
      blockNumber: request.blockNumber,
      blockHash: request.blockHash,
      // The own node's header time of that very block: what the view's age is measured from.
      blockTimestamp: BigInt(block.timestamp),
      viewAddress: request.viewAddress,
      target: view.contract,
      kind: view.kind,
      callData,
      result,
      nonce: request.nonce,
      requester: request.requester,
    };
    return {
      statement,
      attestations: [{ signer: getBytes(address), signature: signAttestation(statement, privateKey) }],
      ...(storageProof ? { storageProof } : {}),
    };
  };

  const attestor: grpc.UntypedServiceImplementation = {
    Attest: (call: grpc.ServerUnaryCall<Buffer, Message>, callback: grpc.sendUnaryData<Message>) => {
      let request: AttestRequest;
      try {
        const caller = identify(callerCertificate(call));
        if (!caller) {
          throw new WeftError(
            'UNAUTHENTICATED',
            `only the driver of ${config.networkId} may ask this attestor`,
          );
        }
        requireRole(caller.role, 'driver', `ask the attestor of ${config.org}`);
        request = decodeAttestRequest(call.request);
      } catch (error) {
        log({ event: 'refused', error: describeError(error) });
        callback(toServiceError(error));
        return;
      }
      const started = performance.now();
      attest(request).then(
        (view) => {
          metrics?.attested('ok', (performance.now() - started) / 1000);
          log({ event: 'attested', address: request.viewAddress, nonce: request.nonce });
          callback(null, evmViewMessage(view));
        },
        (error) => {
          metrics?.attested(
            isWeftError(error) ? error.code : 'LEDGER_CALL_FAILED',
            (performance.now() - started) / 1000,
          );
          log({ event: 'refused', address: request.viewAddress, error: describeError(error) });
          callback(toServiceError(error));
        },
      );
    },
  };
  const server = await serve({
    host: config.host,
    port: config.port,
    credentials: serverCredentials({ cert, key }, [ca]),
    receiveBytes: Math.min(config.maxMessageBytes, ATTEST_REQUEST_MAX_BYTES),
    sendBytes: config.maxMessageBytes,
    services: [['weft.evm.Attestor', attestor]],
  }).catch((error: unknown) => {
    provider.destroy();
    throw error;
  });
  const { port } = server;
  let operations: Operations | undefined;
  try {
    operations = config.operations
      ? await startOperations({
          ...config.operations,
          service: `attestor-${config.networkId}-${config.org}`,
          registry: registry!,
          checks: [
            {
              name: 'node',
              check: () =>
                provider.getBlockNumber().then(
                  () => undefined,
                  (error: Error) => `${config.evm.rpcUrl} does not answer: ${error.message}`,
                ),
            },
          ],
        })
      : undefined;
  } catch (error) {
    await server.stop();
    provider.destroy();
    throw error;
  }
  log({
    event: 'started',
    network: config.networkId,
    org: config.org,
    address,
    port,
    ...(operations ? { operationsPort: operations.port } : {}),
  });
  return {
    port,
    address,
    attest,
    async stop() {
      await operations?.stop();
      await server.stop();
      provider.destroy();
    },
  };
}

/** An attestor's statements signed, or refused by code, with the time each took (its node's reads). */
export function attestorMetrics(registry: Registry) {
  const requests = new Counter({
    name: 'weft_attestor_requests_total',
    help: 'Requests to attest, by outcome: ok, or the weft code of the refusal.',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'weft_attestor_request_duration_seconds',
    help: "A statement read from this org's node and signed, or refused.",
    labelNames: ['outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    attested(outcome: string, seconds: number) {
      requests.inc({ outcome });
      duration.observe({ outcome: outcome === 'ok' ? 'ok' : 'error' }, seconds);
    },
  };
}
