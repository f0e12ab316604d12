import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
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
});
