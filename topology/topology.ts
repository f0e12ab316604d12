/**
 * The topology file: which ledger networks a local run starts. YAML in, checked against `topologySchema`,
 * typed objects out; every problem is reported with its path in the file (`networks[1].orgs[0].name`),
 * unknown keys included.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { WeftError } from '../common/errors.js';
import { packageRoot } from '../common/paths.js';
import { type SchemaProblem, schemaProblems } from '../common/schema.js';
import { fabricSpecPortCount } from '../ledgers/fabric/facts.js';
import { ledgerOf, type TopologySpec } from '../ledgers/registry.js';

export const DEFAULT_TOPOLOGY_FILE = join(packageRoot(), 'topology', 'topologies', 'default.yaml');

export {
  FABRIC_CHAINCODE_SERVERS,
  FABRIC_ORDERER_PORTS,
  FABRIC_PEER_PORTS,
  fabricPortCount,
  fabricSpecPortCount,
} from '../ledgers/fabric/facts.js';

const NETWORK_ID = /^[a-z][a-z0-9-]{0,30}$/;
const ORG_NAME = /^[A-Za-z][A-Za-z0-9]{0,30}$/;
const MSP_ID = /^[A-Za-z][A-Za-z0-9.-]{0,62}$/;
const CHANNEL = /^[a-z][a-z0-9.-]{0,48}$/;
const MAX_ORGS = 8;
const INFRASTRUCTURE = /^[a-z][a-z0-9]{0,11}$/;
const MAX_INFRASTRUCTURES = 8;
/** Raft tolerates the loss of a minority: 3 or 5 orderers ride out 1 or 2. */
const MAX_ORDERERS = 5;
const MIN_PORT = 1024;
const MAX_PORT = 65535;

/** A value as a problem names it: `"Fabric_A"`, `a list`, `nothing`. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`;
}

function expected(what: string) {
  return (issue: { readonly input?: unknown }) => `expected ${what}, got ${shown(issue.input)}`;
}

function matching(pattern: RegExp, what: string) {
  return z.string({ error: expected(what) }).regex(pattern, { error: expected(what) });
}

function integerFrom(min: number, max: number) {
  const error = expected(`an integer from ${min} to ${max}`);
  return z.number({ error }).refine((n) => Number.isInteger(n) && n >= min && n <= max, { error });
}

/** A mapping of exactly these keys. */
function mapping<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? expected('a mapping')(issue) : undefined),
  });
}

const orgName = matching(ORG_NAME, 'an org name of letters and digits');
const infrastructureName = matching(
  INFRASTRUCTURE,
  'an infrastructure name ([a-z][a-z0-9]*, at most 12: it names a network namespace)',
);

/** A list of 1 to `max` items, one message for every way it can be wrong. */
function listOf<T extends z.ZodType>(item: T, max: number, what: string) {
  const error = expected(`a list of 1 to ${max} ${what}`);
  return z.array(item, { error }).min(1, { error }).max(max, { error });
}

function orgList<T extends z.ZodType>(org: T) {
  return listOf(org, MAX_ORGS, 'orgs');
}

/** Where `values[i]` first appears, ignoring case: org names and MSP ids become host and folder names. */
function firstOf(values: readonly string[], i: number): number {
  return values.findIndex((v) => v.toLowerCase() === values[i]?.toLowerCase());
}

/** `Org1` is short for `{ name: Org1, mspId: Org1MSP }`. */
const fabricOrgSchema = z.preprocess(
  (org) => (typeof org === 'string' ? { name: org } : org),
  mapping({
    /** Short name, used for host names (`peer0.org1.…`): letters and digits. */
    name: orgName,
    mspId: matching(MSP_ID, 'an MSP id of letters, digits, dots and dashes').optional(),
    /** The infrastructure its peer (and that site's chaincode servers) run on. */
    infrastructure: infrastructureName.optional(),
  }).transform(({ name, mspId, infrastructure }) => ({
    name,
    mspId: mspId ?? `${name}MSP`,
    ...(infrastructure === undefined ? {} : { infrastructure }),
  })),
);

const networkId = matching(NETWORK_ID, 'a network id ([a-z][a-z0-9-]*, at most 31)');

