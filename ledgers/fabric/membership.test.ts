import { beforeAll, describe, expect, it } from 'vitest';
import { type Endorser, generateOrgs } from '../../test/support/fabric-views.js';
import { membershipFromPems } from './membership.js';

let org: Endorser;

beforeAll(async () => {
  org = (await generateOrgs('members.weft.test', ['Org1'])).Org1!;
}, 60_000);

describe('memberships', () => {
  it('parses each org CA once', () => {
    const membership = membershipFromPems('net', { Org1MSP: [org.ca] });
    expect(membership.orgs.get('Org1MSP')?.roots[0]?.ca).toBe(true);
  });

  it('refuses a non-CA certificate, garbage, an org without CAs and a malformed org id', () => {
    expect(() => membershipFromPems('net', { Org1MSP: [org.certificate] })).toThrow(/not a CA certificate/);
    expect(() => membershipFromPems('net', { Org1MSP: ['not a certificate'] })).toThrow(/not a certificate/);
    expect(() => membershipFromPems('net', { Org1MSP: [] })).toThrow(/no CA certificate/);
    expect(() => membershipFromPems('net', { 'bad id': [org.ca] })).toThrow(/invalid org id/);
  });
});
