/**
 * Events of a real Fabric network, proven committed: the sample application emits each write through the
 * outbox, the interop chaincode answers EventQuery for a subscription with the endorsed record of the n-th
 * committed event, and a destination (here a client of the same network, which records the network as a
 * foreign one) verifies each event, takes it once and in order, and keeps a copy of the asset. Every refusal
 * is an attacker's try: a replay, a gap, another subscription's or stream's event, a changed payload, an
 * endorsement by no member, too few orgs, and the endorsement of a transaction invalidated at commit.
 */
import { createPrivateKey, type KeyObject, randomUUID, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Contract } from '@hyperledger/fabric-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayRefusal } from '../../common/gateway-error.js';
import { cacheDir } from '../../common/paths.js';
import { fabricViewFromEndorsedTransaction } from '../../drivers/fabric/view.js';
import { membershipFromPems } from '../../ledgers/fabric/membership.js';
import { createFabricViewVerifier, type FabricViewVerifier } from '../../ledgers/fabric/proof.js';
import { decodeEventRecord, decodeEventRun, encodeEventRecord } from '../../proofs/events.js';
import { parsePolicy } from '../../proofs/policy.js';
import { requestSigningBytes } from '../../proofs/requester.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import { type FabricNetworkState, fabricNetwork } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { endorse, fabricView, generateOrgs, responsePayload } from '../support/fabric-views.js';
import { orgCas, trustItself } from '../support/self-trust.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let network: FabricNetworkState;
let connection: FabricConnection;
let interop: Contract;
let assets: Contract;
let verifier: FabricViewVerifier;
let requester: string;
let requesterKey: KeyObject;
const prefix = `ev-${randomUUID().slice(0, 8)}`;

const STREAM = 'relay.src.weft.test:9080/src/weft:assets:EventAt:AssetPut';
const BOTH = ['Org1MSP', 'Org2MSP'];

beforeAll(async () => {
  stateDir = await tempDir('events');
  const state = await up(parseTopology('networks: [{ id: src, type: fabric, orgs: [Org1, Org2] }]'), {
    stateDir,
    cacheDir: cacheDir(),
    topologySource: 'test',
  });
  network = fabricNetwork(state, 'src');
  connection = await connectGateway(network.orgs[0]!);
  const channel = connection.gateway.getNetwork(network.channel);
  interop = channel.getContract('interop');
  assets = channel.getContract('assets');
  // The network records itself as a foreign network: its clients subscribe to it and take its events.
  await trustItself(network, {
    access: [{ principal: 'Org1MSP', resource: 'weft:assets:*' }],
    policy: [{ pattern: 'weft:assets:*', policy: 'AND(Org1MSP, Org2MSP)' }],
  });
  requester = await readFile(network.orgs[0]!.client.certFile, 'utf8');
  requesterKey = createPrivateKey(await readFile(network.orgs[0]!.client.keyFile));
  verifier = createFabricViewVerifier(membershipFromPems('src', await orgCas(network)));
}, 240_000);

afterAll(async () => {
  connection?.close();
  await down({ stateDir });
}, 60_000);

const signed = (address: string, nonce: string) =>
  sign('sha256', requestSigningBytes(address, nonce), requesterKey).toString('base64');

/** The endorsed view of event `sequence` of `stream` for subscription `nonce`. */
async function eventView(sequence: bigint, nonce: string, { orgs = BOTH, stream = STREAM } = {}) {
  const transaction = await interop
    .newProposal('EventQuery', {
      arguments: [stream, nonce, String(sequence), 'src', requester, signed(stream, nonce)],
      endorsingOrganizations: orgs,
    })
    .endorse();
  return fabricViewFromEndorsedTransaction(transaction.getBytes());
}

/** The endorsed view of the run of at most `max` events from `from` on, for subscription `nonce`. */
async function runView(from: bigint, max: number, nonce: string) {
  const transaction = await interop
    .newProposal('EventRunQuery', {
      arguments: [STREAM, nonce, String(from), String(max), 'src', requester, signed(STREAM, nonce)],
      endorsingOrganizations: BOTH,
    })
    .endorse();
  return fabricViewFromEndorsedTransaction(transaction.getBytes());
}

const eventCount = async () =>
  BigInt(Buffer.from(await assets.evaluateTransaction('EventCount', 'AssetPut')).toString());

/** Applies an event view to the destination's application, as the subscriber; the refusal's code if refused. */
async function apply(view: Uint8Array, nonce: string, stream = STREAM): Promise<string> {
  try {
    await submitOnEveryPeer(
      network,
      assets,
      'ApplyEvent',
      Buffer.from(view).toString('base64'),
      stream,
      nonce,
    );
    return 'applied';
  } catch (error) {
    return gatewayRefusal(error)?.code ?? String(error);
  }
}

