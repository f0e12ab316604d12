/**
 * The enterprise of the multi-membership mode on a destination of the topology, for the attack table: its
 * own writes (prepared, sent, sent again), reads of the application, and an outsider trying to write as if
 * it were the enterprise (a key of no member: on Fabric the relay CA's TLS key claiming the org's MSP id;
 * on EVM a fresh, funded account).
 */
import { dirname } from 'node:path';
import { Contract, parseEther, toQuantity, Wallet } from 'ethers';
import { evmProvider } from '../../drivers/evm/provider.js';
import { evmReader, evmWriter, fabricReader, fabricWriter } from '../../modes/multi-membership/ledgers.js';
import type { DestinationWriter, PreparedWrite } from '../../modes/multi-membership/workflow.js';
import { readContractAbi } from '../../topology/evm/network.js';
import { connectGateway } from '../../topology/fabric/client.js';
import type { NetworkState } from '../../topology/state.js';
import { relayTlsIdentities } from './forge.js';

export interface EnterpriseOnDestination {
  write(key: string, value: string): Promise<PreparedWrite>;
  resend(write: PreparedWrite): Promise<void>;
  read(key: string): Promise<string>;
  writeAsOutsider(key: string, value: string): Promise<void>;
  close(): void;
}

/** The enterprise's own write: prepared and signed once, then sent. */
function writeWith(writer: DestinationWriter) {
  return async (key: string, value: string): Promise<PreparedWrite> => {
    const write = await writer.prepare(key, value);
    await writer.send(write);
    return write;
  };
}

export async function enterpriseOn(destination: NetworkState): Promise<EnterpriseOnDestination> {
  if (destination.type === 'fabric') {
    const org = destination.orgs[0]!;
    const connection = await connectGateway(org);
    const writer = fabricWriter(connection.gateway, destination.channel);
    const reader = fabricReader(connection.gateway.getNetwork(destination.channel).getContract('assets'));
    return {
      write: writeWith(writer),
      resend: (write) => writer.send(write),
      read: (key) => reader.read(key),
      async writeAsOutsider(key, value) {
        const identity = (await relayTlsIdentities(destination))[0]!;
        const outsider = await connectGateway(org, {
          mspId: org.mspId,
          mspDir: dirname(identity.certFile),
          ...identity,
        });
        try {
          await outsider.gateway
            .getNetwork(destination.channel)
            .getContract('assets')
            .submitTransaction('Put', key, value);
        } finally {
          outsider.close();
        }
      },
      close: () => connection.close(),
    };
  }
  const provider = evmProvider(destination.rpcUrl, destination.chainId);
  const writer = evmWriter(
    new Wallet(destination.orgs![0]!.client.privateKey, provider),
    destination.contracts.AssetStore!,
  );
  const abi = await readContractAbi(destination.dir, 'AssetStore');
  const reader = evmReader(new Contract(destination.contracts.AssetStore!, abi, provider));
  return {
    write: writeWith(writer),
    resend: (write) => writer.send(write),
    read: (key) => reader.read(key),
    async writeAsOutsider(key, value) {
      const outsider = Wallet.createRandom().connect(provider);
      // A local chain: the outsider is given funds the way anyone can buy them.
      await provider.send('anvil_setBalance', [outsider.address, toQuantity(parseEther('1'))]);
      const store = new Contract(destination.contracts.AssetStore!, abi, outsider);
      await (await store.getFunction('put')(key, value)).wait();
    },
    close: () => provider.destroy(),
  };
}
