/**
 * Webhooks as weft sends them and a receiver checks them: each verified event POSTed as a CloudEvents 1.0
 * JSON document (structured mode), signed as Standard Webhooks (standardwebhooks.com) signs: headers
 * `webhook-id` (the event's id: the idempotency key), `webhook-timestamp` (Unix seconds) and
 * `webhook-signature` (`v1,` + base64 HMAC-SHA256 over `id.timestamp.body`, the key the secret's bytes;
 * several space-separated while a secret is rotated). Any Standard Webhooks library verifies them; this
 * one adds a tolerance of the caller's choosing and deduplication by id. Pure: no I/O.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Codes, WeftError } from '../common/errors.js';

export const WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/** Standard Webhooks' secret prefix: what follows is the key, base64. */
const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
/** How far a timestamp may be from the receiver's clock, either way, by default (Standard Webhooks'). */
export const DEFAULT_TOLERANCE_S = 300;
const MAX_ID_LENGTH = 256;

/** A new secret for a subscription's webhook, shown once at creation. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  const key = Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  );
  if (key.length < 16)
    throw new WeftError(
      'WEBHOOK_SECRET_INVALID',
      'a webhook secret holds at least 16 bytes (whsec_ + base64)',
    );
  return key;
}

/** @throws {WeftError} WEBHOOK_SECRET_INVALID for a secret of fewer than 16 bytes. */
export function checkWebhookSecret(secret: string): string {
  keyOf(secret);
  return secret;
}

/** The longest URL a subscription may name (what common servers and proxies take). */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/**
 * A webhook registration's URL: absolute http(s), without credentials (deliveries are signed) or fragment,
 * at most MAX_WEBHOOK_URL_LENGTH characters.
 *
 * @throws {WeftError} WEBHOOK_URL_INVALID naming what is wrong
 */
