/**
 * The EVM comparison facet (lab/compare/ledger-facet.ts): the first org's client account on the interop
 * contract and AssetStore, its node serving the single-API party, and attestations forged with keys an
 * attacker holds. Loaded lazily (index.ts): it drives a running topology.
 */
import { Contract, parseEther, toQuantity, Wallet } from 'ethers';
import { openEvmClient } from '../../cli/query.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { attestorKey, forgedEvmView } from '../../lab/compare/forge.js';
import type { ComparisonFacet, ForgeryHolders } from '../../lab/compare/ledger-facet.js';
import { evmReader, evmWriter } from '../../modes/multi-membership/ledgers.js';
import { setTrustedParty, submitTrustedView } from '../../sdk/evm-interop.js';
import { ownedInterop } from '../../topology/evm/interop.js';
import { readContractAbi } from '../../topology/evm/network.js';
import { type EvmNetworkState, isEvmNetwork } from '../../topology/state.js';
import { evmOrgsOf } from '../../topology/trust.js';
import { owned } from '../owned.js';
import { submitToEvm } from './destination.js';

const isEvm = isEvmNetwork;

async function keysOf(network: EvmNetworkState, holders: ForgeryHolders): Promise<string[]> {
  if (holders === 'one org') return [await attestorKey(network, 0)];
  if (holders === 'enterprise') return [evmOrgsOf(network)[0]!.client.privateKey];
  return evmOrgsOf(network).map(() => Wallet.createRandom().privateKey);
}

async function openWriter(network: EvmNetworkState) {
  const provider = evmProvider(network.rpcUrl, network.chainId);
  const abi = await readContractAbi(network.dir, 'AssetStore');
  const store = network.contracts.AssetStore!;
  return {
    writer: evmWriter(new Wallet(evmOrgsOf(network)[0]!.client.privateKey, provider), store),
    cost: async (ref: string) => ({ gas: (await provider.getTransactionReceipt(ref))!.gasUsed }),
    async writeAsOutsider(key: string, value: string) {
      const outsider = Wallet.createRandom().connect(provider);
      // A local chain: the outsider is given funds the way anyone can buy them.
      await provider.send('anvil_setBalance', [outsider.address, toQuantity(parseEther('1'))]);
      await (await new Contract(store, abi, outsider).getFunction('put')(key, value)).wait();
    },
    close: () => provider.destroy(),
  };
}

export const comparison: ComparisonFacet = {
  openDestination: async (state, network) => {
    const local = await openEvmClient(state, network.id);
    const app = await local.assets.getAddress();
    return {
      client: local.client,
      submitView: async (view, proof = view.proof) => ({
        gas: (await submitToEvm(local.interop, { ledger: view.ledger, proof }, app)).gasUsed,
      }),
      submitTrusted: async (answer) => ({
        gas: (await submitTrustedView(local.interop, answer, app)).gasUsed,
      }),
      close: () => local.close(),
    };
  },
  openReader: owned('evm', isEvm, async (network) => {
    const provider = evmProvider(network.rpcUrl, network.chainId);
    const abi = await readContractAbi(network.dir, 'AssetStore');
    return {
      reader: evmReader(new Contract(network.contracts.AssetStore!, abi, provider)),
      close: () => provider.destroy(),
    };
  }),
  openWriter: owned('evm', isEvm, openWriter),
  recordTrustedParty: owned('evm', isEvm, async (network, sourceId: string, address: string) => {
    const { interop, close } = ownedInterop(network, await readContractAbi(network.dir, 'WeftInterop'));
    try {
      await setTrustedParty(interop, sourceId, address);
    } finally {
      close();
    }
  }),
  singleApiSource: owned('evm', isEvm, (network) => ({
    org: evmOrgsOf(network)[0]?.name ?? 'Org1',
    ledger: { kind: 'evm', rpcUrl: network.rpcUrl, chainId: network.chainId },
  })),
  forge: owned('evm', isEvm, async (network, view, holders: ForgeryHolders) =>
    forgedEvmView(view.proof, await keysOf(network, holders)),
  ),
  enterpriseKey: owned('evm', isEvm, (network) => evmOrgsOf(network)[0]?.client.privateKey),
};
