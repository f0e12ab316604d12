import { createPrivateKey } from 'node:crypto';
import { getBytes, hexlify, toBeHex, verifyMessage, Wallet } from 'ethers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseTrustedParty,
  signTrustedAnswer,
  type TrustedParty,
  trustedPartyIdentity,
  trustedPartyRecord,
  verifyTrustedAnswer,
} from '../ledgers/trusted-party.js';
import { type Endorser, generateOrgs } from '../test/support/fabric-views.js';
import { decodeDerSignature, encodeDerSignature, isLowS, P256_N } from './ecdsa.js';
import { type TrustedAnswer, trustedAnswerBytes } from './trusted-party.js';

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const fabricAddress = '127.0.0.1:9080/fabric-b/weft:assets:Get:k%3A1';
const evmAddress = `127.0.0.1:9081/evm-c/41101:0x${'ab'.repeat(20)}:get(string):k1`;
const value = new TextEncoder().encode('value\nwith a line feed');

let member: Endorser;
let other: Endorser;
let fabricParty: TrustedParty;
const wallet = Wallet.createRandom();
const evmParty = parseTrustedParty(
  'evm-c',
  JSON.stringify({ kind: 'evm', address: wallet.address.toLowerCase() }),
);

beforeAll(async () => {
  const orgs = await generateOrgs('party.weft.test', ['Org1', 'Org2']);
  member = orgs.Org1!;
  other = orgs.Org2!;
  fabricParty = parseTrustedParty(
    'fabric-b',
    JSON.stringify({ kind: 'fabric', certificate: member.certificate }),
  );
}, 60_000);

function failure(party: TrustedParty, answer: TrustedAnswer): string {
  const verdict = verifyTrustedAnswer(party, answer);
  return verdict.valid ? 'VALID' : verdict.failure;
}

const flipped = (bytes: Uint8Array, at = 0) => {
  const copy = Uint8Array.from(bytes);
  copy[at] = copy[at]! ^ 1;
  return copy;
};

describe('the signed bytes', () => {
  it('are the tag, address and nonce on their own lines, then the value', () => {
    expect(Buffer.from(trustedAnswerBytes(fabricAddress, 'n-1', value)).toString()).toBe(
      `weft-single-api-v1\n${fabricAddress}\nn-1\nvalue\nwith a line feed`,
    );
  });

  it('refuse a nonce or an address that would make them ambiguous', () => {
    expect(() => trustedAnswerBytes(fabricAddress, 'n\n1', value)).toThrow(/line feed/);
    expect(() => trustedAnswerBytes(`${fabricAddress}\nx`, 'n-1', value)).toThrow(/line feed/);
    expect(() => trustedAnswerBytes(fabricAddress, '', value)).toThrow(/1 to 256/);
    expect(() => trustedAnswerBytes(fabricAddress, 'x'.repeat(257), value)).toThrow(/1 to 256/);
    expect(() => trustedAnswerBytes(fabricAddress, 'x'.repeat(256), value)).not.toThrow();
  });
});

describe('a Fabric party', () => {
  const answer = (nonce = 'n-1'): TrustedAnswer => ({
    address: fabricAddress,
    nonce,
    value,
    signature: signTrustedAnswer(
      { kind: 'fabric', privateKey: member.key },
      { address: fabricAddress, nonce, value },
    ),
  });

  it('signs low-S DER signatures that verify', () => {
    for (let i = 0; i < 16; i++) {
      const signed = answer(`n-${i}`);
      expect(isLowS(decodeDerSignature(signed.signature)!)).toBe(true);
      expect(verifyTrustedAnswer(fabricParty, signed)).toEqual({ valid: true });
    }
    const withKeyObject = signTrustedAnswer(
      { kind: 'fabric', privateKey: createPrivateKey(member.key) },
      { address: fabricAddress, nonce: 'n-1', value },
    );
    expect(failure(fabricParty, { ...answer(), signature: withKeyObject })).toBe('VALID');
  });

  it('refuses a changed value, nonce or address, another key, the high-S twin and garbage', () => {
    const signed = answer();
    expect(failure(fabricParty, { ...signed, value: flipped(value, 3) })).toBe('BAD_PARTY_SIGNATURE');
    expect(failure(fabricParty, { ...signed, value: value.subarray(1) })).toBe('BAD_PARTY_SIGNATURE');
    expect(failure(fabricParty, { ...signed, nonce: 'n-2' })).toBe('BAD_PARTY_SIGNATURE');
    expect(failure(fabricParty, { ...signed, address: fabricAddress.replace('k%3A1', 'k%3A2') })).toBe(
      'BAD_PARTY_SIGNATURE',
    );
    const byOther = signTrustedAnswer({ kind: 'fabric', privateKey: other.key }, signed);
    expect(failure(fabricParty, { ...signed, signature: byOther })).toBe('BAD_PARTY_SIGNATURE');
    const { r, s } = decodeDerSignature(signed.signature)!;
    const highS = encodeDerSignature({ r, s: P256_N - s });
    expect(failure(fabricParty, { ...signed, signature: highS })).toBe('BAD_PARTY_SIGNATURE');
    expect(failure(fabricParty, { ...signed, signature: new Uint8Array(70) })).toBe('MALFORMED');
    expect(failure(fabricParty, { ...signed, nonce: 'n\n1' })).toBe('MALFORMED');
    expect(failure(fabricParty, { ...signed, address: 'not an address' })).toBe('MALFORMED');
    // Not canonical: percent-encoding in lower case.
    expect(failure(fabricParty, { ...signed, address: fabricAddress.replace('k%3A1', 'k%3a1') })).toBe(
      'MALFORMED',
    );
    // The party answers for its own network only.
    const elsewhere = fabricAddress.replace('/fabric-b/', '/fabric-c/');
    const signedElsewhere = signTrustedAnswer(
      { kind: 'fabric', privateKey: member.key },
      { address: elsewhere, nonce: 'n-1', value },
    );
    expect(failure(fabricParty, { ...signed, address: elsewhere, signature: signedElsewhere })).toBe(
      'MALFORMED',
    );
  });
});

