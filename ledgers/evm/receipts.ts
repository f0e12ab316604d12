/**
 * EVM transaction receipts and their Merkle-Patricia proofs: that block B's receipts trie holds receipt R
 * at transaction index i, from B's hash alone (keccak256 of the header is the attested block hash, the
 * header's receiptsRoot leads through the proof to R at key rlp(i)), and which of R's logs a claimed event
 * is. Receipts since Byzantium (EIP-658: a status, not a post-state root), legacy or typed (EIP-2718).
 *
 * The verifier runs on every endorsing peer of the Fabric interop chaincode, so it is deterministic and
 * pure: no I/O, no clock. Hostile input yields a verdict naming the failed check, never an exception, and
 * the work is bounded by the size limits below. The builder is the node side's (drivers/evm/receipt-proof.ts).
 */
import { createMerkleProof, createMPT, verifyMerkleProof } from '@ethereumjs/mpt';
import { concat, decodeRlp, encodeRlp, getBytes, hexlify, type RlpStructuredData, toBeArray } from 'ethers';
import { type Codes, WeftError } from '../../common/errors.js';
import { readHeader } from './header.js';
import { ADDRESS, HASH, isRlpBytes, rlpQuantity } from './rlp.js';

/** EIP-2718 types: legacy, access list (EIP-2930), dynamic fee (EIP-1559), blob (EIP-4844), set code (EIP-7702). */
export const RECEIPT_TYPES = [0, 1, 2, 3, 4] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

export interface Log {
  /** 0x, 20 bytes (lower case when decoded). */
  readonly address: string;
  /** 0 to 4 topics (LOG0 to LOG4), 0x and 32 bytes each (lower case when decoded). */
  readonly topics: readonly string[];
  readonly data: Uint8Array;
}

export interface Receipt {
  readonly type: ReceiptType;
  /** EIP-658: 1 when the transaction succeeded, 0 when it reverted. */
  readonly status: 0 | 1;
  /** Gas used in the block up to and including this transaction (a uint64). */
  readonly cumulativeGasUsed: bigint;
  /** 256 bytes. */
  readonly logsBloom: Uint8Array;
  readonly logs: readonly Log[];
}

/** What proves a receipt: the block's header, its attested hash, and the trie path to the receipt. */
export interface ReceiptProof {
  /** The RLP-encoded block header, exactly the bytes whose keccak256 is the block hash. */
  readonly header: Uint8Array;
  /** 0x, 32 bytes (attested). */
  readonly blockHash: string;
  /** The transaction's position in the block, the receipt's key in the trie. */
  readonly txIndex: number;
  /** The trie nodes from the receipts root to the receipt's leaf (RLP bytes each). */
  readonly proof: readonly Uint8Array[];
}

export type ReceiptProofFailure = Codes<'MALFORMED_PROOF' | 'HEADER_MISMATCH' | 'RECEIPT_PROOF_INVALID'>;

export type ReceiptProofVerdict =
  | {
      readonly valid: true;
      readonly receipt: Receipt;
      readonly receiptsRoot: string;
      /** The header's, for the caller to hold against the attested number and time. */
      readonly blockNumber: bigint;
      readonly blockTimestamp: bigint;
    }
  | { readonly valid: false; readonly failure: ReceiptProofFailure; readonly reason: string };

/** A claimed event: the index of the log within its receipt, its emitter and topics, and its data if given. */
export interface LogClaim {
  readonly index: number;
  readonly address: string;
  readonly topics: readonly string[];
  readonly data?: Uint8Array;
}

export type LogMatch =
  | { readonly valid: true; readonly log: Log }
  | { readonly valid: false; readonly failure: Codes<'LOG_MISMATCH'>; readonly reason: string };

/**
 * Bounds on hostile input. A transaction index below 2^24 (a block of that many transactions would need
 * 350 billion gas) makes a key of at most 4 bytes, a path of 8 nibbles: at most 8 branch or extension
 * nodes and the leaf; the node count leaves room for the unused extra nodes a verifier ignores.
 * A receipt holds its logs, so it is bounded apart from the storage proofs' 1 KiB nodes: AssetStore takes
 * values of 64 KiB and logs them ABI-encoded (64 KiB + 64 bytes) beside the 256-byte bloom; 128 KiB covers
 * that twice. The leaf adds its path and RLP prefixes to the receipt; every other node (a full branch is
 * 532 bytes) is within 1 KiB, so the total is one leaf and the rest. Verification work is linear in it.
 */
