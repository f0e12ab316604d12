/**
 * Subscriptions for dApps: a stream of another network's events, each verified against what the client's
 * own ledger trusts and taken in order, once (proofs/events.ts). The client subscribes at its relay with a
 * signature over the stream address and a fresh nonce, once; the relays carry the events; the client
 * watches from the sequence it has not yet seen, so a dropped stream or a restarted relay loses nothing, and
 * a gap makes it watch again from there.
 *
 *   const events = await client.subscribe('relay-b:9080/fabric-b/weft:assets:EventAt:AssetPut');
 *   for await (const event of events) console.log(event.sequence, event.record.payload);
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { backoffDelay } from '../common/backoff.js';
import { isErrorCode, WeftError } from '../common/errors.js';
import type { RequestSigner } from '../ledgers/adapter.js';
import type { LedgerKind } from '../ledgers/registry.js';
import { parseAddress } from '../proofs/address.js';
import { checkEventOrder, decodeEventRun, type EventRecord } from '../proofs/events.js';
import { formatPolicy, orgsToAsk, ruleFor } from '../proofs/policy.js';
import { newWebhookSecret } from '../proofs/webhook.js';
import { common, networks, toUint64, uint64, weft } from '../protos/index.js';
import { call, fromServiceError, NetworkEvents, streamCall } from '../transport/grpc.js';
import type { TrustSource } from './trust.js';

export interface SubscribeOptions {
  /** The first sequence wanted; default: the next event from now on. */
  readonly fromSequence?: bigint;
  /** How long the relays may take to set the subscription up (default 30 s). */
  readonly timeoutMs?: number;
}

export interface VerifiedEvent {
  /** The source's ledger kind: which proof `proof` holds. */
  readonly ledger: LedgerKind;
  readonly subscription: string;
  /** The stream's canonical address, which the proof binds, with the subscription's nonce. */
  readonly address: string;
  readonly nonce: string;
  readonly sequence: bigint;
  readonly record: EventRecord;
  readonly orgs: readonly string[];
  readonly policy: string;
  /** The event's view with its proof, for the destination ledger (OpenStream once, then SubmitEvent). */
  readonly proof: Uint8Array;
}

export interface EventSubscription extends AsyncIterable<VerifiedEvent> {
  readonly id: string;
  /** The first sequence the subscription delivers. */
  readonly from: bigint;
  readonly address: string;
  readonly nonce: string;
  /** Ends the iteration and the subscription at the relays. */
  close(): Promise<void>;
}

export interface SubscriberContext {
  readonly client: grpc.Client;
  readonly requester: RequestSigner;
  readonly trust: TrustSource;
  readonly networkId: string;
}

const RETRY = { initialMs: 50, maxMs: 2_000 };
const RETRIABLE = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED]);
const { SUBSCRIBED, ERROR } = common.events.EventSubscriptionState.STATUS;
const stateOf = (id: string) => networks.networks.GetStateMessage.create({ request_id: id });

/** Calls until the relay answers, through restarts and dropped connections, until `deadline`. */
async function persistently<T>(
  deadline: number,
  what: string,
  attempt: (msLeft: number) => Promise<T>,
): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await attempt(Math.max(1, deadline - Date.now()));
    } catch (error) {
      if (error instanceof WeftError) throw error;
      if (!RETRIABLE.has((error as grpc.ServiceError).code) || Date.now() >= deadline) {
        throw fromServiceError(error, what);
      }
      await sleep(Math.min(backoffDelay(failures, RETRY), Math.max(0, deadline - Date.now())));
    }
  }
}

