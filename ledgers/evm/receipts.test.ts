import { createMerkleProof, createMPT } from '@ethereumjs/mpt';
import { concat, decodeRlp, encodeRlp, getBytes, hexlify, keccak256, toBeArray, toBeHex } from 'ethers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeftError } from '../../common/errors.js';
import { blockOf, bytes, headerWith, hex, proofOf } from '../../test/support/evm-block.js';
import { MAX_HEADER_BYTES } from './header.js';
import {
  buildReceiptProof,
  decodeReceipt,
  encodeReceipt,
  type Log,
  logOf,
  MAX_RECEIPT_BYTES,
  MAX_RECEIPT_NODE_BYTES,
  MAX_RECEIPT_PROOF_BYTES,
  MAX_RECEIPT_PROOF_NODES,
  MAX_TX_INDEX,
  matchLog,
  type Receipt,
  type ReceiptProof,
  receiptTrieKey,
  verifyReceiptProof,
} from './receipts.js';

function receipt(overrides: Partial<Receipt> = {}): Receipt {
  return { type: 2, status: 1, cumulativeGasUsed: 21_000n, logsBloom: bytes(256, 0), logs: [], ...overrides };
}

const TRANSFER_TOPIC = hex(32, 0xdd);
const aLog = (fill: number, data = '0x3344'): Log => ({
  address: hex(20, fill),
  topics: [TRANSFER_TOPIC, hex(32, fill)],
  data: getBytes(data),
});

/** 'VALID', or the failure the verifier names. */
async function failureOf(input: ReceiptProof): Promise<string> {
  const verdict = await verifyReceiptProof(input);
  return verdict.valid ? 'VALID' : verdict.failure;
}

/** Receipts as a chain could hold them, in the lower-case hex decoding gives. */
const lowerHex = (length: number) => fc.uint8Array({ minLength: length, maxLength: length }).map(hexlify);
const logs = fc.record({
  address: lowerHex(20),
  topics: fc.array(lowerHex(32), { maxLength: 4 }),
  data: fc.uint8Array({ maxLength: 200 }),
});
const receipts = fc.record({
  type: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<Receipt['type']>,
  status: fc.constantFrom(0, 1) as fc.Arbitrary<Receipt['status']>,
  cumulativeGasUsed: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
  logsBloom: fc.uint8Array({ minLength: 256, maxLength: 256 }),
  logs: fc.array(logs, { maxLength: 4 }),
});

