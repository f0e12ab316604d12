/**
 * The interoperation layer of a local topology: one relay and one driver per network (and, on an EVM
 * network, an attestor per org), each with a certificate of its network's own relay CA naming its role, and, on
 * every network, the trust it places in every other one: the other's membership and verification policy (as
 * destination), and who of the other may read what (as source). Registered by each network's admin, as its
 * governance would.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WeftError } from '../common/errors.js';
import { packageRoot } from '../common/paths.js';
import { RELAY_DEFAULTS, type RelayConfigFile } from '../relay/config.js';
import type { Role } from '../transport/roles.js';
import { LOOPBACK_ADDRESSING, type ServiceAddressing } from './addressing.js';
import { createCertificateAuthority, type IssuedKeyPair, issueCertificate } from './certificates.js';
import { networkDomain } from './fabric/layout.js';
import { topologyOf } from './facets.js';
import type { LaunchContext } from './launch-context.js';
import type {
  MembershipRecords,
  PreparedKind,
  ServiceConfig,
  TlsIdentity,
  TlsMaterial,
} from './ledger-facet.js';
import type { ProcessSpec } from './process.js';
import {
  type NetworkState,
  operationsPortFile,
  operatorTokenFile,
  type RelayState,
  relayConfigFile,
} from './state.js';
import type { RelaysSpec } from './topology.js';
import { defaultPolicy, membershipRecord } from './trust.js';

export type { MembershipRecords } from './ledger-facet.js';

/** Relays and drivers are Node processes that start in well under a second. */
const SERVICE_READY_MS = 30_000;
const WEFT = join(packageRoot(), 'bin', 'weft.js');

/** Where a network's relay CA and its role certificates are written, under its interop folder. */
export function tlsDir(interopDir: string): string {
  return join(interopDir, 'tls');
}

/** The role a host's certificate names: `attestor-org1` is an attestor. */
function roleOfHost(host: string): Role {
  if (host === 'relay' || host === 'driver') return host;
  if (host.startsWith('attestor-')) return 'attestor';
  throw new WeftError('TOPOLOGY_INVALID', `no role for a service named ${host}`);
}

/**
 * The network's relay CA and the TLS identities of its relay, its driver and any other `hosts`, each naming
 * its role (transport/roles.ts). The CA's key stays beside it (mode 0600), to issue more role certificates.
 */
async function generateTls(
  networkId: string,
  dir: string,
  addressing: ServiceAddressing,
  hosts: readonly string[] = [],
): Promise<TlsMaterial> {
  const domain = `relays.${networkDomain(networkId)}`;
  const out = tlsDir(dir);
  await mkdir(out, { recursive: true, mode: 0o700 });
  const ca = await createCertificateAuthority(`${networkId} relays`, `ca.${domain}`);
  const write = async (base: string, pair: IssuedKeyPair) => {
    await writeFile(join(out, `${base}.crt`), pair.cert);
    await writeFile(join(out, `${base}.key`), pair.key, { mode: 0o600 });
    return { cert: join(out, `${base}.crt`), key: join(out, `${base}.key`) };
  };
  const caFiles = await write('ca', ca);
  const named: Record<string, TlsIdentity> = {};
  for (const host of ['relay', 'driver', ...hosts]) {
    const name = `${host}.${domain}`;
    const pair = await issueCertificate(ca, {
      commonName: name,
      role: roleOfHost(host),
      altNames: addressing.altNames(networkId, host),
    });
    named[host] = { ...(await write(host, pair)), name };
  }
  return { ca: caFiles.cert, hosts: named, relay: named.relay!, driver: named.driver! };
}

/**
 * glibc keeps freed heap chunks for reuse: after a burst of megabyte messages, received in 16 KiB frames,
 * a service would hold 100 MB more than before for good. Allocations from 8 KiB on are mapped and unmapped
 * on their own instead (a fixed threshold also stops glibc from raising it after each large free), so the
 * memory goes back to the system once the garbage is collected. Other allocators ignore the variable.
 */
