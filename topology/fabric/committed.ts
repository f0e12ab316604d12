/**
 * A Fabric submit returns once the Gateway's own peer has committed the transaction; the other orgs' peers
 * commit the same block a moment later. Whatever is endorsed by every org right after a write (a view,
 * a query that needs the recorded trust) must wait for every peer, or an endorser still on the previous
 * block answers differently. These helpers wait for the block on the peer of every org.
 */

import type { Contract } from '@hyperledger/fabric-gateway';
import { common } from '@hyperledger/fabric-protos';
import { WeftError } from '../../common/errors.js';
import { waitFor } from '../../common/wait.js';
import { connectGateway } from './client.js';
import type { FabricNetworkLayout } from './layout.js';

/** Waits until the peer of every org holds block `blockNumber` (asked through the system chaincode qscc). */
export async function awaitBlockOnEveryPeer(
  network: FabricNetworkLayout,
  blockNumber: bigint,
  timeoutMs = 30_000,
): Promise<void> {
  await Promise.all(
    network.orgs.map(async (org) => {
      const connection = await connectGateway(org);
      try {
        const qscc = connection.gateway.getNetwork(network.channel).getContract('qscc');
        await waitFor(
          async () => {
            const info = common.BlockchainInfo.deserializeBinary(
              await qscc.evaluateTransaction('GetChainInfo', network.channel),
            );
            return BigInt(info.getHeight()) > blockNumber ? true : undefined;
          },
          { what: `block ${blockNumber} on ${org.peer.host}`, timeoutMs, intervalMs: 20 },
        );
      } finally {
        connection.close();
      }
    }),
  );
}

/**
 * Submits transactions side by side and returns their results once the peer of every org has committed the
 * last block that holds one of them.
 */
export async function submitAllOnEveryPeer(
  network: FabricNetworkLayout,
  contract: Contract,
  calls: ReadonlyArray<readonly [name: string, ...args: string[]]>,
): Promise<Uint8Array[]> {
  const commits = await Promise.all(
    calls.map(async ([name, ...args]) => {
      const commit = await contract.submitAsync(name, { arguments: args });
      const status = await commit.getStatus();
      if (!status.successful) {
        throw new WeftError('LEDGER_CALL_FAILED', `${name} on ${network.id} was committed invalid`, {
          code: status.code,
          transactionId: status.transactionId,
        });
      }
      return { result: commit.getResult(), block: status.blockNumber };
    }),
  );
  // Math.max takes no bigints.
  let last = 0n;
  for (const c of commits) if (c.block > last) last = c.block;
  await awaitBlockOnEveryPeer(network, last);
  return commits.map((c) => c.result);
}

/** Submits a transaction and returns its result once the peer of every org has committed it. */
export async function submitOnEveryPeer(
  network: FabricNetworkLayout,
  contract: Contract,
  name: string,
  ...args: string[]
): Promise<Uint8Array> {
  const [result] = await submitAllOnEveryPeer(network, contract, [[name, ...args]]);
  return result!;
}