describe('receipt encoding', () => {
  it('matches hand-derived consensus encodings, legacy and typed', () => {
    // rlp([0x01, 0x5208, bloom, []]): 1 + 3 + (3 + 256) + 1 = 264 = 0x108 bytes of payload.
    const legacy = `0xf9010801825208b90100${'00'.repeat(256)}c0`;
    expect(hexlify(encodeReceipt(receipt({ type: 0 })))).toBe(legacy);
    for (const type of [1, 2, 3, 4] as const) {
      expect(hexlify(encodeReceipt(receipt({ type })))).toBe(`0x0${type}${legacy.slice(2)}`);
    }
    // A reverted transaction's status 0 is the empty string, 0x80.
    expect(hexlify(encodeReceipt(receipt({ type: 0, status: 0 })))).toBe(
      legacy.replace('0xf9010801', '0xf9010880'),
    );

    // One log: [address, [topic, topic], data] = (1 + 20) + (2 + 66) + 3 = 92 = 0x5c bytes of payload.
    const log = `0xf85c94${'ee'.repeat(20)}f842a0${'dd'.repeat(32)}a0${'ee'.repeat(32)}823344`;
    expect(encodeRlp([aLog(0xee).address, [...aLog(0xee).topics], aLog(0xee).data])).toBe(log);
    // Logs list: 2 + 92 = 94 = 0x5e; receipt payload: 1 + 3 + 259 + 2 + 94 = 359 = 0x167.
    const withLog = `0x02f9016701825208b90100${'00'.repeat(256)}f85e${log.slice(2)}`;
    expect(hexlify(encodeReceipt(receipt({ logs: [aLog(0xee)] })))).toBe(withLog);
  });

  it('keys a receipt by rlp(txIndex)', () => {
    const keys = [0, 1, 127, 128, 255, 256, 65_535, MAX_TX_INDEX].map((i) => hexlify(receiptTrieKey(i)));
    expect(keys).toEqual(['0x80', '0x01', '0x7f', '0x8180', '0x81ff', '0x820100', '0x82ffff', '0x83ffffff']);
    for (const bad of [-1, 1.5, MAX_TX_INDEX + 1, Number.NaN]) {
      expect(() => receiptTrieKey(bad)).toThrow(/transaction index/);
    }
  });

  it('decodes what it encodes, and only the canonical encoding', () => {
    fc.assert(
      fc.property(receipts, (r) => {
        const encoded = encodeReceipt(r);
        expect(decodeReceipt(encoded)).toEqual({ ok: true, receipt: r });
      }),
    );
  });

  it('never reads a changed or truncated encoding as the same receipt, never throws', () => {
    fc.assert(
      fc.property(receipts, fc.nat(), fc.integer({ min: 1, max: 255 }), (r, at, mask) => {
        const encoded = encodeReceipt(r);
        const changed = Uint8Array.from(encoded);
        changed[at % changed.length]! ^= mask;
        const reading = decodeReceipt(changed);
        // Decoding is canonical: whatever reads re-encodes to the changed bytes, so it is another receipt.
        if (reading.ok) expect(hexlify(encodeReceipt(reading.receipt))).toBe(hexlify(changed));
        expect(decodeReceipt(encoded.subarray(0, at % encoded.length)).ok).toBe(false);
      }),
    );
  });

  it('refuses unknown types, pre-Byzantium receipts and non-canonical encodings', () => {
    const body = encodeReceipt(receipt({ type: 0 }));
    const fields = decodeRlp(body) as string[];
    const reasons = [
      concat(['0x05', body]), // type 5
      concat(['0x00', body]), // type 0 never prefixed
      concat(['0x7f', body]),
      encodeRlp([hex(32, 9), ...fields.slice(1)]), // a post-state root in place of the status
      encodeRlp(['0x02', ...fields.slice(1)]), // status 2
      encodeRlp(fields.slice(0, 3)), // three fields
      encodeRlp([...fields, '0x']), // five fields
      encodeRlp([fields[0]!, '0x005208', fields[2]!, []]), // gas with a leading zero
      encodeRlp([fields[0]!, toBeArray(2n ** 64n), fields[2]!, []]), // gas beyond uint64
      encodeRlp([fields[0]!, fields[1]!, hex(255, 0), []]), // short bloom
      encodeRlp([fields[0]!, fields[1]!, fields[2]!, '0x']), // logs not a list
      encodeRlp([...fields.slice(0, 3), [[hex(19, 1), [], '0x']]]), // short address
      encodeRlp([...fields.slice(0, 3), [[hex(20, 1), [hex(32, 1)], []]]]), // data a list
      encodeRlp([...fields.slice(0, 3), [[hex(20, 1), Array(5).fill(hex(32, 1)), '0x']]]), // 5 topics
      concat(['0xf901098101', body.subarray(4)]), // status 0x01 as the long form 0x8101
      concat([body, '0x00']), // trailing byte
      '0x',
      '0x02',
    ].map((encoded) => decodeReceipt(getBytes(encoded)));
    for (const reading of reasons) expect(reading.ok).toBe(false);
    expect(reasons[3]).toMatchObject({ reason: expect.stringMatching(/pre-Byzantium/) });
    expect(reasons[14]).toMatchObject({ reason: expect.stringMatching(/canonical/) });
    expect(decodeReceipt(new Uint8Array(MAX_RECEIPT_BYTES + 1)).ok).toBe(false);
    expect(decodeReceipt('0x01' as unknown as Uint8Array).ok).toBe(false);
  });

  it('refuses to encode a receipt no chain could hold, by code', () => {
    for (const bad of [
      { type: 5 },
      { status: 2 },
      { cumulativeGasUsed: -1n },
      { cumulativeGasUsed: 2n ** 64n },
      { cumulativeGasUsed: 21_000 },
      { logsBloom: bytes(255, 0) },
      { logs: [{ ...aLog(1), address: '0x1234' }] },
      { logs: [{ ...aLog(1), topics: Array(5).fill(TRANSFER_TOPIC) }] },
      { logs: [{ ...aLog(1), topics: ['0x12'] }] },
      { logs: [{ ...aLog(1), data: '0x12' }] },
    ]) {
      let error: unknown;
      try {
        encodeReceipt(receipt(bad as Partial<Receipt>));
      } catch (e) {
        error = e;
      }
      expect(isWeftError(error, 'REQUEST_INVALID')).toBe(true);
    }
  });
});

