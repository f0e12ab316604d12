/**
 * Webhooks on real Fabric networks and a real HTTP receiver: a client of a subscribes to b's asset stream
 * with a webhook; a's relay verifies each event against what a records of b and POSTs it, signed, in order.
 * A receiver down for 30 s gets every event once it is back; one that answers 500 sends the event to the
 * dead-letter queue, from which an operator delivers it again; forged, replayed and duplicated deliveries
 * are refused by the SDK's helper; bad registrations and calls without the operator token are refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { openWebhookAdmin } from '../../cli/webhooks.js';
import { isWeftError } from '../../common/errors.js';
import {
  type ReceivedRequest,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../lab/webhook-receiver.js';
import { createWebhookDeduplicator, parseCloudEvent, verifyWebhook } from '../../proofs/webhook.js';
import type { WebhookSubscription } from '../../sdk/events.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down } from '../../topology/launcher.js';
import { type FabricNetworkState, fabricNetwork, type TopologyState } from '../../topology/state.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

// Retried every 0.2-2 s; dead-lettered 40 s after it was queued: a 30 s outage is ridden out.
const MAX_AGE_MS = 40_000;

let stateDir: string;
let state: TopologyState;
let b: FabricNetworkState;
let a: LocalClient;
let bAssets: FabricConnection;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  ({ stateDir, state } = await upTwoFabricNetworks(
    'webhooks',
    `{ webhooks: { maxAgeMs: ${MAX_AGE_MS}, backoffInitialMs: 200, backoffMaxMs: 2000, attemptTimeoutMs: 2000 } }`,
  ));
  b = fabricNetwork(state, 'b');
  a = await openLocalClient(state, 'a');
  bAssets = await connectGateway(b.orgs[0]!);
}, 240_000);

afterAll(async () => {
  a?.close();
  bAssets?.close();
  await Promise.all(receivers.map((r) => r.close()));
  await down({ stateDir });
}, 60_000);

const stream = () => expandAddress(state, `b/${b.channel}:assets:EventAt:AssetPut`);

async function put(key: string, value: string) {
  const assets = bAssets.gateway.getNetwork(b.channel).getContract('assets');
  await submitOnEveryPeer(b, assets, 'Put', key, value);
}

async function receiver(status = 200) {
  const r = await startWebhookReceiver(status);
  receivers.push(r);
  return r;
}

/** Waits until `test` holds, polling. */
async function until(test: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The deliveries a receiver accepts: signed by `secret`, fresh, each id once; in the order they came. */
function accepted(requests: readonly ReceivedRequest[], secret: string) {
  const deduplicator = createWebhookDeduplicator();
  const events = [];
  for (const request of requests) {
    const verdict = verifyWebhook(
      { headers: request.headers as Record<string, string>, body: request.body },
      secret,
      {
        deduplicator,
        nowS: Math.floor(request.at / 1000),
      },
    );
    if (verdict.valid) events.push(verdict.event);
  }
  return events;
}

const keyOf = (event: { data: unknown }) =>
  JSON.parse(Buffer.from((event.data as { payload: string }).payload, 'base64').toString()).key as string;

describe('webhooks of verified events', () => {
  let outage: WebhookReceiver;
  let failing: WebhookReceiver;
  let outageSubscription: WebhookSubscription;
  let failingSubscription: WebhookSubscription;
  const prefix = `wh-${randomUUID().slice(0, 8)}`;
  const keys = Array.from({ length: 5 }, (_, i) => `${prefix}-${i}`);

  beforeAll(async () => {
    outage = await receiver();
    failing = await receiver(500);
    outageSubscription = await a.client.subscribeWebhook(stream(), { url: outage.url, check: true });
    failingSubscription = await a.client.subscribeWebhook(stream(), { url: failing.url });
    await outage.down();
  }, 120_000);

  it('delivers every event to a receiver that was down for 30 s, once each after deduplication, in order', async () => {
    const downAt = Date.now();
    for (const key of keys) await put(key, `value of ${key}`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 30_000 - (Date.now() - downAt))));
    expect(outage.requests).toHaveLength(0);
    await outage.up();
    await until(
      () =>
        accepted(outage.requests, outageSubscription.secret).filter((e) => keys.includes(keyOf(e))).length >=
        5,
      30_000,
      'the five events at the receiver',
    );
    const events = accepted(outage.requests, outageSubscription.secret).filter((e) =>
      keys.includes(keyOf(e)),
    );
    expect(events.map(keyOf)).toEqual(keys);
    const sequences = events.map((e) => BigInt(e.weftsequence));
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0]! + BigInt(i)));
    for (const event of events) {
      expect(event).toMatchObject({
        specversion: '1.0',
        type: 'weft.event.verified',
        source: outageSubscription.address,
        weftnetwork: 'b',
        weftorgs: 'Org1MSP,Org2MSP',
        id: `${outageSubscription.id}:${event.weftsequence}`,
      });
    }
  }, 120_000);

  it(
    'dead-letters an event the receiver refuses until its maximum age; retry delivers it once fixed',
    async () => {
      const admin = await openWebhookAdmin(state, 'a');
      try {
        await until(
          async () => (await admin.deadLetters(failingSubscription.id)).length >= keys.length,
          MAX_AGE_MS + 60_000,
          'the dead letters',
        );
        const dead = await admin.deadLetters(failingSubscription.id);
        expect(dead.length).toBeGreaterThanOrEqual(keys.length);
        const ours = dead.filter((d) => BigInt(d.sequence) >= failingSubscription.from);
        expect(ours[0]!.attempts).toBeGreaterThan(3);
        expect(ours[0]!.lastError).toContain('500');
        const tried = failing.requests.length;
        expect(tried).toBeGreaterThanOrEqual(ours.length * 3);

        failing.status = 204;
        for (const letter of ours) await admin.retry(letter.key);
        await until(
          () => accepted(failing.requests.slice(tried), failingSubscription.secret).length >= ours.length,
          30_000,
          'the retried events',
        );
        const redelivered = accepted(failing.requests.slice(tried), failingSubscription.secret);
        expect(redelivered.map((e) => e.weftsequence).sort()).toEqual(ours.map((d) => d.sequence).sort());
        expect(await admin.deadLetters(failingSubscription.id)).toEqual([]);
        // A key that is no dead letter (any more) is refused by name.
        const again = await admin.retry(ours[0]!.key).catch((e: unknown) => e);
        expect(isWeftError(again) && again.code).toBe('NOT_FOUND');
      } finally {
        admin.close();
      }
    },
    MAX_AGE_MS + 120_000,
  );

  it('a forged, a replayed and a duplicated delivery are refused or deduplicated by the SDK helper', () => {
    const real = outage.requests.find(
      (r) =>
        verifyWebhook(
          { headers: r.headers as Record<string, string>, body: r.body },
          outageSubscription.secret,
          { nowS: Math.floor(r.at / 1000) },
        ).valid,
    );
    expect(real).toBeDefined();
    const request = { headers: real!.headers as Record<string, string>, body: real!.body };
    const nowS = Math.floor(real!.at / 1000);
    // Another subscription's secret: what an attacker who knows some secret, not this one, can sign with.
    expect(verifyWebhook(request, failingSubscription.secret, { nowS })).toMatchObject({
      valid: false,
      failure: 'WEBHOOK_SIGNATURE_INVALID',
    });
    const tampered = Buffer.from(
      real!.body.toString().replace('"weftorgs":"Org1MSP,Org2MSP"', '"weftorgs":"Org1MSP"'),
    );
    expect(verifyWebhook({ ...request, body: tampered }, outageSubscription.secret, { nowS })).toMatchObject({
      valid: false,
      failure: 'WEBHOOK_SIGNATURE_INVALID',
    });
    expect(verifyWebhook(request, outageSubscription.secret, { nowS: nowS + 3600 })).toMatchObject({
      valid: false,
      failure: 'WEBHOOK_STALE',
    });
    const deduplicator = createWebhookDeduplicator();
    expect(verifyWebhook(request, outageSubscription.secret, { nowS, deduplicator }).valid).toBe(true);
    expect(verifyWebhook(request, outageSubscription.secret, { nowS, deduplicator })).toMatchObject({
      valid: false,
      failure: 'WEBHOOK_DUPLICATE',
    });
    expect(parseCloudEvent(real!.body.toString()).id).toBe(real!.headers['webhook-id']);
  });

  it('rotates a secret: deliveries carry both signatures for the grace period', async () => {
    const admin = await openWebhookAdmin(state, 'a');
    try {
      const { secret, previousUntil } = await admin.rotate(outageSubscription.id);
      expect(previousUntil.getTime()).toBeGreaterThan(Date.now());
      const seen = outage.requests.length;
      const key = `${prefix}-rotated`;
      await put(key, 'after the rotation');
      await until(
        () => accepted(outage.requests.slice(seen), secret).some((e) => keyOf(e) === key),
        30_000,
        'a delivery signed with the new secret',
      );
      const withOld = accepted(outage.requests.slice(seen), outageSubscription.secret);
      expect(withOld.some((e) => keyOf(e) === key)).toBe(true);
    } finally {
      admin.close();
    }
  }, 60_000);

  it('refuses bad registrations and operator calls without the token, by code', async () => {
    const code = async (p: Promise<unknown>) => {
      const error = await p.then(
        () => undefined,
        (e: unknown) => e,
      );
      return isWeftError(error) ? error.code : String(error);
    };
    expect(await code(a.client.subscribeWebhook(stream(), { url: 'ftp://127.0.0.1/hook' }))).toBe(
      'WEBHOOK_URL_INVALID',
    );
    expect(
      await code(a.client.subscribeWebhook(stream(), { url: `https://127.0.0.1/${'x'.repeat(2100)}` })),
    ).toBe('WEBHOOK_URL_INVALID');
    const closed = await receiver();
    await closed.down();
    expect(await code(a.client.subscribeWebhook(stream(), { url: closed.url, check: true }))).toBe(
      'WEBHOOK_UNREACHABLE',
    );
    // Without the operator token, or with another, the dead letters are neither listed nor touched.
    const admin = await openWebhookAdmin(
      { ...state, relays: state.relays!.map((r) => ({ ...r, dir: `${r.dir}/nowhere` })) },
      'a',
    ).catch((e: unknown) => e);
    expect(isWeftError(admin) && admin.code).toBe('CONFIG_INVALID');
    const { call, Webhooks } = await import('../../transport/grpc.js');
    const grpc = await import('@grpc/grpc-js');
    const { weft } = await import('../../protos/index.js');
    const { channelArgs } = await import('../../transport/tls.js');
    const { readFile } = await import('node:fs/promises');
    const relay = state.relays!.find((r) => r.networkId === 'a')!;
    const { credentials, args } = channelArgs({
      address: `127.0.0.1:${relay.clientPort}`,
      serverName: relay.serverName,
      serverRole: 'relay',
      ca: await readFile(relay.caFile),
      maxMessageBytes: 1024 * 1024,
    });
    const client = new grpc.Client(`127.0.0.1:${relay.clientPort}`, credentials, args);
    try {
      for (const token of [undefined, 'Bearer guessed', `Bearer ${'0'.repeat(64)}`]) {
        const metadata = new grpc.Metadata();
        if (token) metadata.set('authorization', token);
        const error = await call(
          client,
          Webhooks.ListDeadLetters,
          weft.events.DeadLettersRequest.create({}),
          5_000,
          { metadata },
        ).catch((e: { code?: number }) => e);
        expect((error as { code?: number }).code).toBe(grpc.status.UNAUTHENTICATED);
      }
    } finally {
      client.close();
    }
  }, 60_000);
});
