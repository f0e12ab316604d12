/**
 * EVM receipt proofs on a real anvil: one block holds transactions of every receipt type a wallet sends
 * without blobs (legacy, EIP-2930, EIP-1559, EIP-7702), a reverted one, AssetStore writes (one AssetPut log
 * each) and a contract creation that emits three logs. The receipts trie built from the node's receipts
 * has the block's receiptsRoot, every receipt is proven from the block hash alone, the log a JSON-RPC
 * logIndex names is found in its receipt, and each forgery gets its own failure.
 */
import {
  AbiCoder,
  Contract,
  concat,
  getBytes,
  hexlify,
  id,
  keccak256,
  type TransactionResponse,
  toBeHex,
  toQuantity,
  toUtf8Bytes,
  ZeroAddress,
  zeroPadValue,
} from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWeftError } from '../../common/errors.js';
import {
  type FetchedReceiptProof,
  fetchReceiptProof,
  logIndexWithinReceipt,
  type ReceiptTarget,
} from '../../drivers/evm/receipt-proof.js';
import {
  buildReceiptProof,
  encodeReceipt,
  matchLog,
  type ReceiptProof,
  verifyReceiptProof,
} from '../../ledgers/evm/receipts.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';

const ASSET_PUT = id('AssetPut(string,string,address)');
const TOPIC_A = id('weft receipts test: A');
const TOPIC_B = id('weft receipts test: B');
const TOPIC_C = id('weft receipts test: C');
const LOGGED_WORD = hexlify(toUtf8Bytes('thirty-two bytes of logged data!'));

/**
 * Init code that emits LOG1(A) of 32 bytes, LOG3(A, B, C) of the first 16 and LOG0 of none, then deploys
 * no code. LOGn pops the offset, the size, then the topics in order, so they are pushed in reverse.
 */
const LOGGER_INIT = concat([
  `0x7f${LOGGED_WORD.slice(2)}600052`, // mstore(0, word)
  `0x7f${TOPIC_A.slice(2)}60206000a1`, // log1(0, 32, A)
  `0x7f${TOPIC_C.slice(2)}7f${TOPIC_B.slice(2)}7f${TOPIC_A.slice(2)}60106000a3`, // log3(0, 16, A, B, C)
  '0x60006000a0', // log0(0, 0)
  '0x00', // stop
]);

async function failureOf(input: ReceiptProof): Promise<string> {
  const verdict = await verifyReceiptProof(input);
  return verdict.valid ? 'VALID' : verdict.failure;
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'RESOLVED';
  } catch (error) {
    return isWeftError(error) ? error.code : `foreign: ${String(error)}`;
  }
}

/** What the node says of a receipt (eth_getBlockReceipts), the fields a proof must agree with. */
interface NodeReceipt {
  type: string;
  status: string;
  cumulativeGasUsed: string;
  transactionHash: string;
  transactionIndex: string;
  contractAddress: string | null;
  logs: Array<{ address: string; topics: string[]; data: string; logIndex: string }>;
}

