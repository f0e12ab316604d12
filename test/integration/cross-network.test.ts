/**
 * Fabric to Fabric, on the ledgers: network b's asset, answered as a view by b's interop chaincode and
 * endorsed by both of b's orgs, is verified by network a's interop chaincode against b's membership and
 * verification policy recorded on a, accepted once, and readable on a. Each forgery is refused by a's peers.
 * A confidential view is sealed by b's endorsers to a's requester, opened by the requester, and accepted on a
 * only when the value given opens the commitment b's endorsers signed.
 */
import { createPrivateKey, type KeyObject, randomUUID, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Contract } from '@hyperledger/fabric-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../common/paths.js';
import { fabricViewFromEndorsedTransaction } from '../../drivers/fabric/view.js';
import { connectGateway, describeGatewayError, type FabricConnection } from '../../networks/fabric/client.js';
import { submitOnEveryPeer } from '../../networks/fabric/committed.js';
import type { FabricIdentityFiles } from '../../networks/fabric/layout.js';
import { down, up } from '../../networks/launcher.js';
import { type FabricNetworkState, fabricNetwork } from '../../networks/state.js';
import { parseTopology } from '../../networks/topology.js';
import { openConfidential } from '../../proofs/confidential.js';
import { requestSigningBytes } from '../../proofs/requester.js';
import { messageType } from '../../protos/index.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
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
async function endorsedByB(nonce: string, confidential: string, who: Requester, signer: KeyObject) {
  const interopB = await contract(b, 'interop');
  const signature = sign('sha256', requestSigningBytes(address, nonce), signer).toString('base64');
  return interopB
    .newProposal('Query', {
      arguments: [address, nonce, 'a', who.certificate, signature, confidential],
      ...both,
    })
    .endorse();
}

async function viewFromB(nonce: string, who = requester, signer: KeyObject = who.key): Promise<string> {
  const endorsed = await endorsedByB(nonce, 'false', who, signer);
  return Buffer.from(fabricViewFromEndorsedTransaction(endorsed.getBytes())).toString('base64');
}

const InteropPayload = messageType('common.interop_payload.InteropPayload');
const Contents = messageType('common.interop_payload.ConfidentialPayloadContents');

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
): Promise<string> {
  const [name, args] = contents
    ? ['SubmitConfidentialView', [view, address, nonce, Buffer.from(contents).toString('base64')]]
    : ['SubmitView', [view, address, nonce]];
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
  const state = await up(topology, { stateDir, cacheDir: cacheDir(), topologySource: 'test' });
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
    // The same view again: a replay.
    expect(await refusal(submitOnA(interopA, view, 'nonce-1'))).toContain('NONCE_REPLAYED');
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
