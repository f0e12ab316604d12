/**
 * The operations endpoint every long-lived weft service serves on a port of its own (127.0.0.1 by
 * default, as Fabric's operations service): `/metrics` in Prometheus' text format, `/healthz` (the process
 * answers) and `/readyz` (it can do its job: each of its checks passes), each with a JSON body naming what
 * is not ready. Fastify serves it; prom-client keeps the metrics.
 */
import { writeFile } from 'node:fs/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { describeError } from '../common/errors.js';

/** One thing a service needs to do its job: `undefined` when it has it, else why not. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<string | undefined>;
}

export interface Readiness {
  readonly ready: boolean;
  /** Each check's verdict: `ok`, or why not. */
  readonly checks: Readonly<Record<string, string>>;
}

export interface OperationsOptions {
  readonly host: string;
  /** 0: a free port, written to `portFile`. */
  readonly port: number;
  /** Where the port it listens on is written, for a launcher that asked for any free one. */
  readonly portFile?: string | undefined;
  readonly service: string;
  readonly registry: Registry;
  readonly checks: readonly ReadinessCheck[];
  /** How long a check may take before it counts as not ready. */
  readonly checkTimeoutMs?: number;
  /** More routes of the service's own (an operator API), added before it listens. */
  readonly routes?: (app: FastifyInstance) => void;
}

export interface Operations {
  readonly port: number;
  readiness(): Promise<Readiness>;
  stop(): Promise<void>;
}

async function verdict(check: ReadinessCheck, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([check.check().then((reason) => reason ?? 'ok'), timeout]);
  } catch (error) {
    return describeError(error);
  } finally {
    clearTimeout(timer);
  }
}

export async function startOperations(options: OperationsOptions): Promise<Operations> {
  const started = Date.now();
  const readiness = async (): Promise<Readiness> => {
    const results = await Promise.all(
      options.checks.map(async (c) => [c.name, await verdict(c, options.checkTimeoutMs ?? 2_000)] as const),
    );
    return { ready: results.every(([, v]) => v === 'ok'), checks: Object.fromEntries(results) };
  };
  const app = Fastify({ logger: false });
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', options.registry.contentType);
    return options.registry.metrics();
  });
  app.get('/healthz', async () => ({
    status: 'alive',
    service: options.service,
    uptimeS: Math.round((Date.now() - started) / 1000),
  }));
  app.get('/readyz', async (_request, reply) => {
    const state = await readiness();
    const notReady = Object.fromEntries(Object.entries(state.checks).filter(([, v]) => v !== 'ok'));
    reply.code(state.ready ? 200 : 503);
    return { service: options.service, ready: state.ready, checks: state.checks, notReady };
  });
  options.routes?.(app);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  if (options.portFile) await writeFile(options.portFile, `${port}\n`);
  return { port, readiness, stop: () => app.close() };
}
