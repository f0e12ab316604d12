/**
 * Sample application chaincode: a key/value asset store. Keys and values are UTF-8 strings; every write is
 * endorsed under the channel's default policy (a majority of orgs).
 *
 * Every write emits the event `AssetPut`, `{"key":"...","value":"..."}`, through the outbox
 * (contracts/fabric/outbox.ts): other networks subscribe to the stream `<channel>:assets:EventAt:AssetPut`
 * and receive each write, proven committed, in order. Events of other networks it subscribed to are applied
 * with ApplyEvent: a copy of the source's assets, kept as they arrive (event-carried state transfer), from a
 * Fabric network's `AssetPut` stream or an EVM network's AssetStore `AssetPut` logs.
 *
 * Commands (contracts/fabric/commands.ts): IssueCommand sends another network's application an action;
 * ExecuteCommand runs one sent here (`put` a key, `transfer` units between balances) once and confirms it;
 * ApplyConfirmation records the confirmation of one issued here; Compensate marks one overdue.
 */

import { X509Certificate } from 'node:crypto';
import { AbiCoder, id } from 'ethers';
import type { Context } from 'fabric-contract-api';
import { decodeLogPayload } from '../../../ledgers/evm/log-event.js';
import { parseAddress } from '../../../proofs/address.js';
import { decodeEventRecord, type EventRecord } from '../../../proofs/events.js';
import {
  applyConfirmation,
  commandOutcome,
  commandRecord,
  compensate,
  executeCommand,
  issueCommand,
} from '../commands.js';
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

/** The name this chaincode is deployed under: what a command sent to it names as its target. */
const CHAINCODE = 'assets';
const BALANCE = 'balance';
const MAX_AMOUNT_DIGITS = 30;

const balanceKey = (ctx: Context, account: string) => ctx.stub.createCompositeKey(BALANCE, [account]);

async function balanceOf(ctx: Context, account: string): Promise<bigint> {
  const stored = await ctx.stub.getState(balanceKey(ctx, account));
  return stored.length === 0 ? 0n : BigInt(Buffer.from(stored).toString('utf8'));
}

function parseAmount(text: string): bigint {
  if (typeof text !== 'string' || !new RegExp(`^[1-9][0-9]{0,${MAX_AMOUNT_DIGITS - 1}}$`).test(text)) {
    throw refuse('INVALID_AMOUNT', `an amount is a positive integer of at most ${MAX_AMOUNT_DIGITS} digits`);
  }
  return BigInt(text);
}

/** Only an admin of a member org mints, as only an admin changes what the interop chaincode trusts. */
function assertAdmin(ctx: Context): void {
  const certificate = new X509Certificate(Buffer.from(ctx.clientIdentity.getIDBytes()));
  if (!/^OU=admin$/m.test(certificate.subject)) {
    throw refuse('NOT_ADMIN', `the ${ctx.clientIdentity.getMSPID()} client is not an admin`);
  }
}

/** Moves `amount` from one balance to another: every check comes before the first write. */
async function transfer(ctx: Context, from: string, to: string, amountText: string): Promise<string> {
  checkKey(from);
  checkKey(to);
  const amount = parseAmount(amountText);
  if (from === to) throw refuse('INVALID_ARGUMENT', 'a transfer is between two accounts');
  const [fromBalance, toBalance] = [await balanceOf(ctx, from), await balanceOf(ctx, to)];
  if (fromBalance < amount) {
    throw refuse('INSUFFICIENT_BALANCE', `${from} holds ${fromBalance}, less than ${amount}`);
  }
  await ctx.stub.putState(balanceKey(ctx, from), Buffer.from(String(fromBalance - amount)));
  await ctx.stub.putState(balanceKey(ctx, to), Buffer.from(String(toBalance + amount)));
  return JSON.stringify({ from: String(fromBalance - amount), to: String(toBalance + amount) });
}

/**
 * The actions other networks' commands may run here. Each refuses before it writes anything: Fabric keeps
 * the writes of a transaction that completes, and a refused command's transaction completes (it records the
 * failed outcome and confirms it).
 */
