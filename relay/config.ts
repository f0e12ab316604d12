/**
 * A relay's configuration file (YAML or JSON): which network it serves, where it listens, its TLS identity,
 * the peer relays it talks to (each with the CA it trusts for that network) and its driver. Checked once
 * against `relayConfigSchema`; every problem is reported with its path.
 */
import { join } from 'node:path';
import { z } from 'zod';
import {
  endpointSchema,
  filePath,
  host,
  integer,
  loadConfig,
  mapping,
  operationsSchema,
  parseConfig,
  port,
  text,
  tlsFilesSchema,
} from '../common/config.js';
import { NETWORK_ID } from '../proofs/address.js';
import { DEFAULT_LEASE_MS, DEFAULT_REPLICA } from '../store/request-store.js';

export const RELAY_DEFAULTS = {
  limits: {
    maxMessageBytes: 4 * 1024 * 1024,
    maxPending: 10_000,
    retainFinal: 1_024,
    maxEventsBuffered: 1_000,
    maxSubscriptionsPerRequester: 100,
  },
  timeouts: {
    requestMs: 60_000,
    callMs: 5_000,
    driverMs: 15_000,
    backoffInitialMs: 100,
    backoffMaxMs: 5_000,
    retainFinalMs: 600_000,
    resubscribeMs: 10_000,
  },
  webhooks: {
    attemptTimeoutMs: 10_000,
    maxAgeMs: 3_600_000,
    backoffInitialMs: 500,
    backoffMaxMs: 60_000,
    rotationGraceMs: 86_400_000,
  },
} as const;

function peerRelaySchema(baseDir: string) {
  return endpointSchema.extend({
    networkId: text(NETWORK_ID),
    /** CA of that network's relays: the only certificates accepted as that network. */
    caFile: filePath(baseDir),
  });
}

const limitsSchema = mapping({
  /** Largest gRPC message accepted or sent. */
  maxMessageBytes: integer(1024, 64 * 1024 * 1024).default(RELAY_DEFAULTS.limits.maxMessageBytes),
  /** Requests not yet final, beyond which new ones are refused. */
  maxPending: integer(1, 1_000_000).default(RELAY_DEFAULTS.limits.maxPending),
  /** Final requests kept for GetState (oldest first out). */
  retainFinal: integer(0, 1_000_000).default(RELAY_DEFAULTS.limits.retainFinal),
  /** Events of one subscription held at once; beyond, the sender is asked to send again later. */
  maxEventsBuffered: integer(1, 1_000_000).default(RELAY_DEFAULTS.limits.maxEventsBuffered),
  /** Open subscriptions of one requester at this relay. */
  maxSubscriptionsPerRequester: integer(1, 1_000_000).default(
    RELAY_DEFAULTS.limits.maxSubscriptionsPerRequester,
  ),
});

const timeoutsSchema = mapping({
  /** A request's whole life, from the client's ask to the view's arrival. */
  requestMs: integer(100, 86_400_000).default(RELAY_DEFAULTS.timeouts.requestMs),
  /** One outbound call. */
  callMs: integer(10, 600_000).default(RELAY_DEFAULTS.timeouts.callMs),
  /** How long a driver may take before it is asked again. */
  driverMs: integer(10, 600_000).default(RELAY_DEFAULTS.timeouts.driverMs),
  backoffInitialMs: integer(1, 60_000).default(RELAY_DEFAULTS.timeouts.backoffInitialMs),
  backoffMaxMs: integer(1, 600_000).default(RELAY_DEFAULTS.timeouts.backoffMaxMs),
  /** How long a final request stays readable with GetState. */
  retainFinalMs: integer(0, 7 * 86_400_000).default(RELAY_DEFAULTS.timeouts.retainFinalMs),
  /** How often the driver is subscribed again to the streams it serves (it forgets them when it restarts). */
  resubscribeMs: integer(100, 3_600_000).default(RELAY_DEFAULTS.timeouts.resubscribeMs),
});

