/**
 * Sample application chaincode: a key/value asset store. Keys and values are UTF-8 strings; every write is
 * endorsed under the channel's default policy (a majority of orgs).
 *
 * Every write emits the event `AssetPut`, `{"key":"...","value":"..."}`, through the outbox
 * (contracts/fabric/outbox.ts): other networks subscribe to the stream `<channel>:assets:EventAt:AssetPut`
 * and receive each write, proven committed, in order. Events of other networks it subscribed to are applied
 * with ApplyEvent: a copy of the source's assets, kept as they arrive (event-carried state transfer), from a
 * Fabric network's `AssetPut` stream or an EVM network's AssetStore `AssetPut` logs.
 */

import { AbiCoder, id } from 'ethers';
import type { Context } from 'fabric-contract-api';
import { decodeLogPayload } from '../../../ledgers/evm/log-event.js';
import { parseAddress } from '../../../proofs/address.js';
import { decodeEventRecord, type EventRecord } from '../../../proofs/events.js';
import { emitEvent, eventAt, eventCount } from '../outbox.js';
import { RefusingContract, refusalIn, refuse } from '../refusal.js';

/** The event every write emits. */
export const ASSET_EVENT = 'AssetPut';
const REMOTE_ASSET = 'remote-asset';
/** topic0 of the EVM sample application's write. */
const EVM_ASSET_TOPIC = id('AssetPut(string,string,address)');

const MAX_KEY_BYTES = 256;
const MAX_VALUE_BYTES = 64 * 1024;

/**
 * The asset an event carries: a Fabric write's JSON `{"key","value"}`, or the AssetStore log
 * `AssetPut(string key, string value, address indexed writer)` of an EVM network, whose record names
 * topic0 and carries the log's topics and data (ledgers/evm/log-event.ts).
 */
function assetOf(record: EventRecord): { key: string; value: string } {
  const none = () => refuse('EVENT_INVALID', 'the event carries no asset');
  if (record.name === EVM_ASSET_TOPIC) {
    try {
      const [key, value] = AbiCoder.defaultAbiCoder().decode(
        ['string', 'string'],
        decodeLogPayload(record.payload).data,
      );
      return { key: String(key), value: String(value) };
    } catch {
      throw none();
    }
  }
  let asset: { key?: unknown; value?: unknown };
  try {
    asset = JSON.parse(Buffer.from(record.payload).toString('utf8')) as typeof asset;
  } catch {
    throw none();
  }
  if (typeof asset.key !== 'string' || typeof asset.value !== 'string') throw none();
  return { key: asset.key, value: asset.value };
}

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || Buffer.byteLength(key) > MAX_KEY_BYTES) {
    throw refuse('INVALID_KEY', `a key is 1 to ${MAX_KEY_BYTES} bytes`);
  }
  // Keys starting with U+0000 are Fabric's composite keys: not for plain assets.
  if (key.startsWith('\u0000')) throw refuse('INVALID_KEY', 'a key may not start with U+0000');
}

function checkValue(value: string): void {
  if (typeof value !== 'string' || Buffer.byteLength(value) > MAX_VALUE_BYTES) {
    throw refuse('INVALID_VALUE', `a value is at most ${MAX_VALUE_BYTES} bytes`);
  }
}

/** Writes the asset and emits its event, in the one transaction. */
async function write(ctx: Context, key: string, value: string): Promise<void> {
  await ctx.stub.putState(key, Buffer.from(value, 'utf8'));
  await emitEvent(ctx, ASSET_EVENT, Buffer.from(JSON.stringify({ key, value })));
}

/** What the interop chaincode answers `fn(address)` with, as text; its refusal as this call's. */
async function fromInterop(ctx: Context, fn: string, address: string): Promise<string> {
  const response = await ctx.stub.invokeChaincode('interop', [fn, address], ctx.stub.getChannelID());
  if (response.status !== 200) throw refusalIn(response.message ?? '');
  return Buffer.from(response.payload ?? []).toString('utf8');
}

