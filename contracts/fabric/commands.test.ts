/**
 * contracts/fabric/commands.ts on a stub of the chaincode API, for what the Fabric-only integration test
 * (test/integration/fabric-commands.test.ts) cannot bring: commands and confirmations that are an EVM
 * network's logs, and logs that only claim to be.
 */
import { getBytes, Interface } from 'ethers';
import type { Context } from 'fabric-contract-api';
import { describe, expect, it } from 'vitest';
import { logPayload } from '../../ledgers/evm/log-event.js';
import { COMMAND_LOG, CONFIRMATION_LOG, decodeConfirmation } from '../../proofs/commands.js';
import { encodeEventRecord } from '../../proofs/events.js';
import { applyConfirmation, executeCommand, issueCommand } from './commands.js';
import { isRefusal, refuse } from './refusal.js';

const logs = new Interface([`event ${COMMAND_LOG}`, `event ${CONFIRMATION_LOG}`]);
const CONTRACT = '0x2a3ce4927f257b19304cd1c05fe453622dec3c6f';
const streamOf = (topic: string) => `127.0.0.1:9080/evm-c/31001:${CONTRACT}:log:${topic}`;

/** A ledger of one network (`local`) whose interop chaincode hands over `record` as the event taken. */
function ledger(local: string, sources: readonly string[] = [`31001:${CONTRACT}:log:`]) {
  const state = new Map<string, Uint8Array>();
  const events: Array<{ name: string; payload: Uint8Array }> = [];
  let record: Uint8Array = new Uint8Array();
  const context = (): Context => {
    const stub = {
      createCompositeKey: (type: string, attrs: string[]) => `\u0000${[type, ...attrs].join('\u0000')}\u0000`,
      getState: async (key: string) => state.get(key) ?? new Uint8Array(),
      putState: async (key: string, value: Uint8Array) => void state.set(key, value),
      setEvent: (name: string, payload: Uint8Array) => void events.push({ name, payload }),
      getTxID: () => `tx-${events.length}`,
      getDateTimestamp: () => new Date(),
      getChannelID: () => 'weft',
      invokeChaincode: async (_cc: string, args: string[]) => ({
        status: 200,
        payload:
          args[0] === 'GetLocalNetwork'
            ? Buffer.from(local)
            : args[0] === 'GetCommandSources'
              ? Buffer.from(JSON.stringify(sources))
              : record,
      }),
    };
    return { stub } as unknown as Context;
  };
  return {
    context,
    events,
    take(topics: string[], data: string, topic0 = topics[0]!) {
      record = encodeEventRecord({
        stream: `31001:${CONTRACT}:log:${topic0}`,
        sequence: 1n,
        name: topic0,
        payload: logPayload({ topics, data: getBytes(data) }),
        txId: '0x01',
        blockNumber: 1n,
        sourceTimeMs: Date.now(),
      });
    },
  };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (isRefusal(error) ? error.code : (error as { code?: string }).code),
  );

