/**
 * The EVM driver of one network (drivers/service.ts serves its relay). For each query it picks the block to
 * attest (its node's head less the configured confirmations), asks the attestors of the orgs the requester's
 * policy names (all of them when it names none; the other orgs' too when one of those fails) for
 * attestations at that block, and merges those that agree into one EVM view. Attestors that disagree (another block, another result) are left out, not averaged:
 * the destination's policy decides whether the rest is enough.
 */
import { readFile } from 'node:fs/promises';
import { toQuantity } from 'ethers';
import { z } from 'zod';
import {
  endpointSchema,
  filePath,
  httpUrl,
  integer,
  mapping,
  parseConfig,
  text,
} from '../../common/config.js';
import { type ErrorCode, WeftError } from '../../common/errors.js';
import { isEvmView } from '../../ledgers/evm/address.js';
import { attestationDigest } from '../../ledgers/evm/attestation.js';
import { type DecodedEvmView, evmViewFromMessage } from '../../ledgers/evm/proof.js';
import { toUint64, weft } from '../../protos/index.js';
import type { AddressedQuery, WireView } from '../../transport/edge.js';
import { Attestor, call, channelReady, clientConstructor, fromServiceError } from '../../transport/grpc.js';
import { channelArgs } from '../../transport/tls.js';
import {
  type DriverLog,
  type DriverService,
  driverServiceFields,
  readFiles,
  startDriverService,
} from '../service.js';
import { createEvmEventSource } from './events.js';
import { evmProvider } from './provider.js';
import { evmWireView } from './wire-view.js';

/** Paths in the file are relative to `baseDir`, the file's folder. */
export function evmDriverConfigSchema(baseDir: string) {
  const attestors = 'expected a list of at least one attestor';
  return mapping({
    ledger: z.literal('evm', { error: 'expected "evm"' }),
    ...driverServiceFields(baseDir),
    evm: mapping({
      chainId: integer(1, Number.MAX_SAFE_INTEGER).transform((id) => BigInt(id)),
      rpcUrl: httpUrl(),
      /** Blocks below the head to attest: 0 on an instant-finality chain. */
      confirmations: integer(0, 1024).default(0),
      attestors: z
        .array(
          endpointSchema.extend({
            org: text(),
            /** The CA of the attestor's TLS certificate. */
            caFile: filePath(baseDir),
          }),
          { error: attestors },
        )
        .min(1, { error: attestors }),
      attestTimeoutMs: integer(100, 600_000).default(10_000),
    }),
  });
}

export type EvmDriverConfig = z.output<ReturnType<typeof evmDriverConfigSchema>>;
/** What the file holds: the chain id as a JSON number, defaults left out or not. */
export type EvmDriverConfigFile = z.input<ReturnType<typeof evmDriverConfigSchema>>;
export type AttestorEndpoint = EvmDriverConfig['evm']['attestors'][number];

export function parseEvmDriverConfig(value: unknown, source: string, baseDir: string): EvmDriverConfig {
  return parseConfig(evmDriverConfigSchema, value, source, baseDir);
}

export type EvmDriver = DriverService;

interface RpcBlock {
  readonly number: string;
  readonly hash: string;
}

/**
 * Merges single attestations into one view: those over the most common statement (equal digests mean
 * equal statements), one attestation per attestor.
 */
export function mergeAttestations(views: readonly DecodedEvmView[]): DecodedEvmView | undefined {
  const groups = new Map<string, DecodedEvmView[]>();
  for (const view of views) {
    const digest = attestationDigest(view.statement);
    groups.set(digest, [...(groups.get(digest) ?? []), view]);
  }
  const largest = [...groups.values()].sort((a, b) => b.length - a.length)[0];
  if (!largest) return undefined;
  const bySigner = new Map(
    largest.flatMap((v) => v.attestations).map((a) => [Buffer.from(a.signer).toString('hex'), a]),
  );
  return { ...largest[0]!, attestations: [...bySigner.values()] };
}

