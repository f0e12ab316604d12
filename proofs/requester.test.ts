import { createPrivateKey, sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Endorser, generateOrgs } from '../test/support/fabric-views.js';
import { membershipFromPems, type NetworkMembership } from './membership.js';
import { accessAllowed, checkAccessRules, requestSigningBytes, verifyRequester } from './requester.js';

let member: Endorser;
let stranger: Endorser;
let membership: NetworkMembership;
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
    const verdict = verifyRequester(membership, {
      ...request,
      certificate: member.certificate,
      signature: signed(member),
      at: new Date(),
    });
    expect(verdict).toEqual({ valid: true, mspId: 'Org1MSP' });
  });

  it('refuses strangers, wrong keys, missing signatures, other requests and garbage', () => {
    const at = new Date();
    const failure = (input: Partial<Parameters<typeof verifyRequester>[1]>) => {
      const verdict = verifyRequester(membership, {
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

describe('access rules', () => {
  it('allow an org, or any org with *, to read the views matching a pattern, by prefix', () => {
    const rules = checkAccessRules([
      { principal: 'Org1MSP', resource: 'weft:assets:*' },
      { principal: '*', resource: 'weft:public:Get:news' },
    ]);
    expect(accessAllowed(rules, 'Org1MSP', 'weft:assets:Get:k')).toBe(true);
    expect(accessAllowed(rules, 'Org2MSP', 'weft:assets:Get:k')).toBe(false);
    expect(accessAllowed(rules, 'Org2MSP', 'weft:public:Get:news')).toBe(true);
    expect(accessAllowed(rules, 'Org1MSP', 'other:weft:assets:Get:k')).toBe(false);
  });

  it('reject malformed rule lists', () => {
    expect(() => checkAccessRules([])).toThrow(/INVALID_ACL/);
    expect(() => checkAccessRules([{ principal: 'Org1MSP' }])).toThrow(/INVALID_ACL/);
    expect(() => checkAccessRules([{ principal: 'Org1MSP', resource: 'a*b' }])).toThrow(
      /'\*' only at the end/,
    );
  });
});
