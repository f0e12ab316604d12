/**
 * Events of a real EVM network (anvil), through the relays to a real Fabric network: a client of a
 * subscribes at a's relay to e's AssetStore `AssetPut` logs; e's driver finds each log, proves its receipt
 * under its block and has e's attestors (each recounting the stream on its own node) attest its sequence;
 * the client verifies each event and applies it to a's ledger, whose interop chaincode verifies it again and
 * takes it once, in order; and to another EVM network (f), whose interop contract verifies each and whose
 * AssetStore keeps it. Every refusal is an attacker's try, on the ledger and in the SDK's verifier: a
 * replay, a gap, another subscription's or stream's event, a changed payload (signed by no one, and signed
 * by every attestor: the receipt proof still catches it), an attestation by no member, too few orgs.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AbiCoder, getBytes, hexlify, id, Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { openWriter } from '../../cli/smoke.js';
import { openSubscription } from '../../cli/subscribe.js';
import { gatewayRefusal } from '../../common/gateway-error.js';
import { cacheDir } from '../../common/paths.js';
import { signAttestation } from '../../ledgers/evm/attestation.js';
import { decodeLogPayload } from '../../ledgers/evm/log-event.js';
import { evmMembership } from '../../ledgers/evm/membership.js';
import { decodeEvmView, encodeEvmView, verifyEvmView } from '../../ledgers/evm/proof.js';
import { parseAddress } from '../../proofs/address.js';
import { decodeEventRecord, encodeEventRecord } from '../../proofs/events.js';
import { parsePolicy, satisfies } from '../../proofs/policy.js';
import type { VerifiedEvent } from '../../sdk/events.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import type { LedgerWriter } from '../../topology/ledger-facet.js';
import { type EvmNetworkState, evmNetwork, fabricNetwork, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let state: TopologyState;
let e: EvmNetworkState;
let a: LocalClient;
let writer: LedgerWriter;
const prefix = `log-${randomUUID().slice(0, 8)}`;
const ASSET_PUT = id('AssetPut(string,string,address)');

beforeAll(async () => {
  stateDir = await tempDir('evm-source-events');
  state = await up(
    parseTopology(
      'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: e, type: evm, chainId: 43101 }, { id: f, type: evm, chainId: 43102 }]',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  e = evmNetwork(state, 'e');
  a = await openLocalClient(state, 'a');
  writer = await openWriter(e);
}, 240_000);

afterAll(async () => {
  writer?.close();
  a?.close();
  await down({ stateDir });
}, 60_000);

const stream = (filters = '') =>
  expandAddress(state, `e/${e.chainId}:${e.contracts.AssetStore!.toLowerCase()}:log:${ASSET_PUT}${filters}`);

const assetOf = (event: VerifiedEvent) => {
  const [key, value] = AbiCoder.defaultAbiCoder().decode(
    ['string', 'string'],
    decodeLogPayload(event.record.payload).data,
  );
  return { key: String(key), value: String(value) };
};

async function take(events: AsyncIterator<VerifiedEvent>, n: number): Promise<VerifiedEvent[]> {
  const taken: VerifiedEvent[] = [];
  while (taken.length < n) {
    const next = await events.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

/** Applies an event view on a's ledger as the subscriber; the refusal's code if refused. */
async function apply(view: Uint8Array, nonce: string, address = stream()): Promise<string> {
  try {
    await submitOnEveryPeer(
      fabricNetwork(state, 'a'),
      a.assets,
      'ApplyEvent',
      Buffer.from(view).toString('base64'),
      address,
      nonce,
    );
    return 'applied';
  } catch (error) {
    return gatewayRefusal(error)?.code ?? String(error);
  }
}

const openStream = (address: string, nonce: string, from: bigint) =>
  submitOnEveryPeer(fabricNetwork(state, 'a'), a.interop, 'OpenStream', address, nonce, String(from));