export function parseWebhookUrl(text: string): URL {
  const invalid = (reason: string) =>
    new WeftError('WEBHOOK_URL_INVALID', reason, { url: text.slice(0, 256) });
  if (typeof text !== 'string' || text.length > MAX_WEBHOOK_URL_LENGTH) {
    throw invalid(`a webhook URL has at most ${MAX_WEBHOOK_URL_LENGTH} characters, not ${text.length}`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid(`${url.protocol} is not http or https`);
  if (url.username || url.password)
    throw invalid('a webhook URL carries no credentials: deliveries are signed');
  if (url.hash) throw invalid('a webhook URL has no fragment');
  return url;
}

const signature = (key: Buffer, id: string, timestampS: number, body: Uint8Array) =>
  createHmac('sha256', key).update(`${id}.${timestampS}.`).update(body).digest();

/** The headers of one delivery; with several secrets (a rotation), one signature of each. */
export function signWebhook(
  delivery: { readonly id: string; readonly timestampS: number; readonly body: Uint8Array },
  secrets: string | readonly string[],
): Record<string, string> {
  const keys = (typeof secrets === 'string' ? [secrets] : secrets).map(keyOf);
  return {
    [WEBHOOK_HEADERS.id]: delivery.id,
    [WEBHOOK_HEADERS.timestamp]: String(delivery.timestampS),
    [WEBHOOK_HEADERS.signature]: keys
      .map(
        (key) => `v1,${signature(key, delivery.id, delivery.timestampS, delivery.body).toString('base64')}`,
      )
      .join(' '),
  };
}

export type WebhookFailure = Codes<
  'WEBHOOK_MALFORMED' | 'WEBHOOK_SIGNATURE_INVALID' | 'WEBHOOK_STALE' | 'WEBHOOK_DUPLICATE'
>;

export type WebhookVerdict =
  | { readonly valid: true; readonly id: string; readonly timestampS: number; readonly event: CloudEvent }
  | { readonly valid: false; readonly failure: WebhookFailure; readonly reason: string };

/** Ids a receiver has taken, for as long as a replay of them could still pass the time check. */
export interface WebhookDeduplicator {
  /** True the first time an id is offered within its window; false for a duplicate. */
  take(id: string, timestampS: number, nowS: number): boolean;
}

/**
 * Remembers ids for twice the tolerance (a delivery older than that fails the time check anyway), at most
 * `maxIds`, the oldest forgotten first.
 */
export function createWebhookDeduplicator(
  options: { toleranceS?: number; maxIds?: number } = {},
): WebhookDeduplicator {
  const windowS = 2 * (options.toleranceS ?? DEFAULT_TOLERANCE_S);
  const maxIds = options.maxIds ?? 100_000;
  const seen = new Map<string, number>();
  return {
    take(id, timestampS, nowS) {
      for (const [known, at] of seen) {
        if (at >= nowS - windowS && seen.size < maxIds) break;
        seen.delete(known);
      }
      if (seen.has(id)) return false;
      seen.set(id, timestampS);
      return true;
    },
  };
}

type Headers = Readonly<Record<string, string | readonly string[] | undefined>>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? undefined : (value as string | undefined);
};

/**
 * Checks a delivery as a receiver got it: its signature by one of `secrets` over exactly these bytes, its
 * timestamp within `toleranceS` of now, its id not taken before (with a deduplicator), and its body a
 * CloudEvent whose id is the header's. Never throws for what a sender controls: the verdict names it.
 */
export function verifyWebhook(
  request: { readonly headers: Headers; readonly body: Uint8Array | string },
  secrets: string | readonly string[],
  options: { toleranceS?: number; nowS?: number; deduplicator?: WebhookDeduplicator } = {},
): WebhookVerdict {
  const fail = (failure: WebhookFailure, reason: string): WebhookVerdict => ({
    valid: false,
    failure,
    reason,
  });
  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  const id = header(request.headers, WEBHOOK_HEADERS.id);
  const timestamp = header(request.headers, WEBHOOK_HEADERS.timestamp);
  const signatures = header(request.headers, WEBHOOK_HEADERS.signature);
  if (!id || id.length > MAX_ID_LENGTH || !timestamp || !/^[0-9]{1,12}$/.test(timestamp) || !signatures) {
    return fail('WEBHOOK_MALFORMED', `a webhook carries ${Object.values(WEBHOOK_HEADERS).join(', ')}`);
  }
  const timestampS = Number(timestamp);
  const keys = (typeof secrets === 'string' ? [secrets] : secrets).map(keyOf);
  const offered = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  const signed = keys.some((key) => {
    const expected = signature(key, id, timestampS, body);
    return offered.some((o) => o.length === expected.length && timingSafeEqual(o, expected));
  });
  if (!signed)
    return fail('WEBHOOK_SIGNATURE_INVALID', 'no signature by a secret of this receiver over this body');
  const nowS = options.nowS ?? Math.floor(Date.now() / 1000);
  const toleranceS = options.toleranceS ?? DEFAULT_TOLERANCE_S;
  if (Math.abs(nowS - timestampS) > toleranceS) {
    return fail(
      'WEBHOOK_STALE',
      `signed at ${timestampS}, ${nowS - timestampS} s from now (tolerance ${toleranceS} s)`,
    );
  }
  let event: CloudEvent;
  try {
    event = parseCloudEvent(Buffer.from(body).toString('utf8'));
  } catch (error) {
    return fail('WEBHOOK_MALFORMED', (error as Error).message);
  }
  if (event.id !== id) return fail('WEBHOOK_MALFORMED', 'the event id is not the webhook id');
  if (options.deduplicator && !options.deduplicator.take(id, timestampS, nowS)) {
    return fail('WEBHOOK_DUPLICATE', `event ${id} was taken already`);
  }
  return { valid: true, id, timestampS, event };
}

/** A CloudEvents 1.0 event as weft sends it (structured mode, JSON), with weft's extension attributes. */
export interface CloudEvent {
  readonly specversion: '1.0';
  /** Unique per source: the subscription and sequence (`<subscription>:<sequence>`). */
  readonly id: string;
  /** The stream's address (a URI reference). */
  readonly source: string;
  readonly type: string;
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly data: unknown;
  /** weft's extensions (lower-case letters and digits, as CloudEvents requires). */
  readonly weftsequence: string;
  readonly weftnetwork: string;
  readonly weftorgs: string;
  readonly weftblock?: string;
}

export const CLOUD_EVENT_TYPE = 'weft.event.verified';

/** The CloudEvent of a verified event, as its webhook's body. */
export function cloudEventOf(event: {
  readonly subscription: string;
  readonly stream: string;
  readonly network: string;
  readonly sequence: bigint;
  readonly sourceTimeMs: number;
  readonly orgs: readonly string[];
  readonly blockNumber: bigint;
  readonly name: string;
  readonly payloadBase64: string;
  readonly txId: string;
}): CloudEvent {
  return {
    specversion: '1.0',
    id: `${event.subscription}:${event.sequence}`,
    source: event.stream,
    type: CLOUD_EVENT_TYPE,
    time: new Date(event.sourceTimeMs).toISOString(),
    datacontenttype: 'application/json',
    data: { name: event.name, payload: event.payloadBase64, txId: event.txId },
    weftsequence: String(event.sequence),
    weftnetwork: event.network,
    weftorgs: [...event.orgs].sort().join(','),
    ...(event.blockNumber > 0n ? { weftblock: String(event.blockNumber) } : {}),
  };
}

/** @throws {WeftError} WEBHOOK_MALFORMED for a body that is not such an event. */
export function parseCloudEvent(text: string): CloudEvent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new WeftError('WEBHOOK_MALFORMED', 'the body is not JSON');
  }
  const v = value as Record<string, unknown>;
  const strings = ['id', 'source', 'type', 'time', 'weftsequence', 'weftnetwork', 'weftorgs'] as const;
  if (
    typeof value !== 'object' ||
    value === null ||
    v.specversion !== '1.0' ||
    strings.some((k) => typeof v[k] !== 'string')
  ) {
    throw new WeftError('WEBHOOK_MALFORMED', 'the body is not a CloudEvents 1.0 event of weft');
  }
  if (!/^[1-9][0-9]{0,19}$/.test(v.weftsequence as string)) {
    throw new WeftError('WEBHOOK_MALFORMED', 'weftsequence is not a sequence number');
  }
  return value as CloudEvent;
}
