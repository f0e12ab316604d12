import { AbiCoder, getBytes, Interface } from 'ethers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMAND_LOG,
  CONFIRMATION_LOG,
  type Command,
  checkCompensation,
  confirmationStep,
  decodeCommand,
  decodeConfirmation,
  encodeCommand,
  encodeConfirmation,
} from './commands.js';

const command: Command = {
  id: 'cmd-1',
  destination: 'evm-c',
  target: 'assets',
  action: 'transfer',
  args: ['alice', 'bob', '5'],
  deadlineMs: 1_800_000_000_000,
};

describe('command events', () => {
  it('round-trips commands and confirmations', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 16 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (id, args, deadlineMs) => {
          const c = { ...command, id, args, deadlineMs };
          expect(decodeCommand(encodeCommand(c))).toEqual(c);
        },
      ),
    );
    const confirmation = { commandId: 'cmd-1', source: 'fabric-a', ok: false, result: 'insufficient' };
    expect(decodeConfirmation(encodeConfirmation(confirmation))).toEqual(confirmation);
  });

  it("is the data of the EVM logs: one decoder for both kinds' payloads", () => {
    const logs = new Interface([`event ${COMMAND_LOG}`, `event ${CONFIRMATION_LOG}`]);
    const issued = logs.encodeEventLog('CommandIssued', [
      '0x'.padEnd(66, '1'),
      command.id,
      command.destination,
      command.target,
      command.action,
      command.args,
      command.deadlineMs,
    ]);
    expect(decodeCommand(getBytes(issued.data))).toEqual(command);
    const executed = logs.encodeEventLog('CommandExecuted', [
      '0x'.padEnd(66, '2'),
      'cmd-1',
      'fabric-a',
      true,
      'ok',
    ]);
    expect(decodeConfirmation(getBytes(executed.data))).toEqual({
      commandId: 'cmd-1',
      source: 'fabric-a',
      ok: true,
      result: 'ok',
    });
  });

  it('refuses what is not a command in bounds, by code', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'none';
    };
    expect(code(() => decodeCommand(new Uint8Array([1, 2, 3])))).toBe('COMMAND_INVALID');
    expect(code(() => decodeConfirmation(encodeCommand(command)))).toBe('COMMAND_INVALID');
    expect(code(() => encodeCommand({ ...command, id: '' }))).toBe('COMMAND_INVALID');
    expect(code(() => encodeCommand({ ...command, args: Array(17).fill('a') }))).toBe('COMMAND_INVALID');
    expect(code(() => encodeCommand({ ...command, deadlineMs: 0 }))).toBe('COMMAND_INVALID');
    const huge = AbiCoder.defaultAbiCoder().encode(
      ['string', 'string', 'string', 'string', 'string[]', 'uint64'],
      ['a', 'b', 'c', 'd', [], 2n ** 60n],
    );
    expect(code(() => decodeCommand(getBytes(huge)))).toBe('COMMAND_INVALID');
  });

  it('moves an issued command once: confirmed, or compensated and then late', () => {
    const ok = { commandId: 'c', source: 's', ok: true, result: 'r' };
    expect(confirmationStep('pending', ok)).toEqual({ status: 'succeeded', late: false });
    expect(confirmationStep('pending', { ...ok, ok: false })).toEqual({ status: 'failed', late: false });
    expect(confirmationStep('compensated', ok)).toEqual({ status: 'compensated', late: true });
    expect(() => confirmationStep('succeeded', ok)).toThrow(/confirmed already/);
    expect(() => checkCompensation('pending', 100, 100, 'c')).toThrow(/within its deadline/);
    expect(() => checkCompensation('failed', 100, 200, 'c')).toThrow(/nothing to compensate/);
    expect(() => checkCompensation('pending', 100, 101, 'c')).not.toThrow();
  });
});
