/**
 * Webhook deliveries of verified events (proofs/webhook.ts): each event of a subscription with a webhook is
 * POSTed to its URL, signed, in order. Only a subscription's oldest undelivered event is tried; a later one
 * waits while it is retried (exponential backoff with full jitter) for at most `maxAgeMs`, after which it
 * goes to the dead-letter queue and the next one is tried. Every state is stored before it is acted on, so a
 * restart resumes each queue where it stood; an operator lists, retries or drops dead letters.
 *
 * A receiver may get an event twice (a crash between its answer and the record of it): it deduplicates by
 * the webhook id, the event's id. Nothing here judges an event: what is queued was verified before.
 */
import { backoffDelay } from '../common/backoff.js';
import { describeError, WeftError } from '../common/errors.js';
import { parseWebhookUrl, signWebhook } from '../proofs/webhook.js';
import type { RequestStore, StoredRecord } from '../store/request-store.js';
import type { RelayLog } from './machine.js';
import { type Clock, keyedTimers, systemClock } from './timers.js';

export interface WebhookTarget {
  readonly url: string;
  /** The subscription's secrets, newest first: each delivery carries a signature of each (a rotation). */
  readonly secrets: readonly string[];
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'DEAD';

export interface DeliveryRecord extends StoredRecord {
  readonly role: 'delivery';
  readonly subscription: string;
  /** Decimal. */
  readonly sequence: string;
  /** The webhook id: the event's id, the receiver's idempotency key. */
  readonly id: string;
  readonly target: WebhookTarget;
  /** The CloudEvent, as sent. */
  readonly body: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly queuedAt: number;
  readonly lastError?: string;
}

/** One POST: the HTTP status, or a throw for a connection that failed or timed out. */
export type Post = (
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
) => Promise<number>;

export interface WebhookOptions {
  readonly store: RequestStore<DeliveryRecord>;
  readonly post?: Post;
  readonly clock?: Clock;
  readonly attemptTimeoutMs: number;
  /** How long an event is retried before it is dead-lettered. */
  readonly maxAgeMs: number;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  readonly log?: RelayLog;
  /** A subscription's target now (its secrets rotate); without it, or when it answers none, the queued one. */
  readonly targetOf?: (subscription: string) => WebhookTarget | undefined;
}

export interface WebhookDelivery {
  /** Queues a verified event for its subscription's webhook; resolves once stored. */
  enqueue(delivery: {
    subscription: string;
    sequence: bigint;
    id: string;
    target: WebhookTarget;
    body: string;
    /** Queued straight as a dead letter, never POSTed, for this reason (an event whose proof failed). */
    dead?: string;
  }): Promise<void>;
  deadLetters(): DeliveryRecord[];
  /** Puts a dead letter back at the head of its subscription's queue. @throws {WeftError} NOT_FOUND */
  retry(key: string): Promise<void>;
  /** Drops a dead letter for good. @throws {WeftError} NOT_FOUND */
  drop(key: string): Promise<void>;
  /** Resumes the queues a previous run left; returns how many deliveries are pending. */
  resume(): Promise<number>;
  stop(): void;
}

/**
 * Checks a webhook registration (proofs/webhook.ts parseWebhookUrl); with `probe`, the receiver must answer
 * a request (any HTTP status: a receiver refuses an unsigned probe) within `probeTimeoutMs`.
 *
 * @throws {WeftError} WEBHOOK_URL_INVALID, WEBHOOK_UNREACHABLE
 */
export async function checkWebhookUrl(
  text: string,
  options: { readonly probe?: boolean; readonly probeTimeoutMs?: number } = {},
): Promise<URL> {
  const url = parseWebhookUrl(text);
  if (options.probe) {
    try {
      const response = await fetch(url, {
        method: 'HEAD',
        signal: AbortSignal.timeout(options.probeTimeoutMs ?? 5_000),
        redirect: 'manual',
      });
      await response.body?.cancel();
    } catch (error) {
      throw new WeftError('WEBHOOK_UNREACHABLE', `${url.origin} does not answer: ${describeError(error)}`, {
        url: text,
      });
    }
  }
  return url;
}

/** Keys order a subscription's deliveries by sequence (zero-padded: a uint64 has at most 20 digits). */
export const deliveryKey = (subscription: string, sequence: bigint) =>
  `wh/${subscription}/${sequence.toString().padStart(20, '0')}`;

/** Node's fetch, with the attempt's timeout; the status, whatever it is. */
export const httpPost: Post = async (url, headers, body, timeoutMs) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json; charset=utf-8', ...headers },
    body,
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'manual',
  });
  await response.body?.cancel();
  return response.status;
};

