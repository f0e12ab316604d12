import { beforeAll, describe, expect, it } from 'vitest';
import { batchLeaf } from '../../proofs/batch.js';
import { parsePolicy } from '../../proofs/policy.js';
import { fabric, protos } from '../../protos/index.js';
import {
  batchResponse,
  type Endorser,
  endorse,
  fabricView,
  generateOrgs,
  responsePayload,
} from '../../test/support/fabric-views.js';
import { membershipFromPems } from './membership.js';
import { createFabricViewVerifier, type FabricViewVerifier, MAX_ENDORSEMENTS } from './proof.js';

const ADDRESS = 'relay-b:9080/fabric-b/weft:assets:Get:k';
const REQUEST = { address: ADDRESS, nonce: 'nonce-1', requesterCertificate: 'REQUESTER-PEM' };
const expectation = { ...REQUEST, chaincode: 'interop', policy: parsePolicy('AND(Org1MSP, Org2MSP)') };

let org1: Endorser;
let org2: Endorser;
let impostor: Endorser;
let verifier: FabricViewVerifier;

beforeAll(async () => {
  const source = await generateOrgs('source.weft.test', ['Org1', 'Org2']);
  org1 = source.Org1!;
  org2 = source.Org2!;
  // Same MSP id as the source's Org1, another CA: what an attacker controls.
  impostor = (await generateOrgs('impostor.weft.test', ['Org1'])).Org1!;
  verifier = createFabricViewVerifier(
    membershipFromPems('fabric-b', { Org1MSP: [org1.ca], Org2MSP: [org2.ca] }),
  );
}, 60_000);

function validView(content: Partial<Parameters<typeof responsePayload>[0]> = {}) {
  const payload = responsePayload({ ...REQUEST, ...content });
  return fabricView([endorse(payload, org1), endorse(payload, org2)]);
}

function failureOf(view: Uint8Array, overrides: Partial<typeof expectation> & { at?: Date } = {}) {
  const verdict = verifier.verify(view, { ...expectation, ...overrides });
  return verdict.valid ? 'VALID' : verdict.failure;
}