/** What the SDK's verifier (the same pure code the chaincode runs) says of an event view. */
async function sdkVerdict(
  view: Uint8Array,
  nonce: string,
  requester: string,
  policy: string,
): Promise<string> {
  const orgs = Object.fromEntries((e.orgs ?? []).map((o) => [o.name, [o.attestor.address.toLowerCase()]]));
  const verdict = await verifyEvmView(view, evmMembership('e', BigInt(e.chainId), orgs), {
    address: parseAddress(stream()),
    nonce,
    requester,
    policy: parsePolicy(policy),
  });
  return verdict.valid ? 'valid' : verdict.failure;
}

let subscribed: { nonce: string; from: bigint; events: VerifiedEvent[] };

describe("e's logs, through the relays, verified and applied on a", () => {
  it('delivers 100 AssetStore writes as 100 events in chain order, each verified and applied once', async () => {
    const subscription = await a.client.subscribe(stream());
    expect(subscription.from).toBeGreaterThan(0n);
    await openStream(subscription.address, subscription.nonce, subscription.from);
    const iterator = subscription[Symbol.asyncIterator]();
    const writes = (async () => {
      for (let i = 0; i < 100; i++) await writer.write(`${prefix}-${i}`, `value ${i}`);
    })();
    const events = await take(iterator, 100);
    await writes;
    expect(events.map((event) => event.sequence)).toEqual(
      Array.from({ length: 100 }, (_, i) => subscription.from + BigInt(i)),
    );
    expect(events.map((event) => assetOf(event).key)).toEqual(
      Array.from({ length: 100 }, (_, i) => `${prefix}-${i}`),
    );
    expect(events.every((event) => event.record.name === ASSET_PUT && event.record.blockNumber > 0n)).toBe(
      true,
    );
    // Attested by the orgs a's verification policy for e names, each event.
    const policy = parsePolicy(events[0]!.policy);
    expect(events.every((event) => event.policy === events[0]!.policy && event.orgs.length >= 2)).toBe(true);
    expect(events.every((event) => satisfies(policy, new Set(event.orgs)))).toBe(true);
    for (const event of events) expect(await apply(event.proof, event.nonce)).toBe('applied');
    expect(
      Buffer.from(await a.assets.evaluateTransaction('GetRemoteAsset', 'e', `${prefix}-99`)).toString(),
    ).toBe('value 99');
    subscribed = { nonce: subscription.nonce, from: subscription.from, events };
    await iterator.return?.();
    await subscription.close();
  }, 240_000);

  it('refuses a replay, a gap, another subscription and another stream, by name', async () => {
    expect(await apply(subscribed.events[5]!.proof, subscribed.nonce)).toBe('EVENT_REPLAYED');
    // A second subscription, from three events back.
    const last = subscribed.from + 99n;
    const second = await a.client.subscribe(stream(), { fromSequence: last - 2n });
    const iterator = second[Symbol.asyncIterator]();
    const events = await take(iterator, 3);
    expect(events.map((event) => assetOf(event).key)).toEqual([
      `${prefix}-97`,
      `${prefix}-98`,
      `${prefix}-99`,
    ]);
    await openStream(second.address, second.nonce, last - 2n);
    expect(await apply(events[1]!.proof, second.nonce)).toBe('EVENT_GAP');
    // The first subscription's event under the second's nonce.
    expect(await apply(subscribed.events[97]!.proof, second.nonce)).toBe('NONCE_MISMATCH');
    // An event of this stream submitted as another stream's (the logs of one writer only).
    const writerTopic = `0x${'0'.repeat(24)}${e.deployer.address.slice(2).toLowerCase()}`;
    const other = stream(`:${writerTopic}`);
    await openStream(other, second.nonce, last - 2n);
    expect(await apply(events[0]!.proof, second.nonce, other)).toBe('ADDRESS_MISMATCH');
    for (const event of events) expect(await apply(event.proof, second.nonce)).toBe('applied');
    await iterator.return?.();
    await second.close();
  }, 120_000);

  it('refuses a changed payload (even one every attestor signed), a non-member and too few orgs', async () => {
    const honest = subscribed.events[99]!;
    const requester = decodeEvmView(honest.proof)!.statement.requester;
    const view = decodeEvmView(honest.proof)!;
    const record = decodeEventRecord(view.statement.result);
    const forgedPayload = AbiCoder.defaultAbiCoder().encode(
      ['bytes32[]', 'bytes'],
      [
        decodeLogPayload(record.payload).topics,
        AbiCoder.defaultAbiCoder().encode(['string', 'string'], [`${prefix}-99`, 'forged']),
      ],
    );
    const changed = {
      ...view.statement,
      result: encodeEventRecord({ ...record, payload: getBytes(forgedPayload) }),
    };
    const unsigned = encodeEvmView({ ...view, statement: changed });
    expect(await sdkVerdict(honest.proof, honest.nonce, requester, honest.policy)).toBe('valid');
    expect(await sdkVerdict(unsigned, honest.nonce, requester, honest.policy)).toBe('BAD_SIGNATURE');
    // Every attestor of e signs the changed record: the receipt proof under the block still shows the true log.
    const keys = await Promise.all(
      (e.orgs ?? []).map(async (o) => (await readFile(o.attestor.keyFile, 'utf8')).trim()),
    );
    const allSigned = encodeEvmView({
      ...view,
      statement: changed,
      attestations: keys.map((k) => ({
        signer: getBytes(new Wallet(k).address.toLowerCase()),
        signature: signAttestation(changed, k),
      })),
    });
    expect(await sdkVerdict(allSigned, honest.nonce, requester, honest.policy)).toBe('LOG_MISMATCH');
    const strangerKey = Wallet.createRandom().privateKey;
    const byStranger = encodeEvmView({
      ...view,
      attestations: [
        {
          signer: getBytes(new Wallet(strangerKey).address),
          signature: signAttestation(view.statement, strangerKey),
        },
      ],
    });
    expect(await sdkVerdict(byStranger, honest.nonce, requester, honest.policy)).toBe('NON_MEMBER');
    const tooFew = encodeEvmView({ ...view, attestations: view.attestations.slice(0, 1) });
    expect(await sdkVerdict(tooFew, honest.nonce, requester, honest.policy)).toBe('POLICY_NOT_SATISFIED');
    // The same on a's ledger: the proof is verified before the event's place in the stream.
    for (const [forged, code] of [
      [unsigned, 'BAD_SIGNATURE'],
      [allSigned, 'LOG_MISMATCH'],
      [byStranger, 'NON_MEMBER'],
      [tooFew, 'POLICY_NOT_SATISFIED'],
    ] as const) {
      expect(await apply(forged, honest.nonce)).toBe(code);
    }
    expect(await apply(honest.proof, honest.nonce)).toBe('EVENT_REPLAYED');
    expect(hexlify(unsigned)).not.toBe(hexlify(honest.proof));
  }, 120_000);

  it("carries e's logs to another EVM network through the relays, verified and kept by its AssetStore", async () => {
    const subscription = await openSubscription(state, { address: stream(), from: 'f', commit: true });
    try {
      const keys = Array.from({ length: 10 }, (_, i) => `${prefix}-f${i}`);
      const writes = (async () => {
        for (const key of keys) await writer.write(key, `value of ${key}`);
      })();
      const received = [];
      while (received.length < keys.length) received.push((await subscription.next())!);
      await writes;
      expect(received.map((r) => r.event.sequence)).toEqual(
        Array.from({ length: 10 }, (_, i) => subscription.from + BigInt(i)),
      );
      for (const [i, r] of received.entries()) {
        expect(r.committed).toBeDefined();
        expect(await subscription.readApplied(r.event)).toMatchObject({
          key: keys[i],
          value: `value of ${keys[i]}`,
        });
      }
    } finally {
      await subscription.close();
    }
  }, 120_000);
});
