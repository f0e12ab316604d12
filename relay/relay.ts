/**
 * One network's relay. To its dApp clients it offers Weaver's Network service (RequestState, then GetState
 * polling) and weft's Watch service (the state pushed as it changes), on its client port. With peer relays
 * and its own driver it speaks Weaver's DataTransfer over mutual TLS, on its relay port. The relay stores and
 * forwards; it never judges a view, the destination ledger does.
 *
 * Here the parts are put together: the request machine (machine.ts) over the journal in the store folder,
 * the calls out (links.ts), the services (network.ts, watch.ts, data-transfer.ts) and the two ports.
 */
import { readFile } from 'node:fs/promises';
import { WeftError } from '../common/errors.js';
import { fanOut } from '../operations/log.js';
import { serviceRegistry } from '../operations/metrics.js';
import { type Operations, startOperations } from '../operations/server.js';
import { CLIENT_REQUEST_MAX_BYTES } from '../transport/edge.js';
import { createCallerLookup } from '../transport/roles.js';
import { type Serving, serve } from '../transport/serve.js';
import { type KeyPair, serverCredentials } from '../transport/tls.js';
import type { RelayConfig } from './config.js';
import { type Caller, dataTransferService, relayPipeService, relayPortCallers } from './data-transfer.js';
import { networkEventHandlers, relayEventServices, watchEventsService } from './event-services.js';
import { openEventMachine } from './events.js';
import { openLinks } from './links.js';
import { openRequestMachine, type RelayLog } from './machine.js';
import { journalSyncMetric, type RelayState, relayMetrics } from './metrics.js';
import { networkService } from './network.js';
import { operatorRoutes } from './operator-api.js';
import { openRelayStores, type RelayStores } from './stores.js';
import { eventSubscriptionRows } from './subscription-rows.js';
import { unaryHandlers } from './unary.js';
import { logVitals } from './vitals.js';
import { createWatchService } from './watch.js';
import { loadWebhookTrust, webhookRule, webhookSink, webhooksService } from './webhook-events.js';
import { checkWebhookUrl, createWebhookDelivery } from './webhooks.js';

export type { RelayEvent } from './machine.js';

export interface RelayOptions {
  /** Structured log lines, each with its request id. */
  readonly log?: RelayLog;
}

export interface Relay {
  readonly clientPort: number;
  readonly relayPort: number;
  /** The operations endpoint's, when the configuration asks for one. */
  readonly operationsPort?: number;
  /** Outbound and inbound requests not yet final. */
  pendingCount(): number;
  stop(): Promise<void>;
}

async function keyPair(certFile: string, keyFile: string): Promise<KeyPair> {
  const [cert, key] = await Promise.all([readFile(certFile), readFile(keyFile)]);
  return { cert, key };
}

/**
 * Opens the store, resumes every request that is not final, and starts serving.
 *
 * @throws {WeftError} STORE_FAILED, PORT_IN_USE, CONFIG_INVALID (unreadable TLS files)
 */