export const SERVICE_MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: String(8 * 1024) } as const;

/** `name` is the process's name in its network: relay, driver, attestor-org1. */
function serviceProcess(
  name: string,
  networkId: string,
  dir: string,
  configFile: string,
  nodeArgs: readonly string[],
): ProcessSpec {
  const command = name.startsWith('attestor') ? 'attestor' : name;
  return {
    name: `${networkId}/${name}`,
    command: process.execPath,
    // A small young generation: relays and drivers allocate many short-lived buffers; it bounds their RSS
    // at a few more (cheap) scavenges.
    args: ['--max-semi-space-size=4', ...nodeArgs, WEFT, command, 'start', '--config', configFile],
    env: SERVICE_MALLOC_ENV,
    logFile: join(dir, `${name}.log`),
  };
}

export async function membershipRecords(networks: readonly NetworkState[]): Promise<MembershipRecords> {
  return new Map(await Promise.all(networks.map(async (n) => [n.id, await membershipRecord(n)] as const)));
}

export interface InteropPlan {
  /** With its orgs prepared, when it is an EVM network. */
  readonly network: NetworkState;
  /** [relay client port, relay peer port, driver port, the kind's own services' ports...] */
  readonly ports: readonly number[];
  readonly dir: string;
}

/** What `writeInteropConfigs` wrote for one network: its relay's, and its other services' in start order. */
export interface InteropConfigs {
  readonly relay: RelayState;
  readonly relayConfigFile: string;
  /** Stages in the order they start, the services of a stage side by side. */
  readonly services: ReadonlyArray<readonly ServiceConfig[]>;
}

/**
 * Generates TLS material and writes the configuration of every network's relay, and of its driver and
 * services as its kind has them, each listening and reaching the others as `addressing` says.
 */
export async function writeInteropConfigs(
  plans: readonly InteropPlan[],
  records: MembershipRecords,
  addressing: ServiceAddressing,
  spec: RelaysSpec = {},
  /** The database of a network's relay, when the relays keep their state in PostgreSQL. */
  databaseOf: (networkId: string) => string | undefined = () => undefined,
): Promise<InteropConfigs[]> {
  const facets = await Promise.all(plans.map((p) => topologyOf(p.network)));
  const tls = new Map(
    await Promise.all(
      plans.map(
        async (p, i) =>
          [
            p.network.id,
            await generateTls(p.network.id, p.dir, addressing, facets[i]!.serviceHosts(p.network)),
          ] as const,
      ),
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
      driverPort: plan.ports[2]!,
    };
  });
  return Promise.all(
    plans.map(async (plan, i): Promise<InteropConfigs> => {
      const relay = relays[i]!;
      const own = tls.get(plan.network.id)!;
      const driverPort = plan.ports[2]!;
      const relayConfig: { -readonly [K in keyof RelayConfigFile]: RelayConfigFile[K] } = {
        networkId: relay.networkId,
        host: addressing.listenHost,
        clientPort: relay.clientPort,
        relayPort: relay.relayPort,
        tls: { certFile: own.relay.cert, keyFile: own.relay.key, caFile: own.ca },
        peers: relays
          .filter((r) => r.networkId !== relay.networkId)
          .map((r) => ({
            networkId: r.networkId,
            address: addressing.address(r.networkId, 'relay', r.relayPort),
            serverName: r.serverName,
            caFile: r.caFile,
          })),
        driver: {
          address: addressing.address(relay.networkId, 'driver', driverPort),
          serverName: own.driver.name,
        },
        storeDir: addressing.storeDir(plan.dir),
        limits: { ...RELAY_DEFAULTS.limits, ...spec.limits },
        timeouts: RELAY_DEFAULTS.timeouts,
      };
      // What the relay verifies its webhooks' events against: what its network records of the others.
      const trustFile = join(plan.dir, 'webhook-trust.json');
      const others = plans.map((p) => p.network).filter((n) => n.id !== plan.network.id);
      const trust = Object.fromEntries(
        others.map((n) => [n.id, { membership: records.get(n.id), rules: defaultPolicy(n) }]),
      );
      await writeFile(trustFile, `${JSON.stringify(trust, null, 2)}\n`);
      const tokenFile = operatorTokenFile(relay);
      await writeFile(tokenFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
      relayConfig.webhooks = { ...spec.webhooks, trustFile };
      relayConfig.operations = addressing.operations(plan.dir, 'relay');
      relayConfig.operatorTokenFile = tokenFile;
      const database = databaseOf(relay.networkId);
      if (database) relayConfig.database = { url: database };
      const relayFile = relayConfigFile(relay);
      await writeFile(relayFile, `${JSON.stringify(relayConfig, null, 2)}\n`);
      const services = await facets[i]!.writeServiceConfigs({
        network: plan.network,
        dir: plan.dir,
        relay: {
          address: addressing.address(relay.networkId, 'relay', relay.relayPort),
          serverName: own.relay.name,
        },
        driverPort,
        extraPorts: plan.ports.slice(3),
        tls: own,
        others: plans.filter((p) => p.network.id !== plan.network.id).map((p) => p.network),
        records,
        addressing,
      });
      return { relay, relayConfigFile: relayFile, services };
    }),
  );
}

