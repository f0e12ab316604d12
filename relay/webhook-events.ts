/**
 * Webhooks as a subscription's publication target (Weaver's `app_url`): the relay of the subscriber's
 * network verifies each event it takes in, with the same code and the same records as its network's clients
 * (the source's membership and verification policy, from the relay's trust file), turns it into a CloudEvent
 * (proofs/webhook.ts) and queues it for delivery (relay/webhooks.ts). An event whose proof fails is never
 * POSTed: it goes to the dead-letter queue with the reason.
 *
 * This is the one place a relay judges an event, and only for its own network's webhooks: a receiver who
 * does not trust its relay subscribes with the SDK instead, and verifies each event itself.
 *
 * Operators list, retry and drop dead letters and rotate secrets through the Webhooks service, each call
 * with the relay's operator token.
 */
import { readFile } from 'node:fs/promises';
import type * as grpc from '@grpc/grpc-js';
import { describeError, WeftError } from '../common/errors.js';
import { type SourceTrust, trustFromRecord } from '../ledgers/trust.js';
import { bearerMatches } from '../operations/auth.js';
import { parseAddress } from '../proofs/address.js';
import { decodeEventRun } from '../proofs/events.js';
import { ruleFor } from '../proofs/policy.js';
import { cloudEventOf, newWebhookSecret } from '../proofs/webhook.js';
import { decodeBounded, EDGE_BOUNDS } from '../protos/bounds.js';
import { common, toUint64, weft } from '../protos/index.js';
import type { Message } from '../transport/grpc.js';
import type { DeliveredEvent, EventMachine, OutboundSubscription } from './events.js';
import type { Handle, UnaryCall } from './unary.js';
import type { DeliveryRecord, WebhookDelivery } from './webhooks.js';

/** What the relay trusts of each source network, by id. */
export type WebhookTrust = ReadonlyMap<string, SourceTrust>;

/**
 * Reads the trust file: `{"<network>": {"membership": <record>, "rules": [{"pattern", "policy"}]}}`.
 *
 * @throws {WeftError} CONFIG_INVALID naming the network whose records do not parse
 */
export async function loadWebhookTrust(file: string | undefined): Promise<WebhookTrust> {
  if (!file) return new Map();
  let records: Record<string, { membership?: unknown; rules?: unknown }>;
  try {
    records = JSON.parse(await readFile(file, 'utf8')) as typeof records;
  } catch (error) {
    throw new WeftError('CONFIG_INVALID', `cannot read the webhook trust file: ${describeError(error)}`, {
      file,
    });
  }
  const trust = new Map<string, SourceTrust>();
  for (const [networkId, record] of Object.entries(records)) {
    try {
      const rules = record.rules as ReadonlyArray<{ pattern: string; policy: string }>;
      trust.set(networkId, trustFromRecord(networkId, JSON.stringify(record.membership), rules));
    } catch (error) {
      throw new WeftError('CONFIG_INVALID', `the trust file's ${networkId}: ${describeError(error)}`, {
        file,
        networkId,
      });
    }
  }
  return trust;
}

/**
 * The rule a webhook subscription's events are verified under.
 *
 * @throws {WeftError} POLICY_INVALID when the relay has no trust in the stream's network, or no rule for it
 */
export function webhookRule(trust: WebhookTrust, address: string) {
  const parsed = parseAddress(address);
  const source = trust.get(parsed.networkId);
  const rule = source && ruleFor(source.rules, parsed.viewText);
  if (!source || !rule) {
    throw new WeftError(
      'POLICY_INVALID',
      `this relay cannot verify events of ${parsed.networkId} for a webhook: no membership or policy of it for ${parsed.viewText}`,
      { networkId: parsed.networkId },
    );
  }
  return { parsed, source, rule };
}

