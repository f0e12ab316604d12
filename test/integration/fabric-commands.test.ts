/**
 * Command events between two real Fabric networks (contracts/fabric/commands.ts): b's sample application
 * issues a command for a; a client of a subscribes to b's `Command` stream through the relays, and a's
 * application runs the command once (ExecuteCommand, the event verified again by a's interop chaincode) and
 * confirms it; a client of b subscribes to a's `CommandExecuted` stream and b records the outcome
 * (ApplyConfirmation). Every check is tried by an attacker: replays and a second subscription, a changed
 * command or confirmation, a command for another network or application, an event that is no command, a
 * confirmation for another network or from a network the command was not sent to, an early compensation,
 * a non-admin renaming the network, a stream of an application that is none of the recorded command sources.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Contract } from '@hyperledger/fabric-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { gatewayRefusal } from '../../common/gateway-error.js';
import { parseRefusal } from '../../common/refusal.js';
import { parseAddress } from '../../proofs/address.js';
import { decodeCommand, decodeConfirmation, encodeConfirmation } from '../../proofs/commands.js';
import { encodeEventRecord } from '../../proofs/events.js';
import type { VerifiedEvent } from '../../sdk/events.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { awaitBlockOnEveryPeer, submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down } from '../../topology/launcher.js';
import { type FabricNetworkState, fabricNetwork, type TopologyState } from '../../topology/state.js';
import { type Endorser, endorse, fabricView, responsePayload } from '../support/fabric-views.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

let stateDir: string;
let state: TopologyState;
let netA: FabricNetworkState;
let netB: FabricNetworkState;
/** A dApp client of each network: its first org's User1, its relay. */
let a: LocalClient;
let b: LocalClient;
let aAdmin: FabricConnection;
const prefix = `cmd-${randomUUID().slice(0, 8)}`;
const alice = `${prefix}-alice`;
const bob = `${prefix}-bob`;

beforeAll(async () => {
  ({ stateDir, state } = await upTwoFabricNetworks('commands'));
  netA = fabricNetwork(state, 'a');
  netB = fabricNetwork(state, 'b');
  [a, b] = await Promise.all([openLocalClient(state, 'a'), openLocalClient(state, 'b')]);
  aAdmin = await connectGateway(netA.orgs[0]!, netA.orgs[0]!.admin);
  await submitOnEveryPeer(netA, adminAssets(), 'Mint', alice, '100');
}, 300_000);

afterAll(async () => {
  a?.close();
  b?.close();
  aAdmin?.close();
  await down({ stateDir });
}, 60_000);

const adminAssets = () => aAdmin.gateway.getNetwork(netA.channel).getContract('assets');
const streamOf = (network: FabricNetworkState, name: string) =>
  expandAddress(state, `${network.id}/${network.channel}:assets:EventAt:${name}`);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const balance = async (account: string) =>
  BigInt(text(await a.assets.evaluateTransaction('BalanceOf', account)));
const eventCount = async (client: LocalClient, name: string) =>
  BigInt(text(await client.assets.evaluateTransaction('EventCount', name)));
const refusalOf = (call: Promise<unknown>) =>
  call.then(
    () => 'accepted',
    (error: unknown) => gatewayRefusal(error)?.code ?? String(error),
  );

/** Submits and waits for every peer; the result as text. */
async function submit(network: FabricNetworkState, contract: Contract, fn: string, ...args: string[]) {
  return text(await submitOnEveryPeer(network, contract, fn, ...args));
}

/** As submit, printing how long the transaction took from proposal to its commit on the Gateway's peer. */
async function timed(network: FabricNetworkState, contract: Contract, fn: string, ...args: string[]) {
  const started = performance.now();
  const commit = await contract.submitAsync(fn, { arguments: args });
  const status = await commit.getStatus();
  const ms = performance.now() - started;
  if (!status.successful) throw new Error(`${fn} committed invalid (${status.code})`);
  console.log(`${fn} on ${network.id}: ${ms.toFixed(0)} ms, block ${status.blockNumber}`);
  await awaitBlockOnEveryPeer(network, status.blockNumber);
  return text(commit.getResult());
}

