/**
 * The topology file: which ledger networks a local run starts. YAML in, validated typed objects out; every
 * problem is reported with its path in the file (`networks[1].orgs[0].name`), unknown keys included.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { WeftError } from '../common/errors.js';
import { packageRoot } from '../common/paths.js';

export interface FabricOrgSpec {
  /** Short name, used for host names (`peer0.org1.…`): letters and digits. */
  readonly name: string;
  readonly mspId: string;
}

export interface FabricNetworkSpec {
  readonly type: 'fabric';
  readonly id: string;
  readonly channel: string;
  readonly orgs: readonly FabricOrgSpec[];
  /** First of a block of ports (see fabricPortCount); absent: free ports are picked. */
  readonly basePort?: number;
}

export interface EvmNetworkSpec {
  readonly type: 'evm';
  readonly id: string;
  readonly chainId: number;
  /** The member orgs: each runs an attestor with its own key (default Org1, Org2, Org3). */
  readonly orgs?: readonly string[];
  /** JSON-RPC port; absent: a free port is picked. */
  readonly port?: number;
}

export type NetworkSpec = FabricNetworkSpec | EvmNetworkSpec;

export const DEFAULT_EVM_ORGS: readonly string[] = ['Org1', 'Org2', 'Org3'];

export function evmOrgs(spec: EvmNetworkSpec): readonly string[] {
  return spec.orgs ?? DEFAULT_EVM_ORGS;
}

export interface Topology {
  readonly networks: readonly NetworkSpec[];
}

export const DEFAULT_TOPOLOGY_FILE = join(packageRoot(), 'topology', 'topologies', 'default.yaml');

/** Ports of one Fabric network: orderer (listen, admin, operations), 3 per org's peer, 1 per chaincode server. */
export const FABRIC_ORDERER_PORTS = 3;
export const FABRIC_PEER_PORTS = 3;
export const FABRIC_CHAINCODE_SERVERS = 2;

export function fabricPortCount(orgCount: number): number {
  return FABRIC_ORDERER_PORTS + FABRIC_PEER_PORTS * orgCount + FABRIC_CHAINCODE_SERVERS;
}

const NETWORK_ID = /^[a-z][a-z0-9-]{0,30}$/;
const ORG_NAME = /^[A-Za-z][A-Za-z0-9]{0,30}$/;
const MSP_ID = /^[A-Za-z][A-Za-z0-9.-]{0,62}$/;
const CHANNEL = /^[a-z][a-z0-9.-]{0,48}$/;
const MAX_ORGS = 8;
const MIN_PORT = 1024;
const MAX_PORT = 65535;

export interface TopologyIssue {
  readonly path: string;
  readonly message: string;
}

/** Collects every problem of a document instead of stopping at the first one. */
class Checker {
  readonly issues: TopologyIssue[] = [];

  fail(path: string, message: string): undefined {
    this.issues.push({ path, message });
    return undefined;
  }

