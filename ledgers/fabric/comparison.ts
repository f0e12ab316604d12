/**
 * The Fabric comparison facet (lab/compare/ledger-facet.ts): the first org's client of the interop
 * chaincode, its identity reading and writing `assets`, its peer serving the single-API party, and
 * endorsements forged with keys an attacker holds. Loaded lazily (index.ts): it drives a running topology.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openLocalClient } from '../../cli/query.js';
import {
  type FabricSigner,
  fabricSigner,
  forgedFabricView,
  relayTlsIdentities,
} from '../../lab/compare/forge.js';
import type { ComparisonFacet, ForgeryHolders } from '../../lab/compare/ledger-facet.js';
import { fabricReader, fabricWriter } from '../../modes/multi-membership/ledgers.js';
import { submitView } from '../../sdk/client.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { submitAllOnEveryPeer } from '../../topology/fabric/committed.js';
import { peerAddress } from '../../topology/fabric/layout.js';
import { type FabricNetworkState, isFabricNetwork } from '../../topology/state.js';
import { owned } from '../owned.js';

const isFabric = isFabricNetwork;

/** Signers holding keys of no member of `network`, each claiming one of its orgs' MSP ids. */
async function outsiderSigners(network: FabricNetworkState): Promise<FabricSigner[]> {
  const identities = await relayTlsIdentities(network);
  return Promise.all(
    network.orgs.map(async (org, i) => {
      const identity = identities[i % identities.length]!;
      return {
        mspId: org.mspId,
        certificate: await readFile(identity.certFile),
        key: await readFile(identity.keyFile, 'utf8'),
      };
    }),
  );
}

async function signersOf(network: FabricNetworkState, holders: ForgeryHolders): Promise<FabricSigner[]> {
  if (holders === 'one org') return [await fabricSigner(network, 0, 'peer')];
  if (holders === 'enterprise') return [await fabricSigner(network, 0, 'client')];
  // Keys of no member, each claiming a member org's MSP id: the relays' TLS keys of the source.
  return outsiderSigners(network);
}

async function openWriter(network: FabricNetworkState) {
  const org = network.orgs[0]!;
  const connection = await connectGateway(org);
  return {
    writer: fabricWriter(connection.gateway, network.channel),
    // What the destination's peers carried and stored: the value.
    cost: async (_ref: string, value: string) => ({ bytes: Buffer.byteLength(value) }),
    async writeAsOutsider(key: string, value: string) {
      const identity = (await relayTlsIdentities(network))[0]!;
      const outsider = await connectGateway(org, {
        mspId: org.mspId,
        mspDir: dirname(identity.certFile),
        ...identity,
      });
      try {
        await outsider.gateway
          .getNetwork(network.channel)
          .getContract('assets')
          .submitTransaction('Put', key, value);
      } finally {
        outsider.close();
      }
    },
    close: () => connection.close(),
  };
}

export const comparison: ComparisonFacet = {
  openDestination: async (state, network) => {
    const local = await openLocalClient(state, network.id);
    return {
      client: local.client,
      async submitView(view, proof = view.proof) {
        await submitView(local.interop, { ...view, proof });
        // What the destination's peers verified and stored: the proof and the value.
        return { bytes: proof.length + view.value.length };
      },
      async submitTrusted(answer) {
        await local.interop.submitTransaction(
          'SubmitTrustedView',
          answer.address,
          answer.nonce,
          Buffer.from(answer.value).toString('base64'),
          Buffer.from(answer.signature).toString('base64'),
        );
        // What the destination's peers verified and stored: the answer's signature and the value.
        return { bytes: answer.signature.length + answer.value.length };
      },
      close: () => local.close(),
    };
  },
  openReader: owned('fabric', isFabric, async (network) => {
    const connection = await connectGateway(network.orgs[0]!);
    const assets = connection.gateway.getNetwork(network.channel).getContract('assets');
    return { reader: fabricReader(assets), close: () => connection.close() };
  }),
  openWriter: owned('fabric', isFabric, openWriter),
  recordTrustedParty: owned('fabric', isFabric, async (network, sourceId: string, address: string) => {
    const org = network.orgs[0]!;
    const connection = await connectGateway(org, org.admin);
    try {
      const interop = connection.gateway.getNetwork(network.channel).getContract('interop');
      await submitAllOnEveryPeer(network, interop, [
        ['SetTrustedParty', sourceId, JSON.stringify({ kind: 'evm', address })],
      ]);
    } finally {
      connection.close();
    }
  }),
  singleApiSource: owned('fabric', isFabric, (network) => {
    const org = network.orgs[0]!;
    return {
      org: org.mspId,
      ledger: {
        kind: 'fabric',
        peerEndpoint: peerAddress(org.peer),
        peerHostAlias: org.peer.host,
        tlsCaFile: org.peer.tlsCaFile,
        mspId: org.mspId,
        certFile: org.client.certFile,
        keyFile: org.client.keyFile,
        channel: network.channel,
      },
    };
  }),
  forge: owned('fabric', isFabric, async (network, view, holders: ForgeryHolders) =>
    forgedFabricView(view.proof, view.value, await signersOf(network, holders)),
  ),
  enterpriseKey: owned('fabric', isFabric, () => undefined),
};
