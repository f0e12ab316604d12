/**
 * The single-API mode's REST service: one party of a network reads its own ledger with its own identity and
 * answers `GET /v1/view?address=...&nonce=...` with the value and its signature over address, nonce and value
 * (proofs/trusted-party.ts). A destination that recorded the party as trusted accepts the answer once per
 * nonce: it trusts that party, and only that party. The service's OpenAPI 3.1 document, generated from its
 * routes, is served at `/openapi.json` and checked in beside this file.
 *
 * Every bad input gets a 4xx status and a JSON body `{"code": <weft error code>, "message": ...}`; the URL
 * and the body of a request are bounded, and every ledger read has a deadline.
 */

import { Histogram } from 'prom-client';
import { WeftError } from '../../common/errors.js';
import { LATENCY_BUCKETS, serviceRegistry } from '../../operations/metrics.js';
import { type Operations, startOperations } from '../../operations/server.js';
import { answerView } from './answers.js';
import { createSingleApiApp } from './app.js';
import { type SingleApiServerConfig, serviceSettings } from './config.js';
import { openLedgerReader } from './ledger.js';
import { partySigner } from './signer.js';

export { SINGLE_API_PATHS } from './app.js';
export type { SingleApiServerConfig } from './config.js';
export { openApiFile } from './openapi.js';

export interface SingleApiServer {
  readonly port: number;
  /** The operations endpoint's, when the configuration asks for one. */
  readonly operationsPort?: number;
  /** http://host:port, without a trailing slash. */
  readonly url: string;
  stop(): Promise<void>;
}

function listenError(error: unknown, host: string, port: number): WeftError {
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return new WeftError(
      'PORT_IN_USE',
      `${host}:${port} is already in use`,
      { host, port },
      { cause: error },
    );
  }
  return new WeftError(
    'CONFIG_INVALID',
    `single-API service: cannot listen on ${host}:${port}`,
    {},
    { cause: error },
  );
}

/**
 * Starts the service: checks the configuration and the party's key, connects to the party's own ledger and
 * listens.
 *
 * @throws {WeftError} CONFIG_INVALID for a bad configuration, PORT_IN_USE when the port is taken.
 */
export async function startSingleApiServer(config: SingleApiServerConfig): Promise<SingleApiServer> {
  const { networkId, org, host, port, timeoutMs, maxRequestBytes } = serviceSettings(config);
  const signer = partySigner(networkId, config.party);
  const ledger = await openLedgerReader(config.ledger);
  const party = { networkId, org, ledgerConfig: config.ledger, ledger, signer, timeoutMs };
  const app = await createSingleApiApp({
    maxRequestBytes,
    timeoutMs,
    answerView: (query) => answerView(party, query),
  });
  const registry = config.operations ? serviceRegistry(`single-api-${networkId}`) : undefined;
  if (registry) {
    const requests = new Histogram({
      name: 'weft_single_api_request_duration_seconds',
      help: 'Requests answered, by route and HTTP status.',
      labelNames: ['route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    app.addHook('onResponse', async (request, reply) => {
      requests.observe(
        { route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
  }
  try {
    await app.listen({ host, port });
  } catch (error) {
    ledger.close();
    await app.close();
    throw listenError(error, host, port);
  }
  let operations: Operations | undefined;
  try {
    operations =
      config.operations && registry
        ? await startOperations({
            ...config.operations,
            service: `single-api-${networkId}`,
            registry,
            checks: [{ name: 'ledger', check: () => ledger.ready() }],
          })
        : undefined;
  } catch (error) {
    ledger.close();
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let stopped: Promise<void> | undefined;
  return {
    port: bound,
    url: `http://${shownHost}:${bound}`,
    ...(operations ? { operationsPort: operations.port } : {}),
    stop() {
      stopped ??= Promise.all([app.close(), operations?.stop()])
        .then(() => {})
        .finally(() => ledger.close());
      return stopped;
    },
  };
}
