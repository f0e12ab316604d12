/**
 * A relay's configuration file (YAML or JSON): which network it serves, where it listens, its TLS identity,
 * the peer relays it talks to (each with the CA it trusts for that network) and its driver. Validated once
 * into typed objects; every problem is reported with its path.
 */
import { ConfigReader, type Endpoint, loadConfigFile } from '../common/config.js';
import { NETWORK_ID } from '../proofs/address.js';

export type { Endpoint };

export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
  /** CA of this network's relays and drivers: issues our certificate, verifies our driver. */
  readonly caFile: string;
}

export interface PeerRelay extends Endpoint {
  readonly networkId: string;
  /** CA of that network's relays: the only certificates accepted as that network. */
  readonly caFile: string;
}

export interface RelayConfig {
  readonly networkId: string;
  readonly host: string;
  /** dApp clients: Network and Watch services, TLS. */
  readonly clientPort: number;
  /** Peer relays and this network's driver: DataTransfer, mutual TLS. */
  readonly relayPort: number;
  readonly tls: TlsFiles;
  readonly peers: readonly PeerRelay[];
  readonly driver?: Endpoint;
  readonly storeDir: string;
  readonly limits: {
    /** Largest gRPC message accepted or sent. */
    readonly maxMessageBytes: number;
    /** Requests not yet final, beyond which new ones are refused. */
    readonly maxPending: number;
    /** Final requests kept for GetState (oldest first out). */
    readonly retainFinal: number;
  };
  readonly timeouts: {
    /** A request's whole life, from the client's ask to the view's arrival. */
    readonly requestMs: number;
    /** One outbound call. */
    readonly callMs: number;
    /** How long a driver may take before it is asked again. */
    readonly driverMs: number;
    readonly backoffInitialMs: number;
    readonly backoffMaxMs: number;
    /** How long a final request stays readable with GetState. */
    readonly retainFinalMs: number;
  };
}

export const RELAY_DEFAULTS = {
  limits: { maxMessageBytes: 4 * 1024 * 1024, maxPending: 10_000, retainFinal: 1_024 },
  timeouts: {
    requestMs: 60_000,
    callMs: 5_000,
    driverMs: 15_000,
    backoffInitialMs: 100,
    backoffMaxMs: 5_000,
    retainFinalMs: 600_000,
  },
} as const;

/** Paths in the file are relative to the file's folder. */
export function parseRelayConfig(value: unknown, source: string, baseDir: string): RelayConfig {
  const r = new ConfigReader(baseDir);
  const root = r.object(value, source);
  const tls = r.object(root.tls, 'tls');
  const limits = r.object(root.limits ?? {}, 'limits');
  const timeouts = r.object(root.timeouts ?? {}, 'timeouts');
  const peersValue = root.peers ?? [];
  if (!Array.isArray(peersValue)) r.problems.push('peers: expected a list');
  const peers = (Array.isArray(peersValue) ? peersValue : []).map((p, i) => {
    const peer = r.object(p, `peers[${i}]`);
    return {
      networkId: r.string(peer, 'networkId', `peers[${i}]`, NETWORK_ID),
      caFile: r.file(peer, 'caFile', `peers[${i}]`),
      ...r.endpoint(peer, `peers[${i}]`),
    };
  });
  const networkId = r.string(root, 'networkId', source, NETWORK_ID);
  const ids = new Set<string>();
  for (const peer of peers) {
    if (peer.networkId === networkId) r.problems.push(`peers: ${networkId} is this relay's own network`);
    if (ids.has(peer.networkId)) r.problems.push(`peers: ${peer.networkId} is listed twice`);
    ids.add(peer.networkId);
  }
  const d = RELAY_DEFAULTS;
  const config: RelayConfig = {
    networkId,
    host: typeof root.host === 'string' ? root.host : '127.0.0.1',
    clientPort: r.integer(root, 'clientPort', source, 0, 65535),
    relayPort: r.integer(root, 'relayPort', source, 0, 65535),
    tls: {
      certFile: r.file(tls, 'certFile', 'tls'),
      keyFile: r.file(tls, 'keyFile', 'tls'),
      caFile: r.file(tls, 'caFile', 'tls'),
    },
    peers,
    ...(root.driver === undefined ? {} : { driver: r.endpoint(r.object(root.driver, 'driver'), 'driver') }),
    storeDir: r.file(root, 'storeDir', source),
    limits: {
      maxMessageBytes: r.integer(
        limits,
        'maxMessageBytes',
        'limits',
        1024,
        64 * 1024 * 1024,
        d.limits.maxMessageBytes,
      ),
      maxPending: r.integer(limits, 'maxPending', 'limits', 1, 1_000_000, d.limits.maxPending),
      retainFinal: r.integer(limits, 'retainFinal', 'limits', 0, 1_000_000, d.limits.retainFinal),
    },
    timeouts: {
      requestMs: r.integer(timeouts, 'requestMs', 'timeouts', 100, 86_400_000, d.timeouts.requestMs),
      callMs: r.integer(timeouts, 'callMs', 'timeouts', 10, 600_000, d.timeouts.callMs),
      driverMs: r.integer(timeouts, 'driverMs', 'timeouts', 10, 600_000, d.timeouts.driverMs),
      backoffInitialMs: r.integer(
        timeouts,
        'backoffInitialMs',
        'timeouts',
        1,
        60_000,
        d.timeouts.backoffInitialMs,
      ),
      backoffMaxMs: r.integer(timeouts, 'backoffMaxMs', 'timeouts', 1, 600_000, d.timeouts.backoffMaxMs),
      retainFinalMs: r.integer(
        timeouts,
        'retainFinalMs',
        'timeouts',
        0,
        7 * 86_400_000,
        d.timeouts.retainFinalMs,
      ),
    },
  };
  r.done(source);
  return config;
}

export function loadRelayConfig(file: string): Promise<RelayConfig> {
  return loadConfigFile(file, parseRelayConfig);
}
