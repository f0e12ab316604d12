import { createMerkleProof, createMPT } from '@ethereumjs/mpt';
import { concat, decodeRlp, encodeRlp, getBytes, hexlify, keccak256, toBeHex, toUtf8Bytes } from 'ethers';
import { describe, expect, it } from 'vitest';
import { failureOf, shortString, ZERO } from '../../test/support/storage-values.js';
import {
  MAX_HEADER_BYTES,
  MAX_NODE_BYTES,
  MAX_PROOF_NODES,
  type StorageClaim,
  type StorageProof,
  verifyStorageProof,
} from './storage.js';

/**
 * Proofs recorded from anvil 1.7.1 (default hardfork): AssetStore at `contract` (values in
 * `mapping(string => string)` at slot 0) after put('asset-0'..'asset-11', 'value N') and a second AssetStore
 * at `otherContract` with one entry (block `older`), then put('asset-1', 'a new value') (block `newer`).
 * Every proof comes from eth_getProof with the EIP-1898 block hash; the header is the block's RLP header.
 */
type RecordedBlock = (typeof FIXTURE)['older'] | (typeof FIXTURE)['newer'];

const nodes = (list: readonly string[]) => list.map((n) => getBytes(n));
const proofOf = (block: RecordedBlock, storage: readonly string[] = block.storageProof): StorageProof => ({
  header: getBytes(block.header),
  accountProof: nodes(block.accountProof),
  storageProof: nodes(storage),
});
const claimOf = (block: RecordedBlock, value: Uint8Array, slot: string = FIXTURE.slot): StorageClaim => ({
  blockHash: block.hash,
  blockNumber: BigInt(block.number),
  contract: FIXTURE.contract,
  slot,
  value,
});

describe('EVM storage proof verification', () => {
  it('proves a slot value from the block hash alone, with the proven roots', async () => {
    const { older } = FIXTURE;
    // The fixture's slot is AssetStore's slot of 'asset-1': keccak256(bytes(key) ‖ uint256(0)).
    expect(keccak256(concat([toUtf8Bytes('asset-1'), toBeHex(0, 32)]))).toBe(FIXTURE.slot);
    const verdict = await verifyStorageProof(claimOf(older, shortString('value 1')), proofOf(older));
    expect(verdict).toEqual({ valid: true, stateRoot: older.stateRoot, storageRoot: older.storageRoot });
  });

  it('proves the value at each block against that block: historical proofs stay valid', async () => {
    const { older, newer } = FIXTURE;
    expect(await failureOf(claimOf(newer, shortString('a new value')), proofOf(newer))).toBe('VALID');
    expect(await failureOf(claimOf(older, shortString('value 1')), proofOf(older))).toBe('VALID');
    // Each block's value is only the value at that block.
    expect(await failureOf(claimOf(newer, shortString('value 1')), proofOf(newer))).toBe('VALUE_MISMATCH');
    expect(await failureOf(claimOf(older, shortString('a new value')), proofOf(older))).toBe(
      'VALUE_MISMATCH',
    );
  });

  it('proves an empty slot as zero, and only as zero', async () => {
    const { older } = FIXTURE;
    const proof = proofOf(older, older.emptySlotProof);
    expect(await failureOf(claimOf(older, ZERO, FIXTURE.emptySlot), proof)).toBe('VALID');
    expect(await failureOf(claimOf(older, shortString('value 1'), FIXTURE.emptySlot), proof)).toBe(
      'VALUE_MISMATCH',
    );
  });

  it('gives the same verdict on every run (endorsing peers must agree)', async () => {
    const { older } = FIXTURE;
    const claim = claimOf(older, shortString('value 1'));
    const verdicts = await Promise.all([0, 1, 2].map(() => verifyStorageProof(claim, proofOf(older))));
    expect(verdicts[1]).toEqual(verdicts[0]);
    expect(verdicts[2]).toEqual(verdicts[0]);
    const wrong = claimOf(older, ZERO);
    expect(await verifyStorageProof(wrong, proofOf(older))).toEqual(
      await verifyStorageProof(wrong, proofOf(older)),
    );
  });
});

