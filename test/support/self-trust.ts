/**
 * A Fabric network that records itself as a foreign network, so that its own clients request its views
 * and events, and submit them back, as a client of another network would: its orgs' CA certificates as
 * the membership, and the access rules and verification policy given.
 */
import { readFile } from 'node:fs/promises';
import { connectGateway } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import type { FabricNetworkState } from '../../topology/state.js';

/** Each org's CA certificates, by MSP id: the network's membership as a foreign network records it. */
export async function orgCas(network: FabricNetworkState): Promise<Record<string, readonly string[]>> {
  return Object.fromEntries(
    await Promise.all(
      network.orgs.map(async (o) => [o.mspId, [await readFile(o.caCertFile, 'utf8')]] as const),
    ),
  );
}

export async function trustItself(
  network: FabricNetworkState,
  records: {
    readonly access: ReadonlyArray<{ readonly principal: string; readonly resource: string }>;
    readonly policy?: ReadonlyArray<{ readonly pattern: string; readonly policy: string }>;
  },
): Promise<void> {
  const admin = await connectGateway(network.orgs[0]!, network.orgs[0]!.admin);
  try {
    const interop = admin.gateway.getNetwork(network.channel).getContract('interop');
    const id = network.id;
    await submitOnEveryPeer(
      network,
      interop,
      'SetMembership',
      id,
      JSON.stringify({ orgs: await orgCas(network) }),
    );
    await submitOnEveryPeer(network, interop, 'SetAccessControl', id, JSON.stringify(records.access));
    if (records.policy) {
      await submitOnEveryPeer(network, interop, 'SetVerificationPolicy', id, JSON.stringify(records.policy));
    }
  } finally {
    admin.close();
  }
}
