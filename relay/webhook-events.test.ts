/**
 * The relay's webhook sink on real Fabric endorsements (cryptogen keys, signed as peers sign): a genuine
 * event becomes its CloudEvent, queued; whatever an attacker on the relay path could send instead (a
 * changed payload, an endorsement by an org outside the membership, a record of another sequence, a
 * network the relay does not trust) is dead-lettered with its reason and never queued for a POST.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceTrust } from '../ledgers/trust.js';
import { encodeEventRecord } from '../proofs/events.js';
import { newWebhookSecret, parseCloudEvent } from '../proofs/webhook.js';
import {
  type Endorser,
  endorse,
  fabricView,
  generateOrgs,
  responsePayload,
} from '../test/support/fabric-views.js';
import type { OutboundSubscription } from './events.js';
import { webhookRule, webhookSink } from './webhook-events.js';
import type { WebhookDelivery } from './webhooks.js';

const STREAM = '127.0.0.1:9080/b/weft:assets:EventAt:AssetPut';
const REQUESTER = '-----BEGIN CERTIFICATE-----\nrequester\n-----END CERTIFICATE-----\n';

let orgs: Record<string, Endorser>;
let outsider: Endorser;

beforeAll(async () => {
  orgs = await generateOrgs('b.weft.test', ['Org1', 'Org2']);
  outsider = (await generateOrgs('x.weft.test', ['Org1'])).Org1!;
}, 120_000);

function subscription(address = STREAM): OutboundSubscription {
  return {
    key: 'sub/out/s1',
    role: 'subscribed',
    id: 's1',
    query: {
      requestId: 's1',
      address,
      sourceNetwork: 'b',
      policy: ['Org1MSP', 'Org2MSP'],
      requestingRelay: 'a',
      requestingNetwork: 'a',
      requestingOrg: 'Org1MSP',
      certificate: REQUESTER,
      signature: '',
      nonce: 'n-1',
      confidential: false,
    },
    from: '1',
    received: '0',
    status: 'SUBSCRIBED',
    final: false,
    createdAt: 0,
    updatedAt: 0,
    attempts: 0,
    webhook: { url: 'https://receiver.example/hook', secrets: [newWebhookSecret()] },
  };
}

/** The event of `sequence` as b's peers would prove it: an endorsed view of its record. */
function eventView(sequence: bigint, options: { value?: string; endorsers?: Endorser[] } = {}) {
  const record = encodeEventRecord({
    stream: 'weft:assets:EventAt:AssetPut',
    sequence,
    name: 'AssetPut',
    payload: Buffer.from(JSON.stringify({ key: 'k', value: options.value ?? 'v' })),
    txId: 'tx-1',
    blockNumber: 0n,
    sourceTimeMs: Date.now(),
  });
  const payload = responsePayload({
    address: STREAM,
    nonce: 'n-1',
    requesterCertificate: REQUESTER,
    value: record,
  });
  const endorsers = options.endorsers ?? [orgs.Org1!, orgs.Org2!];
  return Buffer.from(fabricView(endorsers.map((e) => endorse(payload, e)))).toString('base64');
}

function recorder() {
  const queued: Array<Parameters<WebhookDelivery['enqueue']>[0]> = [];
  const delivery = { enqueue: async (d: (typeof queued)[number]) => void queued.push(d) } as WebhookDelivery;
  return { queued, delivery };
}

const trust = () =>
  new Map([
    [
      'b',
      sourceTrust('b', { Org1MSP: [orgs.Org1!.ca], Org2MSP: [orgs.Org2!.ca] }, [
        { pattern: 'weft:*', policy: 'AND(Org1MSP, Org2MSP)' },
      ]),
    ],
  ]);

const meta = { protocol: 0, timestamp: '', proofType: 'Notarization', serializationFormat: 'STRING' };

describe("the relay's webhook sink", () => {
  it('queues a genuine event as its CloudEvent, with the orgs that vouched', async () => {
    const { queued, delivery } = recorder();
    await webhookSink(trust(), delivery)(subscription(), {
      subscription: 'sub/out/s1',
      sequence: 7n,
      view: { meta, data: eventView(7n) },
    });
    expect(queued).toHaveLength(1);
    expect(queued[0]!.dead).toBeUndefined();
    const event = parseCloudEvent(queued[0]!.body);
    expect(event).toMatchObject({
      id: 's1:7',
      weftsequence: '7',
      weftnetwork: 'b',
      weftorgs: 'Org1MSP,Org2MSP',
    });
  });

  it('dead-letters, never POSTs, what does not verify', async () => {
    const { queued, delivery } = recorder();
    const sink = webhookSink(trust(), delivery);
    const forgeries: Array<[string, string, bigint]> = [];
    // The payload changed after b's peers endorsed it: the endorsements no longer cover it.
    const honest = Buffer.from(eventView(8n), 'base64');
    const tampered = Buffer.from(honest.toString('latin1').replace('"value":"v"', '"value":"w"'), 'latin1');
    forgeries.push(['a changed payload', tampered.toString('base64'), 8n]);
    // One endorsement by an org of another network, under b's org's name.
    forgeries.push(['an outsider', eventView(9n, { endorsers: [orgs.Org1!, outsider] }), 9n]);
    // One org alone: AND(Org1MSP, Org2MSP) is not met.
    forgeries.push(['one org', eventView(10n, { endorsers: [orgs.Org1!] }), 10n]);
    // A genuine view of event 11, delivered as event 12.
    forgeries.push(['another sequence', eventView(11n), 12n]);
    for (const [, data, sequence] of forgeries) {
      await sink(subscription(), { subscription: 'sub/out/s1', sequence, view: { meta, data } });
    }
    expect(queued.map((q) => [q.sequence, q.body, q.dead?.split(':')[0]])).toEqual(
      forgeries.map(([, , sequence]) => [sequence, '', 'refused']),
    );
    expect(queued.map((q) => q.dead)).toEqual([
      expect.stringContaining('VIEW_INVALID'),
      expect.stringContaining('VIEW_INVALID'),
      expect.stringContaining('VIEW_INVALID'),
      expect.stringContaining('EVENT_INVALID'),
    ]);
  });

  it('refuses a webhook subscription to a network the relay has no trust in', () => {
    expect(() => webhookRule(trust(), '127.0.0.1:9080/c/weft:assets:EventAt:AssetPut')).toThrow(
      expect.objectContaining({ code: 'POLICY_INVALID' }),
    );
  });
});