/** A subscription set up at the relays: its id, first sequence, and what verifies its events. */
async function setUp(
  context: SubscriberContext,
  address: string,
  options: SubscribeOptions,
  webhook?: { readonly url: string; readonly secret: string; readonly check: boolean },
) {
  const parsed = parseAddress(address);
  const trust = await context.trust.forNetwork(parsed.networkId);
  const rule = ruleFor(trust.rules, parsed.viewText);
  if (!rule) {
    throw new WeftError(
      'POLICY_INVALID',
      `no verification policy of ${parsed.networkId} matches ${parsed.viewText}`,
    );
  }
  const { requester, client } = context;
  const nonce = randomBytes(16).toString('hex');
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const request = networks.networks.NetworkEventSubscription.create({
    event_matcher: common.events.EventMatcher.create({ event_class_id: parsed.viewText }),
    query: networks.networks.NetworkQuery.create({
      policy: orgsToAsk(rule.policy),
      address: parsed.text,
      requesting_network: context.networkId,
      certificate: requester.identity,
      requestor_signature: requester.sign(parsed.text, nonce),
      nonce,
      requesting_org: requester.org,
      request_id: randomUUID(),
    }),
    from_sequence: toUint64(options.fromSequence ?? 0n),
    ...(webhook
      ? {
          event_publication_spec: common.events.EventPublication.create({ app_url: webhook.url }),
          webhook_secret: webhook.secret,
          webhook_check: webhook.check,
        }
      : {}),
  });
  const ack = await persistently(deadline, 'the relay refused the subscription', (ms) =>
    call(client, NetworkEvents.SubscribeEvent, request, Math.min(ms, 5_000), { waitForReady: true }),
  );
  const id = ack.request_id;
  let state: common.events.EventSubscriptionState;
  for (;;) {
    state = await persistently(deadline, `subscription ${id}`, (ms) =>
      call(client, NetworkEvents.GetEventSubscriptionState, stateOf(id), Math.min(ms, 5_000), {
        waitForReady: true,
      }),
    );
    if (state.status === SUBSCRIBED) break;
    if (state.status === ERROR) {
      const code = isErrorCode(state.error_code) ? state.error_code : 'REMOTE_ERROR';
      throw new WeftError(code, `the subscription to ${parsed.text} was refused: ${state.message}`, {
        requestId: id,
      });
    }
    if (Date.now() >= deadline) {
      throw new WeftError('DEADLINE_EXCEEDED', `subscription ${id} was not set up in time`, {
        requestId: id,
      });
    }
    await sleep(50);
  }
  return { parsed, trust, rule, nonce, id, from: uint64(state.from_sequence) };
}

/** Ends a subscription at the relays; an unreachable relay drops it on its own in time. */
const unsubscribe = (client: grpc.Client, id: string) =>
  call(
    client,
    NetworkEvents.UnsubscribeEvent,
    networks.networks.NetworkEventUnsubscription.create({ request_id: id }),
    5_000,
  ).then(
    () => {},
    () => {},
  );

export interface WebhookSubscription {
  readonly id: string;
  readonly from: bigint;
  readonly address: string;
  readonly nonce: string;
  /** The secret every delivery is signed with: shown here once, kept by the relay, never shown again. */
  readonly secret: string;
  close(): Promise<void>;
}

/**
 * Subscribes with a webhook as the target: the relay of the client's network verifies each event against
 * its records of the source, then POSTs it to `url` as a signed CloudEvent, in order, retried and
 * dead-lettered (relay/webhook-events.ts). With `check`, the relay refuses a URL that does not answer now.
 *
 * @throws {WeftError} WEBHOOK_URL_INVALID, WEBHOOK_UNREACHABLE, POLICY_INVALID (the relay cannot verify the
 *   stream's events), and the refusals of a subscription
 */
export async function subscribeWebhook(
  context: SubscriberContext,
  address: string,
  webhook: { readonly url: string; readonly check?: boolean },
  options: SubscribeOptions = {},
): Promise<WebhookSubscription> {
  const secret = newWebhookSecret();
  const set = await setUp(context, address, options, {
    url: webhook.url,
    secret,
    check: webhook.check ?? false,
  });
  return {
    id: set.id,
    from: set.from,
    address: set.parsed.text,
    nonce: set.nonce,
    secret,
    close: () => unsubscribe(context.client, set.id),
  };
}