export async function startRelay(config: RelayConfig, options: RelayOptions = {}): Promise<Relay> {
  const registry = serviceRegistry(`relay-${config.networkId}`, {
    processMetrics: config.operations !== undefined,
  });
  // Filled in once the machines exist; the metrics read them at each scrape.
  let state: RelayState = { open: () => ({ count: 0 }), subscriptions: () => [], deadLetters: () => 0 };
  // Without an operations endpoint nothing is counted: the request path runs as it did before metrics.
  const observe =
    config.operations &&
    relayMetrics(registry, {
      open: () => state.open(),
      subscriptions: () => state.subscriptions(),
      deadLetters: () => state.deadLetters(),
    });
  const log = fanOut(options.log, observe);
  const identity = await keyPair(config.tls.certFile, config.tls.keyFile).catch((error) => {
    throw new WeftError(
      'CONFIG_INVALID',
      `cannot read the relay's TLS key pair: ${error.message}`,
      {},
      { cause: error },
    );
  });
  const ownCa = await readFile(config.tls.caFile);
  const peers = await Promise.all(config.peers.map(async (p) => ({ ...p, ca: await readFile(p.caFile) })));
  const identify = createCallerLookup<Caller>([
    { ca: ownCa, value: { kind: 'self' } },
    ...peers.map((p) => ({ ca: p.ca, value: { kind: 'peer' as const, networkId: p.networkId } })),
  ]);

  const { limits, timeouts } = config;
  const links = openLinks({
    identity,
    ownCa,
    peers,
    driver: config.driver,
    maxMessageBytes: limits.maxMessageBytes,
    callMs: timeouts.callMs,
  });
  let stores: RelayStores;
  try {
    stores = await openRelayStores(config, {
      finalMs: timeouts.retainFinalMs,
      finalCount: limits.retainFinal,
    });
  } catch (error) {
    links.close();
    throw error;
  }
  const { requests: store, events: eventStore, webhooks: webhookStore } = stores;
  const syncs = journalSyncMetric(registry);
  if (config.operations) {
    store.onSync = (seconds) => syncs.observe({ journal: 'requests' }, seconds);
    eventStore.onSync = (seconds) => syncs.observe({ journal: 'events' }, seconds);
    webhookStore.onSync = (seconds) => syncs.observe({ journal: 'webhooks' }, seconds);
  }
  const closeStores = () => stores.close();
  const operatorToken = config.operatorTokenFile
    ? (await readFile(config.operatorTokenFile, 'utf8')).trim()
    : undefined;
  const trust = await loadWebhookTrust(config.webhooks.trustFile);
  const webhooks = createWebhookDelivery({
    store: webhookStore,
    attemptTimeoutMs: config.webhooks.attemptTimeoutMs,
    maxAgeMs: config.webhooks.maxAgeMs,
    backoff: { initialMs: config.webhooks.backoffInitialMs, maxMs: config.webhooks.backoffMaxMs },
    // Read at each attempt, from the event machine (opened below; deliveries start at resume()).
    targetOf: (subscription) => events.webhookTarget(subscription),
    log,
  });
  const events = await openEventMachine({
    webhookSink: webhookSink(trust, webhooks),
    checkWebhook: async (request) => {
      webhookRule(trust, request.query.address);
      if (request.webhook?.check) await checkWebhookUrl(request.webhook.url, { probe: true });
    },
    networkId: config.networkId,
    store: eventStore,
    transport: links,
    maxBuffered: limits.maxEventsBuffered,
    maxPerRequester: limits.maxSubscriptionsPerRequester,
    backoff: { initialMs: timeouts.backoffInitialMs, maxMs: timeouts.backoffMaxMs },
    resubscribeMs: timeouts.resubscribeMs,
    log,
  });
  const watchEvents = watchEventsService(events);
  const watch = createWatchService();
  const machine = await openRequestMachine({
    networkId: config.networkId,
    maxPending: limits.maxPending,
    timeouts,
    store,
    ...(stores.shared ? { shared: stores.shared } : {}),
    transport: { ...links, push: watch.push, watched: watch.watched },
    log,
  });

  /** Undoes a start that failed half-way: what was started stops, the stores close. */
  const abandon = async (started: ReadonlyArray<Serving | undefined>) => {
    machine.stop();
    events.stop();
    webhooks.stop();
    watch.endAll();
    watchEvents.endAll();
    await Promise.all(started.map((server) => server?.stop(0)));
    links.close();
    await closeStores();
  };
  const handle = unaryHandlers(log);
  const relayServices = relayEventServices(events, relayPortCallers(config.networkId, identify), handle);
  let clientServing: Serving | undefined;
  let relayServing: Serving;
  try {
    // Clients only ever send queries and request ids: a megabyte body on the client port is refused from
    // its length prefix, before it is buffered.
    clientServing = await serve({
      host: config.host,
      port: config.clientPort,
      credentials: serverCredentials(identity),
      receiveBytes: Math.min(limits.maxMessageBytes, CLIENT_REQUEST_MAX_BYTES),
      sendBytes: limits.maxMessageBytes,
      services: [
        [
          'networks.networks.Network',
          { ...networkService(machine, handle), ...networkEventHandlers(events, handle) },
        ],
        ['weft.relay.Watch', watch.handlers(machine)],
        ['weft.events.Events', watchEvents],
        [
          'weft.events.Webhooks',
          webhooksService(
            {
              delivery: webhooks,
              events,
              token: operatorToken,
              rotationGraceMs: config.webhooks.rotationGraceMs,
            },
            handle,
          ),
        ],
      ],
    });
    relayServing = await serve({
      host: config.host,
      port: config.relayPort,
      credentials: serverCredentials(identity, [ownCa, ...peers.map((p) => p.ca)]),
      receiveBytes: limits.maxMessageBytes,
      sendBytes: limits.maxMessageBytes,
      services: [
        ['relay.datatransfer.DataTransfer', dataTransferService(config.networkId, machine, identify, handle)],
        ['weft.relay.Pipe', relayPipeService(config.networkId, machine, identify, log)],
        ['relay.events.EventSubscribe', relayServices.subscribe],
        ['relay.events.EventPublish', relayServices.publish],
      ],
    });
  } catch (error) {
    await abandon([clientServing]);
    throw error;
  }
  state = {
    open: () => {
      const oldestAt = machine.oldestOpenAt();
      return { count: machine.pendingCount(), ...(oldestAt === undefined ? {} : { oldestAt }) };
    },
    subscriptions: () => events.summary(),
    deadLetters: () => webhooks.deadLetters().length,
  };
  let operations: Operations | undefined;
  try {
    operations = config.operations
      ? await startOperations({
          ...config.operations,
          service: `relay-${config.networkId}`,
          registry,
          routes: operatorRoutes(machine, operatorToken, async () =>
            eventSubscriptionRows(
              config.networkId,
              [...(await eventStore.listOpen()), ...(await eventStore.finished())],
              [...(await webhookStore.listOpen()), ...(await webhookStore.finished())],
            ),
          ),
          checks: [
            ...links.probes().map((p) => ({ name: p.name, check: () => p.connected(1_500) })),
            { name: 'store', check: async () => stores.notWritable() },
          ],
        })
      : undefined;
  } catch (error) {
    await abandon([clientServing, relayServing]);
    throw error;
  }
  const servers = [clientServing, relayServing];

  // Resume what a previous run left unfinished.
  const resumed = machine.resume();
  const subscriptions = events.resume();
  const webhooksPending = await webhooks.resume();
  const stopVitals = logVitals(machine.pendingCount, () => store.count(), log);
  log({
    event: 'started',
    network: config.networkId,
    clientPort: clientServing.port,
    relayPort: relayServing.port,
    ...(operations ? { operationsPort: operations.port } : {}),
    resumed,
    subscriptions,
    webhooksPending,
  });

  return {
    clientPort: clientServing.port,
    relayPort: relayServing.port,
    ...(operations ? { operationsPort: operations.port } : {}),
    pendingCount: machine.pendingCount,
    async stop() {
      await operations?.stop();
      machine.stop();
      events.stop();
      webhooks.stop();
      stopVitals();
      watch.endAll();
      watchEvents.endAll();
      await Promise.all(servers.map((server) => server.stop()));
      links.close();
      await closeStores();
    },
  };
}
