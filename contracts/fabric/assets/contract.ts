/**
 * Sample application chaincode: a key/value asset store. Keys and values are UTF-8 strings; every write is
 * endorsed under the channel's default policy (a majority of orgs).
 */
import type { Context } from 'fabric-contract-api';
import { RefusingContract, refusalIn, refuse } from '../refusal.js';

const MAX_KEY_BYTES = 256;
const MAX_VALUE_BYTES = 64 * 1024;

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || Buffer.byteLength(key) > MAX_KEY_BYTES) {
    throw refuse('INVALID_KEY', `a key is 1 to ${MAX_KEY_BYTES} bytes`);
  }
  // Keys starting with U+0000 are Fabric's composite keys: not for plain assets.
  if (key.startsWith('\u0000')) throw refuse('INVALID_KEY', 'a key may not start with U+0000');
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
    if (typeof value !== 'string' || Buffer.byteLength(value) > MAX_VALUE_BYTES) {
      throw refuse('INVALID_VALUE', `a value is at most ${MAX_VALUE_BYTES} bytes`);
    }
    await ctx.stub.putState(key, Buffer.from(value, 'utf8'));
    ctx.stub.setEvent('AssetPut', Buffer.from(key, 'utf8'));
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
