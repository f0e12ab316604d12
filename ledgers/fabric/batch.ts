/**
 * Fabric's batch form (proofs/batch.ts), in the formats both ends build it from: the interop chaincode's
 * QueryBatch builds the leaves and endorses their root; the driver, which sees only the endorsed root and
 * the shared value, builds the very same leaves again to give each requester its leaf and path. One module
 * for both, so that the bytes hashed are the same bytes. Pure: no I/O.
 */

import { WeftError } from '../../common/errors.js';
import {
  BATCH_SCHEME,
  type BatchTree,
  batchLeaf,
  batchSalt,
  batchTree,
  HASH_BYTES,
  MAX_BATCH,
  MAX_PATH,
} from '../../proofs/batch.js';
import { decodeBounded, EDGE_BOUNDS } from '../../protos/bounds.js';
import { common, uint64, weft } from '../../protos/index.js';

/** One request of a batch: its own fields; the address and the requesting network are the batch's. */
export interface BatchRequest {
  readonly nonce: string;
  readonly certificate: string;
  /** base64 */
  readonly signature: string;
}

/** What every request of a batch shares, as the source endorses it. */
export interface BatchValue {
  readonly address: string;
  readonly payload: Uint8Array;
  readonly sourceTimeMs: number;
}

/** The endorsed result of one request: its value bound to its address, nonce and requester. */
export function interopPayloadBytes(
  request: { readonly address: string; readonly nonce: string; readonly certificate: string },
  sourceTimeMs: number,
  value: { readonly payload: Uint8Array; readonly confidential: boolean },
): Uint8Array {
  const { InteropPayload } = common.interop_payload;
  return InteropPayload.encode(
    InteropPayload.create({
      payload: value.payload,
      address: request.address,
      confidential: value.confidential,
      requestor_certificate: request.certificate,
      nonce: request.nonce,
      source_time_ms: sourceTimeMs,
    }),
  ).finish();
}

export interface BatchLeaves {
  /** Per request, in order: its InteropPayload and salt (what its view's BatchLeaf carries). */
  readonly leaves: ReadonlyArray<{ readonly payload: Uint8Array; readonly salt: Uint8Array }>;
  readonly tree: BatchTree;
}

/** The leaves of a batch answered in transaction `txId`, and their tree. */
export function batchLeaves(txId: string, value: BatchValue, requests: readonly BatchRequest[]): BatchLeaves {
  const leaves = requests.map((request) => ({
    payload: interopPayloadBytes({ ...request, address: value.address }, value.sourceTimeMs, {
      payload: value.payload,
      confidential: false,
    }),
    salt: batchSalt(txId, Buffer.from(request.signature, 'base64')),
  }));
  return { leaves, tree: batchTree(leaves.map((leaf) => batchLeaf(leaf.salt, leaf.payload))) };
}

/** Whether a view's batch leaf has the shape every verifier takes: a 32-byte salt, at most MAX_PATH 32-byte hashes. */
export function isBatchLeafShape(leaf: {
  readonly salt: Uint8Array;
  readonly path: readonly Uint8Array[];
}): boolean {
  return (
    leaf.salt.length === HASH_BYTES &&
    leaf.path.length <= MAX_PATH &&
    leaf.path.every((hash) => hash.length === HASH_BYTES)
  );
}

/** QueryBatch's endorsed result. */
export function endorsedBatchBytes(value: BatchValue, root: Uint8Array, count: number): Uint8Array {
  const { EndorsedBatch } = weft.batch;
  return EndorsedBatch.encode(
    EndorsedBatch.create({
      scheme: BATCH_SCHEME,
      root,
      leaves: count,
      payload: value.payload,
      source_time_ms: value.sourceTimeMs,
    }),
  ).finish();
}

/** An endorsed result read as a batch's; undefined when it is not one (an InteropPayload, or damage). */
export function readEndorsedBatch(bytes: Uint8Array):
  | {
      readonly root: Uint8Array;
      readonly leaves: number;
      readonly payload: Uint8Array;
      readonly sourceTimeMs: number;
    }
  | undefined {
  let batch: weft.batch.EndorsedBatch;
  try {
    batch = weft.batch.EndorsedBatch.decode(bytes);
  } catch {
    return undefined;
  }
  if (batch.scheme !== BATCH_SCHEME || batch.root.length !== HASH_BYTES) return undefined;
  if (batch.leaves < 1 || batch.leaves > MAX_BATCH) return undefined;
  return {
    root: batch.root,
    leaves: batch.leaves,
    payload: batch.payload,
    sourceTimeMs: Number(uint64(batch.source_time_ms)),
  };
}

export function batchQueryBytes(requests: readonly BatchRequest[]): Uint8Array {
  const { BatchQuery } = weft.batch;
  return BatchQuery.encode(
    BatchQuery.create({ requests: requests.map((r) => BatchQuery.Request.create({ ...r })) }),
  ).finish();
}

/** QueryBatch's argument, bounded: 1 to MAX_BATCH requests. @throws {WeftError} REQUEST_INVALID, MESSAGE_TOO_LARGE */
export function decodeBatchQuery(bytes: Uint8Array): BatchRequest[] {
  const query = decodeBounded(weft.batch.BatchQuery, bytes, {
    ...EDGE_BOUNDS,
    maxBytes: MAX_BATCH * 24 * 1024,
    maxFields: 4 * MAX_BATCH + 8,
  });
  if (query.requests.length === 0 || query.requests.length > MAX_BATCH) {
    throw new WeftError(
      'REQUEST_INVALID',
      `a batch holds 1 to ${MAX_BATCH} requests, not ${query.requests.length}`,
    );
  }
  return query.requests.map((r) => ({ nonce: r.nonce, certificate: r.certificate, signature: r.signature }));
}