const fabricNetworkSchema = mapping({
  type: z.literal('fabric'),
  id: networkId,
  channel: matching(CHANNEL, 'a channel name ([a-z][a-z0-9.-]*)').default('weft'),
  orgs: orgList(fabricOrgSchema).superRefine((orgs, ctx) => {
    for (const field of ['name', 'mspId'] as const) {
      const values = orgs.map((org) => org[field]);
      values.forEach((_, i) => {
        const first = firstOf(values, i);
        if (first !== i) {
          ctx.addIssue({
            code: 'custom',
            path: [i, field],
            message: `duplicate org ${field} (also orgs[${first}])`,
          });
        }
      });
    }
  }),
  /** One Raft orderer on each infrastructure listed; absent: one orderer on the host. */
  orderers: listOf(infrastructureName, MAX_ORDERERS, 'infrastructures').optional(),
  /** First of a block of ports (see fabricPortCount); absent: free ports are picked. */
  basePort: integerFrom(MIN_PORT, MAX_PORT).optional(),
}).superRefine((network, ctx) => {
  // Nodes on the host listen on 127.0.0.1, which no namespace reaches: a network is placed whole or not.
  const placed = network.orgs.filter((org) => org.infrastructure !== undefined).length;
  if ((placed > 0 || network.orderers) && (placed < network.orgs.length || !network.orderers)) {
    ctx.addIssue({
      code: 'custom',
      path: network.orderers ? ['orgs'] : ['orderers'],
      message: 'a network on infrastructures places every org (infrastructure) and its orderers (orderers)',
    });
  }
  const last = MAX_PORT - fabricSpecPortCount(network) + 1;
  if (network.basePort !== undefined && network.basePort > last) {
    ctx.addIssue({
      code: 'custom',
      path: ['basePort'],
      message: expected(`an integer from ${MIN_PORT} to ${last}`)({ input: network.basePort }),
    });
  }
});

const evmNetworkSchema = mapping({
  type: z.literal('evm'),
  id: networkId,
  // Chain ids above 2^53 cannot travel as JSON numbers; EIP-2294 bounds them further.
  chainId: integerFrom(1, 2 ** 32 - 1),
  /** The member orgs: each runs an attestor with its own key (default Org1, Org2, Org3). */
  orgs: orgList(orgName)
    .superRefine((orgs, ctx) => {
      if (orgs.some((_, i) => firstOf(orgs, i) !== i))
        ctx.addIssue({ code: 'custom', message: 'duplicate org' });
    })
    .optional(),
  /** JSON-RPC port; absent: a free port is picked. */
  port: integerFrom(MIN_PORT, MAX_PORT).optional(),
});

function typeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;
}

const networkSchema = z.discriminatedUnion('type', [fabricNetworkSchema, evmNetworkSchema], {
  error: (issue) => {
    if (issue.code === 'invalid_union') return expected('"fabric" or "evm"')({ input: typeOf(issue.input) });
    if (issue.code === 'invalid_type') return expected('a mapping')(issue);
    return undefined;
  },
});

export type FabricOrgSpec = z.output<typeof fabricOrgSchema>;
export type FabricNetworkSpec = z.output<typeof fabricNetworkSchema>;
export type EvmNetworkSpec = z.output<typeof evmNetworkSchema>;
export type NetworkSpec = z.output<typeof networkSchema>;

/** The topology facts of an entry's kind; an entry is what they read (`TopologySpec`, checked here). */
function factsOf(network: TopologySpec) {
  return ledgerOf(network.type).topologyFacts;
}

/** Ids, ports and the values a kind keeps unique (an EVM chain id) are each the network's own. */
function checkDistinct(networks: readonly NetworkSpec[], ctx: z.RefinementCtx): void {
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  const ports = new Map<number, string>();
  networks.forEach((network, i) => {
    const previous = ids.get(network.id);
    if (previous !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `duplicate network id (also networks[${previous}])`,
      });
    }
    ids.set(network.id, i);
    for (const { field, what, value } of factsOf(network).uniqueKeys(network)) {
      const key = `${field}\u0000${value}`;
      const other = keys.get(key);
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, field],
          message: `duplicate ${what} (also networks[${other}])`,
        });
      }
      keys.set(key, i);
    }
    for (const { port, role } of explicitPorts(network)) {
      const owner = ports.get(port);
      if (owner !== undefined && owner !== role) {
        ctx.addIssue({ code: 'custom', path: [i], message: `port ${port} overlaps ${owner}` });
      }
      ports.set(port, role);
    }
  });
}