describe('receipt proofs', () => {
  it('builds the hand-derived trie of one receipt: one leaf, key nibbles 8 0 under hex prefix 0x20', async () => {
    const only = encodeReceipt(receipt());
    const leaf = getBytes(encodeRlp(['0x2080', only]));
    expect(await buildReceiptProof([only], 0)).toEqual({ root: keccak256(leaf), proof: [leaf] });
  });

  it('proves every receipt of a block, with the header it hangs from', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(receipts, { minLength: 1, maxLength: 40 }), async (list) => {
        const block = await blockOf(list);
        for (const [index, expected] of list.entries()) {
          const verdict = await verifyReceiptProof(await proofOf(block, index));
          expect(verdict).toEqual({
            valid: true,
            receipt: expected,
            receiptsRoot: block.root,
            blockNumber: 7n,
            blockTimestamp: 1_700_000_000n,
          });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('builds the root of the trie keyed by rlp(index), whatever the order of insertion', async () => {
    const list = Array.from({ length: 300 }, (_, i) =>
      encodeReceipt(receipt({ cumulativeGasUsed: BigInt(i) })),
    );
    const trie = await createMPT();
    for (let i = list.length - 1; i >= 0; i--) await trie.put(receiptTrieKey(i), list[i]!);
    expect((await buildReceiptProof(list, 299)).root).toBe(hexlify(trie.root()));
  });

  it('refuses to build the proof of an index the block does not have', async () => {
    const list = [encodeReceipt(receipt())];
    for (const index of [1, -1, 0.5]) {
      await expect(buildReceiptProof(list, index)).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
    }
    await expect(buildReceiptProof([], 0)).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
  });

  it('gives the same verdict on every run (endorsing peers must agree)', async () => {
    const block = await blockOf([receipt(), receipt({ logs: [aLog(1)] })]);
    const good = await proofOf(block, 1);
    const verdicts = await Promise.all([0, 1, 2].map(() => verifyReceiptProof(good)));
    expect(verdicts[1]).toEqual(verdicts[0]);
    expect(verdicts[2]).toEqual(verdicts[0]);
    const wrong = { ...good, txIndex: 0 };
    expect(await verifyReceiptProof(wrong)).toEqual(await verifyReceiptProof(wrong));
  });
});

describe('receipt proof attacks', () => {
  const list = Array.from({ length: 20 }, (_, i) =>
    receipt({
      type: (i % 5) as Receipt['type'],
      cumulativeGasUsed: 21_000n * BigInt(i + 1),
      logs: [aLog(i)],
    }),
  );

  it('refuses a proof for another index, and the absence of an index', async () => {
    const block = await blockOf(list);
    const good = await proofOf(block, 5);
    expect(await failureOf(good)).toBe('VALID');
    for (const txIndex of [4, 6, 0, 19]) {
      expect(await failureOf({ ...good, txIndex })).toBe('RECEIPT_PROOF_INVALID');
    }
    // Index 20 is absent: the proof of a neighbour's path proves no receipt there.
    expect(await failureOf({ ...good, txIndex: 20 })).toBe('RECEIPT_PROOF_INVALID');
  });

  it('refuses truncated, missing, reordered and garbage nodes; ignores unused extra ones', async () => {
    const block = await blockOf(list);
    const good = await proofOf(block, 17);
    const { proof } = good;
    expect(proof.length).toBeGreaterThan(1);
    const withProof = (nodes: Uint8Array[]) => ({ ...good, proof: nodes });
    const cases: Array<[Uint8Array[], string]> = [
      [proof.slice(0, -1), 'RECEIPT_PROOF_INVALID'],
      [proof.slice(1), 'RECEIPT_PROOF_INVALID'],
      [[], 'RECEIPT_PROOF_INVALID'],
      [[...proof].reverse(), 'RECEIPT_PROOF_INVALID'],
      [proof.map((n, i) => (i === proof.length - 1 ? n.subarray(0, -1) : n)), 'RECEIPT_PROOF_INVALID'],
      [[getBytes('0xdeadbeef')], 'RECEIPT_PROOF_INVALID'],
      [[getBytes('0xc0')], 'RECEIPT_PROOF_INVALID'],
      [[getBytes('0xf9ffff'), ...proof], 'RECEIPT_PROOF_INVALID'],
      [[...proof, getBytes('0xdeadbeef')], 'VALID'],
      [[new Uint8Array(0)], 'MALFORMED_PROOF'],
    ];
    for (const [nodes, failure] of cases) expect(await failureOf(withProof(nodes))).toBe(failure);
  });

  it('refuses a tampered receipt byte, and a self-consistent trie of changed receipts', async () => {
    const block = await blockOf(list);
    const good = await proofOf(block, 3);
    const leaf = good.proof.at(-1)!;
    for (const at of [leaf.length - 1, leaf.length - 40, 10]) {
      const tampered = Uint8Array.from(leaf);
      tampered[at]! ^= 1;
      expect(await failureOf({ ...good, proof: [...good.proof.slice(0, -1), tampered] })).toBe(
        'RECEIPT_PROOF_INVALID',
      );
    }
    // A forger's block: the same receipts but one log's data, trie and proof made anew.
    const forged = list.map((r, i) => (i === 3 ? { ...r, logs: [aLog(3, '0x3345')] } : r));
    const forgedBlock = await blockOf(forged);
    const forgedProof = (await proofOf(forgedBlock, 3)).proof;
    expect(forgedBlock.root).not.toBe(block.root);
    expect(await failureOf({ ...good, proof: forgedProof })).toBe('RECEIPT_PROOF_INVALID');
  });

  it('refuses a tampered header, and the header of another block', async () => {
    const block = await blockOf(list);
    const good = await proofOf(block, 2);
    const fields = decodeRlp(good.header) as string[];
    for (const [index, replacement] of [
      [5, hex(32, 7)], // receipts root
      [8, toBeHex(8)], // number
      [11, '0x01'], // timestamp
    ] as const) {
      const tampered = [...fields];
      tampered[index] = replacement;
      expect(await failureOf({ ...good, header: getBytes(encodeRlp(tampered)) })).toBe('HEADER_MISMATCH');
    }
    const flipped = Uint8Array.from(good.header);
    flipped[60]! ^= 1;
    expect(await failureOf({ ...good, header: flipped })).toBe('HEADER_MISMATCH');
    // Another block of other receipts: its header with this block's hash, or with its own hash.
    const other = await blockOf(list.slice(1), 8n);
    expect(await failureOf({ ...good, header: other.header })).toBe('HEADER_MISMATCH');
    expect(await failureOf({ ...good, header: other.header, blockHash: other.blockHash })).toBe(
      'RECEIPT_PROOF_INVALID',
    );
  });

  it('refuses a header that hashes right but is no header', async () => {
    const block = await blockOf(list);
    const good = await proofOf(block, 0);
    const fields = decodeRlp(good.header) as string[];
    for (const header of [
      getBytes('0x0102'),
      getBytes('0x8401020304'),
      getBytes(encodeRlp(fields.slice(0, 9))),
      getBytes(encodeRlp(fields.map((f, i) => (i === 5 ? '0x1234' : f)))), // receipts root of 2 bytes
      getBytes(encodeRlp(fields.map((f, i) => (i === 5 ? [block.root] : f)))), // receipts root a list
      getBytes(encodeRlp(fields.map((f, i) => (i === 11 ? '0x0065' : f)))), // timestamp, leading zero
    ]) {
      expect(await failureOf({ ...good, header, blockHash: keccak256(header) })).toBe('MALFORMED_PROOF');
    }
  });

  it('refuses a proven leaf that is not a receipt it can read', async () => {
    const trie = await createMPT();
    const notReceipts = [getBytes(encodeRlp(['0x01', '0x5208'])), getBytes(concat(['0x05', encodeRlp([])]))];
    for (const [i, value] of notReceipts.entries()) await trie.put(receiptTrieKey(i), value);
    const header = headerWith(hexlify(trie.root()));
    for (const txIndex of [0, 1]) {
      const proof = await createMerkleProof(trie, receiptTrieKey(txIndex));
      expect(await failureOf({ header, blockHash: keccak256(header), txIndex, proof })).toBe(
        'MALFORMED_PROOF',
      );
    }
  });

  it('bounds the work: node count, node size, proof size, header size', async () => {
    const block = await blockOf(list);
    const good = await proofOf(block, 1);
    const many = Array.from({ length: MAX_RECEIPT_PROOF_NODES + 1 }, () => good.proof[0]!);
    expect(await failureOf({ ...good, proof: many })).toBe('MALFORMED_PROOF');
    expect(await failureOf({ ...good, proof: [new Uint8Array(MAX_RECEIPT_NODE_BYTES + 1)] })).toBe(
      'MALFORMED_PROOF',
    );
    const large = Array.from({ length: 2 }, () => new Uint8Array(MAX_RECEIPT_PROOF_BYTES / 2 + 1));
    expect(await failureOf({ ...good, proof: large })).toBe('MALFORMED_PROOF');
    const longHeader = new Uint8Array(MAX_HEADER_BYTES + 1);
    expect(await failureOf({ ...good, header: longHeader, blockHash: keccak256(longHeader) })).toBe(
      'MALFORMED_PROOF',
    );
  });

  it('proves a receipt of a 100 KiB log, and refuses one beyond the bound', async () => {
    const withData = (size: number) => receipt({ logs: [aLog(1, hexlify(bytes(size, 0xab)))] });
    const big = await blockOf([receipt(), withData(100 * 1024)]);
    expect(await failureOf(await proofOf(big, 1))).toBe('VALID');
    const tooBig = await blockOf([receipt(), withData(MAX_RECEIPT_BYTES)]);
    expect(await failureOf(await proofOf(tooBig, 1))).toBe('MALFORMED_PROOF');
  });

  it('refuses malformed input shapes', async () => {
    const block = await blockOf(list);
    const good = await proofOf(block, 1);
    for (const bad of [
      { blockHash: block.blockHash.slice(0, -2) },
      { blockHash: 7 },
      { txIndex: -1 },
      { txIndex: 1.5 },
      { txIndex: '1' },
      { txIndex: MAX_TX_INDEX + 1 },
      { proof: 'nodes' },
      { proof: [hexlify(good.proof[0]!)] },
      { header: hexlify(good.header) },
      { header: undefined },
    ]) {
      expect(await failureOf({ ...good, ...bad } as unknown as ReceiptProof)).toBe('MALFORMED_PROOF');
    }
    expect(await failureOf(null as unknown as ReceiptProof)).toBe('MALFORMED_PROOF');
    // The block hash in any hex case.
    expect(await failureOf({ ...good, blockHash: block.blockHash.toUpperCase().replace('0X', '0x') })).toBe(
      'VALID',
    );
  });

  it('never throws and never accepts a proof with any byte flipped', async () => {
    const block = await blockOf(list);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (which, at, mask) => {
        const good = await proofOf(block, 9);
        const parts = [good.header, ...good.proof];
        const part = parts[which % parts.length]!;
        part[at % part.length]! ^= mask;
        expect((await verifyReceiptProof(good)).valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('logs of a receipt', () => {
  const proven = receipt({
    logs: [aLog(1), aLog(2, '0x'), { address: hex(20, 3), topics: [], data: bytes(40, 3) }],
  });

  it('finds the claimed log by its index within the receipt', () => {
    expect(logOf(proven, 1)).toEqual(aLog(2, '0x'));
    expect([logOf(proven, 3), logOf(proven, -1), logOf(proven, 0.5)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const claim = { index: 1, address: aLog(2).address, topics: aLog(2).topics };
    expect(matchLog(proven, claim)).toEqual({ valid: true, log: aLog(2, '0x') });
    expect(matchLog(proven, { ...claim, data: new Uint8Array(0) }).valid).toBe(true);
    const upper = { ...claim, address: claim.address.toUpperCase().replace('0X', '0x') };
    expect(matchLog(proven, upper).valid).toBe(true);
    expect(matchLog(proven, { index: 2, address: hex(20, 3), topics: [], data: bytes(40, 3) }).valid).toBe(
      true,
    );
  });

  it('refuses a log that is absent or differs in emitter, topics or data', () => {
    const claim = { index: 0, address: aLog(1).address, topics: aLog(1).topics, data: aLog(1).data };
    expect(matchLog(proven, claim).valid).toBe(true);
    for (const bad of [
      { index: 1 }, // another log of the receipt
      { index: 3 },
      { index: -1 },
      { address: aLog(2).address },
      { address: 7 },
      { topics: [...aLog(1).topics].reverse() },
      { topics: aLog(1).topics.slice(0, 1) },
      { topics: [...aLog(1).topics, TRANSFER_TOPIC] },
      { topics: [TRANSFER_TOPIC, 5] },
      { topics: 'topics' },
      { data: getBytes('0x3345') },
      { data: getBytes('0x334400') },
      { data: '0x3344' },
    ]) {
      const verdict = matchLog(proven, { ...claim, ...bad } as never);
      expect(verdict).toMatchObject({ valid: false, failure: 'LOG_MISMATCH' });
    }
    expect(matchLog(proven, null as never)).toMatchObject({ valid: false, failure: 'LOG_MISMATCH' });
  });
});
