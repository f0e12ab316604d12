/**
 * Fabric to Fabric, on the ledgers: network b's asset, answered as a view by b's interop chaincode and
 * endorsed by both of b's orgs, is verified by network a's interop chaincode against b's membership and
 * verification policy recorded on a, accepted once, and readable on a. Each forgery is refused by a's peers.
 * A confidential view is sealed by b's endorsers to a's requester, opened by the requester, and accepted on a
 * only when the value given opens the commitment b's endorsers signed. Views carry the time b's endorsers
 * vouch for: a views older than the maximum age a records, or older than the value a recorded, is refused.
 */
import { createHash, createPrivateKey, type KeyObject, randomUUID, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type Contract, signers } from '@hyperledger/fabric-gateway';
import { common, gateway, peer } from '@hyperledger/fabric-protos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, openLocalClient } from '../../cli/query.js';
import { gatewayRefusal } from '../../common/gateway-error.js';
import { cacheDir } from '../../common/paths.js';
import { fabricViewFromEndorsedTransaction } from '../../drivers/fabric/view.js';
import { openConfidential } from '../../proofs/confidential.js';
import { requestSigningBytes } from '../../proofs/requester.js';
import { common as wire } from '../../protos/index.js';
import { submitView } from '../../sdk/client.js';
import { connectGateway, describeGatewayError, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import type { FabricIdentityFiles } from '../../topology/fabric/layout.js';
import { down, up } from '../../topology/launcher.js';
import { type FabricNetworkState, fabricNetwork, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let state: TopologyState;
let a: FabricNetworkState;
let b: FabricNetworkState;
const connections: FabricConnection[] = [];
const key = `asset-${randomUUID()}`;
const address = `relay-b.weft.test:9080/b/weft:assets:Get:${key}`;
let requester: Requester;

async function contract(network: FabricNetworkState, name: string, identity: 'client' | 'admin' = 'client') {
  const org = network.orgs[0]!;
  const connection = await connectGateway(org, org[identity]);
  connections.push(connection);
  return connection.gateway.getNetwork(network.channel).getContract(name);
}

const both = { endorsingOrganizations: ['Org1MSP', 'Org2MSP'] };

interface Requester {
  readonly certificate: string;
  readonly key: KeyObject;
}

async function requesterOf(identity: FabricIdentityFiles): Promise<Requester> {
  return {
    certificate: await readFile(identity.certFile, 'utf8'),
    key: createPrivateKey(await readFile(identity.keyFile)),
  };
}

/**
 * b's interop chaincode answers a request of network a, endorsed by both of b's orgs (the source driver's
 * job). The requester signs address ‖ nonce; `signer` lets a test sign with another key.
 */
async function endorsedByB(
  nonce: string,
  confidential: string,
  who: Requester,
  signer: KeyObject,
  at = address,
) {
  const interopB = await contract(b, 'interop');
  const signature = sign('sha256', requestSigningBytes(at, nonce), signer).toString('base64');
  return interopB
    .newProposal('Query', {
      arguments: [at, nonce, 'a', who.certificate, signature, confidential],
      ...both,
    })
    .endorse();
}

async function viewFromB(
  nonce: string,
  who = requester,
  signer: KeyObject = who.key,
  at = address,
): Promise<string> {
  const endorsed = await endorsedByB(nonce, 'false', who, signer, at);
  return Buffer.from(fabricViewFromEndorsedTransaction(endorsed.getBytes())).toString('base64');
}

const { InteropPayload, ConfidentialPayloadContents: Contents } = wire.interop_payload;

/** A confidential view of b for the requester, and the sealed ConfidentialPayload its endorsers signed. */
async function confidentialViewFromB(nonce: string): Promise<{ view: string; sealed: Uint8Array }> {
  const endorsed = await endorsedByB(nonce, 'true', requester, requester.key);
  const result = InteropPayload.toObject(InteropPayload.decode(endorsed.getResult()), { bytes: Buffer });
  expect(result.confidential).toBe(true);
  return {
    view: Buffer.from(fabricViewFromEndorsedTransaction(endorsed.getBytes())).toString('base64'),
    sealed: result.payload as Buffer,
  };
}

async function submitOnA(
  interopA: Contract,
  view: string,
  nonce: string,
  contents?: Uint8Array,
  at = address,
): Promise<string> {
  const [name, args] = contents
    ? ['SubmitConfidentialView', [view, at, nonce, Buffer.from(contents).toString('base64')]]
    : ['SubmitView', [view, at, nonce]];
  const tx = await interopA.newProposal(name, { arguments: args, ...both }).endorse();
  const status = await (await tx.submit()).getStatus();
  if (!status.successful) throw new Error(`${name} committed as invalid (${status.code})`);
  return Buffer.from(tx.getResult()).toString();
}

async function refusal(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    return describeGatewayError(error);
  }
  throw new Error('expected the peers to refuse');
}

beforeAll(async () => {
  stateDir = await tempDir('cross');
  const topology = parseTopology(
    'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
  );
  state = await up(topology, { stateDir, cacheDir: cacheDir(), topologySource: 'test' });
  a = fabricNetwork(state, 'a');
  b = fabricNetwork(state, 'b');
  requester = await requesterOf(a.orgs[0]!.client);
  await submitOnEveryPeer(b, await contract(b, 'assets'), 'Put', key, 'the value on b');

  // b's governance records who a is and what a's orgs may read: Org1 all assets, Org2 only public ones.
  const adminB = await contract(b, 'interop', 'admin');
  const orgsOfA = Object.fromEntries(
    await Promise.all(a.orgs.map(async (o) => [o.mspId, [await readFile(o.caCertFile, 'utf8')]] as const)),
  );
  await submitOnEveryPeer(b, adminB, 'SetMembership', 'a', JSON.stringify({ orgs: orgsOfA }));
  await submitOnEveryPeer(
    b,
    adminB,
    'SetAccessControl',
    'a',
    JSON.stringify([
      { principal: 'Org1MSP', resource: 'weft:assets:*' },
      { principal: 'Org2MSP', resource: 'weft:assets:Get:public-*' },
    ]),
  );

  // a's governance records who b is and what it takes to believe b.
  const adminA = await contract(a, 'interop', 'admin');
  const orgs = Object.fromEntries(
    await Promise.all(b.orgs.map(async (o) => [o.mspId, [await readFile(o.caCertFile, 'utf8')]] as const)),
  );
  await submitOnEveryPeer(a, adminA, 'SetMembership', 'b', JSON.stringify({ orgs }));
  await submitOnEveryPeer(
    a,
    adminA,
    'SetVerificationPolicy',
    'b',
    JSON.stringify([{ pattern: 'weft:assets:*', policy: 'AND(Org1MSP, Org2MSP)' }]),
  );
}, 240_000);

afterAll(async () => {
  for (const c of connections) c.close();
  await down({ stateDir });
}, 60_000);

describe('a Fabric view of b, verified and used on a', () => {
  it("accepts b's view on a once, and keeps the value readable on a", async () => {
    const interopA = await contract(a, 'interop');
    const view = await viewFromB('nonce-1');
    expect(await submitOnA(interopA, view, 'nonce-1')).toBe('the value on b');
    expect(Buffer.from(await interopA.evaluateTransaction('GetVerifiedView', address)).toString()).toBe(
      'the value on b',
    );
    // The same view again: a replay, refused with its code as data.
    const replayed = await submitOnA(interopA, view, 'nonce-1').catch((error: unknown) => error);
    expect(gatewayRefusal(replayed)?.code).toBe('NONCE_REPLAYED');
    // A proofs/ check failing inside the chaincode keeps its code too.
    const malformed = await submitOnA(interopA, view, 'nonce-2', undefined, 'not an address').catch(
      (error: unknown) => error,
    );
    expect(gatewayRefusal(malformed)).toMatchObject({ code: 'ADDRESS_INVALID' });
  });

  it('refuses a view whose value was changed on the way', async () => {
    const interopA = await contract(a, 'interop');
    const view = Buffer.from(await viewFromB('nonce-2'), 'base64');
    const at = view.indexOf('the value on b');
    view.write('the value on x', at);
    expect(await refusal(submitOnA(interopA, view.toString('base64'), 'nonce-2'))).toContain('BAD_SIGNATURE');
  });

  it("refuses a view issued to another requester, and a view for another request's nonce", async () => {
    const interopA = await contract(a, 'interop');
    // a's Org1 admin is also allowed to ask b; its view is not the submitting client's.
    const admin = await requesterOf(a.orgs[0]!.admin);
    expect(await refusal(submitOnA(interopA, await viewFromB('nonce-3', admin), 'nonce-3'))).toContain(
      'REQUESTER_MISMATCH',
    );
    expect(await refusal(submitOnA(interopA, await viewFromB('nonce-4'), 'nonce-5'))).toContain(
      'NONCE_MISMATCH',
    );
  });

  it('has b refuse unsigned and wrongly signed requests, strangers, and readers its rules do not allow', async () => {
    const org2OfA = await requesterOf(a.orgs[1]!.client);
    // Signed with another key than the certificate's.
    expect(await refusal(viewFromB('nonce-6', requester, org2OfA.key))).toContain('BAD_REQUEST_SIGNATURE');
    // Not signed at all.
    const interopB = await contract(b, 'interop');
    const unsigned = interopB.newProposal('Query', {
      arguments: [address, 'nonce-7', 'a', requester.certificate, '', 'false'],
      ...both,
    });
    expect(await refusal(unsigned.endorse())).toContain('BAD_REQUEST_SIGNATURE');
    // b's own client claiming to be of network a: its certificate chains to no CA of a.
    expect(await refusal(viewFromB('nonce-8', await requesterOf(b.orgs[0]!.client)))).toContain(
      'UNTRUSTED_REQUESTER',
    );
    // a's Org2 may read only public assets.
    expect(await refusal(viewFromB('nonce-9', org2OfA))).toContain('ACCESS_DENIED');
  });

  it("lets only a's admins change what a trusts", async () => {
    const clientA = await contract(a, 'interop');
    expect(
      await refusal(clientA.submitTransaction('SetMembership', 'b', JSON.stringify({ orgs: {} }))),
    ).toContain('NOT_ADMIN');
    // An admin's malformed records are refused too, and the recorded membership stays in force.
    const adminA = await contract(a, 'interop', 'admin');
    expect(await refusal(adminA.submitTransaction('SetMembership', 'b', '{not json'))).toContain(
      'INVALID_JSON',
    );
    expect(
      await refusal(
        adminA.submitTransaction('SetVerificationPolicy', 'b', '[{"pattern":"x*y","policy":"A"}]'),
      ),
    ).toContain("'*' only at the end");
    const view = await viewFromB('nonce-10');
    expect(await submitOnA(clientA, view, 'nonce-10')).toBe('the value on b');
  });
});

describe('a confidential view of b, verified and used on a', () => {
  it('reaches a sealed, is opened by the requester alone, and is accepted on a once', async () => {
    const interopA = await contract(a, 'interop');
    const { view, sealed } = await confidentialViewFromB('nonce-c1');
    // What the relays would carry: neither the view nor the sealed payload holds the value.
    expect(Buffer.from(view, 'base64').includes('the value on b')).toBe(false);
    expect(Buffer.from(sealed).includes('the value on b')).toBe(false);
    const org2OfA = await requesterOf(a.orgs[1]!.client);
    expect(() => openConfidential(sealed, org2OfA.key)).toThrow(
      expect.objectContaining({ code: 'CONFIDENTIAL_INVALID' }),
    );
    const contents = openConfidential(sealed, requester.key);
    expect(await submitOnA(interopA, view, 'nonce-c1', contents)).toBe('the value on b');
    expect(Buffer.from(await interopA.evaluateTransaction('GetVerifiedView', address)).toString()).toBe(
      'the value on b',
    );
    expect(await refusal(submitOnA(interopA, view, 'nonce-c1', contents))).toContain('NONCE_REPLAYED');
  });

  it('refuses a value that does not open the endorsed commitment, and keeps the nonce for the true one', async () => {
    const interopA = await contract(a, 'interop');
    const { view, sealed } = await confidentialViewFromB('nonce-c2');
    const contents = openConfidential(sealed, requester.key);
    const opened = Contents.toObject(Contents.decode(contents), { bytes: Buffer });
    const lying = Contents.encode(
      Contents.create({ ...opened, payload: Buffer.from('the value on x') }),
    ).finish();
    expect(await refusal(submitOnA(interopA, view, 'nonce-c2', lying))).toContain('COMMITMENT_MISMATCH');
    expect(await submitOnA(interopA, view, 'nonce-c2', contents)).toBe('the value on b');
  });

  it('refuses a confidential view through SubmitView, a plain view through SubmitConfidentialView', async () => {
    const interopA = await contract(a, 'interop');
    const { view, sealed } = await confidentialViewFromB('nonce-c3');
    expect(await refusal(submitOnA(interopA, view, 'nonce-c3'))).toContain('CONFIDENTIAL_VIEW');
    const plain = await viewFromB('nonce-c4');
    const contents = openConfidential(sealed, requester.key);
    expect(await refusal(submitOnA(interopA, plain, 'nonce-c4', contents))).toContain('NOT_CONFIDENTIAL');
  });

  it('has b refuse a request whose confidential flag is neither true nor false', async () => {
    expect(await refusal(endorsedByB('nonce-c5', 'yes', requester, requester.key))).toContain(
      'INVALID_ARGUMENT',
    );
  });
});

describe("the freshness of b's views on a", () => {
  /** A key of b of its own, with `value` written on b: each test's views compete only with its own. */
  async function freshKey(value: string): Promise<string> {
    const k = `fresh-${randomUUID()}`;
    await submitOnEveryPeer(b, await contract(b, 'assets'), 'Put', k, value);
    return k;
  }
  const addressOf = (k: string, relay = 'relay-b.weft.test:9080') => `${relay}/b/weft:assets:Get:${k}`;
  const putOnB = async (k: string, value: string) =>
    submitOnEveryPeer(b, await contract(b, 'assets'), 'Put', k, value);

  it("carries the time b's endorsers vouch for, near b's clock", async () => {
    const before = Date.now();
    const endorsed = await endorsedByB('nonce-t1', 'false', requester, requester.key);
    const result = InteropPayload.toObject(InteropPayload.decode(endorsed.getResult()), { longs: Number });
    expect(result.source_time_ms).toBeGreaterThanOrEqual(before - 1_000);
    expect(result.source_time_ms).toBeLessThanOrEqual(Date.now() + 1_000);
    const untimed = InteropPayload.encode(
      InteropPayload.fromObject({ ...result, source_time_ms: 0 }),
    ).finish();
    const added = endorsed.getResult().length - untimed.length;
    expect(added).toBeGreaterThan(0);
    console.log(`freshness: a Fabric view's interop payload carries its source time in ${added} bytes`);
  });

  it('has b refuse a proposal timestamped an hour ahead of its peers (a view that would block updates)', async () => {
    // The driver's seat: a client of b proposes to b's peers, with a timestamp of its choosing.
    const org = b.orgs[0]!;
    const connection = await connectGateway(org);
    connections.push(connection);
    const interopB = connection.gateway.getNetwork(b.channel).getContract('interop');
    const nonce = 'nonce-t2';
    const signature = sign('sha256', requestSigningBytes(address, nonce), requester.key).toString('base64');
    const unsigned = interopB.newProposal('Query', {
      arguments: [address, nonce, 'a', requester.certificate, signature, 'false'],
      ...both,
    });
    const forged = await retimedProposal(unsigned.getBytes(), Date.now() + 3_600_000, org.client.keyFile);
    const proposal = connection.gateway.newSignedProposal(forged.bytes, forged.signature);
    expect(await refusal(proposal.endorse())).toContain('CLOCK_SKEW');
  });

  it('refuses a view older than the maximum age a records for its pattern, and takes a fresh one', async () => {
    const k = await freshKey('hot value');
    const adminA = await contract(a, 'interop', 'admin');
    await submitOnEveryPeer(
      a,
      adminA,
      'SetFreshnessPolicy',
      'b',
      JSON.stringify([
        { pattern: '*', maxAgeMs: 600_000 },
        { pattern: `weft:assets:Get:${k}`, maxAgeMs: 1_500 },
      ]),
    );
    expect(
      JSON.parse(Buffer.from(await adminA.evaluateTransaction('GetFreshnessPolicy', 'b')).toString()),
    ).toContainEqual({
      pattern: `weft:assets:Get:${k}`,
      maxAgeMs: 1_500,
    });
    const interopA = await contract(a, 'interop');
    const kept = await viewFromB('nonce-t3', requester, requester.key, addressOf(k));
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await refusal(submitOnA(interopA, kept, 'nonce-t3', undefined, addressOf(k)))).toContain(
      'VIEW_EXPIRED',
    );
    // Other views of b keep the longer bound: a view held as long is accepted.
    const other = await freshKey('cold value');
    const held = await viewFromB('nonce-t4', requester, requester.key, addressOf(other));
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await submitOnA(interopA, held, 'nonce-t4', undefined, addressOf(other))).toBe('cold value');
    // A fresh view of the hot key is accepted, and the expired one's nonce was never spent.
    const fresh = await viewFromB('nonce-t5', requester, requester.key, addressOf(k));
    expect(await submitOnA(interopA, fresh, 'nonce-t5', undefined, addressOf(k))).toBe('hot value');
  });

  it('never replaces a recorded value with an older one, whenever the views were requested', async () => {
    const k = await freshKey('v1');
    const interopA = await contract(a, 'interop');
    const assetsA = await contract(a, 'assets');
    // Both views requested before either is submitted: v1, then v2 after b's value changed.
    const old = await viewFromB('nonce-m1', requester, requester.key, addressOf(k));
    await putOnB(k, 'v2');
    const endorsedNewer = await endorsedByB('nonce-m2', 'false', requester, requester.key, addressOf(k));
    const newer = Buffer.from(fabricViewFromEndorsedTransaction(endorsedNewer.getBytes())).toString('base64');
    expect(await submitOnA(interopA, newer, 'nonce-m2', undefined, addressOf(k))).toBe('v2');
    expect(await refusal(submitOnA(interopA, old, 'nonce-m1', undefined, addressOf(k)))).toContain(
      'VIEW_OUTDATED',
    );
    // Nor by way of another spelling of the same view (another relay's host): one record per view.
    const elsewhere = addressOf(k, 'relay-b2.weft.test:9090');
    const older = await viewFromB('nonce-m3', requester, requester.key, elsewhere);
    const record = JSON.parse(
      Buffer.from(await assetsA.evaluateTransaction('GetRemoteRecord', addressOf(k))).toString(),
    ) as { value: string; sourceTimeMs: number };
    expect(record.value).toBe('v2');
    const newerTime = InteropPayload.toObject(InteropPayload.decode(endorsedNewer.getResult()), {
      longs: Number,
    }).source_time_ms as number;
    // The application reads the time of the source state with the value.
    expect(record.sourceTimeMs).toBe(newerTime);
    // An older view submitted after: sequentially too.
    await putOnB(k, 'v3');
    const v3 = await viewFromB('nonce-m4', requester, requester.key, addressOf(k));
    expect(await submitOnA(interopA, v3, 'nonce-m4', undefined, addressOf(k))).toBe('v3');
    expect(await refusal(submitOnA(interopA, older, 'nonce-m3', undefined, elsewhere))).toContain(
      'VIEW_OUTDATED',
    );
    expect(Buffer.from(await assetsA.evaluateTransaction('GetRemote', addressOf(k))).toString()).toBe('v3');
  });

  it("lets only a's admins set freshness, and refuses malformed rules", async () => {
    const clientA = await contract(a, 'interop');
    const rules = JSON.stringify([{ pattern: '*', maxAgeMs: 1 }]);
    expect(await refusal(clientA.submitTransaction('SetFreshnessPolicy', 'b', rules))).toContain('NOT_ADMIN');
    const adminA = await contract(a, 'interop', 'admin');
    for (const bad of ['{', '[]', '[{"pattern":"*","maxAgeMs":0}]', '[{"pattern":"a*b","maxAgeMs":5}]']) {
      expect(await refusal(adminA.submitTransaction('SetFreshnessPolicy', 'b', bad))).toMatch(
        /INVALID_JSON|INVALID_FRESHNESS_POLICY/,
      );
    }
  });

  it("has the SDK return the view time, refuse an old view itself, and name the ledger's refusal", async () => {
    const k = await freshKey('sdk v1');
    const local = await openLocalClient(state, 'a');
    try {
      const viewAddress = expandAddress(state, `b/weft:assets:Get:${k}`);
      const first = await local.client.requestView(viewAddress);
      expect(Math.abs(first.sourceTimeMs - Date.now())).toBeLessThan(10_000);
      expect(first.height).toBeUndefined();
      // The client's own bound: the view is older than 1 ms by the time it is verified.
      await expect(local.client.requestView(viewAddress, { maxAgeMs: 1 })).rejects.toMatchObject({
        code: 'VIEW_EXPIRED',
      });
      await putOnB(k, 'sdk v2');
      const second = await local.client.requestView(viewAddress);
      expect(second.sourceTimeMs).toBeGreaterThan(first.sourceTimeMs);
      await submitView(local.interop, second);
      await expect(submitView(local.interop, first)).rejects.toMatchObject({
        code: 'VIEW_OUTDATED',
        context: { refusal: 'VIEW_OUTDATED' },
      });
    } finally {
      local.close();
    }
  });
});

