import { Wallet } from 'ethers';
import { describe, expect, it } from 'vitest';
import { parseTrustedParty, signTrustedAnswer, verifyTrustedAnswer } from '../../ledgers/trusted-party.js';
import { decodeTrustedAnswer } from './client.js';

const wallet = Wallet.createRandom();
const address = `127.0.0.1:9080/evm-c/31001:0x${'ab'.repeat(20)}:get(string):k1`;
const nonce = 'n-1';
const value = Uint8Array.from([1, 2, 3, 250]);
const signature = signTrustedAnswer(
  { kind: 'evm', privateKey: wallet.privateKey },
  { address, nonce, value },
);
const body = {
  address,
  nonce,
  value: Buffer.from(value).toString('base64'),
  party: { networkId: 'evm-c', org: 'Org1', kind: 'evm', identity: wallet.address.toLowerCase() },
  signature: Buffer.from(signature).toString('base64'),
};
const bytes = (json: unknown) => Buffer.from(typeof json === 'string' ? json : JSON.stringify(json));

describe('decodeTrustedAnswer', () => {
  it("decodes the service's answer into the bytes the party signed", () => {
    const answer = decodeTrustedAnswer(bytes(body), address, nonce);
    expect(answer).toEqual({ address, nonce, value, signature, party: body.party });
    const party = parseTrustedParty(
      'evm-c',
      JSON.stringify({ kind: 'evm', address: wallet.address.toLowerCase() }),
    );
    expect(verifyTrustedAnswer(party, answer).valid).toBe(true);
  });

  it('refuses with REMOTE_ERROR whatever is not an answer to this request', () => {
    const notAnswers: unknown[] = [
      'not json',
      'null',
      [],
      { ...body, address: address.replace('k1', 'k2') },
      { ...body, nonce: 'n-2' },
      // The same bytes, spelt in base64 no encoder writes: a relay's rewrite, not the party's answer.
      { ...body, value: 'AQID+x==' },
      { ...body, signature: '%%%' },
      { ...body, party: undefined },
      { ...body, party: { ...body.party, kind: 'besu' } },
      { ...body, extra: true },
    ];
    for (const json of notAnswers) {
      expect(() => decodeTrustedAnswer(bytes(json), address, nonce), JSON.stringify(json)).toThrow(
        expect.objectContaining({ code: 'REMOTE_ERROR' }),
      );
    }
  });
});
