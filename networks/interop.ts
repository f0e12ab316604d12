/**
 * The interoperation layer of a local topology: one relay per network and one driver per Fabric network,
 * each with TLS material of its network's own relay CA (cryptogen), and, on every Fabric network, the trust
 * it places in every other one: the other's membership and verification policy (as destination), and who of
 * the other may read what (as source). Registered by each network's admin, as its governance would.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { packageRoot } from '../common/paths.js';
import type { FabricDriverConfig } from '../drivers/fabric/driver.js';
import { RELAY_DEFAULTS, type RelayConfig } from '../relay/config.js';
import { runCommand } from './command.js';
import type { FabricInstall } from './fabric/binaries.js';
import { connectGateway } from './fabric/client.js';
import { submitAllOnEveryPeer } from './fabric/committed.js';
import { networkDomain } from './fabric/layout.js';
import type { LaunchContext } from './launch-context.js';
import type { ProcessSpec } from './process.js';
import type { FabricNetworkState, NetworkState, RelayState } from './state.js';

/** Relays and drivers are Node processes that start in well under a second. */
const SERVICE_READY_MS = 30_000;
const WEFT = join(packageRoot(), 'bin', 'weft.js');

/** Ports each network needs for its relay (client, relay) and, on Fabric, its driver. */
export function servicePortCount(network: { type: string }): number {
  return network.type === 'fabric' ? 3 : 2;
}

interface TlsMaterial {
  readonly ca: string;
  readonly relay: { readonly cert: string; readonly key: string; readonly name: string };
  readonly driver: { readonly cert: string; readonly key: string; readonly name: string };
}

/** The network's relay CA and the TLS identities of its relay and driver. */
async function generateTls(fabric: FabricInstall, networkId: string, dir: string): Promise<TlsMaterial> {
  const domain = `relays.${networkDomain(networkId)}`;
  await writeFile(
    join(dir, 'crypto-config.yaml'),
    stringify({
      PeerOrgs: [
        {
          Name: 'Relays',
          Domain: domain,
          Specs: ['relay', 'driver'].map((Hostname) => ({ Hostname, SANS: ['127.0.0.1', 'localhost'] })),
          Users: { Count: 0 },
        },
      ],
    }),
  );
  await runCommand(fabric.bin('cryptogen'), [
    'generate',
    `--config=${join(dir, 'crypto-config.yaml')}`,
    `--output=${join(dir, 'crypto')}`,
  ]);
  const node = (host: string) => {
    const tls = join(dir, 'crypto', 'peerOrganizations', domain, 'peers', `${host}.${domain}`, 'tls');
    return {
      cert: join(tls, 'server.crt'),
      key: join(tls, 'server.key'),
      name: `${host}.${domain}`,
      ca: join(tls, 'ca.crt'),
    };
  };
  const relay = node('relay');
  return { ca: relay.ca, relay, driver: node('driver') };
}

function serviceProcess(
  kind: 'relay' | 'driver',
  networkId: string,
  dir: string,
  configFile: string,
): ProcessSpec {
  return {
    name: `${networkId}/${kind}`,
    command: process.execPath,
    // A small young generation: relays and drivers allocate many short-lived buffers; it bounds their RSS
    // at a few more (cheap) scavenges.
    args: ['--max-semi-space-size=4', WEFT, kind, 'start', '--config', configFile],
    logFile: join(dir, `${kind}.log`),
  };
}

export interface InteropPlan {
  readonly network: NetworkState;
  /** [relay client port, relay peer port, driver port (Fabric)] */
  readonly ports: readonly number[];
  readonly dir: string;
}

