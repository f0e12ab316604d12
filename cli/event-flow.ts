/**
 * One event from a network of one kind to a network of another, end to end: a write on the source's sample
 * application; its event proven by the source, carried by both relays, verified by a client of the
 * destination (subscribed before the write, cli/subscribe.ts), recorded on the destination's ledger (the
 * interop chaincode or contract verifies it again and takes it once, in order; the sample application keeps
 * its copy) and read back from that copy. What `weft demo` shows per direction kind.
 */
import { WeftError } from '../common/errors.js';
import type { SampleAsset } from '../ledgers/adapter.js';
import { LEDGER_KINDS, ledgerOf } from '../ledgers/registry.js';
import type { VerifiedEvent } from '../sdk/events.js';
import type { NetworkState, TopologyState } from '../topology/state.js';
import { openWriter, sampleStream } from './smoke.js';
import { openSubscription, type ReceivedEvent } from './subscribe.js';

export interface EventFlowPlan<N> {
  readonly source: N;
  readonly destination: N;
}

/** A direction kind the topology lacks a network for. */
export interface SkippedFlow {
  readonly sourceKind: string;
  readonly destinationKind: string;
  /** The kinds of which the topology has no network. */
  readonly missing: readonly string[];
}

/**
 * One flow per ordered pair of distinct kinds weft knows (Fabric -> EVM, EVM -> Fabric): from the first
 * network of the source kind to the first of the destination kind, in the topology's order; a pair without
 * both is skipped.
 */
export function planEventFlows<N extends { readonly id: string; readonly type: string }>(
  networks: readonly N[],
  kinds: readonly string[] = LEDGER_KINDS,
): { flows: EventFlowPlan<N>[]; skipped: SkippedFlow[] } {
  const flows: EventFlowPlan<N>[] = [];
  const skipped: SkippedFlow[] = [];
  const firstOf = (kind: string) => networks.find((n) => n.type === kind);
  for (const sourceKind of kinds) {
    for (const destinationKind of kinds) {
      if (sourceKind === destinationKind) continue;
      const source = firstOf(sourceKind);
      const destination = firstOf(destinationKind);
      if (source && destination) flows.push({ source, destination });
      else {
        const missing = [...new Set([sourceKind, destinationKind])].filter((k) => !firstOf(k));
        skipped.push({ sourceKind, destinationKind, missing });
      }
    }
  }
  return { flows, skipped };
}

export interface EventFlowResult {
  readonly source: string;
  readonly destination: string;
  /** The stream, short form (`network/stream`). */
  readonly stream: string;
  readonly written: SampleAsset;
  readonly event: VerifiedEvent;
  /** From the start of the source's write to the event verified by the destination's client. */
  readonly verifiedMs: number;
  /** From the start of the source's write to the event recorded on the destination's ledger. */
  readonly recordedMs: number;
  /** EVM destinations: the gas the recording transaction used. */
  readonly gasUsed?: bigint;
  /** The destination's copy, as its sample application reads it back. */
  readonly readBack: SampleAsset;
}

/**
 * Subscribes as a client of the destination to the source's sample stream from its next event, writes
 * `written` on the source, and takes the stream's events (each recorded on the destination, in order) until
 * the write's own; then reads the destination's copy back.
 *
 * @throws {WeftError} DEADLINE_EXCEEDED when the write's event is not verified within `timeoutMs`;
 *   LEDGER_CALL_FAILED when the copy differs from the write; the relays' and ledgers' refusals by code.
 */
export async function runEventFlow(
  state: TopologyState,
  plan: EventFlowPlan<NetworkState>,
  written: SampleAsset,
  timeoutMs = 60_000,
): Promise<EventFlowResult> {
  const stream = sampleStream(plan.source);
  const writeFailed = new AbortController();
  const subscription = await openSubscription(state, {
    address: stream,
    from: plan.destination.id,
    commit: true,
    signal: AbortSignal.any([writeFailed.signal, AbortSignal.timeout(timeoutMs)]),
  });
  try {
    const writer = await openWriter(plan.source);
    try {
      const started = performance.now();
      const writing = writer.write(written.key, written.value);
      // The write's event may be verified before the writer hears the commit: both run at once.
      writing.catch(() => writeFailed.abort());
      let received: ReceivedEvent | undefined;
      for (;;) {
        received = await subscription.next();
        if (!received) break;
        const { event } = received;
        if (ledgerOf(event.ledger).topologyFacts.sampleAsset(event.record.payload).key === written.key) break;
      }
      await writing;
      if (!received?.committed || received.committedAt === undefined) {
        throw new WeftError(
          'DEADLINE_EXCEEDED',
          `the event of ${written.key} on ${stream} was not verified on ${plan.destination.id} within ${timeoutMs} ms`,
        );
      }
      const readBack = await subscription.readApplied(received.event);
      if (readBack.key !== written.key || readBack.value !== written.value) {
        throw new WeftError(
          'LEDGER_CALL_FAILED',
          `the copy of ${written.key} on ${plan.destination.id} differs from the write on ${plan.source.id}`,
          { wrote: written.value, read: readBack.value },
        );
      }
      return {
        source: plan.source.id,
        destination: plan.destination.id,
        stream,
        written,
        event: received.event,
        verifiedMs: received.verifiedAt - started,
        recordedMs: received.committedAt - started,
        ...(received.committed.gasUsed === undefined ? {} : { gasUsed: received.committed.gasUsed }),
        readBack,
      };
    } finally {
      writer.close();
    }
  } finally {
    await subscription.close();
  }
}
