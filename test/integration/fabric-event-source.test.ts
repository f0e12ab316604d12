/**
 * The Fabric driver's event source on a real network: a subscription is checked against the source's
 * requester and access rules before it is served, then every event of its stream is proven and published in
 * order, those emitted before it from its start sequence, and those emitted after it as they are committed.
 */
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../common/paths.js';
import { createEventPump, type DriverSubscription, type EventPump } from '../../drivers/events.js';
import { createFabricEventSource } from '../../drivers/fabric/events.js';
import { membershipFromPems } from '../../ledgers/fabric/membership.js';
import { createFabricViewVerifier } from '../../ledgers/fabric/proof.js';
import { parseAddress } from '../../proofs/address.js';
import { decodeEventRun } from '../../proofs/events.js';
import { parsePolicy } from '../../proofs/policy.js';
import { requestSigningBytes } from '../../proofs/requester.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import { type FabricNetworkState, fabricNetwork } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { orgCas, trustItself } from '../support/self-trust.js';
import { tempDir } from '../support/temp.js';

const STREAM = 'relay.src.weft.test:9080/src/weft:assets:EventAt:AssetPut';
let stateDir: string;
let network: FabricNetworkState;
let connection: FabricConnection;
let pump: EventPump | undefined;

beforeAll(async () => {
  stateDir = await tempDir('event-source');
  const state = await up(parseTopology('networks: [{ id: src, type: fabric, orgs: [Org1, Org2] }]'), {
    stateDir,
    cacheDir: cacheDir(),
    topologySource: 'test',
  });
  network = fabricNetwork(state, 'src');
  await trustItself(network, { access: [{ principal: 'Org1MSP', resource: 'weft:assets:*' }] });
  connection = await connectGateway(network.orgs[0]!);
}, 240_000);

afterAll(async () => {
  pump?.stop();
  connection?.close();
  await down({ stateDir });
}, 60_000);

async function subscription(org: 0 | 1, from: bigint, signature?: string): Promise<DriverSubscription> {
  const o = network.orgs[org]!;
  const nonce = `sub-${randomUUID()}`;
  const key = createPrivateKey(await readFile(o.client.keyFile));
  return {
    id: nonce,
    from,
    query: {
      requestId: nonce,
      address: STREAM,
      parsedAddress: parseAddress(STREAM),
      sourceNetwork: 'src',
      policy: ['Org1MSP', 'Org2MSP'],
      requestingRelay: 'src',
      requestingNetwork: 'src',
      requestingOrg: o.mspId,
      certificate: await readFile(o.client.certFile, 'utf8'),
      signature: signature ?? sign('sha256', requestSigningBytes(STREAM, nonce), key).toString('base64'),
      nonce,
      confidential: false,
    },
  };
}

describe('the Fabric event source', () => {
  it('refuses a subscription with a bad signature, or one the access rules deny, by name', async () => {
    const source = createFabricEventSource(
      connection.gateway.getNetwork(network.channel),
      network.channel,
      'interop',
    );
    await expect(
      source.check(await subscription(0, 1n, Buffer.alloc(70, 1).toString('base64'))),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST_SIGNATURE',
    });
    await expect(source.check(await subscription(1, 1n))).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await expect(source.check(await subscription(0, 1_000_000n))).resolves.toBeUndefined();
  }, 60_000);

  it('publishes the events before it and after it, proven, once each and in order', async () => {
    const assets = connection.gateway.getNetwork(network.channel).getContract('assets');
    const prefix = `src-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 5; i++) await submitOnEveryPeer(network, assets, 'Put', `${prefix}-before-${i}`, 'v');
    const count = BigInt(Buffer.from(await assets.evaluateTransaction('EventCount', 'AssetPut')).toString());
    const sub = await subscription(0, count - 3n);
    const source = createFabricEventSource(
      connection.gateway.getNetwork(network.channel),
      network.channel,
      'interop',
    );
    await source.check(sub);
    const verifier = createFabricViewVerifier(membershipFromPems('src', await orgCas(network)));
    const published: Array<{ sequence: bigint; key: string }> = [];
    const views = new Set<string>();
    let refuseOnce = true;
    pump = createEventPump(
      source,
      async (_sub, sequence, view) => {
        // The relay is full once: the event comes again after a backoff, not skipped.
        if (refuseOnce) {
          refuseOnce = false;
          return 'later';
        }
        const verdict = verifier.verify(view.data, {
          address: STREAM,
          nonce: sub.query.nonce,
          requesterCertificate: sub.query.certificate,
          chaincode: 'interop',
          policy: parsePolicy('AND(Org1MSP, Org2MSP)'),
        });
        if (!verdict.valid) throw new Error(verdict.reason);
        // A run's view proves several events; each is published under it with its own sequence.
        const record = decodeEventRun(verdict.result.payload).find((r) => r.sequence === sequence);
        if (!record) throw new Error(`the view of ${sequence} does not prove it`);
        views.add(Buffer.from(view.data).toString('base64'));
        published.push({ sequence, key: JSON.parse(Buffer.from(record.payload).toString()).key });
        return 'taken';
      },
      { backoff: { initialMs: 50, maxMs: 200 }, pollMs: 5_000 },
    );
    pump.subscribe(sub);
    for (let i = 0; i < 10; i++) await submitOnEveryPeer(network, assets, 'Put', `${prefix}-after-${i}`, 'v');
    const deadline = Date.now() + 30_000;
    while (published.length < 14 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(published.map((p) => p.sequence)).toEqual(
      Array.from({ length: 14 }, (_, i) => count - 3n + BigInt(i)),
    );
    expect(published.map((p) => p.key)).toEqual([
      ...[1, 2, 3, 4].map((i) => `${prefix}-before-${i}`),
      ...Array.from({ length: 10 }, (_, i) => `${prefix}-after-${i}`),
    ]);
    // The four events there before the subscription came as one run: one endorsement for them all.
    expect(views.size).toBeLessThanOrEqual(11);
  }, 120_000);
});
