import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { p256 } from '@noble/curves/nist.js';
import { describe, expect, it } from 'vitest';
import { decodeDerSignature, isLowS } from '../../proofs/ecdsa.js';
import { p256MessageSigner } from './gateway.js';

describe('p256MessageSigner', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const sign = p256MessageSigner(privateKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-65);

  it('signs SHA-256 of the message in the low-S form, which both OpenSSL and a strict verifier accept', async () => {
    for (let i = 0; i < 64; i++) {
      const message = Buffer.from(`proposal ${i}`);
      const der = await sign(message);
      const signature = decodeDerSignature(der);
      expect(signature && isLowS(signature)).toBe(true);
      expect(verify('sha256', message, publicKey, der)).toBe(true);
      const digest = createHash('sha256').update(message).digest();
      expect(p256.verify(der, digest, raw, { prehash: false, lowS: true, format: 'der' })).toBe(true);
      // A signature of another message does not verify: the signer signs what it is given.
      expect(verify('sha256', Buffer.from(`proposal ${i + 1}`), publicKey, der)).toBe(false);
    }
  });
});
