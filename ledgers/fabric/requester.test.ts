import { createPrivateKey, sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RequestToVerify, requestSigningBytes } from '../../proofs/requester.js';
import { type Endorser, generateOrgs } from '../../test/support/fabric-views.js';
import { type FabricMembership, membershipFromPems } from './membership.js';
import { createFabricRequesterVerifier } from './requester.js';

let member: Endorser;
let stranger: Endorser;
let membership: FabricMembership;
const request = { address: 'relay:1/b/weft:assets:Get:k', nonce: 'n-1' };

beforeAll(async () => {
  member = (await generateOrgs('requesting.weft.test', ['Org1'])).Org1!;
  stranger = (await generateOrgs('elsewhere.weft.test', ['Org1'])).Org1!;
  membership = membershipFromPems('a', { Org1MSP: [member.ca] });
}, 60_000);

const signed = (by: Endorser) =>
  sign('sha256', requestSigningBytes(request.address, request.nonce), createPrivateKey(by.key));

describe('requesters', () => {
  it("accepts a request signed by a member of the requesting network, naming the member's org", () => {
    const verdict = createFabricRequesterVerifier(membership)({
      ...request,
      certificate: member.certificate,
      signature: signed(member),
      at: new Date(),
    });
    expect(verdict).toEqual({ valid: true, mspId: 'Org1MSP' });
  });

  it('refuses strangers, wrong keys, missing signatures, other requests and garbage', () => {
    const at = new Date();
    const failure = (input: Partial<RequestToVerify>) => {
      const verdict = createFabricRequesterVerifier(membership)({
        ...request,
        certificate: member.certificate,
        signature: signed(member),
        at,
        ...input,
      });
      return verdict.valid ? 'VALID' : verdict.failure;
    };
    expect(failure({ certificate: stranger.certificate, signature: signed(stranger) })).toBe(
      'UNTRUSTED_REQUESTER',
    );
    expect(failure({ signature: signed(stranger) })).toBe('BAD_REQUEST_SIGNATURE');
    expect(failure({ signature: new Uint8Array() })).toBe('BAD_REQUEST_SIGNATURE');
    expect(failure({ nonce: 'n-2' })).toBe('BAD_REQUEST_SIGNATURE');
    expect(failure({ certificate: 'not a certificate' })).toBe('MALFORMED_REQUESTER');
    expect(failure({ at: new Date('2200-01-01T00:00:00Z') })).toBe('UNTRUSTED_REQUESTER');
  });
});