export function createWebhookDelivery(options: WebhookOptions): WebhookDelivery {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const post = options.post ?? httpPost;
  const log = options.log ?? (() => {});
  const timers = keyedTimers(clock);
  /** Per subscription, its open deliveries (pending and dead), by key. */
  const queues = new Map<string, Map<string, DeliveryRecord>>();
  const running = new Set<string>();
  let stopped = false;

  const queueOf = (subscription: string) => {
    let queue = queues.get(subscription);
    if (!queue) {
      queue = new Map();
      queues.set(subscription, queue);
    }
    return queue;
  };

  const save = async (record: DeliveryRecord) => {
    const queue = queueOf(record.subscription);
    if (record.final) queue.delete(record.key);
    else queue.set(record.key, record);
    await store.put(record);
  };

  const head = (subscription: string) =>
    [...(queues.get(subscription)?.values() ?? [])]
      .filter((r) => r.status === 'PENDING')
      .sort((a, b) => (a.key < b.key ? -1 : 1))[0];

  /** Tries the subscription's oldest pending event; on failure schedules the next try, or dead-letters it. */
  const attempt = async (subscription: string): Promise<void> => {
    if (stopped || running.has(subscription)) return;
    const record = head(subscription);
    if (!record) return;
    running.add(subscription);
    try {
      const target = options.targetOf?.(subscription) ?? record.target;
      const headers = signWebhook(
        { id: record.id, timestampS: Math.floor(clock.now() / 1000), body: Buffer.from(record.body) },
        target.secrets,
      );
      let error: string | undefined;
      try {
        const status = await post(target.url, headers, record.body, options.attemptTimeoutMs);
        if (status < 200 || status > 299) error = `the receiver answered ${status}`;
      } catch (e) {
        error = describeError(e);
      }
      // Stopped meanwhile: the store may be closed; the next run tries this event again.
      if (stopped) return;
      const now = clock.now();
      if (error === undefined) {
        await save({
          ...record,
          status: 'DELIVERED',
          attempts: record.attempts + 1,
          final: true,
          updatedAt: now,
        });
        log({
          event: 'webhook-delivered',
          subscription,
          sequence: record.sequence,
          attempts: record.attempts + 1,
        });
        timers.schedule(subscription, 0, () => void attempt(subscription));
        return;
      }
      const attempts = record.attempts + 1;
      if (now - record.queuedAt >= options.maxAgeMs) {
        await save({ ...record, status: 'DEAD', attempts, lastError: error, updatedAt: now });
        log({ event: 'webhook-dead-lettered', subscription, sequence: record.sequence, attempts, error });
        timers.schedule(subscription, 0, () => void attempt(subscription));
        return;
      }
      await save({ ...record, attempts, lastError: error, updatedAt: now });
      const delayMs = Math.min(
        backoffDelay(attempts - 1, options.backoff),
        record.queuedAt + options.maxAgeMs - now,
      );
      log({ event: 'webhook-retry', subscription, sequence: record.sequence, attempts, delayMs, error });
      timers.schedule(subscription, Math.max(0, delayMs), () => void attempt(subscription));
    } catch (error) {
      // The store failed: the event stays pending in memory and is tried again.
      log({ event: 'webhook-store-failed', subscription, error: describeError(error) });
      if (!stopped) timers.schedule(subscription, options.backoff.maxMs, () => void attempt(subscription));
    } finally {
      running.delete(subscription);
    }
  };

  const deadLetter = (key: string) => {
    for (const queue of queues.values()) {
      const record = queue.get(key);
      if (record?.status === 'DEAD') return record;
    }
    throw new WeftError('NOT_FOUND', `no dead letter ${key}`, { key });
  };

  return {
    async enqueue(delivery) {
      const key = deliveryKey(delivery.subscription, delivery.sequence);
      if (queueOf(delivery.subscription).has(key) || (await store.get(key))) return; // queued once
      const now = clock.now();
      await save({
        key,
        role: 'delivery',
        subscription: delivery.subscription,
        sequence: String(delivery.sequence),
        id: delivery.id,
        target: delivery.target,
        body: delivery.body,
        status: delivery.dead === undefined ? 'PENDING' : 'DEAD',
        attempts: 0,
        queuedAt: now,
        final: false,
        updatedAt: now,
        ...(delivery.dead === undefined ? {} : { lastError: delivery.dead }),
      });
      if (delivery.dead !== undefined) {
        log({ event: 'webhook-dead-lettered', subscription: delivery.subscription, error: delivery.dead });
      }
      void attempt(delivery.subscription);
    },
    deadLetters: () =>
      [...queues.values()].flatMap((q) => [...q.values()].filter((r) => r.status === 'DEAD')),
    async retry(key) {
      const record = deadLetter(key);
      if (record.body === '') {
        throw new WeftError(
          'REQUEST_INVALID',
          `${key} was refused, not undelivered: ${record.lastError ?? ''}`,
          {
            key,
          },
        );
      }
      const now = clock.now();
      await save({ ...record, status: 'PENDING', attempts: 0, queuedAt: now, updatedAt: now });
      void attempt(record.subscription);
    },
    async drop(key) {
      const record = deadLetter(key);
      await save({ ...record, final: true, updatedAt: clock.now() });
    },
    async resume() {
      const open = await store.unfinished();
      for (const record of open) queueOf(record.subscription).set(record.key, record);
      for (const subscription of queues.keys()) void attempt(subscription);
      return open.filter((r) => r.status === 'PENDING').length;
    },
    stop() {
      stopped = true;
      timers.stop();
    },
  };
}