/** Issues a command on b; its sequence in b's Command stream. */
async function issue(id: string, destination: string, action: string, args: string[], deadlineMs?: number) {
  const deadline = String(deadlineMs ?? Date.now() + 600_000);
  await submit(
    netB,
    b.assets,
    'IssueCommand',
    id,
    destination,
    'assets',
    action,
    JSON.stringify(args),
    deadline,
  );
  return eventCount(b, `Command.${destination}`);
}

/**
 * `n` events of `stream` from `from` on, received by `client` through the relays and verified, and the
 * stream opened on the client's ledger for the subscription: what the ledger takes them with.
 */
async function receive(
  client: LocalClient,
  network: FabricNetworkState,
  stream: string,
  from: bigint,
  n = 1,
) {
  const subscription = await client.client.subscribe(stream, { fromSequence: from });
  const events: VerifiedEvent[] = [];
  try {
    for await (const event of subscription) {
      events.push(event);
      if (events.length === n) break;
    }
  } finally {
    await subscription.close();
  }
  await submit(network, client.interop, 'OpenStream', subscription.address, subscription.nonce, String(from));
  return events;
}

const view = (event: VerifiedEvent) => Buffer.from(event.proof).toString('base64');
const execute = (event: VerifiedEvent, proof = view(event)) =>
  submit(netA, a.assets, 'ExecuteCommand', proof, event.address, event.nonce);
const confirm = (event: VerifiedEvent, proof = view(event)) =>
  submit(netB, b.assets, 'ApplyConfirmation', proof, event.address, event.nonce);
const command = async (id: string) => JSON.parse(text(await b.assets.evaluateTransaction('GetCommand', id)));

/** A byte string of `view` changed after endorsement, to one of the same length. */
function tampered(event: VerifiedEvent, from: string, to: string): string {
  const bytes = Buffer.from(event.proof);
  const at = bytes.indexOf(Buffer.from(from));
  expect(at).toBeGreaterThan(0);
  bytes.write(to, at);
  return bytes.toString('base64');
}