  object(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, `expected a mapping, got ${kind(value)}`);
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.fail(join2(path, key), `unknown key (allowed: ${keys.join(', ')})`);
    }
    return value as Record<string, unknown>;
  }

  string(value: unknown, path: string, pattern: RegExp, hint: string): string | undefined {
    if (typeof value !== 'string') return this.fail(path, `expected ${hint}, got ${kind(value)}`);
    if (!pattern.test(value)) return this.fail(path, `expected ${hint}, got ${JSON.stringify(value)}`);
    return value;
  }

  integer(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return this.fail(path, `expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
    return value;
  }
}

function kind(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function join2(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function checkOrg(c: Checker, value: unknown, path: string): FabricOrgSpec | undefined {
  if (typeof value === 'string') {
    const name = c.string(value, path, ORG_NAME, 'an org name of letters and digits');
    return name === undefined ? undefined : { name, mspId: `${name}MSP` };
  }
  const o = c.object(value, path, ['name', 'mspId']);
  if (!o) return undefined;
  const name = c.string(o.name, join2(path, 'name'), ORG_NAME, 'an org name of letters and digits');
  const mspId =
    o.mspId === undefined
      ? name && `${name}MSP`
      : c.string(o.mspId, join2(path, 'mspId'), MSP_ID, 'an MSP id of letters, digits, dots and dashes');
  return name === undefined || mspId === undefined ? undefined : { name, mspId };
}

function checkFabric(c: Checker, o: Record<string, unknown>, path: string, id: string) {
  const channel =
    o.channel === undefined
      ? 'weft'
      : c.string(o.channel, join2(path, 'channel'), CHANNEL, 'a channel name ([a-z][a-z0-9.-]*)');
  const orgsPath = join2(path, 'orgs');
  let orgs: FabricOrgSpec[] | undefined;
  if (!Array.isArray(o.orgs) || o.orgs.length === 0 || o.orgs.length > MAX_ORGS) {
    c.fail(orgsPath, `expected a list of 1 to ${MAX_ORGS} orgs, got ${kind(o.orgs)}`);
  } else {
    const checked = o.orgs.map((org, i) => checkOrg(c, org, join2(orgsPath, i)));
    if (checked.every((org) => org !== undefined)) orgs = checked as FabricOrgSpec[];
    for (const field of ['name', 'mspId'] as const) {
      const seen = new Set<string>();
      checked.forEach((org, i) => {
        const value = org?.[field].toLowerCase();
        if (value === undefined) return;
        if (seen.has(value))
          c.fail(join2(join2(orgsPath, i), field), `duplicate org ${field} in network ${id}`);
        seen.add(value);
      });
    }
  }
  const span = fabricPortCount(orgs?.length ?? 1);
  const basePort =
    o.basePort === undefined
      ? undefined
      : c.integer(o.basePort, join2(path, 'basePort'), MIN_PORT, MAX_PORT - span + 1);
  if (channel === undefined || orgs === undefined || (o.basePort !== undefined && basePort === undefined)) {
    return undefined;
  }
  const spec: FabricNetworkSpec = { type: 'fabric', id, channel, orgs };
  return basePort === undefined ? spec : { ...spec, basePort };
}

function checkEvm(c: Checker, o: Record<string, unknown>, path: string, id: string) {
  // Chain ids above 2^53 cannot travel as JSON numbers; EIP-2294 bounds them further.
  const chainId = c.integer(o.chainId, join2(path, 'chainId'), 1, 2 ** 32 - 1);
  const port = o.port === undefined ? undefined : c.integer(o.port, join2(path, 'port'), MIN_PORT, MAX_PORT);
  let orgs: string[] | undefined;
  if (o.orgs !== undefined) {
    const orgsPath = join2(path, 'orgs');
    if (!Array.isArray(o.orgs) || o.orgs.length === 0 || o.orgs.length > MAX_ORGS) {
      c.fail(orgsPath, `expected a list of 1 to ${MAX_ORGS} orgs, got ${kind(o.orgs)}`);
    } else {
      const checked = o.orgs.map((org, i) =>
        c.string(org, join2(orgsPath, i), ORG_NAME, 'an org name of letters and digits'),
      );
      const unique = new Set(checked.map((org) => org?.toLowerCase()));
      if (unique.size !== checked.length) c.fail(orgsPath, `duplicate org in network ${id}`);
      else if (checked.every((org) => org !== undefined)) orgs = checked as string[];
    }
    if (orgs === undefined) return undefined;
  }
  if (chainId === undefined || (o.port !== undefined && port === undefined)) return undefined;
  const spec: EvmNetworkSpec = { type: 'evm', id, chainId, ...(orgs ? { orgs } : {}) };
  return port === undefined ? spec : { ...spec, port };
}

const KEYS = {
  fabric: ['id', 'type', 'channel', 'orgs', 'basePort'],
  evm: ['id', 'type', 'chainId', 'orgs', 'port'],
} as const;

function checkNetwork(c: Checker, value: unknown, path: string): NetworkSpec | undefined {
  const type = (value as { type?: unknown } | null)?.type;
  if (type !== 'fabric' && type !== 'evm') {
    c.object(value, path, ['id', 'type']);
    return c.fail(join2(path, 'type'), `expected "fabric" or "evm", got ${kind(type)}`);
  }
  const o = c.object(value, path, KEYS[type]);
  if (!o) return undefined;
  const id = c.string(o.id, join2(path, 'id'), NETWORK_ID, 'a network id ([a-z][a-z0-9-]*, at most 31)');
  // Check the rest even when the id is bad, so that one run reports every problem.
  const network = type === 'fabric' ? checkFabric(c, o, path, id ?? path) : checkEvm(c, o, path, id ?? path);
  return id === undefined ? undefined : network;
}

/** Explicit ports of a network, with their roles, for overlap and in-use checks. */
export function explicitPorts(network: NetworkSpec): { port: number; role: string }[] {
  if (network.type === 'evm') {
    return network.port === undefined ? [] : [{ port: network.port, role: `${network.id} JSON-RPC` }];
  }
  if (network.basePort === undefined) return [];
  const base = network.basePort;
  return Array.from({ length: fabricPortCount(network.orgs.length) }, (_, i) => ({
    port: base + i,
    role: `${network.id} port block ${base}-${base + fabricPortCount(network.orgs.length) - 1}`,
  }));
}

function checkTopology(c: Checker, value: unknown): Topology | undefined {
  const o = c.object(value, '', ['networks']);
  if (!o) return undefined;
  if (!Array.isArray(o.networks) || o.networks.length === 0) {
    return c.fail('networks', `expected a non-empty list of networks, got ${kind(o.networks)}`);
  }
  const networks = o.networks.map((n, i) => checkNetwork(c, n, join2('networks', i)));
  const ids = new Map<string, number>();
  const chainIds = new Map<number, number>();
  const ports = new Map<number, string>();
  networks.forEach((network, i) => {
    if (!network) return;
    const path = join2('networks', i);
    const previous = ids.get(network.id);
    if (previous !== undefined)
      c.fail(join2(path, 'id'), `duplicate network id (also networks[${previous}])`);
    ids.set(network.id, i);
    if (network.type === 'evm') {
      const other = chainIds.get(network.chainId);
      if (other !== undefined) c.fail(join2(path, 'chainId'), `duplicate chain id (also networks[${other}])`);
      chainIds.set(network.chainId, i);
    }
    for (const { port, role } of explicitPorts(network)) {
      const owner = ports.get(port);
      if (owner !== undefined && owner !== role) c.fail(path, `port ${port} overlaps ${owner}`);
      ports.set(port, role);
    }
  });
  if (c.issues.length > 0) return undefined;
  return { networks: networks as NetworkSpec[] };
}

function invalid(source: string, issues: readonly TopologyIssue[]): WeftError {
  const lines = issues.map((i) => `  ${i.path || '(top)'}: ${i.message}`).join('\n');
  return new WeftError('TOPOLOGY_INVALID', `topology ${source} is invalid:\n${lines}`, { source, issues });
}

/** Parses and validates a topology document; `source` names it in errors. */
export function parseTopology(text: string, source = 'topology'): Topology {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new WeftError('TOPOLOGY_PARSE', `topology ${source} is not valid YAML: ${first.message}`, {
      source,
      line: first.linePos?.[0].line,
    });
  }
  const c = new Checker();
  const topology = checkTopology(c, doc.toJS());
  if (!topology) throw invalid(source, c.issues);
  return topology;
}

export async function loadTopology(file: string = DEFAULT_TOPOLOGY_FILE): Promise<Topology> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new WeftError(
      'TOPOLOGY_PARSE',
      `cannot read topology ${file}: ${(error as Error).message}`,
      { source: file },
      { cause: error },
    );
  }
  return parseTopology(text, file);
}