describe('EVM receipt proofs on anvil', () => {
  let anvil: TestAnvil;
  let storeAddress: string;
  let block: { hash: string; number: bigint; receiptsRoot: string };
  let nodeReceipts: NodeReceipt[];
  /** The block's transactions by role, each with its index in the block. */
  const sent: Record<string, { hash: string; index: number }> = {};

  const receiptOf = (role: string) => nodeReceipts[sent[role]!.index]!;
  const fetchAt = (txIndex: number, logIndex?: number) =>
    fetchReceiptProof(anvil.provider, {
      blockHash: block.hash,
      txIndex,
      ...(logIndex === undefined ? {} : { logIndex }),
    });

  beforeAll(async () => {
    anvil = await startAnvil();
    const deployed = await anvil.deploy('AssetStore', [ZeroAddress]);
    storeAddress = deployed.address;
    const store = (from: number) => new Contract(storeAddress, deployed.abi as never[], anvil.signer(from));
    const put = store(0).getFunction('put');
    const authority = anvil.wallets[3]!;
    // EIP-7702: wallet 3 runs AssetStore's code; it sends nothing, so its nonce stays 0 in the block.
    const authorization = await authority.authorize({
      address: storeAddress,
      nonce: 0,
      chainId: anvil.chainId,
    });

    await anvil.provider.send('evm_setAutomine', [false]);
    const transactions: Record<string, Promise<TransactionResponse>> = {
      transfer: anvil.signer(1).sendTransaction({ type: 0, to: anvil.wallets[2]!.address, value: 1n }),
      put: put('asset-1', 'value 1'),
      legacyPut: put('asset-2', 'value 2', { type: 0 }),
      accessListPut: store(2).getFunction('put')('asset-3', 'value 3', { type: 1, accessList: [] }),
      // An empty key: AssetStore reverts (InvalidKey); the gas limit spares the estimate, which would fail.
      reverted: store(2).getFunction('put')('', 'nothing', { gasLimit: 100_000n }),
      logger: anvil.signer(1).sendTransaction({ data: LOGGER_INIT }),
      setCode: anvil.signer(2).sendTransaction({
        type: 4,
        to: authority.address,
        data: store(0).interface.encodeFunctionData('put', ['asset-7702', 'value 7702']),
        authorizationList: [authorization],
        gasLimit: 200_000n,
      }),
    };
    // One at a time: each signer's nonces are taken in order.
    const responses: Record<string, TransactionResponse> = {};
    for (const [role, response] of Object.entries(transactions)) responses[role] = await response;
    await anvil.provider.send('evm_mine', []);
    await anvil.provider.send('evm_setAutomine', [true]);

    for (const [role, response] of Object.entries(responses)) {
      const receipt = (await anvil.provider.getTransactionReceipt(response.hash))!;
      sent[role] = { hash: response.hash.toLowerCase(), index: receipt.index };
    }
    const mined = await anvil.provider.send('eth_getBlockByNumber', ['latest', false]);
    block = { hash: mined.hash, number: BigInt(mined.number), receiptsRoot: mined.receiptsRoot };
    nodeReceipts = await anvil.provider.send('eth_getBlockReceipts', [block.hash]);
  });

  afterAll(async () => {
    await anvil?.stop();
  });

  it('mined every transaction into one block, of every type a wallet sends, one reverted', () => {
    expect(nodeReceipts.length).toBe(Object.keys(sent).length);
    expect(new Set(nodeReceipts.map((r) => r.transactionHash))).toEqual(
      new Set(Object.values(sent).map((tx) => tx.hash)),
    );
    expect(new Set(nodeReceipts.map((r) => Number(r.type)))).toEqual(new Set([0, 1, 2, 4]));
    expect(receiptOf('reverted').status).toBe('0x0');
    expect(receiptOf('setCode').status).toBe('0x1');
    expect(receiptOf('setCode').logs[0]?.address).toBe(anvil.wallets[3]!.address.toLowerCase());
    expect(receiptOf('logger').logs.length).toBe(3);
  });

  it("builds the node's receiptsRoot from the block's receipts, and proves each from the block hash alone", async () => {
    const proofs: FetchedReceiptProof[] = [];
    for (let txIndex = 0; txIndex < nodeReceipts.length; txIndex++) proofs.push(await fetchAt(txIndex));
    // The trie of the verified receipts, re-encoded, is the node's: each receipt's encoding is the consensus one.
    const { root } = await buildReceiptProof(
      proofs.map((p) => encodeReceipt(p.receipt)),
      0,
    );
    expect(root).toBe(block.receiptsRoot);

    for (const [txIndex, fetched] of proofs.entries()) {
      const node = nodeReceipts[txIndex]!;
      const { header, blockHash, proof } = fetched;
      const verdict = await verifyReceiptProof({ header, blockHash, txIndex, proof });
      expect(verdict).toMatchObject({
        valid: true,
        receiptsRoot: block.receiptsRoot,
        blockNumber: block.number,
      });
      if (!verdict.valid) continue;
      // What the proof shows is what the node says.
      expect(verdict.receipt.type).toBe(Number(node.type));
      expect(verdict.receipt.status).toBe(Number(node.status));
      expect(verdict.receipt.cumulativeGasUsed).toBe(BigInt(node.cumulativeGasUsed));
      expect(
        verdict.receipt.logs.map((log) => ({
          address: log.address,
          topics: log.topics,
          data: hexlify(log.data),
        })),
      ).toEqual(node.logs.map(({ address, topics, data }) => ({ address, topics, data })));
      expect(fetched.blockNumber).toBe(block.number);
    }
  });

  it('fetches the same proof by transaction hash, block hash or block number', async () => {
    for (const { hash, index } of Object.values(sent)) {
      const byHash = await fetchReceiptProof(anvil.provider, { transactionHash: hash });
      const byBlockHash = await fetchAt(index);
      const byNumber = await fetchReceiptProof(anvil.provider, { blockNumber: block.number, txIndex: index });
      expect(byHash.txIndex).toBe(index);
      expect(byHash).toEqual(byBlockHash);
      expect(byNumber).toEqual(byBlockHash);
    }
  });

  it('finds the log a block-wide logIndex names, within its receipt', async () => {
    const logger = receiptOf('logger');
    const created = logger.contractAddress!.toLowerCase();
    for (const [within, nodeLog] of logger.logs.entries()) {
      const fetched = await fetchReceiptProof(anvil.provider, {
        transactionHash: sent.logger!.hash,
        logIndex: Number(nodeLog.logIndex),
      });
      expect(fetched.logIndexInReceipt).toBe(within);
      const claim = { index: within, address: created, topics: nodeLog.topics, data: getBytes(nodeLog.data) };
      expect(matchLog(fetched.receipt, claim)).toMatchObject({ valid: true });
    }
    // The logs' own contents, as the init code emitted them.
    expect(logger.logs.map((log) => log.topics)).toEqual([[TOPIC_A], [TOPIC_A, TOPIC_B, TOPIC_C], []]);
    expect(logger.logs.map((log) => log.data)).toEqual([LOGGED_WORD, LOGGED_WORD.slice(0, 34), '0x']);
    // A block-wide index is not an index within the receipt unless the receipt's logs come first.
    expect(Number(logger.logs[0]!.logIndex)).toBeGreaterThan(0);

    // AssetPut(string key, string value, address indexed writer), as a relying party would claim it: the
    // writer is a topic, the key and value are the data.
    const put = receiptOf('put');
    const fetched = await fetchAt(sent.put!.index, Number(put.logs[0]!.logIndex));
    expect(fetched.logIndexInReceipt).toBe(0);
    const writer = anvil.wallets[0]!.address;
    const claim = { index: 0, address: storeAddress, topics: [ASSET_PUT, zeroPadValue(writer, 32)] };
    const match = matchLog(fetched.receipt, claim);
    expect(match.valid).toBe(true);
    if (match.valid) {
      expect(AbiCoder.defaultAbiCoder().decode(['string', 'string'], match.log.data)).toEqual([
        'asset-1',
        'value 1',
      ]);
    }
  });

  describe('attacks', () => {
    let good: FetchedReceiptProof;
    let goodInput: ReceiptProof;
    let claim: { index: number; address: string; topics: string[]; data: Uint8Array };

    beforeAll(async () => {
      const put = receiptOf('put');
      good = await fetchAt(sent.put!.index, Number(put.logs[0]!.logIndex));
      goodInput = {
        header: good.header,
        blockHash: good.blockHash,
        txIndex: good.txIndex,
        proof: good.proof,
      };
      const log = put.logs[0]!;
      claim = { index: 0, address: log.address, topics: log.topics, data: getBytes(log.data) };
      expect(await failureOf(goodInput)).toBe('VALID');
      expect(matchLog(good.receipt, claim).valid).toBe(true);
    });

    it('a log of another transaction', async () => {
      const other = await fetchAt(sent.legacyPut!.index);
      const otherLog = other.receipt.logs[0]!;
      const otherClaim = {
        index: 0,
        address: otherLog.address,
        topics: otherLog.topics,
        data: otherLog.data,
      };
      // The other write's log claimed of this receipt: same emitter and event, another key.
      expect(matchLog(good.receipt, otherClaim)).toMatchObject({ valid: false, failure: 'LOG_MISMATCH' });
      expect(matchLog(other.receipt, claim)).toMatchObject({ valid: false, failure: 'LOG_MISMATCH' });
      // The other transaction's proof presented for this one's index, and the reverse.
      expect(await failureOf({ ...goodInput, proof: other.proof })).toBe('RECEIPT_PROOF_INVALID');
      expect(await failureOf({ ...goodInput, txIndex: other.txIndex })).toBe('RECEIPT_PROOF_INVALID');
      // The reverted transaction's receipt has no log to claim.
      const reverted = await fetchAt(sent.reverted!.index);
      expect(reverted.receipt.status).toBe(0);
      expect(matchLog(reverted.receipt, claim)).toMatchObject({ valid: false, failure: 'LOG_MISMATCH' });
    });

    it('a changed data byte, in the proof or in a forged trie', async () => {
      const leaf = good.proof.at(-1)!;
      const value = toUtf8Bytes('value 1');
      const at = Buffer.from(leaf).indexOf(Buffer.from(value));
      expect(at).toBeGreaterThan(0);
      const tampered = Uint8Array.from(leaf);
      tampered[at + value.length - 1]! ^= 0x03; // 'value 2'
      expect(await failureOf({ ...goodInput, proof: [...good.proof.slice(0, -1), tampered] })).toBe(
        'RECEIPT_PROOF_INVALID',
      );

      // A forger's receipts: the block's, the write's value changed, the trie and its proof made anew.
      const all = await Promise.all(nodeReceipts.map((_, i) => fetchAt(i)));
      const forgedData = Uint8Array.from(claim.data);
      forgedData[forgedData.length - 32 + value.length - 1]! ^= 0x03;
      const forged = all.map((p) =>
        p.txIndex === good.txIndex
          ? encodeReceipt({ ...p.receipt, logs: [{ ...p.receipt.logs[0]!, data: forgedData }] })
          : encodeReceipt(p.receipt),
      );
      const forgedTrie = await buildReceiptProof(forged, good.txIndex);
      expect(forgedTrie.root).not.toBe(block.receiptsRoot);
      expect(await failureOf({ ...goodInput, proof: forgedTrie.proof })).toBe('RECEIPT_PROOF_INVALID');
      // Claimed with the changed data, the true receipt's log does not match.
      expect(matchLog(good.receipt, { ...claim, data: forgedData })).toMatchObject({
        failure: 'LOG_MISMATCH',
      });
    });

    it('the header of another block', async () => {
      const next = await (
        await anvil.signer(1).sendTransaction({ to: anvil.wallets[2]!.address, value: 2n })
      ).wait();
      const other = await fetchReceiptProof(anvil.provider, { transactionHash: next!.hash });
      expect(other.blockNumber).toBe(block.number + 1n);
      // Its header against the attested hash; with its own hash, this block's proof does not hang from it.
      expect(await failureOf({ ...goodInput, header: other.header })).toBe('HEADER_MISMATCH');
      expect(await failureOf({ ...goodInput, header: other.header, blockHash: other.blockHash })).toBe(
        'RECEIPT_PROOF_INVALID',
      );
      // Its own receipt at the attested block.
      expect(await failureOf({ ...goodInput, txIndex: other.txIndex, proof: other.proof })).toBe(
        'RECEIPT_PROOF_INVALID',
      );
      const flipped = Uint8Array.from(good.header);
      flipped[200]! ^= 1;
      expect(await failureOf({ ...goodInput, header: flipped })).toBe('HEADER_MISMATCH');
    });

    it('truncated and garbage proofs give a verdict, never an exception', async () => {
      const cases: Array<[Partial<ReceiptProof>, string]> = [
        [{ proof: good.proof.slice(0, -1) }, 'RECEIPT_PROOF_INVALID'],
        [{ proof: good.proof.map((n) => n.subarray(0, -1)) }, 'RECEIPT_PROOF_INVALID'],
        [{ proof: [] }, 'RECEIPT_PROOF_INVALID'],
        [{ proof: [getBytes(toBeHex(1, 300))] }, 'RECEIPT_PROOF_INVALID'],
        [{ proof: [new Uint8Array(200_000)] }, 'MALFORMED_PROOF'],
        [{ header: good.header.subarray(0, 100) }, 'HEADER_MISMATCH'],
        [{ txIndex: -1 }, 'MALFORMED_PROOF'],
      ];
      for (const [change, failure] of cases)
        expect(await failureOf({ ...goodInput, ...change })).toBe(failure);
    });
  });

  describe('the fetching side', () => {
    it('turns a block-wide log index into the index within its receipt', () => {
      expect(logIndexWithinReceipt([1, 0, 3, 2], 2, 1)).toBe(0);
      expect(logIndexWithinReceipt([1, 0, 3, 2], 2, 3)).toBe(2);
      expect(logIndexWithinReceipt([1, 0, 3, 2], 2, 4)).toBeUndefined(); // the next receipt's first
      expect(logIndexWithinReceipt([1, 0, 3, 2], 2, 0)).toBeUndefined(); // the first receipt's
      expect(logIndexWithinReceipt([1, 0, 3, 2], 1, 1)).toBeUndefined(); // a receipt of no logs
    });

    it('reports unknown transactions, blocks, positions and logs as NOT_FOUND', async () => {
      const unknown = keccak256(toUtf8Bytes('no such thing'));
      const targets: ReceiptTarget[] = [
        { transactionHash: unknown },
        { blockHash: unknown, txIndex: 0 },
        { blockNumber: 10_000n, txIndex: 0 },
        { blockHash: block.hash, txIndex: nodeReceipts.length },
        // The first log of the block is not the logger's.
        { transactionHash: sent.logger!.hash, logIndex: Number(receiptOf('logger').logs[0]!.logIndex) - 1 },
        { transactionHash: sent.transfer!.hash, logIndex: 0 },
      ];
      for (const target of targets)
        expect(await rejection(fetchReceiptProof(anvil.provider, target))).toBe('NOT_FOUND');
    });

    it('refuses malformed targets', async () => {
      const targets = [
        { transactionHash: '0x1234' },
        { blockHash: block.hash, txIndex: -1 },
        { blockHash: block.hash, txIndex: 0.5 },
        { blockHash: '0x12', txIndex: 0 },
        { blockNumber: -1n, txIndex: 0 },
        { blockNumber: 1, txIndex: 0 },
        { transactionHash: sent.put!.hash, logIndex: -1 },
      ] as ReceiptTarget[];
      for (const target of targets) {
        expect(await rejection(fetchReceiptProof(anvil.provider, target))).toBe('REQUEST_INVALID');
      }
    });

    it('reports a pending transaction as NOT_FOUND: it has no receipt yet', async () => {
      await anvil.provider.send('evm_setAutomine', [false]);
      try {
        const pending = await anvil.signer(1).sendTransaction({ to: anvil.wallets[2]!.address, value: 3n });
        expect(await rejection(fetchReceiptProof(anvil.provider, { transactionHash: pending.hash }))).toBe(
          'NOT_FOUND',
        );
      } finally {
        await anvil.provider.send('evm_mine', []);
        await anvil.provider.send('evm_setAutomine', [true]);
      }
    });

    it('catches a node that fails, or lies about a receipt, before anyone attests it', async () => {
      const failing = {
        send: async (method: string, params: unknown[]) => {
          if (method === 'eth_getBlockReceipts') throw new Error('method not found');
          return anvil.provider.send(method, params);
        },
      };
      expect(await rejection(fetchReceiptProof(failing, { transactionHash: sent.put!.hash }))).toBe(
        'LEDGER_CALL_FAILED',
      );
      const lies: Record<string, (receipts: NodeReceipt[]) => void> = {
        'a log data byte': (receipts) => {
          const log = receipts[sent.put!.index]!.logs[0]!;
          log.data = `${log.data.slice(0, -2)}ff`;
        },
        'a status': (receipts) => {
          receipts[sent.reverted!.index]!.status = '0x1';
        },
        'a dropped receipt': (receipts) => {
          receipts.splice(sent.transfer!.index, 1);
        },
        'an unknown type': (receipts) => {
          receipts[sent.put!.index]!.type = '0x7e';
        },
        'its own numbering of logs out of order': (receipts) => {
          const logs = receipts[sent.logger!.index]!.logs;
          [logs[0]!.logIndex, logs[1]!.logIndex] = [logs[1]!.logIndex, logs[0]!.logIndex];
        },
      };
      for (const [lie, change] of Object.entries(lies)) {
        const lying = {
          send: async (method: string, params: unknown[]) => {
            const answer = await anvil.provider.send(method, params);
            if (method === 'eth_getBlockReceipts') change(answer);
            return answer;
          },
        };
        const logIndex = Number(receiptOf('logger').logs[0]!.logIndex);
        const target = { transactionHash: sent.logger!.hash, logIndex };
        expect([lie, await rejection(fetchReceiptProof(lying, target))]).toEqual([lie, 'LEDGER_CALL_FAILED']);
      }
      // A node that answers its parent for the block asked for, by number or by hash.
      const parent = {
        send: async (method: string, params: unknown[]) =>
          method.startsWith('eth_getBlockBy')
            ? anvil.provider.send('eth_getBlockByNumber', [toQuantity(block.number - 1n), false])
            : anvil.provider.send(method, params),
      };
      for (const target of [
        { blockNumber: block.number, txIndex: 0 },
        { blockHash: block.hash, txIndex: 0 },
        { transactionHash: sent.put!.hash },
      ]) {
        expect(await rejection(fetchReceiptProof(parent, target))).toBe('LEDGER_CALL_FAILED');
      }
      // The same requests of the honest node succeed.
      const logIndex = Number(receiptOf('logger').logs[0]!.logIndex);
      const honest = await fetchReceiptProof(anvil.provider, {
        transactionHash: sent.logger!.hash,
        logIndex,
      });
      expect(honest.logIndexInReceipt).toBe(0);
    });
  });
});
