/**
 * Webhook delivery against a real HTTP receiver on 127.0.0.1 and a real journal: order kept per
 * subscription through an outage, retries with backoff up to the maximum age, then the dead-letter queue,
 * an operator's retry, and a restart that resumes where the queue stood. The receiver checks every delivery
 * as the SDK's helper does (signature, time, duplicates).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cloudEventOf,
  createWebhookDeduplicator,
  newWebhookSecret,
  verifyWebhook,
} from '../proofs/webhook.js';
import { JournalStore } from '../store/journal.js';
import { tempDir } from '../test/support/temp.js';
import {
  checkWebhookUrl,
  createWebhookDelivery,
  type DeliveryRecord,
  type WebhookDelivery,
} from './webhooks.js';

const secret = newWebhookSecret();
const servers: Server[] = [];
const deliveries: WebhookDelivery[] = [];

afterEach(async () => {
  for (const d of deliveries.splice(0)) d.stop();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A receiver that verifies each delivery and answers `status()`; `taken` are the event ids it accepted. */
async function receiver(status: () => number, port = 0) {
  const taken: string[] = [];
  const refused: string[] = [];
  const deduplicator = createWebhookDeduplicator();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const code = status();
      if (code === 200) {
        const verdict = verifyWebhook({ headers: request.headers, body: Buffer.concat(chunks) }, secret, {
          deduplicator,
        });
        if (verdict.valid) taken.push(verdict.id);
        else refused.push(verdict.failure);
      }
      response.writeHead(code).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  servers.push(server);
  return { server, taken, refused, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

async function delivery(dir: string, maxAgeMs = 60_000) {
  const store = JournalStore.open<DeliveryRecord>(dir, { finalMs: 60_000, finalCount: 1000 });
  const d = createWebhookDelivery({
    store,
    attemptTimeoutMs: 1_000,
    maxAgeMs,
    backoff: { initialMs: 20, maxMs: 200 },
  });
  deliveries.push(d);
  return { d, store };
}

const body = (subscription: string, sequence: bigint) =>
  JSON.stringify(
    cloudEventOf({
      subscription,
      stream: 'h:1/b/weft:assets:EventAt:AssetPut',
      network: 'b',
      sequence,
      sourceTimeMs: Date.now(),
      orgs: ['Org1MSP'],
      blockNumber: 0n,
      name: 'AssetPut',
      payloadBase64: '',
      txId: 't',
    }),
  );

const enqueue = (d: WebhookDelivery, url: string, subscription: string, sequence: bigint) =>
  d.enqueue({
    subscription,
    sequence,
    id: `${subscription}:${sequence}`,
    target: { url, secrets: [secret] },
    body: body(subscription, sequence),
  });

const until = async (done: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return done();
};

describe('webhook delivery', () => {
  it('delivers every event once, in order, after the receiver comes back from an outage', async () => {
    // The port is taken, then freed: nothing listens there during the outage.
    const probe = await receiver(() => 200);
    const port = (probe.server.address() as AddressInfo).port;
    await new Promise((r) => probe.server.close(r));
    servers.splice(servers.indexOf(probe.server), 1);
    const { d } = await delivery(await tempDir('webhooks'));
    for (let s = 1n; s <= 20n; s++) await enqueue(d, probe.url, 'sub-a', s);
    await new Promise((r) => setTimeout(r, 500));
    const back = await receiver(() => 200, port);
    expect(await until(() => back.taken.length === 20)).toBe(true);
    expect(back.taken).toEqual(Array.from({ length: 20 }, (_, i) => `sub-a:${i + 1}`));
    expect(back.refused).toEqual([]);
  });

  it('dead-letters an event its receiver refuses past the maximum age, goes on, and retries it when asked', async () => {
    let answer = 500;
    const r = await receiver(() => answer);
    const { d } = await delivery(await tempDir('webhooks'), 300);
    await enqueue(d, r.url, 'sub-b', 1n);
    await enqueue(d, r.url, 'sub-b', 2n);
    expect(await until(() => d.deadLetters().length === 2)).toBe(true);
    const [first] = d.deadLetters().sort((x, y) => (x.key < y.key ? -1 : 1));
    expect(first).toMatchObject({ sequence: '1', status: 'DEAD', lastError: 'the receiver answered 500' });
    expect(first!.attempts).toBeGreaterThan(1);
    answer = 200;
    await d.retry(first!.key);
    expect(await until(() => r.taken.length === 1)).toBe(true);
    expect(r.taken).toEqual(['sub-b:1']);
    await d.drop(d.deadLetters()[0]!.key);
    expect(d.deadLetters()).toEqual([]);
    await expect(d.retry('wh/none')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('resumes the queue a stopped relay left, and never queues an event twice', async () => {
    let answer = 503;
    const r = await receiver(() => answer);
    const dir = await tempDir('webhooks');
    const first = await delivery(dir);
    for (let s = 1n; s <= 5n; s++) await enqueue(first.d, r.url, 'sub-c', s);
    await enqueue(first.d, r.url, 'sub-c', 3n);
    first.d.stop();
    await first.store.close();
    answer = 200;
    const second = await delivery(dir);
    expect(await second.d.resume()).toBe(5);
    expect(await until(() => r.taken.length === 5)).toBe(true);
    expect(r.taken).toEqual(['sub-c:1', 'sub-c:2', 'sub-c:3', 'sub-c:4', 'sub-c:5']);
    // Delivered ones are remembered: the relay offering them again queues nothing.
    await enqueue(second.d, r.url, 'sub-c', 2n);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(r.taken).toHaveLength(5);
  });

  it('refuses a bad registration by name: not http(s), credentials, a fragment, too long, unreachable', async () => {
    const refused = async (url: string, probe = false) =>
      checkWebhookUrl(url, { probe, probeTimeoutMs: 1_000 }).then(
        () => 'accepted',
        (error: { code: string }) => error.code,
      );
    expect(await refused('ftp://127.0.0.1/hook')).toBe('WEBHOOK_URL_INVALID');
    expect(await refused('/hook')).toBe('WEBHOOK_URL_INVALID');
    expect(await refused('https://user:pass@app.example/hook')).toBe('WEBHOOK_URL_INVALID');
    expect(await refused('https://app.example/hook#x')).toBe('WEBHOOK_URL_INVALID');
    expect(await refused(`https://app.example/${'a'.repeat(2048)}`)).toBe('WEBHOOK_URL_INVALID');
    // A real receiver answers the probe (whatever its status); a closed port does not.
    const r = await receiver(() => 401);
    expect(await refused(r.url, true)).toBe('accepted');
    const port = (r.server.address() as AddressInfo).port;
    await new Promise((resolve) => r.server.close(resolve));
    servers.splice(servers.indexOf(r.server), 1);
    expect(await refused(`http://127.0.0.1:${port}/hook`, true)).toBe('WEBHOOK_UNREACHABLE');
    expect(await refused('https://app.example/hook')).toBe('accepted');
  });
});
