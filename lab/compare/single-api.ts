/**
 * The single-API mode on a running topology: Org1 of the source runs the REST service (reading its own
 * ledger with its own identity) and signs answers with a key of its own; the destination's governance
 * records that key as the source's trusted party, and a client of the destination submits answers through
 * the trusted-party entry point.
 */
import { randomBytes } from 'node:crypto';
import { Contract, NonceManager, Wallet } from 'ethers';
import { expandAddress, openEvmClient, openLocalClient } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import type { TrustedParty } from '../../ledgers/trusted-party.js';
import { fetchTrustedView } from '../../modes/single-api/client.js';
import { type SingleApiServer, startSingleApiServer } from '../../modes/single-api/server.js';
import type { TrustedAnswer } from '../../proofs/trusted-party.js';
import { setTrustedParty, submitTrustedView } from '../../sdk/evm-interop.js';
import { readContractAbi } from '../../topology/evm/network.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { submitAllOnEveryPeer } from '../../topology/fabric/committed.js';
import type { EvmNetworkState, NetworkState, TopologyState } from '../../topology/state.js';
import { evmOrgsOf } from '../../topology/trust.js';
import type { Direction, LedgerCost, ModeSession } from './modes.js';

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

async function recordTrustedParty(
  destination: NetworkState,
  sourceId: string,
  address: string,
): Promise<void> {
  if (destination.type === 'fabric') {
    const org = destination.orgs[0]!;
    const connection = await connectGateway(org, org.admin);
    try {
      const interop = connection.gateway.getNetwork(destination.channel).getContract('interop');
      await submitAllOnEveryPeer(destination, interop, [
        ['SetTrustedParty', sourceId, JSON.stringify({ kind: 'evm', address })],
      ]);
    } finally {
      connection.close();
    }
    return;
  }
  const provider = evmProvider(destination.rpcUrl, destination.chainId);
  try {
    const owner = new NonceManager(new Wallet(destination.deployer.privateKey, provider));
    const abi = await readContractAbi(destination.dir, 'WeftInterop');
    await setTrustedParty(new Contract(destination.contracts.WeftInterop!, abi, owner), sourceId, address);
  } finally {
    provider.destroy();
  }
}

/** Starts the source party's service and records its key on the destination. */
export async function setUpSingleApi(state: TopologyState, direction: Direction): Promise<SingleApiSetup> {
  const { source, destination } = direction;
  const partyWallet = Wallet.createRandom();
  const partyAddress = partyWallet.address.toLowerCase();
  const org = source.type === 'fabric' ? source.orgs[0]! : undefined;
  const server = await startSingleApiServer({
    networkId: source.id,
    org: org ? org.mspId : (evmOrgsOf(source as EvmNetworkState)[0]?.name ?? 'Org1'),
    party: { kind: 'evm', privateKey: partyWallet.privateKey },
    ledger:
      source.type === 'fabric'
        ? {
            kind: 'fabric',
            peerEndpoint: `127.0.0.1:${org!.peer.port}`,
            peerHostAlias: org!.peer.host,
            tlsCaFile: org!.peer.tlsCaFile,
            mspId: org!.mspId,
            certFile: org!.client.certFile,
            keyFile: org!.client.keyFile,
            channel: source.channel,
          }
        : { kind: 'evm', rpcUrl: source.rpcUrl, chainId: source.chainId },
  });
  try {
    await recordTrustedParty(destination, source.id, partyAddress);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const address = expandAddress(state, sampleAddress(source, direction.key));
  let submit: SingleApiSetup['submit'];
  let closeClient: () => void;
  if (destination.type === 'fabric') {
    const local = await openLocalClient(state, destination.id);
    closeClient = () => local.close();
    submit = async (answer) => {
      await local.interop.submitTransaction(
        'SubmitTrustedView',
        answer.address,
        answer.nonce,
        Buffer.from(answer.value).toString('base64'),
        Buffer.from(answer.signature).toString('base64'),
      );
      // What the destination's peers verified and stored: the answer's signature and the value.
      return { bytes: answer.signature.length + answer.value.length };
    };
  } else {
    const local = await openEvmClient(state, destination.id);
    closeClient = () => local.close();
    const app = await local.assets.getAddress();
    submit = async (answer) => ({ gas: (await submitTrustedView(local.interop, answer, app)).gasUsed });
  }
  return {
    server,
    party: { kind: 'evm', networkId: source.id, address: partyAddress },
    partyKey: partyWallet.privateKey,
    address,
    submit,
    async close() {
      closeClient();
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
