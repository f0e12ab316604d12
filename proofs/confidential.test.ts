import { createPrivateKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { common } from '../protos/index.js';
import { type Endorser, generateOrgs } from '../test/support/fabric-views.js';
import { checkConfidential, openConfidential, sealConfidential } from './confidential.js';

let alice: Endorser;
let bob: Endorser;
const seed = { txId: 'tx-1', address: 'relay:9080/b/weft:assets:Get:k', nonce: 'n-1' };
const value = Buffer.from('the secret value on b');

const { ConfidentialPayload, ConfidentialPayloadContents } = common.interop_payload;

beforeAll(async () => {
  const orgs = await generateOrgs('confidential.weft.test', ['Alice', 'Bob']);
  alice = orgs.Alice!;
  bob = orgs.Bob!;
}, 240_000);

describe('confidential views', () => {
  it('seal for the requester, who alone opens them, and the commitment checks', () => {
    const sealed = sealConfidential(value, alice.certificate, seed);
    expect(Buffer.from(sealed).includes(value)).toBe(false);
    const contents = openConfidential(sealed, createPrivateKey(alice.key));
    expect(Buffer.from(ConfidentialPayloadContents.decode(contents).payload)).toEqual(value);
    const verdict = checkConfidential(sealed, contents);
    expect(verdict.valid && Buffer.from(verdict.payload)).toEqual(value);
  });

  it('give every endorser the same bytes for one proposal, and other bytes for another', () => {
    const sealed = sealConfidential(value, alice.certificate, seed);
    expect(Buffer.from(sealConfidential(value, alice.certificate, seed))).toEqual(Buffer.from(sealed));
    expect(Buffer.from(sealConfidential(value, alice.certificate, { ...seed, txId: 'tx-2' }))).not.toEqual(
      Buffer.from(sealed),
    );
  });

  it('never reuse an ephemeral key for another value, even within one proposal', () => {
    const ephemeral = (v: Uint8Array) =>
      ConfidentialPayload.decode(sealConfidential(v, alice.certificate, seed)).encrypted_payload.subarray(
        0,
        65,
      );
    expect(ephemeral(Buffer.from('another value'))).not.toEqual(ephemeral(value));
  });

  it('cannot be opened with another key, nor once altered', () => {
    const sealed = sealConfidential(value, alice.certificate, seed);
    expect(() => openConfidential(sealed, createPrivateKey(bob.key))).toThrow(
      expect.objectContaining({ code: 'CONFIDENTIAL_INVALID' }),
    );
    const fields = ConfidentialPayload.decode(sealed);
    const encrypted = Buffer.from(fields.encrypted_payload);
    encrypted[encrypted.length - 20]! ^= 1;
    fields.encrypted_payload = encrypted;
    const altered = ConfidentialPayload.encode(fields).finish();
    expect(() => openConfidential(altered, createPrivateKey(alice.key))).toThrow(
      expect.objectContaining({ code: 'CONFIDENTIAL_INVALID' }),
    );
    expect(() => openConfidential(Buffer.from('junk'), createPrivateKey(alice.key))).toThrow(
      expect.objectContaining({ code: 'CONFIDENTIAL_INVALID' }),
    );
  });

  it('refuse contents with another value or another opening', () => {
    const sealed = sealConfidential(value, alice.certificate, seed);
    const contents = ConfidentialPayloadContents.decode(
      openConfidential(sealed, createPrivateKey(alice.key)),
    );
    const lie = (changes: { payload?: Uint8Array; random?: Uint8Array }) =>
      checkConfidential(
        sealed,
        ConfidentialPayloadContents.encode(
          ConfidentialPayloadContents.create({
            payload: contents.payload,
            random: contents.random,
            ...changes,
          }),
        ).finish(),
      );
    expect(lie({ payload: Buffer.from('another value') })).toMatchObject({
      valid: false,
      failure: 'COMMITMENT_MISMATCH',
    });
    expect(lie({ random: Buffer.alloc(32, 7) })).toMatchObject({
      valid: false,
      failure: 'COMMITMENT_MISMATCH',
    });
    expect(checkConfidential(sealed, Buffer.from([0xff, 0xff]))).toMatchObject({
      valid: false,
      failure: 'MALFORMED',
    });
    expect(checkConfidential(Buffer.from('junk'), Buffer.alloc(0))).toMatchObject({
      valid: false,
      failure: 'MALFORMED',
    });
  });

  it('refuse a requester certificate that cannot be parsed', () => {
    expect(() => sealConfidential(value, 'not a certificate', seed)).toThrow(
      expect.objectContaining({ code: 'CONFIDENTIAL_INVALID' }),
    );
  });
});
