/**
 * The enterprise's own access to each kind of ledger, for the multi-membership workflow: a read of the
 * sample application with its source identity, and a write prepared and signed once with its destination
 * identity, sent as often as a resumption needs, and looked up by its id or hash.
 */
import type { Contract as FabricContract, Gateway } from '@hyperledger/fabric-gateway';
import { peer } from '@hyperledger/fabric-protos';
import { type Contract, Interface, keccak256, type Provider, type Wallet } from 'ethers';
import { WeftError } from '../../common/errors.js';
import type { DestinationWriter, PreparedWrite, SourceReader } from './workflow.js';

/** Reads `Get(key)` of a Fabric application chaincode (e.g. `assets`). */
export function fabricReader(contract: FabricContract): SourceReader {
  return {
    async read(key) {
      return Buffer.from(await contract.evaluateTransaction('Get', key)).toString('utf8');
    },
  };
}

/** Writes `Put(key, value)` of a Fabric application chaincode through `gateway` on `channel`. */
export function fabricWriter(gateway: Gateway, channel: string, chaincode = 'assets'): DestinationWriter {
  const network = gateway.getNetwork(channel);
  const contract = network.getContract(chaincode);
  const qscc = network.getContract('qscc');
  const committed = async (ref: string): Promise<boolean> => {
    let bytes: Uint8Array;
    try {
      bytes = await qscc.evaluateTransaction('GetTransactionByID', channel, ref);
    } catch {
      return false; // not (yet) in a block
    }
    return (
      peer.ProcessedTransaction.deserializeBinary(bytes).getValidationcode() === peer.TxValidationCode.VALID
    );
  };
  return {
    async prepare(key, value) {
      const transaction = await contract.newProposal('Put', { arguments: [key, value] }).endorse();
      return {
        ref: transaction.getTransactionId(),
        bytes: Buffer.from(transaction.getBytes()).toString('base64'),
      };
    },
    async send(write: PreparedWrite) {
      const transaction = gateway.newTransaction(Buffer.from(write.bytes, 'base64'));
      const status = await (await transaction.submit()).getStatus();
      // A resent transaction the ledger already holds comes back invalid (duplicate id): it is done.
      if (!status.successful && !(await committed(write.ref))) {
        throw new WeftError(
          'LEDGER_CALL_FAILED',
          `the write ${write.ref} was committed invalid (${status.code})`,
          {
            transactionId: write.ref,
          },
        );
      }
    },
    committed,
  };
}

const ASSET_STORE = new Interface([
  'function put(string key, string value)',
  'function get(string key) view returns (string)',
]);

/** Reads `get(key)` of an AssetStore contract. */
export function evmReader(store: Contract): SourceReader {
  return {
    async read(key) {
      return (await store.getFunction('get')(key)) as string;
    },
  };
}

/**
 * Writes `put(key, value)` of the AssetStore at `address` as `wallet`. Transfers must not be prepared
 * concurrently: each takes the account's next nonce.
 */
export function evmWriter(wallet: Wallet, address: string): DestinationWriter {
  const provider = wallet.provider as Provider;
  const committed = async (ref: string) => (await provider.getTransactionReceipt(ref))?.status === 1;
  return {
    async prepare(key, value) {
      const request = await wallet.populateTransaction({
        to: address,
        data: ASSET_STORE.encodeFunctionData('put', [key, value]),
        nonce: await provider.getTransactionCount(wallet.address, 'pending'),
      });
      const signed = await wallet.signTransaction(request);
      return { ref: keccak256(signed), bytes: signed };
    },
    async send(write) {
      try {
        await provider.broadcastTransaction(write.bytes);
      } catch (error) {
        // Sent before the crash: the node knows it, pending or mined. Asked, not read from its words.
        if ((await provider.getTransaction(write.ref)) === null) throw error;
      }
      const receipt = await provider.waitForTransaction(write.ref, 1, 30_000);
      if (receipt?.status !== 1) {
        throw new WeftError('LEDGER_CALL_FAILED', `the write ${write.ref} failed on chain`, {
          transaction: write.ref,
        });
      }
    },
    committed,
  };
}