/**
 * The proposal `bytes` with its timestamp moved to `atMs`, signed again by the client key: what a driver
 * that lies about the time would send. The transaction id does not cover the timestamp.
 */
async function retimedProposal(bytes: Uint8Array, atMs: number, keyFile: string) {
  // What the Gateway client serializes: a ProposedTransaction around the signed proposal.
  const proposed = gateway.ProposedTransaction.deserializeBinary(bytes);
  const signedProposal = proposed.getProposal();
  if (!signedProposal) throw new Error('no proposal');
  const proposal = peer.Proposal.deserializeBinary(signedProposal.getProposalBytes_asU8());
  const header = common.Header.deserializeBinary(proposal.getHeader_asU8());
  const channelHeader = common.ChannelHeader.deserializeBinary(header.getChannelHeader_asU8());
  const timestamp = channelHeader.getTimestamp();
  if (!timestamp) throw new Error('the proposal has no timestamp');
  timestamp.setSeconds(Math.floor(atMs / 1000));
  header.setChannelHeader(channelHeader.serializeBinary());
  proposal.setHeader(header.serializeBinary());
  const retimed = proposal.serializeBinary();
  signedProposal.setProposalBytes(retimed);
  proposed.setProposal(signedProposal);
  const signer = signers.newPrivateKeySigner(createPrivateKey(await readFile(keyFile)));
  return {
    bytes: proposed.serializeBinary(),
    signature: await signer(createHash('sha256').update(retimed).digest()),
  };
}