export async function startEvmDriver(
  config: EvmDriverConfig,
  options: { log?: DriverLog } = {},
): Promise<EvmDriver> {
  const provider = evmProvider(config.evm.rpcUrl, config.evm.chainId);
  const AttestorClient = clientConstructor('weft.evm.Attestor');
  // The driver's own certificate: attestors answer only a driver of their network.
  const [cert, key] = await readFiles([config.tls.certFile, config.tls.keyFile]);
  const identity = { cert: cert!, key: key! };
  const attestors = await Promise.all(
    config.evm.attestors.map(async (a) => {
      const ca = await readFile(a.caFile).catch((error: Error) => {
        throw new WeftError('CONFIG_INVALID', `cannot read ${a.caFile}: ${error.message}`, {
          file: a.caFile,
        });
      });
      const { credentials, args } = channelArgs({
        address: a.address,
        serverName: a.serverName,
        serverRole: 'attestor',
        ca,
        identity,
        maxMessageBytes: config.maxMessageBytes,
      });
      return {
        org: a.org,
        address: a.address,
        client: new AttestorClient(a.address, credentials, args),
      };
    }),
  );

  /** The block to attest: the head less the confirmations. */
  const chooseBlock = async (): Promise<{ number: bigint; hash: string }> => {
    try {
      const blockAt = async (tag: string) => {
        const block = (await provider.send('eth_getBlockByNumber', [tag, false])) as RpcBlock | null;
        if (!block) throw new Error(`no block ${tag}`);
        return { number: BigInt(block.number), hash: block.hash.toLowerCase() };
      };
      // One call on the view's path when no confirmations are asked for: the head itself.
      const head = await blockAt('latest');
      const confirmations = BigInt(config.evm.confirmations);
      if (confirmations === 0n) return head;
      return blockAt(toQuantity(head.number > confirmations ? head.number - confirmations : 0n));
    } catch (error) {
      throw new WeftError(
        'LEDGER_CALL_FAILED',
        `cannot read the head of ${config.networkId}: ${(error as Error).message}`,
        {
          rpcUrl: config.evm.rpcUrl,
        },
      );
    }
  };

  /**
   * One view attested at `block` by the orgs the query's policy names (the others' too, when one of those
   * fails), merged: what a view and a log event share. `extra` are a log event's request fields.
   */
  const attestAt = async (
    query: AddressedQuery,
    block: { readonly number: bigint; readonly hash: string },
    extra: Pick<weft.evm.IAttestRequest, 'sequence' | 'tx_index' | 'log_index'> = {},
  ): Promise<DecodedEvmView> => {
    const asked = query.policy.length > 0 ? attestors.filter((a) => query.policy.includes(a.org)) : attestors;
    if (asked.length === 0) {
      throw new WeftError('REQUEST_INVALID', `no attestor of ${query.policy.join(', ')} is configured`);
    }
    const request = weft.evm.AttestRequest.create({
      view_address: query.address,
      nonce: query.nonce,
      requesting_network: query.requestingNetwork,
      requester: query.certificate,
      requester_signature: query.signature,
      block_number: toUint64(block.number),
      block_hash: Buffer.from(block.hash.slice(2), 'hex'),
      ...extra,
    });
    const attest = (from: typeof attestors) =>
      Promise.allSettled(
        from.map(async (a) => {
          try {
            const view = evmViewFromMessage(
              await call(a.client, Attestor.Attest, request, config.evm.attestTimeoutMs),
            );
            if (!view) throw new WeftError('REMOTE_ERROR', 'the attestation is malformed');
            return view;
          } catch (error) {
            throw error instanceof WeftError ? error : fromServiceError(error, `attestor of ${a.org}`);
          }
        }),
      );
    let answers = await attest(asked);
    // An attestor that failed leaves the view short of what the requester asked for: the other orgs'
    // attestors may stand in (the destination's policy, not this driver, decides what suffices).
    const others = attestors.filter((a) => !asked.includes(a));
    if (answers.some((a) => a.status === 'rejected') && others.length > 0) {
      answers = [...answers, ...(await attest(others))];
    }
    const views = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    const merged = mergeAttestations(views);
    if (!merged) {
      const errors = answers.flatMap((a) => (a.status === 'rejected' ? [a.reason as WeftError] : []));
      const first = errors[0];
      throw new WeftError(
        (first?.code ?? 'REMOTE_ERROR') as ErrorCode,
        `no attestor answered: ${errors.map((e) => e.message).join('; ')}`,
        { attestors: answers.length },
      );
    }
    return merged;
  };

  const produce = async (query: AddressedQuery): Promise<WireView> => {
    const { view, networkId } = query.parsedAddress;
    if (!isEvmView(view) || networkId !== config.networkId || view.chainId !== config.evm.chainId) {
      throw new WeftError(
        'REQUEST_INVALID',
        `this driver reads chain ${config.evm.chainId} of ${config.networkId}; ${query.address} is not on it`,
      );
    }
    if (view.kind === 'log') {
      throw new WeftError('REQUEST_INVALID', `${query.address} is a stream of logs: subscribe to it`);
    }
    return evmWireView(await attestAt(query, await chooseBlock()));
  };

  return startDriverService(config, produce, {
    ...(options.log ? { log: options.log } : {}),
    events: createEvmEventSource({ provider, config, attestAt, finalBlock: chooseBlock }),
    // The node answers, and each attestor's channel connects.
    ledgerReady: async () => {
      const reasons: string[] = [];
      await provider.getBlockNumber().catch((error: Error) => reasons.push(`the node: ${error.message}`));
      await Promise.all(
        attestors.map(async (a) => {
          const reason = await channelReady(a.client, 1_500);
          if (reason) reasons.push(`the attestor of ${a.org}: ${reason}`);
        }),
      );
      return reasons.length === 0 ? undefined : reasons.join('; ');
    },
    close: () => {
      for (const a of attestors) a.client.close();
      provider.destroy();
    },
  });
}