async function runCommand(ctx: Context, action: string, args: readonly string[]): Promise<string> {
  const arity = (n: number) => {
    if (args.length !== n) throw refuse('INVALID_ARGUMENT', `${action} takes ${n} arguments`);
  };
  if (action === 'put') {
    arity(2);
    const [key, value] = args as [string, string];
    checkKey(key);
    checkValue(value);
    await write(ctx, key, value);
    return key;
  }
  if (action === 'transfer') {
    arity(3);
    const [from, to, amount] = args as [string, string, string];
    return transfer(ctx, from, to, amount);
  }
  throw refuse('COMMAND_INVALID', `no action ${action} here`);
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

  /**
   * Issues a command for network `destination`'s application `target`: `argsJson` is a JSON list of strings,
   * `deadlineMs` (ms since the epoch) when it may be compensated. Returns the issuer's record.
   */
  async IssueCommand(
    ctx: Context,
    commandId: string,
    destination: string,
    target: string,
    action: string,
    argsJson: string,
    deadlineMs: string,
  ): Promise<string> {
    let args: unknown;
    try {
      args = JSON.parse(argsJson);
    } catch {
      throw refuse('COMMAND_INVALID', 'the arguments are not JSON');
    }
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
      throw refuse('COMMAND_INVALID', 'the arguments are a list of strings');
    }
    if (!/^[1-9][0-9]{0,15}$/.test(deadlineMs)) {
      throw refuse('COMMAND_INVALID', 'a deadline is in ms since the epoch');
    }
    const record = await issueCommand(ctx, {
      id: commandId,
      destination,
      target,
      action,
      args: args as string[],
      deadlineMs: Number(deadlineMs),
    });
    return JSON.stringify(record);
  }

  /**
   * Runs the next command of a subscribed stream of commands sent here, once per source network and id,
   * and confirms it (`CommandExecuted`). Returns `{"outcome":{...},"ran":true|false}`.
   */
  async ExecuteCommand(
    ctx: Context,
    viewBase64: string,
    streamAddress: string,
    nonce: string,
  ): Promise<string> {
    const executed = await executeCommand(
      ctx,
      viewBase64,
      streamAddress,
      nonce,
      (action, args) => runCommand(ctx, action, args),
      CHAINCODE,
    );
    return JSON.stringify(executed);
  }

  /** Records the next confirmation of a subscribed stream for the command of this network it confirms. */
  async ApplyConfirmation(
    ctx: Context,
    viewBase64: string,
    streamAddress: string,
    nonce: string,
  ): Promise<string> {
    return JSON.stringify(await applyConfirmation(ctx, viewBase64, streamAddress, nonce));
  }

  /** Marks a pending command past its deadline compensated (this sample has nothing to undo). */
  async Compensate(ctx: Context, commandId: string): Promise<string> {
    return JSON.stringify(await compensate(ctx, commandId));
  }

  /** The issuer's record of command `commandId`: status, destination, deadline, result, late confirmation. */
  async GetCommand(ctx: Context, commandId: string): Promise<string> {
    return commandRecord(ctx, commandId);
  }

  /** What this network recorded of running command `commandId` of `sourceNetwork`. */
  async GetCommandOutcome(ctx: Context, sourceNetwork: string, commandId: string): Promise<string> {
    return commandOutcome(ctx, sourceNetwork, commandId);
  }

  /** Credits `amount` to `account`: admins only, the sample's source of balances. */
  async Mint(ctx: Context, account: string, amount: string): Promise<string> {
    assertAdmin(ctx);
    checkKey(account);
    const balance = (await balanceOf(ctx, account)) + parseAmount(amount);
    await ctx.stub.putState(balanceKey(ctx, account), Buffer.from(String(balance)));
    return String(balance);
  }

  /** The balance of `account` (0 for an account never credited). */
  async BalanceOf(ctx: Context, account: string): Promise<string> {
    checkKey(account);
    return String(await balanceOf(ctx, account));
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