describe('an EVM party', () => {
  const signed: TrustedAnswer = {
    address: evmAddress,
    nonce: 'n-1',
    value,
    signature: signTrustedAnswer(
      { kind: 'evm', privateKey: wallet.privateKey },
      { address: evmAddress, nonce: 'n-1', value },
    ),
  };

  it('signs an EIP-191 message of the bytes, as wallets do', () => {
    expect(signed.signature).toHaveLength(65);
    expect(verifyMessage(trustedAnswerBytes(evmAddress, 'n-1', value), hexlify(signed.signature))).toBe(
      wallet.address,
    );
    expect(verifyTrustedAnswer(evmParty, signed)).toEqual({ valid: true });
  });

  it('refuses a changed value, another key, the high-s twin and malformed signatures', () => {
    expect(failure(evmParty, { ...signed, value: flipped(value) })).toBe('BAD_PARTY_SIGNATURE');
    expect(failure(evmParty, { ...signed, nonce: 'n-2' })).toBe('BAD_PARTY_SIGNATURE');
    const byOther = signTrustedAnswer({ kind: 'evm', privateKey: Wallet.createRandom().privateKey }, signed);
    expect(failure(evmParty, { ...signed, signature: byOther })).toBe('BAD_PARTY_SIGNATURE');
    const s = BigInt(hexlify(signed.signature.subarray(32, 64)));
    const twin = Uint8Array.from([
      ...signed.signature.subarray(0, 32),
      ...getBytes(toBeHex(SECP256K1_N - s, 32)),
      signed.signature[64] === 27 ? 28 : 27,
    ]);
    expect(failure(evmParty, { ...signed, signature: twin })).toBe('BAD_PARTY_SIGNATURE');
    expect(failure(evmParty, { ...signed, signature: signed.signature.subarray(0, 64) })).toBe('MALFORMED');
    expect(failure(evmParty, { ...signed, address: evmAddress.replace('/evm-c/', '/evm-d/') })).toBe(
      'MALFORMED',
    );
  });
});

describe('trusted party records', () => {
  it('parse into typed parties and print back canonically', () => {
    expect(evmParty).toEqual({ kind: 'evm', networkId: 'evm-c', address: wallet.address.toLowerCase() });
    expect(trustedPartyIdentity(evmParty)).toBe(wallet.address.toLowerCase());
    expect(parseTrustedParty('evm-c', trustedPartyRecord(evmParty))).toEqual(evmParty);
    expect(fabricParty.kind).toBe('fabric');
    expect(trustedPartyIdentity(fabricParty)).toBe(member.certificate);
    expect(trustedPartyRecord(fabricParty)).toBe(
      JSON.stringify({ kind: 'fabric', certificate: member.certificate }),
    );
  });

  it('refuse anything else with POLICY_INVALID', () => {
    const bad = (networkId: string, json: string) => {
      try {
        parseTrustedParty(networkId, json);
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'ACCEPTED';
    };
    const address = wallet.address.toLowerCase();
    expect(bad('evm-c', 'not json')).toBe('POLICY_INVALID');
    expect(bad('evm-c', '[]')).toBe('POLICY_INVALID');
    expect(bad('evm-c', '{"kind":"evm"}')).toBe('POLICY_INVALID');
    expect(bad('evm-c', JSON.stringify({ kind: 'evm', address: wallet.address }))).toBe(
      /[A-F]/.test(wallet.address) ? 'POLICY_INVALID' : 'ACCEPTED',
    );
    expect(bad('evm-c', JSON.stringify({ kind: 'evm', address, extra: 1 }))).toBe('POLICY_INVALID');
    expect(bad('evm-c', JSON.stringify({ kind: 'besu', address }))).toBe('POLICY_INVALID');
    expect(bad('evm/c', JSON.stringify({ kind: 'evm', address }))).toBe('POLICY_INVALID');
    expect(bad('fabric-b', JSON.stringify({ kind: 'fabric', certificate: 'not a certificate' }))).toBe(
      'POLICY_INVALID',
    );
    expect(bad('fabric-b', JSON.stringify({ kind: 'fabric', certificate: member.key }))).toBe(
      'POLICY_INVALID',
    );
  });
});
