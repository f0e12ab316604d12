/**
 * The Fabric event source (drivers/events.ts): a stream is `channel:chaincode:EventAt:name` of an
 * application that emits through the outbox (contracts/fabric/outbox.ts). Its length is the application's
 * `EventCount(name)`; event n is the interop chaincode's `EventQuery(stream, nonce, n, ...)`, endorsed by
 * the orgs the subscriber's policy names, or many at once with EventRunQuery (one endorsement for a run);
 * the application's chaincode events say when to look again.
 */
import type { Network } from '@hyperledger/fabric-gateway';
import { WeftError } from '../../common/errors.js';
import { gatewayRefusal } from '../../common/gateway-error.js';
import { isFabricView } from '../../ledgers/fabric/address.js';
import { decodeEventRun } from '../../proofs/events.js';
import { common } from '../../protos/index.js';
import type { WireView } from '../../transport/edge.js';
import type { DriverSubscription, EventSource } from '../events.js';
import { fabricWireView } from './view.js';

/** The function of an outbox stream, and the one that counts its events. */
const STREAM_FUNCTION = 'EventAt';
const COUNT_FUNCTION = 'EventCount';

function streamOf(subscription: DriverSubscription, channel: string) {
  const { view } = subscription.query.parsedAddress;
  if (!isFabricView(view) || view.channel !== channel) {
    throw new WeftError(
      'REQUEST_INVALID',
      `${subscription.query.address} is no stream of channel ${channel}`,
    );
  }
  if (view.function !== STREAM_FUNCTION || view.args.length !== 1) {
    throw new WeftError(
      'REQUEST_INVALID',
      `a Fabric stream is ${channel}:<chaincode>:${STREAM_FUNCTION}:<event name>, not ${subscription.query.address}`,
    );
  }
  return { chaincode: view.chaincode, name: view.args[0]! };
}

const countKey = (chaincode: string, name: string) => `${chaincode}\u0000${name}`;

/** How long a stream's count is shared by its subscriptions' polls. */
const COUNT_SHARED_MS = 200;

interface Watched {
  readonly listeners: Set<{ readonly name: string; readonly changed: () => void }>;
  stop(): void;
}

export function createFabricEventSource(
  network: Network,
  channel: string,
  interopChaincode: string,
): EventSource {
  const interop = network.getContract(interopChaincode);

  /**
   * An event query of the interop chaincode for the subscription, endorsed by the orgs of its policy:
   * `position` is the sequence (EventQuery), or the first sequence and the most events (EventRunQuery).
   */
  const endorseEvent = (
    fn: 'EventQuery' | 'EventRunQuery',
    { query }: DriverSubscription,
    position: string[],
  ) =>
    interop
      .newProposal(fn, {
        arguments: [
          query.address,
          query.nonce,
          ...position,
          query.requestingNetwork,
          query.certificate,
          query.signature,
        ],
        ...(query.policy.length > 0 ? { endorsingOrganizations: [...query.policy] } : {}),
      })
      .endorse();

  const prove = async (subscription: DriverSubscription, sequence: bigint): Promise<WireView> =>
    fabricWireView((await endorseEvent('EventQuery', subscription, [String(sequence)])).getBytes());

  const counts = new Map<string, { at: number; pending: boolean; count: Promise<bigint> }>();
  const watches = new Map<string, Watched>();
  const listen = (chaincode: string): Watched => {
    const listeners = new Set<{ readonly name: string; readonly changed: () => void }>();
    let stopped = false;
    let close = () => {};
    void (async () => {
      while (!stopped) {
        try {
          const events = await network.getChaincodeEvents(chaincode);
          close = () => events.close();
          if (stopped) break;
          for await (const event of events) {
            counts.delete(countKey(chaincode, event.eventName)); // counted again at the next ask
            for (const l of listeners) if (l.name === event.eventName) l.changed();
          }
        } catch {
          // The peer went away or the stream was closed: the pump's poll covers the gap; listen again.
        }
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    })();
    return {
      listeners,
      stop: () => {
        stopped = true;
        close();
      },
    };
  };

  const proveRun = async (subscription: DriverSubscription, from: bigint, max: number) => {
    const endorsed = await endorseEvent('EventRunQuery', subscription, [String(from), String(max)]);
    // The run's length, from the endorsed answer (an InteropPayload around the run).
    const answer = common.interop_payload.InteropPayload.decode(endorsed.getResult());
    const run = decodeEventRun(answer.payload);
    return { view: fabricWireView(endorsed.getBytes()), last: run[run.length - 1]!.sequence };
  };

  return {
    async check(subscription) {
      streamOf(subscription, channel);
      try {
        await prove(subscription, subscription.from);
      } catch (error) {
        const refusal = gatewayRefusal(error);
        // The source checked the requester and its access first: an event not yet emitted is no refusal.
        if (refusal?.code === 'EVENT_NOT_YET') return;
        if (refusal) throw new WeftError(refusal.code, refusal.message);
        throw error;
      }
    },

    count(subscription) {
      const { chaincode, name } = streamOf(subscription, channel);
      // Every subscription of a stream polls its count: they share one ask at a time, and its answer
      // for a moment after (a thousand subscriptions would otherwise make the peers count all the time).
      const key = countKey(chaincode, name);
      const known = counts.get(key);
      if (known && (known.pending || performance.now() - known.at < COUNT_SHARED_MS)) return known.count;
      const entry = {
        at: performance.now(),
        pending: true,
        count: network
          .getContract(chaincode)
          .evaluateTransaction(COUNT_FUNCTION, name)
          .then((bytes) => BigInt(Buffer.from(bytes).toString('utf8'))),
      };
      counts.set(key, entry);
      entry.count.then(
        () => {
          entry.pending = false;
          entry.at = performance.now();
        },
        () => counts.delete(key),
      );
      return entry.count;
    },

    prove,

    proveRun,

    watch(subscription, changed) {
      const { chaincode, name } = streamOf(subscription, channel);
      // One stream of chaincode events per chaincode, whatever the number of subscriptions.
      let watched = watches.get(chaincode);
      if (!watched) {
        watched = listen(chaincode);
        watches.set(chaincode, watched);
      }
      const listener = { name, changed };
      watched.listeners.add(listener);
      return () => {
        watched.listeners.delete(listener);
        if (watched.listeners.size === 0) {
          watched.stop();
          watches.delete(chaincode);
        }
      };
    },
  };
}