describe('EVM storage proof attacks', () => {
  const value = shortString('value 1');

  it('rejects the proof of another block against the attested block hash', async () => {
    const { older, newer } = FIXTURE;
    expect(await failureOf(claimOf(older, shortString('a new value')), proofOf(newer))).toBe(
      'HEADER_MISMATCH',
    );
    // The attested header with the account proof of another state root.
    const mixed = { ...proofOf(older), accountProof: nodes(newer.accountProof) };
    expect(await failureOf(claimOf(older, value), mixed)).toBe('ACCOUNT_PROOF_INVALID');
  });

  it('rejects a header with a tampered field', async () => {
    const { older } = FIXTURE;
    const fields = decodeRlp(older.header) as string[];
    for (const [index, replacement] of [
      [3, hexlify(new Uint8Array(32).fill(7))], // state root
      [8, toBeHex(older.number + 1)], // number
      [11, '0x01'], // timestamp
    ] as const) {
      const tampered = [...fields];
      tampered[index] = replacement;
      const proof = { ...proofOf(older), header: getBytes(encodeRlp(tampered)) };
      expect(await failureOf(claimOf(older, value), proof)).toBe('HEADER_MISMATCH');
    }
    const flipped = getBytes(older.header);
    flipped[100]! ^= 1;
    expect(await failureOf(claimOf(older, value), { ...proofOf(older), header: flipped })).toBe(
      'HEADER_MISMATCH',
    );
  });

  it('rejects a claim of another block number', async () => {
    const { older } = FIXTURE;
    for (const number of [older.number - 1, older.number + 1, 0]) {
      const claim = { ...claimOf(older, value), blockNumber: BigInt(number) };
      expect(await failureOf(claim, proofOf(older))).toBe('BLOCK_NUMBER_MISMATCH');
    }
  });

  it('rejects a changed value, one bit or one byte of padding', async () => {
    const { older } = FIXTURE;
    const oneBit = shortString('value 1');
    oneBit[0]! ^= 1;
    expect(await failureOf(claimOf(older, oneBit), proofOf(older))).toBe('VALUE_MISMATCH');
    expect(await failureOf(claimOf(older, ZERO), proofOf(older))).toBe('VALUE_MISMATCH');
    expect(await failureOf(claimOf(older, getBytes(concat([value, '0x00']))), proofOf(older))).toBe(
      'MALFORMED_PROOF',
    );
  });

  it("rejects another contract's account proof, and a claim of another contract", async () => {
    const { older } = FIXTURE;
    const otherAccount = { ...proofOf(older), accountProof: nodes(older.otherContractAccountProof) };
    expect(await failureOf(claimOf(older, value), otherAccount)).toBe('ACCOUNT_PROOF_INVALID');
    const otherClaim = { ...claimOf(older, value), contract: FIXTURE.otherContract };
    expect(await failureOf(otherClaim, proofOf(older))).toBe('ACCOUNT_PROOF_INVALID');
  });

  it('rejects the storage proof of another slot', async () => {
    const { older } = FIXTURE;
    const proof = proofOf(older, older.otherSlotProof);
    expect(await failureOf(claimOf(older, value), proof)).toBe('STORAGE_PROOF_INVALID');
    expect(await failureOf(claimOf(older, ZERO), proof)).toBe('STORAGE_PROOF_INVALID');
    // The proof of the slot itself, claimed for another slot.
    expect(await failureOf(claimOf(older, value, FIXTURE.otherSlot), proofOf(older))).toBe(
      'STORAGE_PROOF_INVALID',
    );
  });

  it('rejects a contract with no account at the block', async () => {
    const { older } = FIXTURE;
    const absent = { ...claimOf(older, ZERO), contract: FIXTURE.absent };
    const proof = { ...proofOf(older), accountProof: nodes(older.absentAccountProof), storageProof: [] };
    const verdict = await verifyStorageProof(absent, proof);
    expect(verdict).toMatchObject({ valid: false, failure: 'ACCOUNT_ABSENT' });
    // Nor can the absence proof of one address stand for an account that exists.
    expect(
      await failureOf(claimOf(older, value), { ...proofOf(older), accountProof: proof.accountProof }),
    ).toBe('ACCOUNT_PROOF_INVALID');
  });

  it('rejects a self-consistent forged state that does not hang from the attested state root', async () => {
    const { older } = FIXTURE;
    const forgedValue = shortString('forged');
    const storage = await createMPT({ useKeyHashing: true });
    await storage.put(getBytes(FIXTURE.slot), getBytes(encodeRlp(forgedValue)));
    const state = await createMPT({ useKeyHashing: true });
    const account = encodeRlp(['0x01', '0x', hexlify(storage.root()), keccak256('0x')]);
    await state.put(getBytes(FIXTURE.contract), getBytes(account));
    const forged = {
      header: getBytes(older.header),
      accountProof: await createMerkleProof(state, getBytes(FIXTURE.contract)),
      storageProof: await createMerkleProof(storage, getBytes(FIXTURE.slot)),
    };
    expect(await failureOf(claimOf(older, forgedValue), forged)).toBe('ACCOUNT_PROOF_INVALID');
    // The real account with a forged storage trie.
    const forgedStorage = { ...proofOf(older), storageProof: forged.storageProof };
    expect(await failureOf(claimOf(older, forgedValue), forgedStorage)).toBe('STORAGE_PROOF_INVALID');
  });

  it('gives a verdict for truncated, reordered, missing and garbage nodes, never an exception', async () => {
    const { older } = FIXTURE;
    const proof = proofOf(older);
    const claim = claimOf(older, value);
    const account = (accountProof: Uint8Array[]) => ({ ...proof, accountProof });
    const storage = (storageProof: Uint8Array[]) => ({ ...proof, storageProof });
    const truncated = (list: readonly Uint8Array[]) => list.map((n, i) => (i === 1 ? n.subarray(0, -1) : n));
    expect(await failureOf(claim, account(truncated(proof.accountProof)))).toBe('ACCOUNT_PROOF_INVALID');
    expect(await failureOf(claim, storage(truncated(proof.storageProof)))).toBe('STORAGE_PROOF_INVALID');
    expect(await failureOf(claim, account([...proof.accountProof].reverse()))).toBe('ACCOUNT_PROOF_INVALID');
    expect(await failureOf(claim, account(proof.accountProof.slice(0, -1)))).toBe('ACCOUNT_PROOF_INVALID');
    expect(await failureOf(claim, account([]))).toBe('ACCOUNT_PROOF_INVALID');
    expect(await failureOf(claim, storage([]))).toBe('STORAGE_PROOF_INVALID');
    expect(await failureOf(claim, storage(proof.storageProof.slice(0, -1)))).toBe('STORAGE_PROOF_INVALID');
    const garbage = [getBytes('0xdeadbeef'), getBytes('0xc0'), getBytes('0xf9ffff'), new Uint8Array(33)];
    for (const node of garbage) {
      expect(await failureOf(claim, account([node]))).toBe('ACCOUNT_PROOF_INVALID');
      expect(await failureOf(claim, storage([node]))).toBe('STORAGE_PROOF_INVALID');
      expect(await failureOf(claim, account([...proof.accountProof, node]))).toBe('VALID'); // unused extra node
    }
    expect(await failureOf(claim, account([new Uint8Array(0)]))).toBe('MALFORMED_PROOF');
  });

  it('never throws and never accepts a proof with any byte flipped', async () => {
    const { older } = FIXTURE;
    const claim = claimOf(older, value);
    let seed = 1;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const proof = proofOf(older);
      const parts = [[proof.header], proof.accountProof, proof.storageProof] as const;
      const part = parts[random(3)]!;
      const node = part[random(part.length)]!;
      node[random(node.length)]! ^= 1 + random(255);
      const verdict = await verifyStorageProof(claim, proof);
      expect(verdict.valid).toBe(false);
    }
  });

  it('bounds the work: node count, node size, header size', async () => {
    const { older } = FIXTURE;
    const proof = proofOf(older);
    const claim = claimOf(older, value);
    const many = Array.from({ length: MAX_PROOF_NODES + 1 }, () => proof.accountProof[0]!);
    expect(await failureOf(claim, { ...proof, accountProof: many })).toBe('MALFORMED_PROOF');
    expect(await failureOf(claim, { ...proof, storageProof: many })).toBe('MALFORMED_PROOF');
    const big = new Uint8Array(MAX_NODE_BYTES + 1);
    expect(await failureOf(claim, { ...proof, storageProof: [big] })).toBe('MALFORMED_PROOF');
    const longHeader = new Uint8Array(MAX_HEADER_BYTES + 1);
    const hash = keccak256(longHeader);
    expect(await failureOf({ ...claim, blockHash: hash }, { ...proof, header: longHeader })).toBe(
      'MALFORMED_PROOF',
    );
  });

  it('rejects a header that hashes right but is no block header', async () => {
    const { older } = FIXTURE;
    const proof = proofOf(older);
    const fields = decodeRlp(older.header) as string[];
    for (const header of [
      getBytes('0x0102'), // not RLP
      getBytes('0x8401020304'), // RLP, not a list
      getBytes(encodeRlp(fields.slice(0, 9))), // too few fields
      getBytes(encodeRlp(fields.map((f, i) => (i === 3 ? '0x1234' : f)))), // state root of 2 bytes
      getBytes(encodeRlp(fields.map((f, i) => (i === 8 ? ['0x0f'] : f)))), // number is a list
      getBytes(encodeRlp(fields.map((f, i) => (i === 8 ? '0x000f' : f)))), // number with a leading zero
    ]) {
      const claim = { ...claimOf(older, value), blockHash: keccak256(header) };
      expect(await failureOf(claim, { ...proof, header })).toBe('MALFORMED_PROOF');
    }
  });

  it('rejects malformed claims and proof shapes', async () => {
    const { older } = FIXTURE;
    const proof = proofOf(older);
    const claim = claimOf(older, value);
    for (const bad of [
      { blockHash: older.hash.slice(0, -2) },
      { contract: '0x1234' },
      { contract: `${FIXTURE.contract}00` },
      { slot: '0x00' },
      { value: new Uint8Array(31) },
      { value: 'not bytes' },
      { blockNumber: -1n },
      { blockNumber: 15 },
    ]) {
      expect(await failureOf({ ...claim, ...bad } as StorageClaim, proof)).toBe('MALFORMED_PROOF');
    }
    for (const bad of [
      { header: older.header },
      { accountProof: older.accountProof },
      { storageProof: 'nodes' },
      { accountProof: undefined },
    ]) {
      expect(await failureOf(claim, { ...proof, ...bad } as unknown as StorageProof)).toBe('MALFORMED_PROOF');
    }
    expect(await failureOf(claim, null as unknown as StorageProof)).toBe('MALFORMED_PROOF');
  });

  it('accepts the claim in any hex case', async () => {
    const { older } = FIXTURE;
    const claim = {
      ...claimOf(older, value),
      blockHash: older.hash.toUpperCase().replace('0X', '0x'),
      contract: FIXTURE.contract.toUpperCase().replace('0X', '0x'),
      slot: FIXTURE.slot.toUpperCase().replace('0X', '0x'),
    };
    expect(await failureOf(claim, proofOf(older))).toBe('VALID');
  });
});