/**
 * Writes the configuration of every network's relay, driver and services on loopback and starts them, each
 * network's relay first; returns where the relays listen.
 */
export async function startInterop(
  plans: readonly InteropPlan[],
  records: MembershipRecords,
  ctx: LaunchContext,
  spec: RelaysSpec = {},
  databaseOf?: (networkId: string) => string | undefined,
): Promise<RelayState[]> {
  const written = await writeInteropConfigs(plans, records, LOOPBACK_ADDRESSING, spec, databaseOf);
  const start = (relay: RelayState, name: string, configFile: string, port: number, probePort = port) =>
    ctx.spawn(serviceProcess(name, relay.networkId, relay.dir, configFile, ctx.serviceNodeArgs), {
      network: relay.networkId,
      role: roleOfHost(name),
      port,
      health: { kind: 'tcp', port: probePort },
      readyWithinMs: SERVICE_READY_MS,
      operationsPortFile: operationsPortFile(relay.dir, name),
    });
  await Promise.all(
    written.map(async ({ relay, relayConfigFile, services }) => {
      await ctx.step(
        relay.networkId,
        `relay on ${relay.clientPort} (clients), ${relay.relayPort} (relays)`,
        () => start(relay, 'relay', relayConfigFile, relay.clientPort, relay.relayPort),
      );
      for (const stage of services) {
        await Promise.all(
          stage.map((s) =>
            ctx.step(relay.networkId, s.step, () => start(relay, s.name, s.configFile, s.port)),
          ),
        );
      }
    }),
  );
  return written.map((w) => w.relay);
}

/**
 * On each network, its governance records every other network's membership and policy, as its kind does
 * (a Fabric network's admin through its interop chaincode, also who of the other may read what; an EVM
 * network's owner through its interop contract). `prepared` holds each kind's toolchain of this `up`.
 */
export async function registerTrust(
  networks: readonly NetworkState[],
  records: MembershipRecords,
  prepared: ReadonlyMap<string, PreparedKind>,
  ctx: LaunchContext,
): Promise<void> {
  await Promise.all(
    networks.map(async (local) => {
      const others = networks.filter((n) => n.id !== local.id);
      if (others.length === 0) return;
      const kind = prepared.get(local.type);
      if (!kind)
        throw new WeftError('TOPOLOGY_INVALID', `the ${local.type} toolchain of ${local.id} is not prepared`);
      await ctx.step(local.id, `trust in ${others.map((o) => o.id).join(', ')} recorded`, () =>
        kind.registerTrust(local, others, records, ctx),
      );
    }),
  );
}