describe('Fabric events, proven committed', () => {
  it('proves 100 writes as 100 events in commit order, each verified, applied once and in order', async () => {
    const before = await eventCount();
    const keys = Array.from({ length: 100 }, (_, i) => `${prefix}-${i}`);
    // Ten writers at a time: blind writes to the outbox never conflict.
    for (let i = 0; i < keys.length; i += 10) {
      await Promise.all(
        keys.slice(i, i + 10).map((key) => submitOnEveryPeer(network, assets, 'Put', key, `value of ${key}`)),
      );
    }
    expect(await eventCount()).toBe(before + 100n);
    const nonce = `sub-${randomUUID()}`;
    const from = before + 1n;
    await submitOnEveryPeer(network, interop, 'OpenStream', STREAM, nonce, String(from));
    const seen = new Set<string>();
    for (let sequence = from; sequence < from + 100n; sequence++) {
      const view = await eventView(sequence, nonce);
      const verdict = verifier.verify(view, {
        address: STREAM,
        nonce,
        requesterCertificate: requester,
        chaincode: 'interop',
        policy: parsePolicy('AND(Org1MSP, Org2MSP)'),
      });
      expect(verdict.valid).toBe(true);
      if (!verdict.valid) return;
      const record = decodeEventRecord(verdict.result.payload);
      expect(record).toMatchObject({ sequence, stream: 'weft:assets:EventAt:AssetPut', name: 'AssetPut' });
      seen.add(JSON.parse(Buffer.from(record.payload).toString()).key);
      expect(await apply(view, nonce)).toBe('applied');
    }
    expect([...seen].sort()).toEqual([...keys].sort());
    for (const key of [keys[0]!, keys[99]!]) {
      expect(Buffer.from(await assets.evaluateTransaction('GetRemoteAsset', 'src', key)).toString()).toBe(
        `value of ${key}`,
      );
    }
    expect(
      JSON.parse(Buffer.from(await interop.evaluateTransaction('GetStream', STREAM, nonce)).toString()),
    ).toEqual({
      next: String(from + 100n),
    });
  }, 240_000);

  it('proves a run of 16 events with one endorsement, from which the ledger takes each next event once', async () => {
    const from = (await eventCount()) - 15n;
    const nonce = `sub-${randomUUID()}`;
    const view = await runView(from, 16, nonce);
    const verdict = verifier.verify(view, {
      address: STREAM,
      nonce,
      requesterCertificate: requester,
      chaincode: 'interop',
      policy: parsePolicy('AND(Org1MSP, Org2MSP)'),
    });
    if (!verdict.valid) throw new Error(verdict.reason);
    expect(decodeEventRun(verdict.result.payload).map((r) => r.sequence)).toEqual(
      Array.from({ length: 16 }, (_, i) => from + BigInt(i)),
    );
    // A run that starts after the stream's next event leaves a gap; the same run, opened at its start,
    // gives the ledger each of its events in turn, then nothing more.
    await submitOnEveryPeer(network, interop, 'OpenStream', STREAM, nonce, String(from - 1n));
    expect(await apply(view, nonce)).toBe('EVENT_GAP');
    const opened = `sub-${randomUUID()}`;
    const run = await runView(from, 16, opened);
    await submitOnEveryPeer(network, interop, 'OpenStream', STREAM, opened, String(from));
    for (let i = 0; i < 16; i++) expect(await apply(run, opened)).toBe('applied');
    expect(await apply(run, opened)).toBe('EVENT_REPLAYED');
    // One record of the run changed after endorsement.
    const tampered = Buffer.from(await runView(from, 2, opened));
    const at = tampered.indexOf(Buffer.from('value of'));
    tampered.write('VALUE OF', at);
    expect(await apply(tampered, opened)).toMatch(/^(PAYLOAD_MISMATCH|BAD_SIGNATURE)$/);
    expect(
      await interop
        .evaluateTransaction(
          'EventRunQuery',
          STREAM,
          opened,
          String(from),
          '65',
          'src',
          requester,
          signed(STREAM, opened),
        )
        .then(
          () => 'answered',
          (error: unknown) => gatewayRefusal(error)?.code,
        ),
    ).toBe('INVALID_ARGUMENT');
  }, 120_000);

  it('refuses a replay, a gap, another subscription, another stream and a stream not opened, by name', async () => {
    await submitOnEveryPeer(network, assets, 'Put', `${prefix}-order`, 'v');
    const last = await eventCount();
    const nonce = `sub-${randomUUID()}`;
    const other = `sub-${randomUUID()}`;
    await submitOnEveryPeer(network, interop, 'OpenStream', STREAM, nonce, String(last - 1n));
    expect(await apply(await eventView(last, nonce), nonce)).toBe('EVENT_GAP');
    const first = await eventView(last - 1n, nonce);
    expect(await apply(first, nonce)).toBe('applied');
    expect(await apply(first, nonce)).toBe('EVENT_REPLAYED');
    // Another subscription's event (of the same requester): its nonce is not this stream's.
    expect(await apply(await eventView(last, other), nonce)).toBe('NONCE_MISMATCH');
    // A view of another stream, submitted as this stream's.
    const otherStream = 'relay.src.weft.test:9080/src/weft:assets:EventAt:Other';
    await submitOnEveryPeer(network, interop, 'OpenStream', otherStream, nonce, '1');
    expect(await apply(await eventView(last, nonce), nonce, otherStream)).toBe('ADDRESS_MISMATCH');
    expect(await apply(await eventView(last, nonce), other)).toBe('STREAM_NOT_OPEN');
    expect(await apply(await eventView(last, nonce), nonce)).toBe('applied');
  }, 120_000);

  it('refuses a changed payload, an endorsement by no member and too few orgs', async () => {
    await submitOnEveryPeer(network, assets, 'Put', `${prefix}-forged`, 'the true value');
    const sequence = await eventCount();
    const nonce = `sub-${randomUUID()}`;
    await submitOnEveryPeer(network, interop, 'OpenStream', STREAM, nonce, String(sequence));
    const honest = await eventView(sequence, nonce);
    const tampered = Buffer.from(honest);
    const at = tampered.indexOf(Buffer.from('the true value'));
    tampered.write('the fake value', at);
    expect(await apply(tampered, nonce)).toMatch(/^(PAYLOAD_MISMATCH|BAD_SIGNATURE)$/);
    // Endorsed by peers of orgs this network never recorded, claiming its MSP ids.
    const strangers = await generateOrgs('strangers.test', ['Org1', 'Org2']);
    const record = encodeEventRecord({
      stream: 'weft:assets:EventAt:AssetPut',
      sequence,
      name: 'AssetPut',
      payload: Buffer.from('{"key":"x","value":"forged"}'),
      txId: 'tx',
      blockNumber: 0n,
      sourceTimeMs: Date.now(),
    });
    const payload = responsePayload({
      address: STREAM,
      nonce,
      requesterCertificate: requester,
      value: record,
    });
    const forged = fabricView([endorse(payload, strangers.Org1!), endorse(payload, strangers.Org2!)]);
    expect(await apply(forged, nonce)).toBe('UNTRUSTED_CERTIFICATE');
    expect(await apply(await eventView(sequence, nonce, { orgs: ['Org1MSP'] }), nonce)).toBe(
      'POLICY_NOT_SATISFIED',
    );
    expect(await apply(honest, nonce)).toBe('applied');
  }, 120_000);

  it('gives a transaction invalidated at commit (MVCC) no sequence, and refuses its endorsement as an event', async () => {
    const key = `${prefix}-contested`;
    await submitOnEveryPeer(network, assets, 'Put', key, 'first');
    const before = await eventCount();
    // Both read the same version of the key; the one committed second is invalidated.
    const [one, two] = await Promise.all(
      ['second', 'third'].map((value) =>
        assets.newProposal('Update', { arguments: [key, value], endorsingOrganizations: BOTH }).endorse(),
      ),
    );
    const statuses = await Promise.all([one!, two!].map(async (t) => (await t.submit()).getStatus()));
    expect(statuses.map((s) => s.successful).sort()).toEqual([false, true]);
    const invalid = [one!, two!][statuses.findIndex((s) => !s.successful)]!;
    expect(statuses.find((s) => !s.successful)!.code).toBe(11); // MVCC_READ_CONFLICT
    // Wait until both peers hold the block: the next event counts the valid one only.
    await submitOnEveryPeer(network, assets, 'Put', `${prefix}-after`, 'after');
    expect(await eventCount()).toBe(before + 2n);
    const nonce = `sub-${randomUUID()}`;
    const records = await Promise.all(
      [before + 1n, before + 2n].map(async (s) => {
        const verdict = verifier.verify(await eventView(s, nonce), {
          address: STREAM,
          nonce,
          requesterCertificate: requester,
          chaincode: 'interop',
          policy: parsePolicy('AND(Org1MSP, Org2MSP)'),
        });
        if (!verdict.valid) throw new Error(verdict.reason);
        return decodeEventRecord(verdict.result.payload);
      }),
    );
    expect(records.map((r) => r.txId)).not.toContain(invalid.getTransactionId());
    // The invalid transaction was endorsed, event and all: its endorsement is still no event's proof.
    await submitOnEveryPeer(network, interop, 'OpenStream', STREAM, nonce, String(before + 1n));
    expect(await apply(fabricViewFromEndorsedTransaction(invalid.getBytes()), nonce)).toBe('WRONG_CHAINCODE');
  }, 120_000);

  it("refuses a subscription the source's access rules deny", async () => {
    const nonce = `sub-${randomUUID()}`;
    // Org2's client: the access rules let Org1MSP alone read the assets' views and streams.
    const org2Key = createPrivateKey(await readFile(network.orgs[1]!.client.keyFile));
    const org2Signed = sign('sha256', requestSigningBytes(STREAM, nonce), org2Key).toString('base64');
    const denied = await interop
      .newProposal('EventQuery', {
        arguments: [
          STREAM,
          nonce,
          '1',
          'src',
          await readFile(network.orgs[1]!.client.certFile, 'utf8'),
          org2Signed,
        ],
        endorsingOrganizations: BOTH,
      })
      .endorse()
      .then(() => 'endorsed')
      .catch((error: unknown) => gatewayRefusal(error)?.code);
    expect(denied).toBe('ACCESS_DENIED');
  }, 60_000);
});