function webhooksSchema(baseDir: string) {
  const d = RELAY_DEFAULTS.webhooks;
  return mapping({
    /**
     * What the relay trusts of each source network, to verify an event before its webhook gets it: JSON,
     * `{"<network>": {"membership": <record>, "rules": [{"pattern", "policy"}]}}`, the records its own
     * ledger holds. Without it, subscriptions with a webhook are refused.
     */
    trustFile: filePath(baseDir).optional(),
    /** One POST. */
    attemptTimeoutMs: integer(100, 600_000).default(d.attemptTimeoutMs),
    /** How long an event is retried before it is dead-lettered. */
    maxAgeMs: integer(100, 30 * 86_400_000).default(d.maxAgeMs),
    backoffInitialMs: integer(1, 600_000).default(d.backoffInitialMs),
    backoffMaxMs: integer(1, 86_400_000).default(d.backoffMaxMs),
    /** How long a rotated secret still signs beside the new one. */
    rotationGraceMs: integer(0, 30 * 86_400_000).default(d.rotationGraceMs),
  });
}

/** Paths in the file are relative to `baseDir`, the file's folder. */
export function relayConfigSchema(baseDir: string) {
  return mapping({
    networkId: text(NETWORK_ID),
    host: host(),
    /** dApp clients: Network and Watch services, TLS. */
    clientPort: port(),
    /** Peer relays and this network's driver: DataTransfer, mutual TLS. */
    relayPort: port(),
    /** `caFile`: CA of this network's relays and drivers: issues our certificate, verifies our driver. */
    tls: tlsFilesSchema(baseDir),
    peers: z
      .array(peerRelaySchema(baseDir), { error: 'expected a list' })
      .default([])
      .superRefine((peers, ctx) => {
        const seen = new Set<string>();
        peers.forEach((peer, i) => {
          if (seen.has(peer.networkId))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'networkId'],
              message: `${peer.networkId} is listed twice`,
            });
          seen.add(peer.networkId);
        });
      }),
    driver: endpointSchema.optional(),
    storeDir: filePath(baseDir),
    /**
     * Where the relay keeps its requests, subscriptions and webhook deliveries: a PostgreSQL database
     * (`postgres://…`), for a relay whose state must outlive its machine. Absent: the embedded journals in
     * `storeDir`.
     */
    database: mapping({
      url: text(/^postgres(ql)?:\/\//),
      /** Connections the relay's stores share. */
      poolSize: integer(1, 100).default(8),
      /**
       * This relay among the replicas of its network that share the database, each with a name of its own:
       * it holds the requests it took on, and takes on those of a replica that stopped for `leaseMs`.
       */
      replica: text(/^[A-Za-z0-9._-]{1,64}$/).default(DEFAULT_REPLICA),
      /** How long a replica's hold on its open requests outlasts its last renewal: the failover time. */
      leaseMs: integer(300, 600_000).default(DEFAULT_LEASE_MS),
    }).optional(),
    limits: limitsSchema.prefault({}),
    timeouts: timeoutsSchema.prefault({}),
    webhooks: webhooksSchema(baseDir).prefault({}),
    /** The operations endpoint (/metrics, /healthz, /readyz); absent: none. */
    operations: operationsSchema(baseDir).optional(),
    /**
     * A file holding the operator's token (one line): calls of the Webhooks service (dead letters, secret
     * rotation) carry it. Without it, that service refuses every call.
     */
    operatorTokenFile: filePath(baseDir).optional(),
  }).superRefine((config, ctx) => {
    config.peers.forEach((peer, i) => {
      if (peer.networkId === config.networkId) {
        ctx.addIssue({
          code: 'custom',
          path: ['peers', i, 'networkId'],
          message: `${peer.networkId} is this relay's own network`,
        });
      }
    });
  });
}

export type RelayConfig = z.output<ReturnType<typeof relayConfigSchema>>;
/** A peer relay: its network, where it listens, the CA of that network's relays. */
export type PeerRelay = RelayConfig['peers'][number];
/** What a relay's file holds: defaults may be left out. */
export type RelayConfigFile = z.input<ReturnType<typeof relayConfigSchema>>;

/** Where a relay journals its event subscriptions and their events, apart from its requests. */
export function eventStoreDir(storeDir: string): string {
  return join(storeDir, 'events');
}

/** Where a relay journals its webhook deliveries and dead letters. */
export function webhookStoreDir(storeDir: string): string {
  return join(storeDir, 'webhooks');
}

export function parseRelayConfig(value: unknown, source: string, baseDir: string): RelayConfig {
  return parseConfig(relayConfigSchema, value, source, baseDir);
}

export function loadRelayConfig(file: string): Promise<RelayConfig> {
  return loadConfig(file, relayConfigSchema);
}
