/**
 * `weft compare` on a running topology: the same workload through the three integration modes in every
 * direction the topology has, and the attack table carried out in the first direction.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Wallet } from 'ethers';
import type { TopologyState } from '../../topology/state.js';
import { type AttackRow, consensusAttacks, multiMembershipAttacks, singleApiAttacks } from './attacks.js';
import { enterpriseOn } from './enterprise.js';
import { comparisonOf } from './facets.js';
import { consensusSession, type ModeName, type ModeSession, multiMembershipSession } from './modes.js';
import type { ComparisonResult } from './report.js';
import {
  directionsOf,
  type ModeFigures,
  measureMode,
  prepareDirection,
  type WorkloadOptions,
} from './run.js';
import { setUpSingleApi, singleApiSession } from './single-api.js';

export interface CompareOptions extends WorkloadOptions {
  /** Where each run keeps its workflow journals. */
  readonly workDir: string;
  readonly progress?: (message: string) => void;
}

/** A key the enterprise holds on some network of the topology (its client account on an EVM network). */
async function enterpriseKeyOf(state: TopologyState): Promise<string | undefined> {
  for (const network of state.networks) {
    const key = (await comparisonOf(network)).enterpriseKey(network);
    if (key) return key;
  }
  return undefined;
}

export async function compareModes(state: TopologyState, options: CompareOptions): Promise<ComparisonResult> {
  const progress = options.progress ?? (() => {});
  await mkdir(join(options.workDir, 'journals'), { recursive: true });
  const figures: ModeFigures[] = [];
  const attacks: AttackRow[] = [];
  const pairs = directionsOf(state);
  for (const [index, [source, destination]] of pairs.entries()) {
    const direction = await prepareDirection(source, destination);
    const name = `${source.id} -> ${destination.id}`;
    const singleApi = await setUpSingleApi(state, direction);
    try {
      const sessions: Array<[ModeName, () => Promise<ModeSession>]> = [
        ['consensus', () => consensusSession(state, direction)],
        ['single-api', async () => singleApiSession(singleApi)],
        ['multi-membership', () => multiMembershipSession(direction, join(options.workDir, 'journals'))],
      ];
      for (const [mode, open] of sessions) {
        progress(`${name}: ${mode}, ${options.reads} reads and ${options.writes} writes`);
        const session = await open();
        try {
          figures.push(await measureMode(session, direction, options));
        } finally {
          await session.close();
        }
      }
      if (index > 0) continue;
      progress(`${name}: the attack table, carried out`);
      attacks.push(...(await consensusAttacks(state, direction)));
      // A key the enterprise holds (its client account on an EVM network), not the recorded party's.
      const enterpriseKey = (await enterpriseKeyOf(state)) ?? Wallet.createRandom().privateKey;
      attacks.push(...(await singleApiAttacks(direction, singleApi, enterpriseKey)));
    } finally {
      await singleApi.close();
    }
    if (index > 0) continue;
    const enterprise = await enterpriseOn(destination);
    try {
      attacks.push(...(await multiMembershipAttacks(direction, enterprise)));
    } finally {
      enterprise.close();
    }
  }
  return { figures, attacks };
}