describe('commands from and confirmations to an EVM network', () => {
  const issued = logs.encodeEventLog('CommandIssued', [
    '0x'.padEnd(66, '1'),
    'cmd-1',
    'fabric-a',
    'assets',
    'put',
    ['k', 'v'],
    Date.now() + 60_000,
  ]);

  it("runs a CommandIssued log's command once, as the EVM network's, and confirms it", async () => {
    const a = ledger('fabric-a');
    a.take(issued.topics, issued.data);
    const runs: unknown[] = [];
    const run = async (action: string, args: readonly string[], source: string) => {
      runs.push([action, args, source]);
      return args[0]!;
    };
    const first = await executeCommand(a.context(), '', streamOf(issued.topics[0]!), 'n', run, 'assets');
    expect(first).toMatchObject({ ran: true, outcome: { sourceNetwork: 'evm-c', id: 'cmd-1', ok: true } });
    expect(runs).toEqual([['put', ['k', 'v'], 'evm-c']]);
    expect(a.events.map((e) => e.name)).toEqual(['CommandExecuted.evm-c']);
    expect(decodeConfirmation(a.events[0]!.payload)).toEqual({
      commandId: 'cmd-1',
      source: 'evm-c',
      ok: true,
      result: 'k',
    });
    const again = await executeCommand(a.context(), '', streamOf(issued.topics[0]!), 'n', run, 'assets');
    expect(again).toEqual({ ran: false, outcome: first.outcome });
    expect(runs).toHaveLength(1);
    expect(a.events).toHaveLength(1);
  });

  it("makes the action's refusal a failed outcome, and refuses logs that only claim to be commands", async () => {
    const a = ledger('fabric-a');
    a.take(issued.topics, issued.data);
    const refusing = async () => {
      throw refuse('INSUFFICIENT_BALANCE', 'none left');
    };
    const { outcome } = await executeCommand(
      a.context(),
      '',
      streamOf(issued.topics[0]!),
      'n',
      refusing,
      'assets',
    );
    expect(outcome).toMatchObject({ ok: false });
    expect(JSON.parse(outcome.result)).toEqual({ code: 'INSUFFICIENT_BALANCE', message: 'none left' });
    // Named CommandIssued, but the log's own first topic is another event's.
    const other = logs.encodeEventLog('CommandExecuted', [
      '0x'.padEnd(66, '2'),
      'cmd-1',
      'fabric-a',
      true,
      'x',
    ]);
    a.take([other.topics[0]!, ...issued.topics.slice(1)], issued.data, issued.topics[0]!);
    expect(
      await codeOf(executeCommand(a.context(), '', streamOf(issued.topics[0]!), 'n', refusing, 'assets')),
    ).toBe('COMMAND_INVALID');
    // A confirmation log is no command.
    a.take(other.topics, other.data);
    expect(
      await codeOf(executeCommand(a.context(), '', streamOf(issued.topics[0]!), 'n', refusing, 'assets')),
    ).toBe('COMMAND_INVALID');
  });

  it('takes commands only from the command sources recorded for their network', async () => {
    const run = async () => 'ran';
    // Another contract of the same network, whose logs its attestors prove as well as any.
    const rogue = ledger('fabric-a', ['31001:0x1111111111111111111111111111111111111111:log:']);
    rogue.take(issued.topics, issued.data);
    expect(
      await codeOf(executeCommand(rogue.context(), '', streamOf(issued.topics[0]!), 'n', run, 'assets')),
    ).toBe('COMMAND_SOURCE_UNTRUSTED');
    // Nothing recorded for the network: nothing is taken from it.
    const none = ledger('fabric-a', []);
    none.take(issued.topics, issued.data);
    expect(
      await codeOf(executeCommand(none.context(), '', streamOf(issued.topics[0]!), 'n', run, 'assets')),
    ).toBe('COMMAND_SOURCE_UNTRUSTED');
    expect(rogue.events).toHaveLength(0);
    expect(none.events).toHaveLength(0);
  });

  it("records a CommandExecuted log of the command's destination, and only of it", async () => {
    // evm-d's contract is a command source too: the confirmation is refused for its network, not its app.
    const b = ledger('fabric-b', [`31001:${CONTRACT}:log:`, `31002:${CONTRACT}:log:`]);
    const command = { destination: 'evm-c', target: CONTRACT, action: 'put', args: ['k', 'v'] };
    await issueCommand(b.context(), { ...command, id: 'cmd-2', deadlineMs: Date.now() + 60_000 });
    const executed = logs.encodeEventLog('CommandExecuted', [
      '0x'.padEnd(66, '3'),
      'cmd-2',
      'fabric-b',
      true,
      'done',
    ]);
    b.take(executed.topics, executed.data);
    const elsewhere = `127.0.0.1:9080/evm-d/31002:${CONTRACT}:log:${executed.topics[0]}`;
    expect(await codeOf(applyConfirmation(b.context(), '', elsewhere, 'n'))).toBe('CONFIRMATION_MISDIRECTED');
    expect(await applyConfirmation(b.context(), '', streamOf(executed.topics[0]!), 'n')).toMatchObject({
      id: 'cmd-2',
      status: 'succeeded',
      result: 'done',
    });
  });
});
