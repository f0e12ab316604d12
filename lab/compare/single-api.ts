/**
 * The single-API mode on a running topology: Org1 of the source runs the REST service (reading its own
 * ledger with its own identity) and signs answers with a key of its own; the destination's governance
 * records that key as the source's trusted party, and a client of the destination submits answers through
 * the trusted-party entry point.
 */
import { randomBytes } from 'node:crypto';
import { Wallet } from 'ethers';
import { expandAddress } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import type { TrustedParty } from '../../ledgers/trusted-party.js';
import { fetchTrustedView } from '../../modes/single-api/client.js';
import { type SingleApiServer, startSingleApiServer } from '../../modes/single-api/server.js';
import type { TrustedAnswer } from '../../proofs/trusted-party.js';
import type { TopologyState } from '../../topology/state.js';
import { comparisonOf } from './facets.js';
import type { ComparisonDestination, LedgerCost } from './ledger-facet.js';
import type { Direction, ModeSession } from './modes.js';

export interface SingleApiSetup {
  readonly server: SingleApiServer;
  readonly party: TrustedParty;
  /** The party's signing key: the lying-party attack uses it. */
  readonly partyKey: string;
  readonly address: string;
  /** Submits an answer to the destination's trusted-party entry point as a client of the destination. */
  submit(answer: TrustedAnswer): Promise<LedgerCost>;
  close(): Promise<void>;
}

/** Starts the source party's service and records its key on the destination. */
export async function setUpSingleApi(state: TopologyState, direction: Direction): Promise<SingleApiSetup> {
  const { source, destination } = direction;
  const partyWallet = Wallet.createRandom();
  const partyAddress = partyWallet.address.toLowerCase();
  const [sourceFacet, destinationFacet] = await Promise.all([
    comparisonOf(source),
    comparisonOf(destination),
  ]);
  const server = await startSingleApiServer({
    networkId: source.id,
    party: { kind: 'evm', privateKey: partyWallet.privateKey },
    ...sourceFacet.singleApiSource(source),
  });
  let local: ComparisonDestination;
  try {
    await destinationFacet.recordTrustedParty(destination, source.id, partyAddress);
    local = await destinationFacet.openDestination(state, destination);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const address = expandAddress(state, sampleAddress(source, direction.key));
  return {
    server,
    party: { kind: 'evm', networkId: source.id, address: partyAddress },
    partyKey: partyWallet.privateKey,
    address,
    submit: (answer) => local.submitTrusted(answer),
    async close() {
      local.close();
      await server.stop();
    },
  };
}

/** The single-API mode's session for the workload. */
export function singleApiSession(setup: SingleApiSetup): ModeSession {
  let last: TrustedAnswer | undefined;
  return {
    mode: 'single-api',
    async read() {
      last = await fetchTrustedView(setup.server.url, setup.address, randomBytes(16).toString('hex'), {
        party: setup.party,
      });
      return last.value;
    },
    async write() {
      const answer = last!;
      last = undefined;
      return setup.submit(answer);
    },
    close: async () => {},
  };
}
