/**
 * The three integration modes as `weft compare` drives them on a running topology, for one direction
 * (source network -> destination network): each reads the source's value the way the mode does and writes
 * it on the destination the way the mode does, reporting what the write cost on the ledger.
 *
 * - consensus: a view through both relays, verified by the client, submitted to the destination's interop
 *   chaincode or contract, which verifies it again against the source's recorded membership and policy;
 * - single-API: one party of the source answers over REST with a signed value; the destination accepts it
 *   through its trusted-party entry point;
 * - multi-membership: one enterprise reads with its source identity and writes with its destination
 *   identity (the sample application's own `Put`), through the resumable workflow.
 */
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { Contract, Wallet } from 'ethers';
import { expandAddress, openEvmClient, openLocalClient } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { decodeEvmView } from '../../ledgers/evm/proof.js';
import { evmReader, evmWriter, fabricReader, fabricWriter } from '../../modes/multi-membership/ledgers.js';
import { openWorkflow } from '../../modes/multi-membership/workflow.js';
import { submitView, type VerifiedView, type WeftClient } from '../../sdk/client.js';
import { submitEvmView, submitFabricView } from '../../sdk/evm-interop.js';
import { readContractAbi } from '../../topology/evm/network.js';
import { connectGateway } from '../../topology/fabric/client.js';
import type { NetworkState, TopologyState } from '../../topology/state.js';

export type ModeName = 'consensus' | 'single-api' | 'multi-membership';
export const MODES: readonly ModeName[] = ['consensus', 'single-api', 'multi-membership'];

/** What a write cost on the destination ledger: gas on EVM, bytes carried and checked on Fabric. */
export type LedgerCost = { readonly gas: bigint } | { readonly bytes: number };

export interface ModeSession {
  readonly mode: ModeName;
  /** One read of the source value, as the mode reads it (verified where the mode verifies). */
  read(): Promise<Uint8Array>;
  /** Writes the value of the last read on the destination, as the mode writes. */
  write(): Promise<LedgerCost>;
  close(): Promise<void>;
}

export interface Direction {
  readonly source: NetworkState;
  readonly destination: NetworkState;
  /** The key of the source's sample application the workload reads. */
  readonly key: string;
}

/** The consensus mode: a client of the destination, through its relay. */
export async function consensusSession(state: TopologyState, direction: Direction): Promise<ModeSession> {
  const address = expandAddress(state, sampleAddress(direction.source, direction.key));
  let submit: (view: VerifiedView) => Promise<LedgerCost>;
  let local: { readonly client: WeftClient; close(): void };
  if (direction.destination.type === 'fabric') {
    const fabric = await openLocalClient(state, direction.destination.id);
    local = fabric;
    submit = async (view) => {
      await submitView(fabric.interop, view);
      // What the destination's peers verified and stored: the proof and the value.
      return { bytes: view.proof.length + view.value.length };
    };
  } else {
    const evm = await openEvmClient(state, direction.destination.id);
    const app = await evm.assets.getAddress();
    local = evm;
    submit = async (view) => {
      if (view.ledger === 'fabric')
        return { gas: (await submitFabricView(evm.interop, view.proof, app)).gasUsed };
      const decoded = decodeEvmView(view.proof)!;
      const signatures = decoded.attestations.map((a) => a.signature);
      return { gas: (await submitEvmView(evm.interop, decoded.statement, signatures, app)).gasUsed };
    };
  }
  let last: VerifiedView | undefined;
  return {
    mode: 'consensus',
    async read() {
      last = await local.client.requestView(address);
      return last.value;
    },
    async write() {
      const view = last!;
      last = undefined;
      return submit(view);
    },
    close: async () => local.close(),
  };
}

/**
 * The multi-membership mode: the enterprise is Org1 of both networks (its client identity on Fabric, its
 * client account on EVM); its journal lives in `journalDir`.
 */
export async function multiMembershipSession(direction: Direction, journalDir: string): Promise<ModeSession> {
  const closers: Array<() => void> = [];
  const readerOf = async (network: NetworkState) => {
    if (network.type === 'fabric') {
      const connection = await connectGateway(network.orgs[0]!);
      closers.push(() => connection.close());
      return fabricReader(connection.gateway.getNetwork(network.channel).getContract('assets'));
    }
    const provider = evmProvider(network.rpcUrl, network.chainId);
    closers.push(() => provider.destroy());
    const abi = await readContractAbi(network.dir, 'AssetStore');
    return evmReader(new Contract(network.contracts.AssetStore!, abi, provider));
  };
  const destination = direction.destination;
  let writer: ReturnType<typeof fabricWriter>;
  let cost: (ref: string, value: string) => Promise<LedgerCost>;
  if (destination.type === 'fabric') {
    const connection = await connectGateway(destination.orgs[0]!);
    closers.push(() => connection.close());
    writer = fabricWriter(connection.gateway, destination.channel);
    cost = async (_ref, value) => ({ bytes: Buffer.byteLength(value) });
  } else {
    const provider = evmProvider(destination.rpcUrl, destination.chainId);
    closers.push(() => provider.destroy());
    const account = new Wallet(destination.orgs![0]!.client.privateKey, provider);
    writer = evmWriter(account, destination.contracts.AssetStore!);
    cost = async (ref) => ({ gas: (await provider.getTransactionReceipt(ref))!.gasUsed });
  }
  const reader = await readerOf(direction.source);
  const workflow = openWorkflow(await mkdtemp(join(journalDir, 'multi-membership-')), reader, writer);
  let transfers = 0;
  return {
    mode: 'multi-membership',
    read: async () => Buffer.from(await reader.read(direction.key)),
    async write() {
      // The workflow reads again itself (its journal holds what it moved), so this write includes a read of
      // the source; the key is new per transfer.
      const id = `${direction.source.id}-${direction.destination.id}-${direction.key}-${++transfers}`;
      const done = await workflow.transfer({ id, sourceKey: direction.key, destinationKey: `mm-${id}` });
      return cost(done.ref, done.value);
    },
    async close() {
      await workflow.close();
      for (const close of closers) close();
    },
  };
}
