import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  COMMAND_LOG,
  CONFIRMATION_LOG,
  commandEventName,
  confirmationEventName,
  decodeCommand,
  decodeConfirmation,
  encodeCommand,
  encodeConfirmation,
} from './commands.js';
import { cloudEventOf, newWebhookSecret, signWebhook } from './webhook.js';

const text = await readFile(new URL('../asyncapi.yaml', import.meta.url), 'utf8');

describe('the AsyncAPI document', () => {
  it('is valid AsyncAPI 3.0, and what a webhook sends fits its schemas', async () => {
    const { document, diagnostics } = await new Parser().parse(text);
    // Severity 0 is an error; warnings (style hints) are allowed.
    expect(diagnostics.filter((d) => d.severity === 0).map((d) => d.message)).toEqual([]);
    const message = document!.components().messages().get('verifiedEvent')!;
    const payload = message.payload()!.json();
    const headers = message.headers()!.json();
    const ajv = new Ajv({ strict: false });
    const event = cloudEventOf({
      subscription: 'sub-1',
      stream: 'h:1/b/31001:0xab:log:0x01',
      network: 'b',
      sequence: 12n,
      sourceTimeMs: Date.now(),
      orgs: ['Org1', 'Org2'],
      blockNumber: 41n,
      name: '0x01',
      payloadBase64: 'AAEC',
      txId: '0xff',
    });
    const body = Buffer.from(JSON.stringify(event));
    const signed = signWebhook({ id: event.id, timestampS: 1_700_000_000, body }, [
      newWebhookSecret(),
      newWebhookSecret(),
    ]);
    expect(ajv.validate(payload, JSON.parse(body.toString())), ajv.errorsText()).toBe(true);
    expect(ajv.validate(headers, signed), ajv.errorsText()).toBe(true);
    // The schema refuses what weft never sends.
    expect(ajv.validate(payload, { ...event, weftsequence: '0' })).toBe(false);
    expect(ajv.validate(payload, { ...event, extra: 1 })).toBe(false);
  });

  it('describes commands and confirmations as proofs/commands.ts encodes them', async () => {
    const { document } = await new Parser().parse(text);
    const messages = document!.components().messages();
    const ajv = new Ajv({ strict: false });
    const command = decodeCommand(
      encodeCommand({
        id: 'cmd-1',
        destination: 'evm-c',
        target: '0x2a3ce4927f257b19304cd1c05fe453622dec3c6f',
        action: 'transfer',
        args: ['alice', 'bob', '5'],
        deadlineMs: 1_800_000_000_000,
      }),
    );
    const confirmation = decodeConfirmation(
      encodeConfirmation({ commandId: 'cmd-1', source: 'fabric-a', ok: false, result: 'no balance' }),
    );
    for (const [name, value, log, fabricEvent] of [
      ['command', command, COMMAND_LOG, commandEventName('{destination}')],
      ['confirmation', confirmation, CONFIRMATION_LOG, confirmationEventName('{source}')],
    ] as const) {
      const message = messages.get(name)!;
      const schema = message.payload()!.json();
      expect(ajv.validate(schema, value), ajv.errorsText()).toBe(true);
      expect(ajv.validate(schema, { ...value, extra: 1 })).toBe(false);
      // The names it gives are the code's.
      expect(message.json()['x-evm-log']).toBe(log);
      expect(message.json()['x-fabric-event']).toBe(fabricEvent);
    }
    expect(
      document!
        .operations()
        .all()
        .map((o) => o.id()),
    ).toEqual(expect.arrayContaining(['issueCommand', 'runCommand', 'confirmCommand', 'recordConfirmation']));
  });
});