/** The event machine's webhook sink: verifies each event, then queues its CloudEvent, or its dead letter. */
export function webhookSink(
  trust: WebhookTrust,
  delivery: WebhookDelivery,
): (subscription: OutboundSubscription, event: DeliveredEvent) => Promise<void> {
  // The events of a run arrive each with the run's one view: verified once.
  let last: { key: string; verdict: Awaited<ReturnType<SourceTrust['verifier']['verify']>> } | undefined;
  return async (subscription, event) => {
    const { query } = subscription;
    const target = { url: subscription.webhook!.url, secrets: subscription.webhook!.secrets };
    const proof = Buffer.from(event.view.data, 'base64');
    const base = { subscription: subscription.id, sequence: event.sequence, target };
    const id = `${subscription.id}:${event.sequence}`;
    let body: string;
    try {
      const { parsed, source, rule } = webhookRule(trust, query.address);
      const key = `${subscription.id}|${event.view.data}`;
      const verdict =
        last?.key === key
          ? last.verdict
          : await source.verifier.verify(proof, {
              address: parsed,
              nonce: query.nonce,
              requester: query.certificate,
              policy: rule.policy,
            });
      last = { key, verdict };
      if (!verdict.valid) {
        throw new WeftError('VIEW_INVALID', `${verdict.failure}: ${verdict.reason}`, {
          failure: verdict.failure,
        });
      }
      const record = decodeEventRun(verdict.value).find((r) => r.sequence === event.sequence);
      if (!record || record.stream !== parsed.viewText) {
        throw new WeftError(
          'EVENT_INVALID',
          `the view proves no event ${event.sequence} of ${parsed.viewText}`,
        );
      }
      body = JSON.stringify(
        cloudEventOf({
          subscription: subscription.id,
          stream: query.address,
          network: parsed.networkId,
          sequence: record.sequence,
          sourceTimeMs: record.sourceTimeMs,
          orgs: verdict.orgs,
          blockNumber: record.blockNumber,
          name: record.name,
          payloadBase64: Buffer.from(record.payload).toString('base64'),
          txId: record.txId,
        }),
      );
    } catch (error) {
      // Never POSTed: an operator sees why, and may drop it.
      await delivery.enqueue({ ...base, id, body: '', dead: `refused: ${describeError(error)}` });
      return;
    }
    await delivery.enqueue({ ...base, id, body });
  };
}

/** The bearer token of a call, checked in constant time. */
function authorize(call: UnaryCall, token: string | undefined): void {
  if (token === undefined) {
    throw new WeftError('ACCESS_DENIED', 'this relay has no operator token: its Webhooks service is closed');
  }
  if (!bearerMatches(String(call.metadata.get('authorization')[0] ?? ''), token)) {
    throw new WeftError('UNAUTHENTICATED', 'the Webhooks service needs the operator token');
  }
}

const KEY_BOUNDS = { ...EDGE_BOUNDS, maxBytes: 4096 };

function deadLetterMessage(record: DeliveryRecord): weft.events.DeadLetter {
  return weft.events.DeadLetter.create({
    key: record.key,
    subscription: record.subscription,
    sequence: toUint64(BigInt(record.sequence)),
    url: record.target.url,
    attempts: record.attempts,
    queued_at_ms: record.queuedAt,
    updated_at_ms: record.updatedAt,
    last_error: record.lastError ?? '',
    event_id: record.id,
  });
}

/** weft.events.Webhooks, on the client port, for the operator. */
export function webhooksService(
  options: {
    readonly delivery: WebhookDelivery;
    readonly events: EventMachine;
    readonly token: string | undefined;
    readonly rotationGraceMs: number;
  },
  handle: Handle,
): grpc.UntypedServiceImplementation {
  const { delivery, events, token } = options;
  const authorized =
    (run: (request: Buffer) => Promise<Message>) =>
    async (call: UnaryCall): Promise<Message> => {
      authorize(call, token);
      return run(call.request);
    };
  const ok = (key: string) => common.ack.Ack.create({ status: common.ack.Ack.STATUS.OK, request_id: key });
  return {
    ListDeadLetters: handle(
      authorized(async (bytes) => {
        const { subscription } = decodeBounded(weft.events.DeadLettersRequest, bytes, KEY_BOUNDS);
        return weft.events.DeadLetters.create({
          dead_letters: delivery
            .deadLetters()
            .filter((r) => subscription === '' || r.subscription === subscription)
            .map(deadLetterMessage),
        });
      }),
    ),
    RetryDeadLetter: handle(
      authorized(async (bytes) => {
        const { key } = decodeBounded(weft.events.DeadLetterKey, bytes, KEY_BOUNDS);
        await delivery.retry(key);
        return ok(key);
      }),
    ),
    DropDeadLetter: handle(
      authorized(async (bytes) => {
        const { key } = decodeBounded(weft.events.DeadLetterKey, bytes, KEY_BOUNDS);
        await delivery.drop(key);
        return ok(key);
      }),
    ),
    RotateWebhookSecret: handle(
      authorized(async (bytes) => {
        const { subscription } = decodeBounded(weft.events.RotateWebhookSecretRequest, bytes, KEY_BOUNDS);
        const secret = newWebhookSecret();
        const until = Date.now() + options.rotationGraceMs;
        await events.rotateWebhookSecret(subscription, secret, until);
        return weft.events.RotatedWebhookSecret.create({ subscription, secret, previous_until_ms: until });
      }),
    ),
  };
}
