/** Probes of node health: each answers true or false within a bounded time, never throws. */
import { readFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { LOOPBACK } from './ports.js';
import type { HealthProbe } from './state.js';

const PROBE_TIMEOUT_MS = 1500;

/** Fabric's operations endpoint: GET /healthz answers 200 {"status":"OK"} when every checker passes. */
export async function httpHealthy(port: number, path = '/healthz', host = LOOPBACK): Promise<boolean> {
  try {
    const response = await fetch(`http://${host}:${port}${path}`, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Resolves true when `socket` emits `readyEvent` within the probe timeout, false on error or timeout. */
function socketReaches(socket: Socket, readyEvent: 'connect' | 'secureConnect'): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false));
    socket.once(readyEvent, () => done(true));
    socket.once('error', () => done(false));
  });
}

export function tcpOpen(port: number, host = LOOPBACK): Promise<boolean> {
  return socketReaches(connect({ port, host }), 'connect');
}

/**
 * Whether a TLS server completes a handshake. A Go gRPC server binds its port long before it serves, and
 * handshakes only once serving: a bound port alone is not readiness. Identity is not checked here.
 */
export function tlsHandshake(port: number, host = LOOPBACK): Promise<boolean> {
  const socket = connectTls({ port, host, rejectUnauthorized: false, ALPNProtocols: ['h2'] });
  return socketReaches(socket, 'secureConnect');
}

/** One JSON-RPC call; undefined when the node does not answer or answers with an error. */
export async function jsonRpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const body = (await response.json()) as { result?: unknown };
    return body.result;
  } catch {
    return undefined;
  }
}

/** Answers whether the node behind a recorded health probe is healthy. */
export async function probeHealth(probe: HealthProbe): Promise<boolean> {
  switch (probe.kind) {
    case 'http':
      return httpHealthy(probe.port, probe.path);
    case 'fabric-node':
      return (
        (await httpHealthy(probe.opsPort, '/healthz', probe.host)) &&
        (await tlsHandshake(probe.listenPort, probe.host))
      );
    case 'tcp':
      return tcpOpen(probe.port, probe.host);
    case 'json-rpc':
      return (await jsonRpc(probe.url, 'eth_chainId')) !== undefined;
  }
}

/** What a service's operations endpoint answers at /readyz; undefined when it does not answer. */
export interface ServiceReadiness {
  readonly ready: boolean;
  /** What is not ready, and why. */
  readonly notReady: Readonly<Record<string, string>>;
}

export async function readiness(portFile: string): Promise<ServiceReadiness | undefined> {
  try {
    const port = Number((await readFile(portFile, 'utf8')).trim());
    const response = await fetch(`http://${LOOPBACK}:${port}/readyz`, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS * 2),
    });
    const body = (await response.json()) as { ready?: unknown; notReady?: Record<string, string> };
    return { ready: body.ready === true, notReady: body.notReady ?? {} };
  } catch {
    return undefined;
  }
}