describe('Fabric view verification', () => {
  it('accepts a view endorsed by both orgs for this request, and returns its value', () => {
    const view = validView({ value: 'asset value' });
    for (let i = 0; i < 2; i++) {
      const verdict = verifier.verify(view, expectation);
      expect(verdict).toMatchObject({ valid: true, orgs: ['Org1MSP', 'Org2MSP'] });
      if (verdict.valid) expect(Buffer.from(verdict.result.payload).toString()).toBe('asset value');
    }
  });

  it("accepts Weaver's own encoding of the same view", () => {
    const payload = responsePayload(REQUEST);
    const { FabricView } = fabric.view_data;
    const entries = [endorse(payload, org1), endorse(payload, org2)].map((e) =>
      FabricView.EndorsedProposalResponse.create({
        payload: protos.ProposalResponsePayload.decode(e.payload),
        endorsement: protos.Endorsement.decode(e.endorsement),
      }),
    );
    const weaverView = FabricView.encode(
      FabricView.create({ endorsed_proposal_responses: entries }),
    ).finish();
    expect(failureOf(weaverView)).toBe('VALID');
  });

  it('rejects a payload changed in transit by a relay', () => {
    const signed = responsePayload(REQUEST);
    const tampered = responsePayload({ ...REQUEST, value: 'a value the relay prefers' });
    const [e1, e2] = [endorse(signed, org1), endorse(signed, org2)];
    expect(
      failureOf(
        fabricView([
          { ...e1, payload: tampered },
          { ...e2, payload: tampered },
        ]),
      ),
    ).toBe('BAD_SIGNATURE');
  });

  it('rejects endorsements of two different payloads', () => {
    const a = responsePayload(REQUEST);
    const b = responsePayload({ ...REQUEST, value: 'other' });
    expect(failureOf(fabricView([endorse(a, org1), endorse(b, org2)]))).toBe('PAYLOAD_MISMATCH');
  });

  it('rejects an endorser whose certificate comes from an unknown CA, even under a known org id', () => {
    const payload = responsePayload(REQUEST);
    expect(failureOf(fabricView([endorse(payload, impostor), endorse(payload, org2)]))).toBe(
      'UNTRUSTED_CERTIFICATE',
    );
  });

  it("rejects an endorser claiming another org than its certificate's", () => {
    const payload = responsePayload(REQUEST);
    const lying = endorse(payload, org1, { claimedMspId: 'Org2MSP' });
    expect(failureOf(fabricView([endorse(payload, org1), lying]))).toBe('UNTRUSTED_CERTIFICATE');
  });

  it('rejects an endorser of an org that is not recorded', () => {
    const payload = responsePayload(REQUEST);
    expect(failureOf(fabricView([endorse(payload, org1, { claimedMspId: 'Org3MSP' })]))).toBe('UNKNOWN_ORG');
  });

  it('rejects a valid signature over a different payload', () => {
    const payload = responsePayload(REQUEST);
    const elsewhere = endorse(payload, org2, { signOver: responsePayload({ ...REQUEST, value: 'x' }) });
    expect(failureOf(fabricView([endorse(payload, org1), elsewhere]))).toBe('BAD_SIGNATURE');
  });

  it('rejects too few orgs for the policy, and one org counted twice', () => {
    const payload = responsePayload(REQUEST);
    expect(failureOf(fabricView([endorse(payload, org1)]))).toBe('POLICY_NOT_SATISFIED');
    expect(failureOf(fabricView([endorse(payload, org1), endorse(payload, org1)]))).toBe(
      'POLICY_NOT_SATISFIED',
    );
    expect(
      failureOf(fabricView([endorse(payload, org1)]), { policy: parsePolicy('OR(Org1MSP, Org2MSP)') }),
    ).toBe('VALID');
  });

  it('rejects a view for another address, another request, or another requester', () => {
    expect(failureOf(validView({ address: 'relay-b:9080/fabric-b/weft:assets:Get:other' }))).toBe(
      'ADDRESS_MISMATCH',
    );
    expect(failureOf(validView(), { nonce: 'nonce-2' })).toBe('NONCE_MISMATCH');
    expect(failureOf(validView({ requesterCertificate: 'SOMEONE-ELSE' }))).toBe('REQUESTER_MISMATCH');
  });

  it('returns the source time the endorsers vouch for, and rejects a view without one', () => {
    const verdict = verifier.verify(validView({ sourceTimeMs: 1_764_590_400_123 }), expectation);
    expect(verdict.valid && verdict.result.sourceTimeMs).toBe(1_764_590_400_123);
    expect(failureOf(validView({ sourceTimeMs: 0 }))).toBe('SOURCE_TIME_MISSING');
  });

  it('refuses a flood of empty endorsements before decoding it', () => {
    // A million empty entries (2 MB): decoded, two million objects; scanned, refused at field 1025.
    const flood = Buffer.alloc(2_000_000);
    for (let i = 0; i < flood.length; i += 2) flood[i] = 0x0a;
    const verdict = verifier.verify(flood, expectation);
    expect(verdict).toMatchObject({ valid: false, failure: 'MALFORMED' });
    expect(!verdict.valid && verdict.reason).toMatch(/at most 1024 fields/);
  });

  it('rejects a high-S signature, the malleated twin of a valid one', () => {
    const payload = responsePayload(REQUEST);
    expect(failureOf(fabricView([endorse(payload, org1, { highS: true }), endorse(payload, org2)]))).toBe(
      'HIGH_S_SIGNATURE',
    );
  });

  it('rejects results of another chaincode and failed chaincode calls', () => {
    expect(failureOf(validView({ chaincode: 'assets' }))).toBe('WRONG_CHAINCODE');
    expect(failureOf(validView({ status: 500 }))).toBe('CHAINCODE_ERROR');
  });

  it('rejects an endorser certificate outside its validity', () => {
    expect(failureOf(validView(), { at: new Date('2200-01-01T00:00:00Z') })).toBe(
      'CERTIFICATE_NOT_VALID_NOW',
    );
    expect(failureOf(validView(), { at: new Date('2000-01-01T00:00:00Z') })).toBe(
      'CERTIFICATE_NOT_VALID_NOW',
    );
  });

  it('returns a verdict, never an exception, for malformed bytes', () => {
    expect(failureOf(Uint8Array.from([0x0a, 0xff, 0x01]))).toBe('MALFORMED');
    expect(failureOf(validView().subarray(0, 40))).toBe('MALFORMED');
    expect(failureOf(new Uint8Array())).toBe('NO_ENDORSEMENTS');
    const payload = responsePayload(REQUEST);
    expect(failureOf(fabricView([{ payload, endorsement: Uint8Array.from([1, 2, 3]) }]))).toBe('MALFORMED');
    const many = Array.from({ length: MAX_ENDORSEMENTS + 1 }, () => endorse(payload, org1));
    expect(failureOf(fabricView(many))).toBe('MALFORMED');
    expect(() => verifier.verify('bytes' as unknown as Uint8Array, expectation)).toThrow(TypeError);
  });
});