export async function subscribeToStream(
  context: SubscriberContext,
  address: string,
  options: SubscribeOptions = {},
): Promise<EventSubscription> {
  const { parsed, trust, rule, nonce, id, from } = await setUp(context, address, options);
  const { requester, client } = context;
  let closed = false;
  let active: grpc.ClientReadableStream<common.events.EventState> | undefined;

  // The events of a run arrive each with the run's one view: it is verified once.
  let lastVerified: { proof: Buffer; verdict: Awaited<ReturnType<typeof trust.verifier.verify>> } | undefined;
  const verifyOnce = async (proof: Uint8Array) => {
    if (lastVerified?.proof.equals(proof)) return lastVerified.verdict;
    const verdict = await trust.verifier.verify(proof, {
      address: parsed,
      nonce,
      requester: requester.identity,
      policy: rule.policy,
    });
    lastVerified = { proof: Buffer.from(proof), verdict };
    return verdict;
  };

  const verify = async (event: common.events.EventState): Promise<VerifiedEvent> => {
    const proof = new Uint8Array(event.state?.view?.data ?? []);
    const verdict = await verifyOnce(proof);
    if (!verdict.valid) {
      throw new WeftError(
        'VIEW_INVALID',
        `event ${uint64(event.sequence)} of ${parsed.text} failed ${verdict.failure}: ${verdict.reason}`,
        {
          failure: verdict.failure,
          requestId: id,
        },
      );
    }
    // The record the relay delivers it as (a run holds others too); missing, the order check refuses it.
    const run = decodeEventRun(verdict.value);
    const sequence = uint64(event.sequence);
    const record = run.find((r) => r.sequence === sequence) ?? run[0]!;
    return {
      ledger: trust.membership.kind,
      subscription: id,
      address: parsed.text,
      nonce,
      sequence: record.sequence,
      record,
      orgs: verdict.orgs,
      policy: formatPolicy(rule.policy),
      proof,
    };
  };

  async function* verifiedEvents(): AsyncGenerator<VerifiedEvent> {
    let cursor = from;
    for (let failures = 0; !closed; ) {
      const stream = streamCall(
        client,
        NetworkEvents.WatchEvents,
        weft.events.WatchEventsRequest.create({ request_id: id, from_sequence: toUint64(cursor) }),
        Date.now() + 86_400_000,
        { waitForReady: true },
      );
      active = stream;
      try {
        for await (const state of stream as AsyncIterable<common.events.EventState>) {
          const event = await verify(state);
          const order = checkEventOrder(event.record, { stream: parsed.viewText, next: cursor });
          if (!order.valid) {
            if (order.failure === 'EVENT_REPLAYED') continue;
            if (order.failure === 'EVENT_GAP') break; // watched again from the cursor
            throw new WeftError(order.failure, order.reason, { requestId: id });
          }
          cursor = order.next.next;
          failures = 0;
          yield event;
        }
      } catch (error) {
        if (closed) return;
        if (error instanceof WeftError) throw error;
        const status = (error as grpc.ServiceError).code;
        if (status === grpc.status.NOT_FOUND || status === grpc.status.INVALID_ARGUMENT) {
          throw fromServiceError(error, `subscription ${id}`);
        }
      } finally {
        stream.cancel();
      }
      if (!closed) await sleep(backoffDelay(failures++, RETRY));
    }
  }

  return {
    id,
    from,
    address: parsed.text,
    nonce,
    [Symbol.asyncIterator]: verifiedEvents,
    async close() {
      closed = true;
      active?.cancel();
      await unsubscribe(client, id);
    },
  };
}

/**
 * A state change notification (deferred update): which view of the source an event changed, and when; the
 * view's state is asked for, and proven, only when the application uses it, and is then the source's
 * latest rather than the event's. The event itself is verified like any other: the notice cannot be forged,
 * it just carries no state the application keeps.
 */
export interface ChangeNotice<View> {
  readonly sequence: bigint;
  /** The full address of the view that changed. */
  readonly address: string;
  readonly blockNumber: bigint;
  readonly sourceTimeMs: number;
  /** The view's state now, proven (one request through the relays, made at each call). */
  read(): Promise<View>;
}

/**
 * Turns verified events into change notices: `viewOf` names the view an event changed (for the sample
 * application, the asset's `Get` view of the event's key); `read` fetches a view, e.g. `client.requestView`.
 */
export async function* changeNotices<View>(
  events: AsyncIterable<VerifiedEvent>,
  options: {
    readonly viewOf: (event: VerifiedEvent) => string;
    readonly read: (address: string) => Promise<View>;
  },
): AsyncGenerator<ChangeNotice<View>> {
  for await (const event of events) {
    const address = options.viewOf(event);
    yield {
      sequence: event.sequence,
      address,
      blockNumber: event.record.blockNumber,
      sourceTimeMs: event.record.sourceTimeMs,
      read: () => options.read(address),
    };
  }
}