/** Generates TLS material and starts every network's relay and driver; returns where they listen. */
export async function startInterop(
  plans: readonly InteropPlan[],
  fabric: FabricInstall,
  ctx: LaunchContext,
): Promise<RelayState[]> {
  const tls = new Map(
    await Promise.all(
      plans.map(async (p) => [p.network.id, await generateTls(fabric, p.network.id, p.dir)] as const),
    ),
  );
  const relays = plans.map((plan): RelayState => {
    const own = tls.get(plan.network.id)!;
    return {
      networkId: plan.network.id,
      clientPort: plan.ports[0]!,
      relayPort: plan.ports[1]!,
      serverName: own.relay.name,
      caFile: own.ca,
      dir: plan.dir,
      ...(plan.network.type === 'fabric' ? { driverPort: plan.ports[2]! } : {}),
    };
  });
  await Promise.all(
    plans.map(async (plan, i) => {
      const relay = relays[i]!;
      const own = tls.get(plan.network.id)!;
      const relayConfig: RelayConfig = {
        networkId: relay.networkId,
        host: '127.0.0.1',
        clientPort: relay.clientPort,
        relayPort: relay.relayPort,
        tls: { certFile: own.relay.cert, keyFile: own.relay.key, caFile: own.ca },
        peers: relays
          .filter((r) => r.networkId !== relay.networkId)
          .map((r) => ({
            networkId: r.networkId,
            address: `127.0.0.1:${r.relayPort}`,
            serverName: r.serverName,
            caFile: r.caFile,
          })),
        ...(relay.driverPort === undefined
          ? {}
          : { driver: { address: `127.0.0.1:${relay.driverPort}`, serverName: own.driver.name } }),
        storeDir: join(plan.dir, 'store'),
        limits: RELAY_DEFAULTS.limits,
        timeouts: RELAY_DEFAULTS.timeouts,
      };
      const relayFile = join(plan.dir, 'relay.json');
      await writeFile(relayFile, `${JSON.stringify(relayConfig, null, 2)}\n`);
      await ctx.step(
        plan.network.id,
        `relay on ${relay.clientPort} (clients), ${relay.relayPort} (relays)`,
        () =>
          ctx.spawn(serviceProcess('relay', relay.networkId, plan.dir, relayFile), {
            network: relay.networkId,
            role: 'relay',
            port: relay.clientPort,
            health: { kind: 'tcp', port: relay.relayPort },
            readyWithinMs: SERVICE_READY_MS,
          }),
      );
      const network = plan.network;
      if (network.type !== 'fabric' || relay.driverPort === undefined) return;
      const org = network.orgs[0]!;
      const driverConfig: FabricDriverConfig = {
        networkId: network.id,
        host: '127.0.0.1',
        port: relay.driverPort,
        tls: { certFile: own.driver.cert, keyFile: own.driver.key, caFile: own.ca },
        relay: { address: `127.0.0.1:${relay.relayPort}`, serverName: own.relay.name },
        fabric: {
          channel: network.channel,
          interopChaincode: 'interop',
          mspId: org.mspId,
          peer: {
            address: `127.0.0.1:${org.peer.port}`,
            serverName: org.peer.host,
            tlsCaFile: org.peer.tlsCaFile,
          },
          identity: { certFile: org.client.certFile, keyFile: org.client.keyFile },
        },
        concurrency: 64,
        maxMessageBytes: 4 * 1024 * 1024,
      };
      const driverFile = join(plan.dir, 'driver.json');
      await writeFile(driverFile, `${JSON.stringify(driverConfig, null, 2)}\n`);
      await ctx.step(network.id, `Fabric driver on ${relay.driverPort}`, () =>
        ctx.spawn(serviceProcess('driver', network.id, plan.dir, driverFile), {
          network: network.id,
          role: 'driver',
          port: relay.driverPort!,
          health: { kind: 'tcp', port: relay.driverPort! },
          readyWithinMs: SERVICE_READY_MS,
        }),
      );
    }),
  );
  return relays;
}

async function orgCas(network: FabricNetworkState): Promise<Record<string, readonly string[]>> {
  return Object.fromEntries(
    await Promise.all(
      network.orgs.map(async (o) => [o.mspId, [await readFile(o.caCertFile, 'utf8')]] as const),
    ),
  );
}

/** The default trust between two local Fabric networks: every org must endorse; every org may read assets. */
export function defaultPolicy(source: FabricNetworkState): { pattern: string; policy: string }[] {
  return [{ pattern: `${source.channel}:*`, policy: `AND(${source.orgs.map((o) => o.mspId).join(', ')})` }];
}

export function defaultAccess(source: FabricNetworkState): { principal: string; resource: string }[] {
  return [{ principal: '*', resource: `${source.channel}:assets:*` }];
}

/** On each Fabric network, its admin records every other Fabric network's membership, policy and access. */
export async function registerTrust(networks: readonly NetworkState[], ctx: LaunchContext): Promise<void> {
  const fabrics = networks.filter((n): n is FabricNetworkState => n.type === 'fabric');
  const cas = new Map(await Promise.all(fabrics.map(async (n) => [n.id, await orgCas(n)] as const)));
  await Promise.all(
    fabrics.map(async (local) => {
      const others = fabrics.filter((n) => n.id !== local.id);
      if (others.length === 0) return;
      await ctx.step(local.id, `trust in ${others.map((o) => o.id).join(', ')} recorded`, async () => {
        const org = local.orgs[0]!;
        const connection = await connectGateway(org, org.admin);
        try {
          const interop = connection.gateway.getNetwork(local.channel).getContract('interop');
          await submitAllOnEveryPeer(
            local,
            interop,
            others.flatMap((other) => [
              ['SetMembership', other.id, JSON.stringify({ orgs: cas.get(other.id) })] as const,
              ['SetVerificationPolicy', other.id, JSON.stringify(defaultPolicy(other))] as const,
              ['SetAccessControl', other.id, JSON.stringify(defaultAccess(local))] as const,
            ]),
          );
        } finally {
          connection.close();
        }
      });
    }),
  );
}
