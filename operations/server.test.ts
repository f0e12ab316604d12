import { Counter } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceRegistry } from './metrics.js';
import { type Operations, startOperations } from './server.js';

let running: Operations | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('the operations endpoint', () => {
  it('serves metrics, liveness, and readiness naming what is not ready and why', async () => {
    const registry = serviceRegistry('test-service');
    new Counter({ name: 'weft_test_total', help: 'a test counter', registers: [registry] }).inc(3);
    let peerUp = false;
    running = await startOperations({
      host: '127.0.0.1',
      port: 0,
      service: 'test-service',
      registry,
      checkTimeoutMs: 200,
      checks: [
        { name: 'peer', check: async () => (peerUp ? undefined : 'not connected') },
        { name: 'store', check: async () => undefined },
        { name: 'slow', check: () => new Promise((resolve) => setTimeout(() => resolve(undefined), 50)) },
      ],
    });
    const base = `http://127.0.0.1:${running.port}`;
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toContain('weft_test_total{service="test-service"} 3');
    expect(text).toContain('weft_process_cpu_user_seconds_total');
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({
      status: 'alive',
      service: 'test-service',
    });
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      service: 'test-service',
      ready: false,
      checks: { peer: 'not connected', store: 'ok', slow: 'ok' },
      notReady: { peer: 'not connected' },
    });
    peerUp = true;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).ready).toBe(true);
  });

  it('counts a check that hangs or throws as not ready, with the reason', async () => {
    running = await startOperations({
      host: '127.0.0.1',
      port: 0,
      service: 's',
      registry: serviceRegistry('s', { processMetrics: false }),
      checkTimeoutMs: 100,
      checks: [
        { name: 'hangs', check: () => new Promise(() => {}) },
        {
          name: 'throws',
          check: async () => {
            throw new Error('boom');
          },
        },
      ],
    });
    const body = await (await fetch(`http://127.0.0.1:${running.port}/readyz`)).json();
    expect(body.notReady).toEqual({ hangs: 'no answer within 100 ms', throws: 'boom' });
    expect(await (await fetch(`http://127.0.0.1:${running.port}/metrics`)).text()).not.toContain(
      'process_cpu',
    );
  });
});
