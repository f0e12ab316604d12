/**
 * docker-compose.yml checked against the native default topology, with no Docker engine: every network has
 * its relay and driver and every EVM org its attestor, from weft's image, with the configuration the
 * interop set-up writes for it; every published port is on 127.0.0.1 and taken once; Prometheus scrapes
 * exactly the services with an operations endpoint; the Grafana dashboard queries only metrics the services
 * register; the Dockerfile is multi-stage and runs unprivileged. `docker-compose config` checks the file
 * when Debian's docker-compose is on PATH.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../../common/paths.js';
import { attestorMetrics } from '../../drivers/evm/attestor.js';
import { driverMetrics } from '../../drivers/metrics.js';
import { serviceRegistry } from '../../operations/metrics.js';
import { journalSyncMetric, relayMetrics } from '../../relay/metrics.js';
import { CONTAINER_PORTS, composeServiceName } from '../../topology/docker/networks.js';
import { attestorHost } from '../../topology/evm/interop.js';
import { evmOrgs, loadTopology } from '../../topology/topology.js';

const ROOT = packageRoot();
const run = promisify(execFile);

interface ComposeService {
  image?: string;
  build?: unknown;
  user?: string;
  command?: string[];
  entrypoint?: string[];
  ports?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(await readFile(join(ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
  maxAliasCount: -1,
}) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const topology = await loadTopology();

/** The interop services the native launcher starts, by compose service name: relay, driver, attestors. */
const expected = topology.networks.flatMap((network) => [
  {
    service: composeServiceName(network.id, 'relay'),
    network: network.id,
    component: 'relay',
    name: 'relay',
  },
  {
    service: composeServiceName(network.id, 'driver'),
    network: network.id,
    component: 'driver',
    name: 'driver',
  },
  ...(network.type === 'evm' ? evmOrgs(network) : []).map((org) => ({
    service: composeServiceName(network.id, attestorHost(org)),
    network: network.id,
    component: 'attestor',
    name: attestorHost(org),
  })),
]);

/** Services that run a weft service (`weft KIND start --config FILE`). */
const weftServices = Object.entries(compose.services).filter(([, s]) => s.command?.[1] === 'start');

const WEFT_IMAGE = compose.services['interop-init']?.image;