describe('Fabric views of the batch form', () => {
  // Four requesters of one view; each signed address ‖ nonce (here: any bytes, the salts' source).
  const requests = [1, 2, 3, 4].map((i) => ({
    nonce: `nonce-${i}`,
    certificate: `REQUESTER-${i}-PEM`,
    signature: Buffer.from(`signature of requester ${i}`).toString('base64'),
  }));
  const expectationOf = (i: number) => ({
    ...expectation,
    nonce: requests[i]!.nonce,
    requesterCertificate: requests[i]!.certificate,
  });
  const endorsedBatch = (value = 'batch value') => {
    const batch = batchResponse(ADDRESS, requests, { value });
    const entries = [endorse(batch.payload, org1), endorse(batch.payload, org2)];
    return { ...batch, entries, viewOf: (i: number) => fabricView(entries, batch.leaves[i]) };
  };

  it("gives each requester a view of its own request, whose value and binding are its leaf's", () => {
    const batch = endorsedBatch();
    for (const i of [0, 1, 2, 3]) {
      const verdict = verifier.verify(batch.viewOf(i), expectationOf(i));
      expect(verdict).toMatchObject({ valid: true, orgs: ['Org1MSP', 'Org2MSP'], batch: { leaves: 4 } });
      if (!verdict.valid) continue;
      expect(Buffer.from(verdict.batch!.root).equals(Buffer.from(batch.root))).toBe(true);
      expect(verdict.result).toMatchObject({
        nonce: `nonce-${i + 1}`,
        requesterCertificate: `REQUESTER-${i + 1}-PEM`,
      });
      expect(Buffer.from(verdict.result.payload).toString()).toBe('batch value');
    }
  });

  it("refuses a requester who presents another requester's view as its own", () => {
    const view = endorsedBatch().viewOf(0);
    expect(failureOf(view, expectationOf(1))).toBe('NONCE_MISMATCH');
    expect(failureOf(view, { ...expectationOf(0), requesterCertificate: requests[1]!.certificate })).toBe(
      'REQUESTER_MISMATCH',
    );
  });

  it('refuses a leaf of another batch, under this batch’s endorsements', () => {
    const ours = endorsedBatch('ours');
    const theirs = endorsedBatch('theirs');
    expect(failureOf(fabricView(ours.entries, theirs.leaves[0]), expectationOf(0))).toBe('NOT_IN_BATCH');
  });

  it('refuses a leaf whose payload, salt or path was changed', () => {
    const batch = endorsedBatch();
    const leaf = batch.leaves[2]!;
    const forged = responsePayload({
      ...REQUEST,
      nonce: requests[2]!.nonce,
      requesterCertificate: requests[2]!.certificate,
      value: 'the relay prefers this',
    });
    const changed = [
      { ...leaf, payload: forged },
      { ...leaf, salt: Buffer.alloc(32, 7) },
      { ...leaf, path: leaf.path.map((hash, i) => (i === 0 ? Buffer.alloc(32, 1) : hash)) },
      { ...leaf, path: [...leaf.path].reverse() },
      { ...leaf, path: leaf.path.slice(1) },
      { ...leaf, path: batch.leaves[1]!.path },
    ];
    for (const bad of changed) {
      expect(failureOf(fabricView(batch.entries, bad), expectationOf(2))).toBe('NOT_IN_BATCH');
    }
    expect(
      failureOf(fabricView(batch.entries, { ...leaf, salt: leaf.salt.subarray(1) }), expectationOf(2)),
    ).toBe('BATCH_INVALID');
    expect(
      failureOf(
        fabricView(batch.entries, { ...leaf, path: Array.from({ length: 8 }, () => Buffer.alloc(32)) }),
        expectationOf(2),
      ),
    ).toBe('BATCH_INVALID');
  });

  it('refuses a batch leaf on a view of one request, and a batch result without its leaf', () => {
    const single = responsePayload(REQUEST);
    const leaf = endorsedBatch().leaves[0]!;
    expect(failureOf(fabricView([endorse(single, org1), endorse(single, org2)], leaf))).toBe('BATCH_INVALID');
    expect(failureOf(fabricView(endorsedBatch().entries), expectationOf(0))).toBe('BATCH_INVALID');
  });

  it('tells another requester nothing of a leaf it knows every field of but the salt', () => {
    const batch = endorsedBatch();
    // Requester 2 knows the address, the value, requester 1's certificate and even its nonce; not its signature.
    const own = new Set(batch.leaves[1]!.path.map((hash) => Buffer.from(hash).toString('hex')));
    const guessed = batchResponse(ADDRESS, [{ ...requests[0]!, signature: 'Z3Vlc3M=' }], {
      value: 'batch value',
    });
    const guessedLeaf = guessed.leaves[0]!;
    expect(own.has(Buffer.from(batchLeaf(guessedLeaf.salt, guessedLeaf.payload)).toString('hex'))).toBe(
      false,
    );
    // With the right salt the same guess is the sibling it sees: the salt is all that hides it.
    const real = batch.leaves[0]!;
    expect(own.has(Buffer.from(batchLeaf(real.salt, real.payload)).toString('hex'))).toBe(true);
  });
});