export class AssetContract extends RefusingContract {
  constructor() {
    super('assets');
  }

  /** Creates or replaces the asset `key`. */
  async Put(ctx: Context, key: string, value: string): Promise<void> {
    checkKey(key);
    checkValue(value);
    await write(ctx, key, value);
  }

  /**
   * Replaces the asset `key`, which must exist: the transaction reads it, so two updates of one key in one
   * block conflict and the later one is invalidated at commit (MVCC), its event with it.
   */
  async Update(ctx: Context, key: string, value: string): Promise<void> {
    checkKey(key);
    checkValue(value);
    if ((await ctx.stub.getState(key)).length === 0) throw refuse('ASSET_NOT_FOUND', `${key}`);
    await write(ctx, key, value);
  }

  /**
   * The event of sequence `sequence` of the stream `name` (a weft.events.EventRecord): a stream's view. With
   * `max` (not empty), the run of up to `max` events from `sequence` on (weft.events.EventRecords).
   */
  async EventAt(ctx: Context, name: string, sequence: string, max: string): Promise<Uint8Array> {
    return eventAt(ctx, name, sequence, max === '' ? undefined : max);
  }

  /** How many events the stream `name` has. */
  async EventCount(ctx: Context, name: string): Promise<string> {
    return eventCount(ctx, name);
  }

  /**
   * Applies the next event of another network's asset stream that this client subscribed to: the interop
   * chaincode verifies it and takes it once, in order (SubmitEvent); the asset it carries is kept as the
   * source's, under its network. Returns the key.
   */
  async ApplyEvent(ctx: Context, viewBase64: string, streamAddress: string, nonce: string): Promise<string> {
    const response = await ctx.stub.invokeChaincode(
      'interop',
      ['SubmitEvent', viewBase64, streamAddress, nonce],
      ctx.stub.getChannelID(),
    );
    if (response.status !== 200) throw refusalIn(response.message ?? '');
    const asset = assetOf(decodeEventRecord(response.payload ?? new Uint8Array()));
    const { networkId } = parseAddress(streamAddress);
    await ctx.stub.putState(
      ctx.stub.createCompositeKey(REMOTE_ASSET, [networkId, asset.key]),
      Buffer.from(asset.value, 'utf8'),
    );
    return asset.key;
  }

  /** The copy of asset `key` of network `networkId`, as its events brought it; ASSET_NOT_FOUND before any. */
  async GetRemoteAsset(ctx: Context, networkId: string, key: string): Promise<string> {
    const value = await ctx.stub.getState(ctx.stub.createCompositeKey(REMOTE_ASSET, [networkId, key]));
    if (value.length === 0) throw refuse('ASSET_NOT_FOUND', `${key} of ${networkId}`);
    return Buffer.from(value).toString('utf8');
  }

  /** The value of asset `key`; fails with ASSET_NOT_FOUND when there is none. */
  async Get(ctx: Context, key: string): Promise<string> {
    checkKey(key);
    const value = await ctx.stub.getState(key);
    if (value.length === 0) throw refuse('ASSET_NOT_FOUND', `${key}`);
    return Buffer.from(value).toString('utf8');
  }

  /**
   * The value of another network's state as this network's interop chaincode verified and recorded it: how
   * the application uses a remote view. Fails with NOT_FOUND when no verified view of `address` exists.
   */
  async GetRemote(ctx: Context, address: string): Promise<string> {
    return fromInterop(ctx, 'GetVerifiedView', address);
  }

  /**
   * As GetRemote, with the time of the source state the value shows: `{"value":"...","sourceTimeMs":...}`
   * (and `"height"` for a view of an EVM block), so the application can judge how current it is.
   */
  async GetRemoteRecord(ctx: Context, address: string): Promise<string> {
    const record = JSON.parse(await fromInterop(ctx, 'GetVerifiedViewRecord', address)) as { value: string };
    return JSON.stringify({ ...record, value: Buffer.from(record.value, 'base64').toString('utf8') });
  }
}
