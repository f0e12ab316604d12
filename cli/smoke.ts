/**
 * Writes and reads back values on the networks of a running topology, as each kind's topology facet does
 * (Fabric through the Gateway with every org endorsing, EVM through a signed transaction). Proves each
 * ledger commits, not just answers; the benchmark reuses one writer per network to time commits without
 * connection set-up.
 */
import { randomUUID } from 'node:crypto';
import { WeftError } from '../common/errors.js';
import { ledgerOf } from '../ledgers/registry.js';
import { topologyOf } from '../topology/facets.js';
import type { LedgerWriter, WriteResult } from '../topology/ledger-facet.js';
import type { NetworkState, TopologyState } from '../topology/state.js';

export type { LedgerWriter, WriteResult } from '../topology/ledger-facet.js';

/** An open connection to a network's sample application, as its kind writes and reads it. */
export async function openWriter(network: NetworkState): Promise<LedgerWriter> {
  return (await topologyOf(network)).openWriter(network);
}

export interface SmokeResult extends WriteResult {
  readonly network: string;
  readonly type: NetworkState['type'];
  readonly key: string;
  readonly readMs: number;
}

/** One write and its read-back on one network; fails when the value read differs from the one written. */
export async function smokeNetwork(network: NetworkState): Promise<SmokeResult> {
  const writer = await openWriter(network);
  try {
    const key = `smoke-${randomUUID()}`;
    const value = `written at ${new Date().toISOString()}`;
    const written = await writer.write(key, value);
    const readStarted = performance.now();
    const read = await writer.read(key);
    const readMs = performance.now() - readStarted;
    if (read !== value) {
      throw new WeftError(
        'LEDGER_CALL_FAILED',
        `read-back of ${key} on ${network.id} differs from the write`,
        {
          wrote: value,
          read,
        },
      );
    }
    return { network: network.id, type: network.type, key, readMs, ...written };
  } finally {
    writer.close();
  }
}

export function smokeTopology(state: TopologyState): Promise<SmokeResult[]> {
  return Promise.all(state.networks.map(smokeNetwork));
}

/** The short address (`network/view`) of a key of a network's sample application. */
export function sampleAddress(network: NetworkState, key: string): string {
  return ledgerOf(network.type).topologyFacts.sampleAddress(network, key);
}

/** The short address (`network/stream`) of the stream of a network's sample application's writes. */
export function sampleStream(network: NetworkState): string {
  return ledgerOf(network.type).topologyFacts.sampleStream(network);
}

/**
 * Writes `value` under `key` in a network's sample application so that any org may vouch for it at once:
 * on Fabric the write waits for the block on every org's peer (every org endorses a view).
 */
export async function writeSample(network: NetworkState, key: string, value: string): Promise<void> {
  await (await topologyOf(network)).writeSample(network, key, value);
}