const FIXTURE = {
  contract: '0x5fbdb2315678afecb367f032d93f642f64180aa3',
  otherContract: '0xe7f1725e7734ce288f8367e1bb143e90bb3f0512',
  absent: '0xabababababababababababababababababababab',
  slot: '0xb6f9b5d591906aec6073fd6da2bdc7b811654c22e323d05bf5dc4b958661eb49',
  emptySlot: '0x4e8fc2ea1d86c99ef4d77583d17d10a60c8d15826965b0a10efcd9f2276af736',
  otherSlot: '0x654d5ea152dc551709d6fd85283ed4a96004f7bcef5cbb92840e911a695a2c49',
  older: {
    hash: '0x293c0bc0f91cd2bb5ae9da67eabc9bf3dade79da1698e463d778967fa3ff34e8',
    number: 15,
    header:
      '0xf90261a0e5aba91177008c5da10cb6c78f4a03f76d05bed3da5d3032f3025d3ec5302f64a01dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347940000000000000000000000000000000000000000a0ff102d43f334bc88ee3403908b7674a150d9de33aad1a9ddc752ed0165c71435a0909cadb3c76c71ac291e373cf9e40dbed82a19bc0700ea7c3d8d891bb0b809fba0a628fd928c4193703eebcc1b2b84599068792647ad37f7e4514a8adc51c92760b9010000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000000000000000000000000100000000001000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200000000000001000000000002000000000000000000000000000000040000000000000000000000000000000000008800000000000000000800f8401c9c38082bbcb846b095dda80a0728a093196b3e4834c2d73ddd8f047da0882a60b39d3715904ee72bd75bdfa8488000000000000000084094df028a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b4218080a00000000000000000000000000000000000000000000000000000000000000000a0e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    stateRoot: '0xff102d43f334bc88ee3403908b7674a150d9de33aad1a9ddc752ed0165c71435',
    storageRoot: '0x2693d8e484231a9cfda140a6520b8186453b3250d9f4ac09c641bb81337f5066',
    accountProof: [
      '0xf8d1a0b91a8b7a7e9d3eab90afd81da3725030742f663c6ed8c26657bf00d842a9f4aa808080a0f545e2fa6613d4f87b3cae4554ac113bbe577f58414a153434597d794e5a545ea025b5bd91f22a6876476918e46604bfbd671b6400db3fa1fc172c905c610108aea02c864d354882def94eeb126dce3f3e4eb6540e8cfb8009fb97dbc1b8415fc3fca04984114dc5f5c8543da658a66796c48af969cb451f59fec4077e579419cc00c4808080808080a0a4297c1f6c5a2a1e35a30e3b8576d19ff5763f01fdf044a80b6993587d2107dd8080',
      '0xf85180808080a0e0af66bda8c212282a1ed6cef9406cd44ff2262ed88cef119ea3ea5d87b9090f80808080a074ae0767a40fc6fff780050f46a50f6b39ca4edb7faa9669108157a1cd96f40980808080808080',
      '0xf869a020e659e60b21cc961f64ad47f20523c1d329d4bbda245ef3940a76dc89d0911bb846f8440180a02693d8e484231a9cfda140a6520b8186453b3250d9f4ac09c641bb81337f5066a0142c76c6074e7f05a026bb1e1dbe61e6e1432b6a36a7f36e1832e5616dc212bb',
    ],
    storageProof: [
      '0xf90111a07109be8c3197ac6aed5107afc54c0bb29efff768c72abbfbe2c42a69ac16193780a01c107b2256064ff309c996091ba8a5e14b587248746f414427861149c2dca6f580a0c27b1d0323920ea60cddc08405ab47f4569cb7e99dadd525dd54a24420b866d9a01286b7e1aef3a83c4bef512a49d7f4cf90006fb5cfa7a2874ba9eea6af41f16d8080a0fa06545735b4e83694dd7ba58013b2f8b3f8881e807bc36b03847374ddeeb528a0e0f1cd9af985dd3146c622c7617b57aaf8463e389a55b306ccec89abde9c148680808080a07ee0b210ca201afef5a34202da3ff8b3aedf00c96ecec2a127186f7ba7032b4ca0a08e1c2cbd3ec49bc7cd38e84ce4389e03dca862f3abb521e6cac0ca63c9080a80',
      '0xf851808080a07f580a942d68356930f397bf2bbabe6b093245a93efa2ac724d9c918d5f0c5778080808080a0b4de60c059bfb7b172537eeaf39a2269675a4de3554affc3c7078f69b9551d5380808080808080',
      '0xf843a020d4a3dcac1cffab8afabb2a5b71c549fcbfb728e837eb86eb11cdd5b13e723da1a076616c756520310000000000000000000000000000000000000000000000000e',
    ],
    emptySlotProof: [
      '0xf90111a07109be8c3197ac6aed5107afc54c0bb29efff768c72abbfbe2c42a69ac16193780a01c107b2256064ff309c996091ba8a5e14b587248746f414427861149c2dca6f580a0c27b1d0323920ea60cddc08405ab47f4569cb7e99dadd525dd54a24420b866d9a01286b7e1aef3a83c4bef512a49d7f4cf90006fb5cfa7a2874ba9eea6af41f16d8080a0fa06545735b4e83694dd7ba58013b2f8b3f8881e807bc36b03847374ddeeb528a0e0f1cd9af985dd3146c622c7617b57aaf8463e389a55b306ccec89abde9c148680808080a07ee0b210ca201afef5a34202da3ff8b3aedf00c96ecec2a127186f7ba7032b4ca0a08e1c2cbd3ec49bc7cd38e84ce4389e03dca862f3abb521e6cac0ca63c9080a80',
    ],
    otherSlotProof: [
      '0xf90111a07109be8c3197ac6aed5107afc54c0bb29efff768c72abbfbe2c42a69ac16193780a01c107b2256064ff309c996091ba8a5e14b587248746f414427861149c2dca6f580a0c27b1d0323920ea60cddc08405ab47f4569cb7e99dadd525dd54a24420b866d9a01286b7e1aef3a83c4bef512a49d7f4cf90006fb5cfa7a2874ba9eea6af41f16d8080a0fa06545735b4e83694dd7ba58013b2f8b3f8881e807bc36b03847374ddeeb528a0e0f1cd9af985dd3146c622c7617b57aaf8463e389a55b306ccec89abde9c148680808080a07ee0b210ca201afef5a34202da3ff8b3aedf00c96ecec2a127186f7ba7032b4ca0a08e1c2cbd3ec49bc7cd38e84ce4389e03dca862f3abb521e6cac0ca63c9080a80',
      '0xf8518080808080808080a0ecdd276ff7fc9bb2f244c4073ec52343d5ed4632411d27964be40e0aedb1e088808080808080a046484e1a91c6ae8d41435c5b90a3981e75c539fd7d59bfb5e326b13587f692d480',
      '0xf85180a076b23c873fa8a5ca5ee9ac4044555c5fe0edbe04781f81341208fe69f02be8948080a033257ccf193223740b1864ddf7b1d3652f1a0daa596593927fb2a6726abbd946808080808080808080808080',
      '0xf8429f3ed90a33c071562eee86e2a6b5916f5bc3ef1898e259745e6c47bee9b7d8d5a1a076616c756520320000000000000000000000000000000000000000000000000e',
    ],
    otherContractAccountProof: [
      '0xf8d1a0b91a8b7a7e9d3eab90afd81da3725030742f663c6ed8c26657bf00d842a9f4aa808080a0f545e2fa6613d4f87b3cae4554ac113bbe577f58414a153434597d794e5a545ea025b5bd91f22a6876476918e46604bfbd671b6400db3fa1fc172c905c610108aea02c864d354882def94eeb126dce3f3e4eb6540e8cfb8009fb97dbc1b8415fc3fca04984114dc5f5c8543da658a66796c48af969cb451f59fec4077e579419cc00c4808080808080a0a4297c1f6c5a2a1e35a30e3b8576d19ff5763f01fdf044a80b6993587d2107dd8080',
      '0xf869a0398c6047767c10f653ca157a7f66a592a1d6ca550cae352912be0b0745336afdb846f8440180a02b8034d9a5686bdef6d031cb65dbbe4355450a40d19ce89660b641029335cb34a0142c76c6074e7f05a026bb1e1dbe61e6e1432b6a36a7f36e1832e5616dc212bb',
    ],
    absentAccountProof: [
      '0xf8d1a0b91a8b7a7e9d3eab90afd81da3725030742f663c6ed8c26657bf00d842a9f4aa808080a0f545e2fa6613d4f87b3cae4554ac113bbe577f58414a153434597d794e5a545ea025b5bd91f22a6876476918e46604bfbd671b6400db3fa1fc172c905c610108aea02c864d354882def94eeb126dce3f3e4eb6540e8cfb8009fb97dbc1b8415fc3fca04984114dc5f5c8543da658a66796c48af969cb451f59fec4077e579419cc00c4808080808080a0a4297c1f6c5a2a1e35a30e3b8576d19ff5763f01fdf044a80b6993587d2107dd8080',
    ],
  },
  newer: {
    hash: '0x423117bb9fea833e60f63766f8a28e7da508b3e9ee39ad017b79de4916283556',
    number: 16,
    header:
      '0xf90261a0293c0bc0f91cd2bb5ae9da67eabc9bf3dade79da1698e463d778967fa3ff34e8a01dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347940000000000000000000000000000000000000000a0e46f3e80cb6ac46b1fd3a35cc54e8a2515344c2e4af98710c21094b820c6b1bba06188b2ae70eb6e61ff005a658999a0c47fdf99dff4286ba3228d869b8bf5720ba0f3050454e879090b780d36f761fb2498b8abe05106e21cbbc313c5f9a9ec5715b901000000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200000004000000000000000010000000000100000000000000000000000000000000000000000000000000000000000001000000000000000000000020000000000000000000000000000000000000000000000000000000000000000000000000000004000000020000000000000000000000000200000000000000000000000000000004000000000000000000000000000000000000800000000000000000080108401c9c3808278ff846b095dda80a0952826840a2f93da04b1ab9c711cccb95395546f6c6fc63c4cd3c1add664bf1e880000000000000000840825266ea056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b4218080a00000000000000000000000000000000000000000000000000000000000000000a0e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    stateRoot: '0xe46f3e80cb6ac46b1fd3a35cc54e8a2515344c2e4af98710c21094b820c6b1bb',
    storageRoot: '0x4b778cd70cc81ea354f300dcb1236bda2ab57f00c4d06dbee91c035e927c23b2',
    accountProof: [
      '0xf8d1a0b91a8b7a7e9d3eab90afd81da3725030742f663c6ed8c26657bf00d842a9f4aa808080a029b6a0223dd6351eb4f5dab43433c5125082cc5efbcd7edce92bef465baab71aa00a3c3e0c1f2fd31231659fde65c49279c4b3f84e52f89e27fa614eef1a511717a0aca49428038762c95d2ab1d96a6c96c5b5f60551aa8f778afbdc17a05dba493ba04984114dc5f5c8543da658a66796c48af969cb451f59fec4077e579419cc00c4808080808080a00f63ea93e914ce847c2127fb6aa5e5ea185d753732c9877333672255abd0af7f8080',
      '0xf85180808080a051e4e24f97dfef8ce12b2f5cd42ecee9e6ea3f0da902400dc8e03a8db330cf8880808080a074ae0767a40fc6fff780050f46a50f6b39ca4edb7faa9669108157a1cd96f40980808080808080',
      '0xf869a020e659e60b21cc961f64ad47f20523c1d329d4bbda245ef3940a76dc89d0911bb846f8440180a04b778cd70cc81ea354f300dcb1236bda2ab57f00c4d06dbee91c035e927c23b2a0142c76c6074e7f05a026bb1e1dbe61e6e1432b6a36a7f36e1832e5616dc212bb',
    ],
    storageProof: [
      '0xf90111a07109be8c3197ac6aed5107afc54c0bb29efff768c72abbfbe2c42a69ac16193780a01c107b2256064ff309c996091ba8a5e14b587248746f414427861149c2dca6f580a0c27b1d0323920ea60cddc08405ab47f4569cb7e99dadd525dd54a24420b866d9a01286b7e1aef3a83c4bef512a49d7f4cf90006fb5cfa7a2874ba9eea6af41f16d8080a0fa06545735b4e83694dd7ba58013b2f8b3f8881e807bc36b03847374ddeeb528a0255226c27e3256e028a54d9c38ef9b69ec591fc855aa8cd9351a11165636e1c380808080a07ee0b210ca201afef5a34202da3ff8b3aedf00c96ecec2a127186f7ba7032b4ca0a08e1c2cbd3ec49bc7cd38e84ce4389e03dca862f3abb521e6cac0ca63c9080a80',
      '0xf851808080a0fbd3717e13f968ba0308fe9ec307db29a77a0e8a1d061c783316447551f1b14f8080808080a0b4de60c059bfb7b172537eeaf39a2269675a4de3554affc3c7078f69b9551d5380808080808080',
      '0xf843a020d4a3dcac1cffab8afabb2a5b71c549fcbfb728e837eb86eb11cdd5b13e723da1a061206e65772076616c7565000000000000000000000000000000000000000016',
    ],
  },
} as const;