describe('command events between Fabric networks', () => {
  it("records each network's own id, which no client but an admin may change", async () => {
    expect(text(await a.interop.evaluateTransaction('GetLocalNetwork'))).toBe('a');
    expect(text(await b.interop.evaluateTransaction('GetLocalNetwork'))).toBe('b');
    // A client renaming a as c, so that commands for c would run here.
    expect(await refusalOf(a.interop.submitTransaction('SetLocalNetwork', 'c'))).toBe('NOT_ADMIN');
    expect(await refusalOf(a.assets.submitTransaction('Mint', bob, '1000'))).toBe('NOT_ADMIN');
  }, 60_000);

  it("takes commands only from the command sources a's admins recorded for b", async () => {
    const adminInterop = aAdmin.gateway.getNetwork(netA.channel).getContract('interop');
    const recorded = text(await a.interop.evaluateTransaction('GetCommandSources', 'b'));
    expect(JSON.parse(recorded)).toEqual([`${netB.channel}:assets:EventAt:`]);
    // b's members prove b's assets' events, but a takes commands of b's `bank` application only now.
    await submit(
      netA,
      adminInterop,
      'SetCommandSources',
      'b',
      JSON.stringify([`${netB.channel}:bank:EventAt:`]),
    );
    try {
      const id = `${prefix}-untrusted`;
      const sequence = await issue(id, 'a', 'transfer', [alice, bob, '1']);
      const before = await balance(bob);
      const [event] = await receive(a, netA, streamOf(netB, 'Command.a'), sequence);
      expect(await refusalOf(execute(event!))).toBe('COMMAND_SOURCE_UNTRUSTED');
      expect(await balance(bob)).toBe(before);
      expect(await refusalOf(a.assets.evaluateTransaction('GetCommandOutcome', 'b', id))).toBe(
        'COMMAND_NOT_FOUND',
      );
      // Nor may a client of a record b's command sources.
      expect(
        await refusalOf(a.interop.submitTransaction('SetCommandSources', 'b', JSON.stringify(['']))),
      ).toBe('NOT_ADMIN');
      // The event is still the subscription's next: passed on to the interop chaincode alone.
      await submit(netA, a.interop, 'SubmitEvent', view(event!), event!.address, event!.nonce);
    } finally {
      await submit(netA, adminInterop, 'SetCommandSources', 'b', recorded);
    }
  }, 120_000);

  let transferId: string;
  let transferOutcome: { ok: boolean; result: string };

  it('runs a transfer issued on b once on a, through replays and a second subscription', async () => {
    transferId = `${prefix}-transfer`;
    const [aliceBefore, bobBefore] = [await balance(alice), await balance(bob)];
    const confirmationsBefore = await eventCount(a, 'CommandExecuted.b');
    const sequence = await issue(transferId, 'a', 'transfer', [alice, bob, '30']);
    const [event] = await receive(a, netA, streamOf(netB, 'Command.a'), sequence);
    expect(event!.record.name).toBe('Command.a');
    expect(decodeCommand(event!.record.payload)).toMatchObject({
      id: transferId,
      destination: 'a',
      target: 'assets',
      action: 'transfer',
      args: [alice, bob, '30'],
    });
    console.log(
      `command event payload (${event!.record.payload.length} bytes): 0x${Buffer.from(event!.record.payload).toString('hex')}`,
    );
    console.log(
      `view submitted (${event!.proof.length} bytes, sha256 ${createHash('sha256').update(event!.proof).digest('hex')}), endorsed by ${event!.orgs.join('+')}`,
    );
    const first = JSON.parse(
      await timed(netA, a.assets, 'ExecuteCommand', view(event!), event!.address, event!.nonce),
    );
    expect(first).toMatchObject({ ran: true, outcome: { sourceNetwork: 'b', id: transferId, ok: true } });
    transferOutcome = first.outcome;
    expect([await balance(alice), await balance(bob)]).toEqual([aliceBefore - 30n, bobBefore + 30n]);
    // The same event twice more: the stream took it.
    for (let i = 0; i < 2; i++) expect(await refusalOf(execute(event!))).toBe('EVENT_REPLAYED');
    // Another subscription brings it again: taken, not run.
    const [again] = await receive(a, netA, streamOf(netB, 'Command.a'), sequence);
    expect(again!.nonce).not.toBe(event!.nonce);
    expect(JSON.parse(await execute(again!))).toEqual({ ran: false, outcome: first.outcome });
    expect([await balance(alice), await balance(bob)]).toEqual([aliceBefore - 30n, bobBefore + 30n]);
    expect(await eventCount(a, 'CommandExecuted.b')).toBe(confirmationsBefore + 1n);
    expect(
      JSON.parse(text(await a.assets.evaluateTransaction('GetCommandOutcome', 'b', transferId))),
    ).toEqual(first.outcome);
  }, 180_000);

  it("records a's confirmation on b: the command succeeded, with its result", async () => {
    expect((await command(transferId)).status).toBe('pending');
    const sequence = await eventCount(a, 'CommandExecuted.b');
    const [event] = await receive(b, netB, streamOf(netA, 'CommandExecuted.b'), sequence);
    expect(decodeConfirmation(event!.record.payload)).toEqual({
      commandId: transferId,
      source: 'b',
      ok: true,
      result: transferOutcome.result,
    });
    await timed(netB, b.assets, 'ApplyConfirmation', view(event!), event!.address, event!.nonce);
    expect(await command(transferId)).toMatchObject({
      status: 'succeeded',
      destination: 'a',
      result: transferOutcome.result,
    });
    expect(await refusalOf(confirm(event!))).toBe('EVENT_REPLAYED');
    const [again] = await receive(b, netB, streamOf(netA, 'CommandExecuted.b'), sequence);
    expect(await refusalOf(confirm(again!))).toBe('COMMAND_ALREADY_CONFIRMED');
    // Compensating a command confirmed.
    expect(await refusalOf(submit(netB, b.assets, 'Compensate', transferId))).toBe(
      'COMMAND_ALREADY_CONFIRMED',
    );
  }, 180_000);

  it('refuses a changed command, one for another network or application, and an event that is no command', async () => {
    const before = await balance(alice);
    const mallory = `${prefix}-mallo`;
    const carol = `${prefix}-carol`;
    const forged = await issue(`${prefix}-forged`, 'a', 'transfer', [alice, carol, '1']);
    const [honest] = await receive(a, netA, streamOf(netB, 'Command.a'), forged);
    // The recipient changed after b's peers endorsed the event.
    expect(await refusalOf(execute(honest!, tampered(honest!, carol, mallory)))).toMatch(
      /^(PAYLOAD_MISMATCH|BAD_SIGNATURE)$/,
    );
    expect(await balance(mallory)).toBe(0n);
    // A command for c, then one for another application of a, on one subscription.
    const elsewhere = await issue(`${prefix}-for-c`, 'c', 'transfer', [alice, mallory, '1']);
    await submit(
      netB,
      b.assets,
      'IssueCommand',
      `${prefix}-for-bank`,
      'a',
      'bank',
      'transfer',
      JSON.stringify([alice, mallory, '1']),
      String(Date.now() + 600_000),
    );
    // c's commands have a stream of their own, which a may read too: a refuses to run them.
    const [forC] = await receive(a, netA, streamOf(netB, 'Command.c'), elsewhere);
    expect(await refusalOf(execute(forC!))).toBe('COMMAND_MISDIRECTED');
    const [forBank] = await receive(a, netA, streamOf(netB, 'Command.a'), await eventCount(b, 'Command.a'));
    expect(await refusalOf(execute(forBank!))).toBe('COMMAND_MISDIRECTED');
    // An asset write of b, submitted as a command.
    await submit(netB, b.assets, 'Put', `${prefix}-asset`, 'not a command');
    const puts = await eventCount(b, 'AssetPut');
    const [put] = await receive(a, netA, streamOf(netB, 'AssetPut'), puts);
    expect(await refusalOf(execute(put!))).toBe('COMMAND_INVALID');
    expect(await balance(mallory)).toBe(0n);
    expect(await balance(alice)).toBe(before);
    for (const id of [`${prefix}-for-c`, `${prefix}-for-bank`, `${prefix}-forged`]) {
      expect(await refusalOf(a.assets.evaluateTransaction('GetCommandOutcome', 'b', id))).toBe(
        'COMMAND_NOT_FOUND',
      );
    }
  }, 180_000);

  it("confirms failing commands as failed, with a's reason, and writes nothing of them", async () => {
    const held = await balance(alice);
    const beyond = await issue(`${prefix}-beyond`, 'a', 'transfer', [alice, bob, String(held + 1n)]);
    await issue(`${prefix}-negative`, 'a', 'transfer', [alice, bob, '-5']);
    // A put over alice's balance, named by its composite key.
    await issue(`${prefix}-overwrite`, 'a', 'put', [`\u0000balance\u0000${alice}\u0000`, '1000000']);
    const bobBefore = await balance(bob);
    const confirmations = (await eventCount(a, 'CommandExecuted.b')) + 1n;
    const events = await receive(a, netA, streamOf(netB, 'Command.a'), beyond, 3);
    const outcomes = [];
    for (const event of events) outcomes.push(JSON.parse(await execute(event)).outcome);
    expect(outcomes.map((o) => [o.ok, parseRefusal(o.result)?.code])).toEqual([
      [false, 'INSUFFICIENT_BALANCE'],
      [false, 'INVALID_AMOUNT'],
      [false, 'INVALID_KEY'],
    ]);
    expect([await balance(alice), await balance(bob)]).toEqual([held, bobBefore]);
    const confirmed = await receive(b, netB, streamOf(netA, 'CommandExecuted.b'), confirmations, 3);
    for (const event of confirmed) await confirm(event);
    const records = await Promise.all(
      ['beyond', 'negative', 'overwrite'].map((name) => command(`${prefix}-${name}`)),
    );
    expect(records.map((r) => r.status)).toEqual(['failed', 'failed', 'failed']);
    expect(records.map((r) => r.result)).toEqual(outcomes.map((o) => o.result));
  }, 180_000);

  it("refuses a changed confirmation, one for another network, and one from a network the command wasn't sent to", async () => {
    const pending = `${prefix}-pending`;
    const sequence = await issue(pending, 'a', 'put', [`${prefix}-key`, 'value']);
    const [cmd] = await receive(a, netA, streamOf(netB, 'Command.a'), sequence);
    await execute(cmd!);
    const [event] = await receive(
      b,
      netB,
      streamOf(netA, 'CommandExecuted.b'),
      await eventCount(a, 'CommandExecuted.b'),
    );
    // The confirmation's result changed after a's peers endorsed it.
    expect(await refusalOf(confirm(event!, tampered(event!, `${prefix}-key`, `${prefix}-kez`)))).toMatch(
      /^(PAYLOAD_MISMATCH|BAD_SIGNATURE)$/,
    );
    expect((await command(pending)).status).toBe('pending');
    // a's own members sign confirmations a's application never emitted: for a command sent to c, for a
    // command of c, and for a command nobody issued.
    const forC = `${prefix}-sent-to-c`;
    await issue(forC, 'c', 'put', ['k', 'v']);
    const endorsers = await Promise.all(netA.orgs.map(peerEndorser));
    const stream = streamOf(netA, 'CommandExecuted.b');
    const nonce = `forged-${randomUUID()}`;
    await submit(netB, b.interop, 'OpenStream', stream, nonce, '1');
    const requester = await readFile(netB.orgs[0]!.client.certFile, 'utf8');
    const forge = (commandId: string, source: string) => {
      const record = encodeEventRecord({
        stream: parseAddress(stream).viewText,
        sequence: 1n,
        name: 'CommandExecuted.b',
        payload: encodeConfirmation({ commandId, source, ok: true, result: 'done' }),
        txId: 'forged',
        blockNumber: 0n,
        sourceTimeMs: Date.now(),
      });
      const payload = responsePayload({
        address: stream,
        nonce,
        requesterCertificate: requester,
        value: record,
      });
      const bytes = fabricView(endorsers.map((e) => endorse(payload, e)));
      return submit(
        netB,
        b.assets,
        'ApplyConfirmation',
        Buffer.from(bytes).toString('base64'),
        stream,
        nonce,
      );
    };
    expect(await refusalOf(forge(forC, 'b'))).toBe('CONFIRMATION_MISDIRECTED');
    expect(await refusalOf(forge(pending, 'c'))).toBe('CONFIRMATION_MISDIRECTED');
    expect(await refusalOf(forge(`${prefix}-never-issued`, 'b'))).toBe('COMMAND_NOT_FOUND');
    expect((await command(forC)).status).toBe('pending');
    // The honest confirmation still comes through.
    await confirm(event!);
    expect(await command(pending)).toMatchObject({ status: 'succeeded', result: `${prefix}-key` });
  }, 180_000);

  it('compensates past the deadline only, then records a confirmation as late and keeps it compensated', async () => {
    const id = `${prefix}-late`;
    const deadline = Date.now() + 8_000;
    const sequence = await issue(id, 'a', 'transfer', [alice, bob, '1'], deadline);
    expect(await refusalOf(submit(netB, b.assets, 'Compensate', id))).toBe('COMMAND_NOT_DUE');
    expect(await refusalOf(submit(netB, b.assets, 'Compensate', `${prefix}-unknown`))).toBe(
      'COMMAND_NOT_FOUND',
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline + 1_000 - Date.now())));
    expect(JSON.parse(await submit(netB, b.assets, 'Compensate', id)).status).toBe('compensated');
    expect(await refusalOf(submit(netB, b.assets, 'Compensate', id))).toBe('COMMAND_ALREADY_CONFIRMED');
    // a runs it after all, and its confirmation comes back late.
    const [cmd] = await receive(a, netA, streamOf(netB, 'Command.a'), sequence);
    const { outcome } = JSON.parse(await execute(cmd!));
    expect(outcome.ok).toBe(true);
    const [event] = await receive(
      b,
      netB,
      streamOf(netA, 'CommandExecuted.b'),
      await eventCount(a, 'CommandExecuted.b'),
    );
    await confirm(event!);
    const record = await command(id);
    expect(record).toMatchObject({ status: 'compensated', late: { ok: true, result: outcome.result } });
    expect(record.result).toBeUndefined();
    expect(record.compensatedMs).toBeGreaterThan(deadline);
  }, 180_000);
});

/** The peer identity of an org of a, keys and all: what a's members sign with. */
async function peerEndorser(org: FabricNetworkState['orgs'][number]): Promise<Endorser> {
  const signcerts = join(org.peer.mspDir, 'signcerts');
  const [certFile] = await readdir(signcerts);
  return {
    mspId: org.mspId,
    certificate: await readFile(join(signcerts, certFile!), 'utf8'),
    key: await readFile(join(org.peer.mspDir, 'keystore', 'priv_sk'), 'utf8'),
    ca: await readFile(org.caCertFile, 'utf8'),
  };
}
