/**
 * The interop layer of docker-compose.yml, set up as `weft up` sets it up natively (topology/interop.ts, the
 * kinds' facets): each network's relay CA and role certificates, the configuration of its relay, driver and
 * attestors (listening on 0.0.0.0 in their containers, reaching each other by compose service name), its
 * webhook trust file and operator token, and, on every ledger, the trust it places in the others.
 *
 * What is generated is kept between runs, as the ledgers' crypto material is, while the ledgers it was
 * generated for stay the same; the trust is recorded again at every run (a ledger may have started afresh).
 */
import { createHash } from 'node:crypto';
import { chown, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { topologyOf } from '../facets.js';
import { type InteropConfigs, membershipRecords, writeInteropConfigs } from '../interop.js';
import { createLaunchContext } from '../launch-context.js';
import type { MembershipRecords } from '../ledger-facet.js';
import { isFabricNetwork, type NetworkState } from '../state.js';
import type { Topology } from '../topology.js';
import { COMPOSE_ADDRESSING, composeInteropDir, composeInteropPorts, composeNetworks } from './networks.js';

const interopRoot = (generatedDir: string) => join(generatedDir, 'interop');
/** The networks as prepared for interoperation (an EVM network's orgs), and what they were prepared from. */
const preparedFile = (generatedDir: string) => join(interopRoot(generatedDir), 'networks.json');

type Log = (message: string) => void;

/** Prepares each network for interoperation as its kind does: an EVM network's attestor keys, funded clients. */
export async function prepareComposeNetworks(
  topology: Topology,
  networks: readonly NetworkState[],
  generatedDir: string,
  log: Log = () => {},
): Promise<NetworkState[]> {
  const ctx = createLaunchContext({
    signal: new AbortController().signal,
    onProgress: (e) => log(`${e.network ?? 'topology'}: ${e.message}`),
    record: async () => {},
  });
  return Promise.all(
    networks.map(async (network) => {
      const dir = composeInteropDir(generatedDir, network.id);
      await mkdir(dir, { recursive: true });
      const spec = topology.networks.find((n) => n.id === network.id)!;
      return (await topologyOf(network)).prepareInterop(network, spec, dir, ctx);
    }),
  );
}

/** Writes every relay's, driver's and attestor's configuration, TLS material, trust file and token. */
export async function writeComposeInterop(
  topology: Topology,
  prepared: readonly NetworkState[],
  generatedDir: string,
): Promise<InteropConfigs[]> {
  const plans = await Promise.all(
    prepared.map(async (network) => {
      const dir = composeInteropDir(generatedDir, network.id);
      await mkdir(dir, { recursive: true });
      const ports = composeInteropPorts((await topologyOf(network)).servicePortCount(network));
      return { network, ports, dir };
    }),
  );
  const records = await membershipRecords(prepared);
  return writeInteropConfigs(plans, records, COMPOSE_ADDRESSING, topology.relays);
}

/** What the generated files depend on: the networks as their setup left them, and each org's CA. */
async function fingerprint(networks: readonly NetworkState[]): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(networks));
  for (const network of networks.filter(isFabricNetwork)) {
    for (const org of network.orgs) hash.update(await readFile(org.caCertFile));
  }
  return hash.digest('hex');
}

async function readPrepared(generatedDir: string, stamp: string): Promise<NetworkState[] | undefined> {
  try {
    const saved = JSON.parse(await readFile(preparedFile(generatedDir), 'utf8')) as {
      stamp: string;
      networks: NetworkState[];
    };
    return saved.stamp === stamp ? saved.networks : undefined;
  } catch {
    return undefined;
  }
}

/** Hands the generated files to the services' user (they run unprivileged; this runs as root). */
async function handOver(dir: string, owner: { uid: number; gid: number }): Promise<void> {
  await chown(dir, owner.uid, owner.gid);
  for (const entry of await readdir(dir, { recursive: true })) {
    await chown(join(dir, entry), owner.uid, owner.gid);
  }
}

/** On every network, its governance records the trust it places in every other one. */
async function registerTrust(networks: readonly NetworkState[], records: MembershipRecords, log: Log) {
  await Promise.all(
    networks.map(async (local) => {
      const facet = await topologyOf(local);
      await facet.adoptNetwork(local);
      const others = networks.filter((n) => n.id !== local.id);
      await facet.registerTrust(local, others, records);
      log(`${local.id}: trust in ${others.map((o) => o.id).join(', ')} recorded`);
    }),
  );
}

export async function initComposeInterop(
  topology: Topology,
  generatedDir: string,
  options: { readonly owner?: { uid: number; gid: number }; readonly log?: Log } = {},
): Promise<NetworkState[]> {
  const log = options.log ?? (() => {});
  const described = await composeNetworks(topology, generatedDir);
  const stamp = await fingerprint(described);
  let networks = await readPrepared(generatedDir, stamp);
  if (networks) {
    log('interop configuration already generated for these ledgers');
  } else {
    networks = await prepareComposeNetworks(topology, described, generatedDir, log);
    await writeComposeInterop(topology, networks, generatedDir);
    await writeFile(preparedFile(generatedDir), `${JSON.stringify({ stamp, networks }, null, 2)}\n`, {
      mode: 0o600,
    });
    log(`interop configuration written under ${interopRoot(generatedDir)}`);
  }
  if (options.owner) await handOver(interopRoot(generatedDir), options.owner);
  await registerTrust(networks, await membershipRecords(networks), log);
  return networks;
}
