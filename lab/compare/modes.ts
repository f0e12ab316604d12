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
import { expandAddress } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import { openWorkflow } from '../../modes/multi-membership/workflow.js';
import type { VerifiedView } from '../../sdk/client.js';
import type { NetworkState, TopologyState } from '../../topology/state.js';
import { comparisonOf } from './facets.js';
import type { EnterpriseWriter, LedgerCost } from './ledger-facet.js';

export type { LedgerCost } from './ledger-facet.js';
export type ModeName = 'consensus' | 'single-api' | 'multi-membership';
export const MODES: readonly ModeName[] = ['consensus', 'single-api', 'multi-membership'];

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
  const destination = direction.destination;
  const local = await (await comparisonOf(destination)).openDestination(state, destination);
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
      return local.submitView(view);
    },
    close: async () => local.close(),
  };
}

/**
 * The multi-membership mode: the enterprise is Org1 of both networks (its client identity on Fabric, its
 * client account on EVM); its journal lives in `journalDir`.
 */
export async function multiMembershipSession(direction: Direction, journalDir: string): Promise<ModeSession> {
  const { source, destination } = direction;
  const { reader, close: closeReader } = await (await comparisonOf(source)).openReader(source);
  let enterprise: EnterpriseWriter;
  try {
    enterprise = await (await comparisonOf(destination)).openWriter(destination);
  } catch (error) {
    closeReader();
    throw error;
  }
  const { writer, cost } = enterprise;
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
      enterprise.close();
      closeReader();
    },
  };
}