describe('docker-compose.yml against the native default topology', () => {
  it('runs a relay and a driver per network and an attestor per EVM org, nothing else', () => {
    expect(weftServices.map(([name]) => name).sort()).toEqual(expected.map((e) => e.service).sort());
  });

  it("starts each from weft's image with the configuration the interop set-up writes for it", () => {
    expect(WEFT_IMAGE).toMatch(/^weft:/);
    for (const { service, network, component, name } of expected) {
      const s = compose.services[service]!;
      expect(s.image, service).toBe(WEFT_IMAGE);
      expect(s.command, service).toEqual([
        component,
        'start',
        '--config',
        `/generated/interop/${network}/${name}.json`,
      ]);
      expect(s.depends_on?.['interop-init']?.condition, service).toBe('service_completed_successfully');
      // Healthy once its operations endpoint answers.
      expect(s.healthcheck?.test?.join(' '), service).toContain(`:${CONTAINER_PORTS.operations}/healthz`);
      expect(compose.services.ready?.depends_on?.[service]?.condition, service).toBe('service_healthy');
    }
  });

  it('records trust only once every ledger is set up, and runs every weft program from the one image', () => {
    const init = compose.services['interop-init']!;
    expect(init.entrypoint).toEqual(['node', 'dist/topology/docker/init-interop.js', '/generated']);
    for (const network of topology.networks) {
      const setup = network.type === 'fabric' ? `${network.id}-setup` : `${network.id}-deploy`;
      expect(init.depends_on?.[setup]?.condition).toBe('service_completed_successfully');
    }
    const nodeImages = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith('node:'));
    expect(nodeImages.map(([name]) => name)).toEqual([]);
  });

  it('publishes every port on 127.0.0.1 only, each host port once', () => {
    const published = Object.entries(compose.services).flatMap(([name, s]) =>
      (s.ports ?? []).map((p) => ({ name, spec: p, parts: p.split(':') })),
    );
    for (const { name, spec, parts } of published) {
      expect(parts, `${name}: ${spec}`).toHaveLength(3);
      expect(parts[0], `${name}: ${spec}`).toBe('127.0.0.1');
    }
    const hostPorts = published.map((p) => p.parts[1]);
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
    // A relay's client port and every service's operations endpoint are reachable from the host.
    for (const { service, component } of expected) {
      const targets = (compose.services[service]!.ports ?? []).map((p) => Number(p.split(':')[2]));
      expect(targets, service).toContain(CONTAINER_PORTS.operations);
      if (component === 'relay') expect(targets, service).toContain(CONTAINER_PORTS.relayClient);
    }
  });

  it('has Prometheus scrape exactly every service with an operations endpoint', async () => {
    const config = parse(await readFile(join(ROOT, 'topology/docker/prometheus/prometheus.yml'), 'utf8')) as {
      scrape_configs: Array<{ static_configs: Array<{ targets: string[]; labels: Record<string, string> }> }>;
    };
    const targets = config.scrape_configs.flatMap((job) =>
      job.static_configs.flatMap((c) => c.targets.map((target) => ({ target, ...c.labels }))),
    );
    expect(targets.map((t) => t.target).sort()).toEqual(
      expected.map((e) => `${e.service}:${CONTAINER_PORTS.operations}`).sort(),
    );
    for (const t of targets) {
      const e = expected.find((x) => `${x.service}:${CONTAINER_PORTS.operations}` === t.target)!;
      expect(t).toMatchObject({ network: e.network, component: e.component });
    }
    expect(compose.services.prometheus?.image).toMatch(/^prom\/prometheus:v3\.\d+\.\d+$/);
    expect(compose.services.grafana?.image).toMatch(/^grafana\/grafana:1[12]\.\d+\.\d+$/);
  });

  it('charts in Grafana only metrics the relays, drivers and attestors register', async () => {
    const registry = serviceRegistry('dashboard-test');
    relayMetrics(registry, { open: () => ({ count: 0 }), subscriptions: () => [], deadLetters: () => 0 });
    journalSyncMetric(registry);
    driverMetrics(registry, () => ({ active: 0, queued: 0 }));
    attestorMetrics(registry);
    const registered = new Set(
      (await registry.getMetricsAsJSON()).flatMap((m) =>
        String(m.type) === 'histogram' ? [`${m.name}_bucket`, `${m.name}_sum`, `${m.name}_count`] : [m.name],
      ),
    );
    (registry as Registry).clear();
    const dashboard = JSON.parse(
      await readFile(join(ROOT, 'topology/docker/grafana/dashboards/weft.json'), 'utf8'),
    ) as { panels: Array<{ title: string; targets: Array<{ expr: string }> }> };
    const queried = new Set(
      dashboard.panels.flatMap((p) => p.targets.flatMap((t) => t.expr.match(/\bweft_[a-z0-9_]+/g) ?? [])),
    );
    expect([...queried].filter((name) => !registered.has(name))).toEqual([]);
    // The metrics, each on a panel.
    for (const name of [
      'weft_relay_requests_total',
      'weft_relay_hop_duration_seconds_bucket',
      'weft_relay_open_requests',
      'weft_relay_oldest_open_request_age_seconds',
      'weft_relay_retries_total',
      'weft_relay_errors_total',
      'weft_relay_journal_sync_seconds_bucket',
      'weft_relay_subscriptions',
      'weft_relay_subscription_lag_events',
      'weft_relay_webhook_attempts_total',
      'weft_relay_webhook_dead_letters',
      'weft_driver_queries_total',
      'weft_driver_query_duration_seconds_bucket',
      'weft_attestor_requests_total',
      'weft_process_cpu_seconds_total',
      'weft_process_resident_memory_bytes',
    ]) {
      expect(queried, name).toContain(name);
    }
  });

  it("builds weft's image in stages and runs it unprivileged", async () => {
    const dockerfile = await readFile(join(ROOT, 'Dockerfile'), 'utf8');
    // Instructions, continuation lines joined, comments dropped.
    const instructions = dockerfile
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    const froms = instructions.filter((i) => i.startsWith('FROM '));
    expect(froms).toEqual(['FROM node:20-bookworm AS build', 'FROM node:20-bookworm-slim AS runtime']);
    const runtime = instructions.slice(instructions.indexOf(froms[1]!));
    const users = runtime.filter((i) => i.startsWith('USER '));
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^USER (root|0)(:|$)/);
    expect(runtime.filter((i) => i.startsWith('COPY ')).every((i) => i.includes('--from=build'))).toBe(true);
    expect(runtime).toContain('ENTRYPOINT ["node", "--max-semi-space-size=4", "bin/weft.js"]');
    expect(runtime.some((i) => i.startsWith('HEALTHCHECK ') && i.includes('/healthz'))).toBe(true);
    expect(runtime.some((i) => i.startsWith('ENV ') && i.includes('MALLOC_MMAP_THRESHOLD_=8192'))).toBe(true);
    // The build context leaves out what the host built or generated.
    const ignored = (await readFile(join(ROOT, '.dockerignore'), 'utf8')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'topology/docker/.generated']));
  });
});

const dockerCompose = await run('docker-compose', ['version']).then(
  () => true,
  () => false,
);
if (!dockerCompose) console.info('docker-compose config check skipped: docker-compose is not on PATH');

describe.skipIf(!dockerCompose)('docker-compose config', () => {
  it('accepts docker-compose.yml', async () => {
    const { stderr } = await run('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config', '-q']);
    expect(stderr).toBe('');
  }, 60_000);
});
