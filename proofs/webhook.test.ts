import { CloudEvent as ReferenceCloudEvent } from 'cloudevents';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  cloudEventOf,
  createWebhookDeduplicator,
  newWebhookSecret,
  signWebhook,
  verifyWebhook,
  WEBHOOK_HEADERS,
} from './webhook.js';

const NOW = 1_700_000_000;
const secret = newWebhookSecret();
const event = cloudEventOf({
  subscription: 'sub-1',
  stream: '127.0.0.1:9080/b/weft:assets:EventAt:AssetPut',
  network: 'b',
  sequence: 7n,
  sourceTimeMs: NOW * 1000,
  orgs: ['Org2MSP', 'Org1MSP'],
  blockNumber: 0n,
  name: 'AssetPut',
  payloadBase64: Buffer.from('{"key":"k","value":"v"}').toString('base64'),
  txId: 'tx-1',
});
const body = Buffer.from(JSON.stringify(event));
const delivery = (overrides: { id?: string; timestampS?: number; body?: Uint8Array } = {}) => ({
  id: event.id,
  timestampS: NOW,
  body,
  ...overrides,
});
const failureOf = (headers: Record<string, string>, b: Uint8Array = body, options = {}) => {
  const verdict = verifyWebhook({ headers, body: b }, secret, { nowS: NOW, ...options });
  return verdict.valid ? 'VALID' : verdict.failure;
};

describe('webhooks', () => {
  it('verify what they sign: a CloudEvents 1.0 event, its id the idempotency key', () => {
    const verdict = verifyWebhook({ headers: signWebhook(delivery(), secret), body }, secret, { nowS: NOW });
    expect(verdict).toMatchObject({
      valid: true,
      id: 'sub-1:7',
      event: { weftsequence: '7', weftorgs: 'Org1MSP,Org2MSP' },
    });
    // The CloudEvents reference SDK takes the event as valid.
    expect(() => new ReferenceCloudEvent({ ...event })).not.toThrow();
  });

  it('are Standard Webhooks: its library verifies weft signatures, and weft verifies its signatures', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 64 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        (key, id) => {
          const s = `whsec_${Buffer.from(key).toString('base64')}`;
          const text = JSON.stringify({ ...event, id });
          const ours = signWebhook(
            { id, timestampS: Math.floor(Date.now() / 1000), body: Buffer.from(text) },
            s,
          );
          expect(() => new Webhook(s).verify(text, ours)).not.toThrow();
          const theirs = new Webhook(s).sign(id, new Date(NOW * 1000), text);
          const headers = {
            [WEBHOOK_HEADERS.id]: id,
            [WEBHOOK_HEADERS.timestamp]: String(NOW),
            [WEBHOOK_HEADERS.signature]: theirs,
          };
          expect(verifyWebhook({ headers, body: text }, s, { nowS: NOW }).valid).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuse a forged, changed, replayed, stale or duplicated delivery by name', () => {
    const good = signWebhook(delivery(), secret);
    expect(failureOf(signWebhook(delivery(), newWebhookSecret()))).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(failureOf(good, Buffer.from(JSON.stringify({ ...event, data: { payload: 'forged' } })))).toBe(
      'WEBHOOK_SIGNATURE_INVALID',
    );
    expect(failureOf({ ...good, [WEBHOOK_HEADERS.id]: 'sub-1:8' })).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(failureOf({ ...good, [WEBHOOK_HEADERS.timestamp]: String(NOW + 1) })).toBe(
      'WEBHOOK_SIGNATURE_INVALID',
    );
    // A true delivery replayed later, or one signed far ahead of the receiver's clock.
    expect(failureOf(good, body, { nowS: NOW + 301 })).toBe('WEBHOOK_STALE');
    expect(failureOf(good, body, { nowS: NOW + 60, toleranceS: 30 })).toBe('WEBHOOK_STALE');
    expect(failureOf(signWebhook(delivery({ timestampS: NOW + 3600 }), secret))).toBe('WEBHOOK_STALE');
    // The same delivery twice within the window: taken once.
    const deduplicator = createWebhookDeduplicator();
    expect(failureOf(good, body, { deduplicator })).toBe('VALID');
    expect(failureOf(good, body, { deduplicator, nowS: NOW + 10 })).toBe('WEBHOOK_DUPLICATE');
    // Headers missing or malformed, a body that is no event, an event whose id is not the webhook's.
    expect(failureOf({})).toBe('WEBHOOK_MALFORMED');
    expect(failureOf({ ...good, [WEBHOOK_HEADERS.timestamp]: 'soon' })).toBe('WEBHOOK_MALFORMED');
    const notJson = Buffer.from('not json');
    expect(failureOf(signWebhook(delivery({ body: notJson }), secret), notJson)).toBe('WEBHOOK_MALFORMED');
    expect(failureOf(signWebhook(delivery({ id: 'other' }), secret))).toBe('WEBHOOK_MALFORMED');
  });

  it('flag any changed byte of the body', () => {
    const headers = signWebhook(delivery(), secret);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: body.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, flip) => {
          const changed = Buffer.from(body);
          changed[at]! ^= flip;
          return failureOf(headers, changed) === 'WEBHOOK_SIGNATURE_INVALID';
        },
      ),
    );
  });

  it('verify under either secret while one is rotated', () => {
    const next = newWebhookSecret();
    const headers = signWebhook(delivery(), [secret, next]);
    expect(verifyWebhook({ headers, body }, next, { nowS: NOW }).valid).toBe(true);
    expect(verifyWebhook({ headers, body }, [newWebhookSecret(), secret], { nowS: NOW }).valid).toBe(true);
    expect(() => signWebhook(delivery(), 'whsec_c2hvcnQ=')).toThrow(
      expect.objectContaining({ code: 'WEBHOOK_SECRET_INVALID' }),
    );
  });
});
