/**
 * The single-API service's configuration: what `startSingleApiServer` takes (keys in memory) and the file
 * `weft api start --config FILE` reads (key files), one set of rules for both. The file names the party's
 * key files rather than keys, so that a configuration can be shown without its secrets:
 *
 *   networkId: fabric-a        org: Org1MSP        port: 8080
 *   party: { kind: evm, privateKeyFile: party.key }           # or kind: fabric, certificateFile, privateKeyFile
 *   ledger: { kind: fabric, peerEndpoint: 127.0.0.1:7051, peerHostAlias: peer0..., tlsCaFile, mspId,
 *             certFile, keyFile, channel }                    # or kind: evm, rpcUrl, chainId
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { filePath, loadConfig, operationsSchema } from '../../common/config.js';
import { describeError, WeftError } from '../../common/errors.js';
import { parseWithSchema } from '../../common/schema.js';
import { LEDGERS, ledgerOf, type PartyConfig } from '../../ledgers/registry.js';
import { NETWORK_ID } from '../../proofs/address.js';

/** The party's signing key, as its kind has it: a Fabric certificate and P-256 key (PEM), a secp256k1 key (hex). */
export type SingleApiPartyConfig = PartyConfig;

/** The party's own Fabric peer, reached through the Gateway with the party's own identity files. */
export interface FabricLedgerConfig {
  readonly kind: 'fabric';
  /** host:port of the peer. */
  readonly peerEndpoint: string;
  /** The host name the peer's TLS certificate carries. */
  readonly peerHostAlias: string;
  readonly tlsCaFile: string;
  readonly mspId: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly channel: string;
}

/** The party's own EVM node. */
export interface EvmLedgerConfig {
  readonly kind: 'evm';
  readonly rpcUrl: string;
  readonly chainId: number | bigint;
}

/** The party's own ledger, of its kind. */
export type SingleApiLedgerConfig = FabricLedgerConfig | EvmLedgerConfig;

export interface SingleApiServerConfig {
  /** The weft id of the party's network: the only network it answers for. */
  readonly networkId: string;
  /** The party's org, as answers name it. */
  readonly org: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
  readonly party: SingleApiPartyConfig;
  readonly ledger: SingleApiLedgerConfig;
  /** Deadline of each ledger read; default 10 s. */
  readonly timeoutMs?: number;
  /** Bound on a request's URL and on its body; default 16 KiB. */
  readonly maxRequestBytes?: number;
  /** The operations endpoint (/metrics, /healthz, /readyz) on a port of its own; absent: none. */
  readonly operations?:
    | { readonly host: string; readonly port: number; readonly portFile?: string | undefined }
    | undefined;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REQUEST_BYTES = 16 * 1024;

const text = z.string().min(1);

/** The service's own settings, with their defaults: checked alike in a file and in a configuration object. */
const settings = {
  networkId: z.string().regex(NETWORK_ID),
  org: text,
  host: text.default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(0),
  timeoutMs: z.number().int().min(100).max(600_000).default(DEFAULT_TIMEOUT_MS),
  maxRequestBytes: z
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024)
    .default(DEFAULT_MAX_REQUEST_BYTES),
};

/** File paths are taken relative to the configuration file's folder. */
const fabricLedgerSchema = (baseDir: string) =>
  z.strictObject({
    kind: z.literal('fabric'),
    peerEndpoint: z.string().regex(/^[A-Za-z0-9.[\]:-]+:\d{1,5}$/),
    peerHostAlias: text,
    tlsCaFile: filePath(baseDir),
    mspId: text,
    certFile: filePath(baseDir),
    keyFile: filePath(baseDir),
    channel: text,
  });

const evmLedgerSchema = z.strictObject({
  kind: z.literal('evm'),
  rpcUrl: z.string().regex(/^https?:\/\/\S+$/),
  chainId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

/** A party entry: its kind, and a path for each field its kind reads from a file (`privateKeyFile`). */
function partyEntrySchema(baseDir: string) {
  const [first, ...rest] = LEDGERS.map((ledger) =>
    z.strictObject({
      kind: z.literal(ledger.kind),
      ...Object.fromEntries(ledger.party.configFiles.map((field) => [`${field}File`, filePath(baseDir)])),
    }),
  );
  return z.discriminatedUnion('kind', [first!, ...rest]);
}

/** The configuration file of `weft api start`, for a file in `baseDir`. */
export const singleApiConfigSchema = (baseDir: string) =>
  z.strictObject({
    ...settings,
    operations: operationsSchema(baseDir).optional(),
    party: partyEntrySchema(baseDir),
    ledger: z.discriminatedUnion('kind', [fabricLedgerSchema(baseDir), evmLedgerSchema]),
  });

export type SingleApiSettings = z.output<z.ZodObject<typeof settings>>;

/**
 * The service's settings in `config`, defaults filled in.
 *
 * @throws {WeftError} CONFIG_INVALID naming every problem by its path.
 */
export function serviceSettings(config: SingleApiServerConfig): SingleApiSettings {
  return parseWithSchema(z.object(settings), config, 'single-API service');
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new WeftError(
      'CONFIG_INVALID',
      `cannot read ${path}: ${describeError(error)}`,
      { file: path },
      { cause: error },
    );
  }
}

/**
 * Reads a service configuration file (YAML or JSON) and the party's key files it names, paths taken
 * relative to the file's folder.
 *
 * @throws {WeftError} CONFIG_INVALID naming every problem by its path, or a file that cannot be read.
 */
export async function loadSingleApiConfig(path: string): Promise<SingleApiServerConfig> {
  const config = await loadConfig(path, singleApiConfigSchema);
  const { party } = ledgerOf(config.party.kind);
  const files: Readonly<Record<string, string>> = config.party;
  // Read at once; with several unreadable, the first in the kind's order is the one reported, every time.
  const read = await Promise.allSettled(
    party.configFiles.map(
      async (field) => [field, (await readKeyFile(files[`${field}File`]!)).trim()] as const,
    ),
  );
  const failed = read.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const fields = read.map((r) => (r as PromiseFulfilledResult<readonly [string, string]>).value);
  return { ...config, party: party.config(Object.fromEntries(fields)) };
}