export const MAX_TX_INDEX = 2 ** 24 - 1;
export const MAX_RECEIPT_PROOF_NODES = 16;
export const MAX_RECEIPT_BYTES = 128 * 1024;
export const MAX_RECEIPT_NODE_BYTES = MAX_RECEIPT_BYTES + 64;
export const MAX_RECEIPT_PROOF_BYTES = MAX_RECEIPT_NODE_BYTES + (MAX_RECEIPT_PROOF_NODES - 1) * 1024;

const MAX_TOPICS = 4;
const BLOOM_BYTES = 256;
const MAX_UINT64 = 2n ** 64n - 1n;
/** A typed receipt starts with its type byte; an RLP list (a legacy receipt) starts at 0xc0 or above. */
const RLP_LIST = 0xc0;

/** The key of the receipt of transaction `txIndex` in its block's receipts trie: rlp(txIndex). */
export function receiptTrieKey(txIndex: number): Uint8Array {
  if (!isTxIndex(txIndex)) throw invalid(`transaction index ${String(txIndex)} is not 0 to ${MAX_TX_INDEX}`);
  return getBytes(encodeRlp(toBeArray(txIndex)));
}

/**
 * A receipt's consensus encoding, the value in the receipts trie: rlp([status, cumulativeGasUsed,
 * logsBloom, logs]), a typed receipt's prefixed by its type byte. Throws WeftError REQUEST_INVALID when
 * the receipt is not one a chain could hold.
 */
export function encodeReceipt(receipt: Receipt): Uint8Array {
  const problem = receiptProblem(receipt);
  if (problem) throw invalid(problem);
  const payload = encodeRlp([
    receipt.status === 1 ? '0x01' : '0x',
    toBeArray(receipt.cumulativeGasUsed),
    receipt.logsBloom,
    receipt.logs.map((log) => [log.address, [...log.topics], log.data]),
  ]);
  return receipt.type === 0 ? getBytes(payload) : getBytes(concat([new Uint8Array([receipt.type]), payload]));
}

export type ReceiptReading =
  | { readonly ok: true; readonly receipt: Receipt }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a receipt's consensus encoding, legacy or typed. Only the canonical encoding reads (the bytes must
 * be what encodeReceipt gives for the result), so one receipt has one encoding. Never throws.
 */
export function decodeReceipt(encoded: Uint8Array): ReceiptReading {
  if (!(encoded instanceof Uint8Array) || encoded.length === 0 || encoded.length > MAX_RECEIPT_BYTES) {
    return { ok: false, reason: `the receipt is not 1 to ${MAX_RECEIPT_BYTES} bytes` };
  }
  const first = encoded[0]!;
  const type = first >= RLP_LIST ? 0 : typedReceiptType(first);
  if (type === undefined) return { ok: false, reason: `receipt type 0x${first.toString(16)} is not known` };
  let fields: RlpStructuredData;
  try {
    fields = decodeRlp(type === 0 ? encoded : encoded.subarray(1));
  } catch {
    return { ok: false, reason: 'the receipt is not valid RLP' };
  }
  const receipt = receiptOf(type, fields);
  if (typeof receipt === 'string') return { ok: false, reason: receipt };
  if (hexlify(encodeReceipt(receipt)) !== hexlify(encoded)) {
    return { ok: false, reason: 'the receipt is not in its canonical encoding' };
  }
  return { ok: true, receipt };
}

/**
 * Builds the receipts trie of a block from its receipts' encodings, in transaction order, and returns its
 * root and the proof of the receipt at `txIndex`. Pure computation for the node side; the caller compares
 * the root with the header's receiptsRoot. Throws WeftError REQUEST_INVALID for an index out of range.
 */
export async function buildReceiptProof(
  receipts: readonly Uint8Array[],
  txIndex: number,
): Promise<{ root: string; proof: Uint8Array[] }> {
  if (receipts.length > MAX_TX_INDEX + 1) throw invalid(`a block holds at most ${MAX_TX_INDEX + 1} receipts`);
  if (!isTxIndex(txIndex) || txIndex >= receipts.length) {
    throw invalid(`transaction index ${String(txIndex)} is not one of the block's ${receipts.length}`);
  }
  const trie = await createMPT();
  for (const [index, receipt] of receipts.entries()) {
    await trie.put(receiptTrieKey(index), Uint8Array.from(receipt));
  }
  const proof = await createMerkleProof(trie, receiptTrieKey(txIndex));
  return { root: hexlify(trie.root()), proof };
}

const fail = (failure: ReceiptProofFailure, reason: string): ReceiptProofVerdict => ({
  valid: false,
  failure,
  reason,
});

