/**
 * The operations endpoints of a real topology's relays and drivers (operations/): after N relayed views,
 * the counters and histograms of a's relay, b's relay and b's driver moved by N, read from `/metrics` as
 * Prometheus scrapes it; `/readyz` turns not ready, naming why, when b's relay is stopped (at a's relay) and
 * when the peer b's driver reads through is stopped (at b's driver), and ready again once each is back;
 * `weft status` shows it.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { openOperatorApi } from '../../cli/requests.js';
import { writeSample } from '../../cli/smoke.js';
import { down, restartProcesses, status } from '../../topology/launcher.js';
import { stopProcess } from '../../topology/process.js';
import { fabricNetwork, readState, type TopologyState } from '../../topology/state.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

let stateDir: string;
let state: TopologyState;
let a: LocalClient;

beforeAll(async () => {
  ({ stateDir, state } = await upTwoFabricNetworks('operations'));
  a = await openLocalClient(state, 'a');
  await writeSample(fabricNetwork(state, 'b'), 'ops-key', 'ops-value');
}, 300_000);

afterAll(async () => {
  a?.close();
  await down({ stateDir });
}, 60_000);

/** The operations port a service of the topology wrote down. */
async function portOf(name: string): Promise<number> {
  const record = (await readState(stateDir))!.processes.find((p) => p.name === name)!;
  return Number((await readFile(record.operationsPortFile!, 'utf8')).trim());
}

