import { randomBytes } from 'node:crypto';
import { getBytes, hexlify, SigningKey, Wallet } from 'ethers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverSigner } from './attestation.js';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

describe('recoverSigner', () => {
  const wallets = Array.from({ length: 4 }, () => Wallet.createRandom());

  it("names the address whose key signed the digest, as ethers' own recovery does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(3), (bytes, w) => {
        const digest = hexlify(bytes);
        const signature = getBytes(new SigningKey(wallets[w]!.privateKey).sign(digest).serialized);
        expect(recoverSigner(digest, signature)).toBe(wallets[w]!.address.toLowerCase());
      }),
      { numRuns: 50 },
    );
  });

  it('names no one, or someone else, for a signature changed, high-s, of another v, or of another length', () => {
    const digest = hexlify(randomBytes(32));
    const address = wallets[0]!.address.toLowerCase();
    const signature = getBytes(new SigningKey(wallets[0]!.privateKey).sign(digest).serialized);
    const changed = Uint8Array.from(signature);
    changed[5]! ^= 1;
    expect(recoverSigner(digest, changed)).not.toBe(address);
    expect(recoverSigner(hexlify(randomBytes(32)), signature)).not.toBe(address);
    const s = BigInt(hexlify(signature.subarray(32, 64)));
    const high = Uint8Array.from(signature);
    high.set(getBytes(`0x${(N - s).toString(16).padStart(64, '0')}`), 32);
    high[64] = high[64] === 27 ? 28 : 27;
    expect(recoverSigner(digest, high)).toBeUndefined();
    const otherV = Uint8Array.from(signature);
    otherV[64] = 29;
    expect(recoverSigner(digest, otherV)).toBeUndefined();
    expect(recoverSigner(digest, signature.subarray(0, 64))).toBeUndefined();
    expect(recoverSigner(digest, new Uint8Array(65))).toBeUndefined();
  });
});