/**
 * Checks, in order: the input's shape and bounds (MALFORMED_PROOF), keccak256(header) is the block hash and
 * the header is one (HEADER_MISMATCH, MALFORMED_PROOF), the proof leads from the header's receiptsRoot to a
 * receipt at key rlp(txIndex) (RECEIPT_PROOF_INVALID), and that receipt decodes (MALFORMED_PROOF).
 */
export async function verifyReceiptProof(input: ReceiptProof): Promise<ReceiptProofVerdict> {
  if (typeof input !== 'object' || input === null) return fail('MALFORMED_PROOF', 'no receipt proof');
  // Each field read once: a caller's getter cannot answer differently to a later read.
  const { header, blockHash, txIndex } = input;
  if (typeof blockHash !== 'string' || !HASH.test(blockHash)) {
    return fail('MALFORMED_PROOF', 'the block hash is not 32-byte hex');
  }
  if (!isTxIndex(txIndex)) {
    return fail('MALFORMED_PROOF', `the transaction index is not an integer 0 to ${MAX_TX_INDEX}`);
  }
  const proof = proofNodes(input.proof);
  if (typeof proof === 'string') return fail('MALFORMED_PROOF', proof);

  const read = readHeader(header, blockHash);
  if (!read.ok) return fail(read.failure, read.reason);
  const { receiptsRoot, number, timestamp } = read.header;

  let leaf: Uint8Array | null;
  try {
    // `root` is what makes this a check: without it the library trusts the first node as the root.
    leaf = await verifyMerkleProof(receiptTrieKey(txIndex), proof, { root: getBytes(receiptsRoot) });
  } catch {
    return fail(
      'RECEIPT_PROOF_INVALID',
      `the proof does not lead from the receipts root of block ${number} to index ${txIndex}`,
    );
  }
  if (leaf === null) {
    return fail('RECEIPT_PROOF_INVALID', `block ${number} has no receipt at index ${txIndex}`);
  }
  const decoded = decodeReceipt(leaf);
  if (!decoded.ok) {
    return fail('MALFORMED_PROOF', `the proven receipt at index ${txIndex} is not one: ${decoded.reason}`);
  }
  return {
    valid: true,
    receipt: decoded.receipt,
    receiptsRoot,
    blockNumber: number,
    blockTimestamp: timestamp,
  };
}

/** The log at `index` within the receipt (not the block-wide logIndex of JSON-RPC), if there is one. */
export function logOf(receipt: Receipt, index: number): Log | undefined {
  return Number.isSafeInteger(index) && index >= 0 ? receipt.logs[index] : undefined;
}

/**
 * Whether the receipt's log at `claim.index` is the claimed one: the same emitter and topics in order (hex
 * of either case), and the same data when the claim gives it. Anything else is LOG_MISMATCH; never throws.
 */
export function matchLog(receipt: Receipt, claim: LogClaim): LogMatch {
  const mismatch = (reason: string): LogMatch => ({ valid: false, failure: 'LOG_MISMATCH', reason });
  if (typeof claim !== 'object' || claim === null) return mismatch('no log claimed');
  const { index, address, topics, data } = claim;
  const log = logOf(receipt, index);
  if (!log)
    return mismatch(`the receipt has no log at index ${String(index)} (it has ${receipt.logs.length})`);
  if (typeof address !== 'string' || address.toLowerCase() !== log.address.toLowerCase()) {
    return mismatch(`log ${index} was emitted by ${log.address}, not ${String(address)}`);
  }
  if (
    !Array.isArray(topics) ||
    topics.length !== log.topics.length ||
    topics.some(
      (topic, i) => typeof topic !== 'string' || topic.toLowerCase() !== log.topics[i]!.toLowerCase(),
    )
  ) {
    return mismatch(`log ${index} has other topics than the claimed ones`);
  }
  if (data !== undefined && (!(data instanceof Uint8Array) || hexlify(data) !== hexlify(log.data))) {
    return mismatch(`log ${index} has other data than the claimed`);
  }
  return { valid: true, log };
}

/** The type a typed receipt's first byte names (0 is legacy's, never a prefix), if it is a known one. */
function typedReceiptType(byte: number): ReceiptType | undefined {
  return RECEIPT_TYPES.find((type) => type !== 0 && type === byte);
}

function isTxIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_TX_INDEX;
}

function invalid(reason: string): WeftError {
  return new WeftError('REQUEST_INVALID', reason);
}

