/**
 * An operator's calls to a relay's Webhooks service (relay/webhook-events.ts): its dead letters listed,
 * retried and dropped, a subscription's secret rotated. Each call carries the relay's operator token, read
 * from the file `weft up` wrote for it (mode 0600).
 */
import { readFile } from 'node:fs/promises';
import * as grpc from '@grpc/grpc-js';
import { WeftError } from '../common/errors.js';
import { uint64, weft } from '../protos/index.js';
import { operatorTokenFile, relayNamed, type TopologyState } from '../topology/state.js';
import { call, fromServiceError, Webhooks } from '../transport/grpc.js';
import { channelArgs } from '../transport/tls.js';

export interface DeadLetterRow {
  readonly network: string;
  readonly key: string;
  readonly subscription: string;
  /** Decimal. */
  readonly sequence: string;
  readonly url: string;
  readonly attempts: number;
  readonly queuedAt: string;
  readonly lastError: string;
  readonly eventId: string;
}

export interface WebhookAdmin {
  deadLetters(subscription?: string): Promise<DeadLetterRow[]>;
  retry(key: string): Promise<void>;
  drop(key: string): Promise<void>;
  /** The new secret (shown once) and until when the old one still signs. */
  rotate(subscription: string): Promise<{ secret: string; previousUntil: Date }>;
  close(): void;
}

/** @throws {WeftError} USAGE for a network without a relay; CONFIG_INVALID when the token cannot be read. */
export async function openWebhookAdmin(state: TopologyState, networkId: string): Promise<WebhookAdmin> {
  const relay = relayNamed(state, networkId);
  const token = await readFile(operatorTokenFile(relay), 'utf8').catch((error: Error) => {
    throw new WeftError('CONFIG_INVALID', `cannot read ${networkId}'s operator token: ${error.message}`);
  });
  const address = `127.0.0.1:${relay.clientPort}`;
  const { credentials, args } = channelArgs({
    address,
    serverName: relay.serverName,
    serverRole: 'relay',
    ca: await readFile(relay.caFile),
    maxMessageBytes: 4 * 1024 * 1024,
  });
  const client = new grpc.Client(address, credentials, args);
  const metadata = () => {
    const m = new grpc.Metadata();
    m.set('authorization', `Bearer ${token.trim()}`);
    return m;
  };
  const ask = async <Q, R>(method: Parameters<typeof call<Q, R>>[1], request: Q, what: string) => {
    try {
      return await call(client, method, request, 10_000, { metadata: metadata() });
    } catch (error) {
      throw fromServiceError(error, what);
    }
  };
  return {
    async deadLetters(subscription = '') {
      const answer = await ask(
        Webhooks.ListDeadLetters,
        weft.events.DeadLettersRequest.create({ subscription }),
        'the relay refused the listing',
      );
      return answer.dead_letters.map((d) => ({
        network: networkId,
        key: d.key,
        subscription: d.subscription,
        sequence: String(uint64(d.sequence)),
        url: d.url,
        attempts: d.attempts,
        queuedAt: new Date(Number(d.queued_at_ms)).toISOString(),
        lastError: d.last_error,
        eventId: d.event_id,
      }));
    },
    async retry(key) {
      await ask(
        Webhooks.RetryDeadLetter,
        weft.events.DeadLetterKey.create({ key }),
        `the relay refused to retry ${key}`,
      );
    },
    async drop(key) {
      await ask(
        Webhooks.DropDeadLetter,
        weft.events.DeadLetterKey.create({ key }),
        `the relay refused to drop ${key}`,
      );
    },
    async rotate(subscription) {
      const answer = await ask(
        Webhooks.RotateWebhookSecret,
        weft.events.RotateWebhookSecretRequest.create({ subscription }),
        `the relay refused to rotate the secret of ${subscription}`,
      );
      return { secret: answer.secret, previousUntil: new Date(Number(answer.previous_until_ms)) };
    },
    close: () => client.close(),
  };
}
