import { AbiCoder, getBytes, hexlify } from 'ethers';
import { describe, expect, it } from 'vitest';
import { decodeEventRecord, encodeEventRecord } from '../../proofs/events.js';
import { blockOf, bytes, hex, proofOf } from '../../test/support/evm-block.js';
import type { EvmLogView } from './address.js';
import type { EvmStatement } from './attestation.js';
import {
  decodeLogPayload,
  decodeLogPosition,
  encodeLogPosition,
  logEventRecord,
  logPayload,
  verifyLogEvent,
} from './log-event.js';
import type { Log, Receipt } from './receipts.js';

const CONTRACT = hex(20, 0xaa);
const TOPIC0 = hex(32, 0x11);
const WRITER = hex(32, 0x22);
const STREAM: EvmLogView = {
  ledger: 'evm',
  kind: 'log',
  chainId: 31001n,
  contract: CONTRACT,
  topic0: TOPIC0,
  filters: [],
};
const STREAM_TEXT = `31001:${CONTRACT}:log:${TOPIC0}`;
const TIMESTAMP = 1_700_000_000n; // the made-up header's

const receipt = (logs: Log[], status: 0 | 1 = 1): Receipt => ({
  type: 2,
  status,
  cumulativeGasUsed: 50_000n,
  logsBloom: bytes(256, 0),
  logs,
});
const assetLog = (key: string, address = CONTRACT): Log => ({
  address,
  topics: [TOPIC0, WRITER],
  data: getBytes(AbiCoder.defaultAbiCoder().encode(['string', 'string'], [key, `value of ${key}`])),
});

/** A block whose transaction 1 logs an unrelated log, then the stream's; the statement of that event. */
async function event(
  overrides: {
    receipts?: Receipt[];
    logIndex?: number;
    record?: Partial<Parameters<typeof logEventRecord>[0]>;
  } = {},
) {
  const receipts = overrides.receipts ?? [
    receipt([assetLog('other', hex(20, 0xbb))]),
    receipt([assetLog('noise', hex(20, 0xbb)), assetLog('k1')]),
  ];
  const block = await blockOf(receipts, 9n);
  const proof = await proofOf(block, 1);
  const statement: EvmStatement = {
    networkId: 'evm-c',
    chainId: 31001n,
    blockNumber: 9n,
    blockHash: block.blockHash,
    blockTimestamp: TIMESTAMP,
    viewAddress: `h:1/evm-c/${STREAM_TEXT}`,
    target: CONTRACT,
    kind: 'log',
    callData: encodeLogPosition({ txIndex: 1, logIndex: overrides.logIndex ?? 1 }),
    result: logEventRecord({
      streamText: STREAM_TEXT,
      sequence: 4n,
      log: assetLog('k1'),
      txHash: hex(32, 0x33),
      blockNumber: 9n,
      blockTimestamp: TIMESTAMP,
      ...overrides.record,
    }),
    nonce: 'n',
    requester: hex(20, 0x44),
  };
  return { statement, proof };
}

const failureOf = async (e: Awaited<ReturnType<typeof event>>, proof: typeof e.proof | 'none' = e.proof) => {
  const given = proof === 'none' ? undefined : proof;
  const verdict = await verifyLogEvent(e.statement, { view: STREAM, text: STREAM_TEXT }, given);
  return verdict.valid ? 'VALID' : verdict.failure;
};

describe('log events', () => {
  it('round-trips a position and a payload', () => {
    expect(decodeLogPosition(encodeLogPosition({ txIndex: 3, logIndex: 7 }))).toEqual({
      txIndex: 3,
      logIndex: 7,
    });
    const log = assetLog('k');
    expect(decodeLogPayload(logPayload(log))).toEqual({ topics: log.topics, data: log.data });
    expect(() => decodeLogPosition(new Uint8Array(63))).toThrow(
      expect.objectContaining({ code: 'EVENT_INVALID' }),
    );
  });

  it('accepts the attested record of a log its receipt proof shows, of this stream', async () => {
    const e = await event();
    const verdict = await verifyLogEvent(e.statement, { view: STREAM, text: STREAM_TEXT }, e.proof);
    expect(verdict).toMatchObject({
      valid: true,
      record: { sequence: 4n, stream: STREAM_TEXT, name: TOPIC0 },
    });
    if (verdict.valid) {
      const [key, value] = AbiCoder.defaultAbiCoder().decode(
        ['string', 'string'],
        decodeLogPayload(verdict.record.payload).data,
      );
      expect([key, value]).toEqual(['k1', 'value of k1']);
    }
  });

  it('refuses a record the receipt does not bear out, whatever the attestors signed', async () => {
    const e = await event();
    // A changed payload: another value under the same key.
    const changed = {
      ...assetLog('k1'),
      data: getBytes(AbiCoder.defaultAbiCoder().encode(['string', 'string'], ['k1', 'forged'])),
    };
    expect(await failureOf(await event({ record: { log: changed } }))).toBe('LOG_MISMATCH');
    // The unrelated log of the same transaction (another contract).
    expect(await failureOf(await event({ logIndex: 0 }))).toBe('LOG_MISMATCH');
    expect(await failureOf(await event({ logIndex: 2 }))).toBe('LOG_MISMATCH');
    // A record naming another stream, or another block's time.
    expect(await failureOf(await event({ record: { streamText: `${STREAM_TEXT}:${WRITER}` } }))).toBe(
      'LOG_MISMATCH',
    );
    expect(await failureOf(await event({ record: { blockTimestamp: TIMESTAMP + 1n } }))).toBe('LOG_MISMATCH');
    // A reverted transaction logs nothing, even if its receipt claims logs.
    expect(
      await failureOf(
        await event({ receipts: [receipt([]), receipt([assetLog('noise'), assetLog('k1')], 0)] }),
      ),
    ).toBe('LOG_MISMATCH');
    // The proof of another block, and none at all.
    const other = await event({ receipts: [receipt([]), receipt([assetLog('x'), assetLog('k1')])] });
    expect(await failureOf(e, other.proof)).toBe('HEADER_MISMATCH');
    expect(await failureOf(e, 'none')).toBe('RECEIPT_PROOF_MISSING');
    // Not a position, not a record.
    expect(await failureOf({ ...e, statement: { ...e.statement, callData: bytes(10, 1) } })).toBe(
      'EVENT_INVALID',
    );
    expect(await failureOf({ ...e, statement: { ...e.statement, result: bytes(10, 0xff) } })).toBe(
      'EVENT_INVALID',
    );
    // The record of the right log at another height than the attested block.
    const record = decodeEventRecord(e.statement.result);
    const moved = encodeEventRecord({ ...record, blockNumber: 10n });
    expect(await failureOf({ ...e, statement: { ...e.statement, result: moved } })).toBe('LOG_MISMATCH');
    expect(hexlify(e.statement.result)).not.toBe(hexlify(moved));
  });
});