/** The proof's nodes, size-checked and copied (the library keeps references to the nodes it is given). */
function proofNodes(list: unknown): Uint8Array[] | string {
  if (!Array.isArray(list)) return 'the receipt proof is not a list of nodes';
  if (list.length > MAX_RECEIPT_PROOF_NODES) {
    return `the receipt proof has more than ${MAX_RECEIPT_PROOF_NODES} nodes`;
  }
  const copies: Uint8Array[] = [];
  let total = 0;
  for (const node of list) {
    if (!(node instanceof Uint8Array) || node.length === 0 || node.length > MAX_RECEIPT_NODE_BYTES) {
      return `a node of the receipt proof is not 1 to ${MAX_RECEIPT_NODE_BYTES} bytes`;
    }
    total += node.length;
    if (total > MAX_RECEIPT_PROOF_BYTES)
      return `the receipt proof has more than ${MAX_RECEIPT_PROOF_BYTES} bytes`;
    copies.push(Uint8Array.from(node));
  }
  return copies;
}

/** Why the receipt is not one a chain could hold, or undefined. */
function receiptProblem(receipt: Receipt): string | undefined {
  if (typeof receipt !== 'object' || receipt === null) return 'no receipt';
  if (!(RECEIPT_TYPES as readonly unknown[]).includes(receipt.type))
    return `receipt type ${String(receipt.type)} is not known`;
  if (receipt.status !== 0 && receipt.status !== 1) return 'the status is not 0 or 1';
  const gas = receipt.cumulativeGasUsed;
  if (typeof gas !== 'bigint' || gas < 0n || gas > MAX_UINT64)
    return 'the cumulative gas used is not a uint64';
  if (!(receipt.logsBloom instanceof Uint8Array) || receipt.logsBloom.length !== BLOOM_BYTES) {
    return `the logs bloom is not ${BLOOM_BYTES} bytes`;
  }
  if (!Array.isArray(receipt.logs)) return 'the logs are not a list';
  for (const [i, log] of receipt.logs.entries()) {
    if (typeof log !== 'object' || log === null) return `log ${i} is not a log`;
    if (typeof log.address !== 'string' || !ADDRESS.test(log.address))
      return `log ${i}'s address is not 20 bytes`;
    const topics: unknown = log.topics;
    if (!Array.isArray(topics) || topics.length > MAX_TOPICS) {
      return `log ${i}'s topics are not a list of at most ${MAX_TOPICS}`;
    }
    if (topics.some((topic: unknown) => typeof topic !== 'string' || !HASH.test(topic))) {
      return `a topic of log ${i} is not 32 bytes`;
    }
    if (!(log.data instanceof Uint8Array)) return `log ${i}'s data is not bytes`;
  }
  return undefined;
}

/** The receipt a decoded RLP list stands for, or why it stands for none. */
function receiptOf(type: ReceiptType, fields: RlpStructuredData): Receipt | string {
  if (!Array.isArray(fields) || fields.length !== 4) {
    return 'the receipt is not an RLP list [status, cumulativeGasUsed, logsBloom, logs]';
  }
  const [statusItem, gasItem, bloomItem, logItems] = fields;
  const status = statusItem === '0x01' ? 1 : statusItem === '0x' ? 0 : undefined;
  if (status === undefined) {
    return isRlpBytes(statusItem, 32)
      ? 'a pre-Byzantium receipt (a post-state root, no status) is not supported'
      : 'the status is not 0 or 1';
  }
  const cumulativeGasUsed = rlpQuantity(gasItem);
  if (cumulativeGasUsed === undefined || cumulativeGasUsed > MAX_UINT64) {
    return 'the cumulative gas used is not a uint64';
  }
  if (!isRlpBytes(bloomItem, BLOOM_BYTES)) return `the logs bloom is not ${BLOOM_BYTES} bytes`;
  if (!Array.isArray(logItems)) return 'the logs are not a list';
  const logs: Log[] = [];
  for (const [i, item] of logItems.entries()) {
    const log = logOfItem(item);
    if (typeof log === 'string') return `log ${i}: ${log}`;
    logs.push(log);
  }
  return { type, status, cumulativeGasUsed, logsBloom: getBytes(bloomItem), logs };
}

function logOfItem(item: RlpStructuredData): Log | string {
  if (!Array.isArray(item) || item.length !== 3) return 'not an RLP list [address, topics, data]';
  const [address, topics, data] = item;
  if (!isRlpBytes(address, 20)) return 'the address is not 20 bytes';
  if (!Array.isArray(topics) || topics.length > MAX_TOPICS)
    return `the topics are not a list of at most ${MAX_TOPICS}`;
  if (!topics.every((topic): topic is string => isRlpBytes(topic, 32))) return 'a topic is not 32 bytes';
  if (typeof data !== 'string') return 'the data is not bytes';
  return { address, topics, data: getBytes(data) };
}