/** What an operator may change of every relay's limits (relay/config.ts); the rest keep their defaults. */
const relaysSchema = mapping({
  /**
   * Where every relay keeps its state: its embedded journals (the default), or a database of a PostgreSQL
   * server the topology runs (Debian's `postgresql` package), one per relay.
   */
  store: z.enum(['journal', 'postgres'], { error: expected('journal or postgres') }).optional(),
  limits: mapping({
    maxSubscriptionsPerRequester: integerFrom(1, 1_000_000).optional(),
    maxEventsBuffered: integerFrom(1, 1_000_000).optional(),
  }).optional(),
  /** Webhook deliveries: how long an event is retried before it is dead-lettered, and the backoff. */
  webhooks: mapping({
    attemptTimeoutMs: integerFrom(100, 600_000).optional(),
    maxAgeMs: integerFrom(100, 30 * 86_400_000).optional(),
    backoffInitialMs: integerFrom(1, 600_000).optional(),
    backoffMaxMs: integerFrom(1, 86_400_000).optional(),
  }).optional(),
});

const infrastructuresSchema = listOf(infrastructureName, MAX_INFRASTRUCTURES, 'infrastructures').superRefine(
  (names, ctx) => {
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i)
        ctx.addIssue({ code: 'custom', path: [i], message: `duplicate infrastructure ${name}` });
    });
  },
);

/** Every infrastructure a network places a node on is one the topology declares. */
function checkPlacement(
  topology: { networks: NetworkSpec[]; infrastructures?: string[] | undefined },
  ctx: z.RefinementCtx,
) {
  const known = new Set(topology.infrastructures ?? []);
  const unknown = (name: string, path: (string | number)[]) => {
    if (known.has(name)) return;
    ctx.addIssue({
      code: 'custom',
      path,
      message: `no infrastructure ${JSON.stringify(name)} in infrastructures (${[...known].join(', ') || 'none'})`,
    });
  };
  topology.networks.forEach((network, i) => {
    if (network.type !== 'fabric') return;
    network.orgs.forEach((org, j) => {
      if (org.infrastructure) unknown(org.infrastructure, ['networks', i, 'orgs', j, 'infrastructure']);
    });
    network.orderers?.forEach((name, j) => {
      unknown(name, ['networks', i, 'orderers', j]);
    });
  });
}

export const topologySchema = mapping({
  /**
   * Failure domains (topology/infrastructures.ts): each a network namespace with its own link, which
   * `weft chaos isolate` cuts. Fabric nodes are placed on them by name.
   */
  infrastructures: infrastructuresSchema.optional(),
  networks: z
    .array(networkSchema, { error: expected('a non-empty list of networks') })
    .min(1, { error: expected('a non-empty list of networks') })
    .superRefine(checkDistinct),
  relays: relaysSchema.optional(),
}).superRefine(checkPlacement);

export type RelayLimitsSpec = NonNullable<NonNullable<z.output<typeof relaysSchema>>['limits']>;
export type RelaysSpec = NonNullable<z.output<typeof relaysSchema>>;

export type Topology = z.output<typeof topologySchema>;

export const DEFAULT_EVM_ORGS: readonly string[] = ['Org1', 'Org2', 'Org3'];

export function evmOrgs(spec: EvmNetworkSpec): readonly string[] {
  return spec.orgs ?? DEFAULT_EVM_ORGS;
}

export type TopologyIssue = SchemaProblem;

/** Explicit ports of a network, with their roles, for overlap and in-use checks. */
export function explicitPorts(network: NetworkSpec): { port: number; role: string }[] {
  return factsOf(network).explicitPorts(network);
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
  const result = topologySchema.safeParse(doc.toJS());
  if (!result.success) throw invalid(source, schemaProblems(result.error));
  return result.data;
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