/** Samples of `/metrics`, by name and labels as Prometheus' text format writes them. */
async function scrape(name: string): Promise<Map<string, number>> {
  const response = await fetch(`http://127.0.0.1:${await portOf(name)}/metrics`);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

/** A sample's value, its labels in any order (service among them); 0 when absent. */
function sample(samples: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  for (const [key, value] of samples) {
    if (!key.startsWith(`${name}{`) && key !== name) continue;
    if (Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`))) return value;
  }
  return 0;
}

async function readyz(name: string) {
  const response = await fetch(`http://127.0.0.1:${await portOf(name)}/readyz`);
  const body = (await response.json()) as { ready: boolean; notReady: Record<string, string> };
  return { status: response.status, ...body };
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('operations endpoints', () => {
  it('counts N relayed views on both relays and the driver, in counters and histograms', async () => {
    const N = 12;
    const address = expandAddress(state, `b/weft:assets:Get:ops-key`);
    await a.client.requestView(address); // connections open
    // The first view's end and ack may be counted just after its client has it: the window starts once
    // they are, so that it holds exactly the N views below.
    const before = await until(
      () => Promise.all(['a/relay', 'b/relay', 'b/driver'].map(scrape)),
      (now) =>
        sample(now[0]!, 'weft_relay_requests_total', { role: 'outbound', outcome: 'completed' }) >= 1 &&
        sample(now[0]!, 'weft_relay_hop_duration_seconds_count', { hop: 'client_to_source_ack' }) >= 1 &&
        sample(now[1]!, 'weft_relay_requests_total', { role: 'inbound', outcome: 'delivered' }) >= 1,
      10_000,
    );
    for (let i = 0; i < N; i++) await a.client.requestView(address);
    // A relay pushes the view to its client before it logs the request's end: the last may count just after;
    // and a source's ack may come after its view did (the hop then ends at the late ack).
    const grown = (now: Map<string, number>[], i: number, name: string, labels: Record<string, string>) =>
      sample(now[i]!, name, labels) - sample(before[i]!, name, labels) >= N;
    const settled = (now: Map<string, number>[]) =>
      grown(now, 0, 'weft_relay_requests_total', { role: 'outbound', outcome: 'completed' }) &&
      grown(now, 0, 'weft_relay_hop_duration_seconds_count', { hop: 'client_to_source_ack' }) &&
      grown(now, 1, 'weft_relay_requests_total', { role: 'inbound', outcome: 'delivered' });
    const after = await until(
      () => Promise.all(['a/relay', 'b/relay', 'b/driver'].map(scrape)),
      settled,
      10_000,
    );
    const moved = (i: number, name: string, labels: Record<string, string> = {}) =>
      sample(after[i]!, name, labels) - sample(before[i]!, name, labels);
    const completed = { role: 'outbound', outcome: 'completed' };
    expect(moved(0, 'weft_relay_requests_total', completed)).toBe(N);
    expect(moved(0, 'weft_relay_request_duration_seconds_count', completed)).toBe(N);
    expect(moved(0, 'weft_relay_hop_duration_seconds_count', { hop: 'client_to_source_ack' })).toBe(N);
    expect(moved(0, 'weft_relay_hop_duration_seconds_count', { hop: 'source_round_trip' })).toBe(N);
    const delivered = { role: 'inbound', outcome: 'delivered' };
    expect(moved(1, 'weft_relay_requests_total', delivered)).toBe(N);
    expect(moved(1, 'weft_relay_hop_duration_seconds_count', { hop: 'driver' })).toBe(N);
    expect(moved(1, 'weft_relay_hop_duration_seconds_count', { hop: 'delivery' })).toBe(N);
    expect(moved(2, 'weft_driver_queries_total', { outcome: 'ok' })).toBe(N);
    expect(moved(2, 'weft_driver_query_duration_seconds_count', { outcome: 'ok' })).toBe(N);
    expect(moved(2, 'weft_driver_answers_total', { outcome: 'answered' })).toBe(N);
    // A durable step waits for a journal sync; the histogram saw every batch.
    expect(moved(0, 'weft_relay_journal_sync_seconds_count', { journal: 'requests' })).toBeGreaterThan(0);
    // The sum of the source round trips is at least the hop's smallest bucket per view, and below the total.
    const roundTrip = moved(0, 'weft_relay_hop_duration_seconds_sum', { hop: 'source_round_trip' });
    expect(roundTrip).toBeGreaterThan(0);
    expect(roundTrip).toBeLessThan(moved(0, 'weft_relay_request_duration_seconds_sum', completed));
    expect(sample(after[0]!, 'weft_relay_open_requests')).toBe(0);
    // prom-client's process metrics, under weft's prefix.
    expect(sample(after[0]!, 'weft_process_resident_memory_bytes')).toBeGreaterThan(0);
    // A failed view counts as failed, by code.
    const failedBefore = sample(after[0]!, 'weft_relay_errors_total', { code: 'REMOTE_ERROR' });
    await expect(
      a.client.requestView(expandAddress(state, 'b/weft:assets:Get:no-such-key')),
    ).rejects.toThrow();
    const failed = await until(
      () => scrape('a/relay'),
      (now) => sample(now, 'weft_relay_errors_total', { code: 'REMOTE_ERROR' }) > failedBefore,
      10_000,
    );
    expect(sample(failed, 'weft_relay_errors_total', { code: 'REMOTE_ERROR' }) - failedBefore).toBe(1);
  }, 120_000);

  it("serves a's requests to its operator only, with their history; retries a failed one, cancels an open one", async () => {
    const port = await portOf('a/relay');
    for (const authorization of [undefined, 'Bearer guessed', `Bearer ${'0'.repeat(64)}`]) {
      const response = await fetch(`http://127.0.0.1:${port}/requests`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const api = await openOperatorApi(state, 'a');
    const completed = await api.list({ status: 'COMPLETED', role: 'outbound', limit: 5 });
    expect(completed.length).toBeGreaterThan(0);
    expect(completed[0]!.history.map((h) => h.status)).toEqual(['PENDING_ACK', 'PENDING', 'COMPLETED']);

    // A view of a key b does not hold yet fails; once b writes it, the operator's retry completes it.
    const key = `ops-retry-${Date.now()}`;
    const failure = await a.client
      .requestView(expandAddress(state, `b/weft:assets:Get:${key}`))
      .catch((e) => e);
    const id = (failure as { context?: { requestId?: string } }).context?.requestId;
    expect(id).toBeDefined();
    expect((await api.show(id!))[0]).toMatchObject({ status: 'ERROR', error: { code: 'REMOTE_ERROR' } });
    await writeSample(fabricNetwork(state, 'b'), key, 'written late');
    expect((await api.retry(id!)).status).toBe('PENDING_ACK');
    const done = await until(
      () => api.show(id!),
      (rows) => rows[0]!.status === 'COMPLETED',
    );
    expect(done[0]!.retried).toBe(1);
    expect(done[0]!.history.map((h) => h.status)).toEqual([
      'PENDING_ACK',
      'PENDING',
      'ERROR',
      'PENDING_ACK',
      'PENDING',
      'COMPLETED',
    ]);
    // A completed request is not retried, an unknown one not found.
    await expect(api.retry(id!)).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
    await expect(api.show('no-such-request')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // b's relay away: a's request waits, until the operator cancels it.
    const bRelay = (await readState(stateDir))!.processes.find((p) => p.name === 'b/relay')!;
    await stopProcess(bRelay);
    try {
      const asked = a.client.requestView(expandAddress(state, 'b/weft:assets:Get:ops-key')).catch((e) => e);
      const waiting = await until(
        () => api.list({ status: 'PENDING_ACK', role: 'outbound' }),
        (rows) => rows.length > 0,
      );
      const cancelled = await api.cancel(waiting[0]!.id);
      expect(cancelled).toMatchObject({ status: 'ERROR', error: { code: 'CANCELLED' } });
      expect(await asked).toMatchObject({ code: 'CANCELLED' });
      await expect(api.cancel(waiting[0]!.id)).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
    } finally {
      await restartProcesses({ stateDir, names: ['b/relay'] });
    }
  }, 120_000);

  it("names what is not ready: a's relay without b's relay, b's driver without its peer", async () => {
    expect(await readyz('a/relay')).toMatchObject({ status: 200, ready: true });
    expect((await readyz('b/driver')).ready).toBe(true);
    const processes = (await readState(stateDir))!.processes;
    const bRelay = processes.find((p) => p.name === 'b/relay')!;
    await stopProcess(bRelay);
    const without = await until(
      () => readyz('a/relay'),
      (r) => !r.ready,
    );
    expect(without).toMatchObject({ status: 503, ready: false });
    expect(Object.keys(without.notReady)).toEqual(['relay of b']);
    const report = await status({ stateDir });
    expect(report!.nodes.find((n) => n.name === 'a/relay')!.readiness).toMatchObject({ ready: false });
    await restartProcesses({ stateDir, names: ['b/relay'] });
    expect(
      (
        await until(
          () => readyz('a/relay'),
          (r) => r.ready,
        )
      ).ready,
    ).toBe(true);

    // The peer b's driver reads through (its first org's).
    const b = fabricNetwork(state, 'b');
    const peer = processes.find(
      (p) => p.network === 'b' && p.role === 'peer' && p.port === b.orgs[0]!.peer.port,
    )!;
    await stopProcess(peer);
    const noPeer = await until(
      () => readyz('b/driver'),
      (r) => !r.ready,
    );
    expect(noPeer.status).toBe(503);
    expect(noPeer.notReady.ledger).toContain(`127.0.0.1:${b.orgs[0]!.peer.port}`);
    await restartProcesses({ stateDir, names: [peer.name] });
    expect(
      (
        await until(
          () => readyz('b/driver'),
          (r) => r.ready,
          60_000,
        )
      ).ready,
    ).toBe(true);
  }, 180_000);
});
