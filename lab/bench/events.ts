/**
 * Events across networks, measured on two Fabric networks (a, b; two orgs each), with the baselines of the
 * same run:
 *
 * 1. baselines: a bare commit on b (assets.Put, endorsed by both orgs) and a relayed, verified view a <- b;
 * 2. latency of one event at a time: from the start of b's write, and from its commit, to the event verified
 *    by a's client, and then applied on a's ledger (ApplyEvent), against a relayed view plus a commit;
 * 3. sustained events/s through one relay pair: one subscription, then 50 at once, with b's writes
 *    committed at a fixed concurrency, against the rate of the writes alone;
 * 4. the relays' resident memory with 100 and 1,000 open subscriptions (the requester's limit raised in the
 *    bench's topology).
 *
 * Usage: npm run bench:events [-- --events N]
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { expandAddress, openLocalClient } from '../../cli/query.js';
import { openWriter, sampleAddress } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { changeNotices, type EventSubscription, type VerifiedEvent } from '../../sdk/events.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { down, up } from '../../topology/launcher.js';
import { fabricNetwork } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { residentMb, type Stats, stats } from '../measure.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '30' } } });
const sequentialEvents = Number(values.events);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const row = (name: string, s: Stats) =>
  `| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.mean)} | ${ms(s.max)} |`;

const stateDir = await mkdtemp(join(tmpdir(), 'weft-bench-events-'));
const progress = (message: string) => process.stderr.write(`${message}\n`);
progress('up: two Fabric networks (a, b), two orgs each');
const state = await up(
  parseTopology(
    // One requester holds the thousand subscriptions of the memory measure: its limit is raised for it.
    'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]\nrelays: { limits: { maxSubscriptionsPerRequester: 1100 } }',
  ),
  { stateDir, cacheDir: cacheDir(), topologySource: 'bench' },
);
const a = await openLocalClient(state, 'a');
const b = fabricNetwork(state, 'b');
const writer = await openWriter(b);
const stream = expandAddress(state, `b/${b.channel}:assets:EventAt:AssetPut`);
const relays = state.processes.filter((p) => p.role === 'relay');

/** Consumes a subscription in the background, noting when each event (by its key) was verified. */
function consume(
  subscription: EventSubscription,
  verifiedAt: Map<string, number>,
  onEvent?: (e: VerifiedEvent) => void,
) {
  return (async () => {
    for await (const event of subscription) {
      verifiedAt.set(JSON.parse(Buffer.from(event.record.payload).toString()).key, performance.now());
      onEvent?.(event);
    }
  })().catch(() => {});
}

const until = async (done: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await sleep(2);
  return done();
};

try {
  // 1. Baselines.
  progress('baselines: bare commits on b, relayed views a <- b');
  await writer.write('warm-up', 'x');
  const commits: number[] = [];
  for (let i = 0; i < 30; i++) commits.push((await writer.write(`base-${i}`, 'v')).commitMs);
  const address = expandAddress(state, sampleAddress(b, 'base-0'));
  for (let i = 0; i < 10; i++) await a.client.requestView(address);
  const views: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await a.client.requestView(address);
    views.push(performance.now() - started);
  }
  const commit = stats(commits);
  const view = stats(views);

  // 2. One event at a time.
  progress(`latency: ${sequentialEvents} events, one at a time`);
  const subscription = await a.client.subscribe(stream);
  await a.interop.submitTransaction(
    'OpenStream',
    subscription.address,
    subscription.nonce,
    String(subscription.from),
  );
  const verifiedAt = new Map<string, number>();
  const received: VerifiedEvent[] = [];
  const consumer = consume(subscription, verifiedAt, (e) => received.push(e));
  const fromStart: number[] = [];
  const fromCommit: number[] = [];
  const applied: number[] = [];
  const prefix = `lat-${randomUUID().slice(0, 8)}`;
  for (let i = 0; i < sequentialEvents; i++) {
    const key = `${prefix}-${i}`;
    const started = performance.now();
    const { commitMs } = await writer.write(key, `value ${i}`);
    const committed = started + commitMs;
    if (!(await until(() => verifiedAt.has(key), 30_000))) throw new Error(`event ${key} did not come`);
    const verified = verifiedAt.get(key)!;
    fromStart.push(verified - started);
    // Negative when the event was verified before the writer heard its commit status.
    fromCommit.push(verified - committed);
    const event = received.find((e) => JSON.parse(Buffer.from(e.record.payload).toString()).key === key)!;
    await a.assets.submitTransaction(
      'ApplyEvent',
      Buffer.from(event.proof).toString('base64'),
      event.address,
      event.nonce,
    );
    applied.push(performance.now() - started);
  }
  await subscription.close();
  await consumer;
  const start = stats(fromStart);
  const afterCommit = stats(fromCommit);
  const toApplied = stats(applied);

  // 2b. The two patterns at the moment of use. Event-carried state transfer: a keeps a copy as events come
  // (one ledger transaction per change, above) and reads its own copy. State change notification with
  // deferred update: a keeps nothing per change and asks b for the proven state when it uses it.
  progress('patterns: a read of the copy on a, against a proven read of b at use (change notices)');
  const localReads: number[] = [];
  const deferredReads: number[] = [];
  const noticeSubscription = await a.client.subscribe(stream);
  const notices = changeNotices(noticeSubscription, {
    viewOf: (event) =>
      expandAddress(state, sampleAddress(b, JSON.parse(Buffer.from(event.record.payload).toString()).key)),
    read: (viewAddress) => a.client.requestView(viewAddress),
  })[Symbol.asyncIterator]();
  for (let i = 0; i < 10; i++) {
    const key = `${prefix}-n${i}`;
    await writer.write(key, `value ${i}`);
    const notice = (await notices.next()).value!;
    let started = performance.now();
    const proven = await notice.read();
    deferredReads.push(performance.now() - started);
    if (Buffer.from(proven.value).toString() !== `value ${i}`) throw new Error(`${key}: a stale read`);
    started = performance.now();
    await a.assets.evaluateTransaction('GetRemoteAsset', 'b', `${prefix}-${i}`);
    localReads.push(performance.now() - started);
  }
  await notices.return?.(undefined);
  await noticeSubscription.close();
  const localRead = stats(localReads);
  const deferredRead = stats(deferredReads);

  // 3. Sustained rates.
  const burst = async (subscriptions: number, events: number, concurrency: number) => {
    // Each subscription is checked with b's ledger as it is set up: on 2 cores, 50 at once take a while.
    const subs = await Promise.all(
      Array.from({ length: subscriptions }, () => a.client.subscribe(stream, { timeoutMs: 180_000 })),
    );
    const seen = subs.map(() => new Map<string, number>());
    const consumers = subs.map((s, i) => consume(s, seen[i]!));
    const keys = Array.from({ length: events }, (_, i) => `burst-${randomUUID().slice(0, 6)}-${i}`);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < keys.length) {
          const key = keys[next++]!;
          await writer.write(key, 'v');
        }
      }),
    );
    const written = performance.now();
    const complete = await until(() => seen.every((m) => keys.every((k) => m.has(k))), 180_000);
    const finished = Math.max(...seen.flatMap((m) => keys.map((k) => m.get(k) ?? performance.now())));
    const memory = relays.map((r) => `${r.network}/relay ${residentMb(r.pid).toFixed(0)} MB`).join(', ');
    await Promise.all(subs.map((s) => s.close()));
    await Promise.all(consumers);
    return {
      complete,
      writesPerS: events / ((written - started) / 1000),
      eventsPerS: (events * subscriptions) / ((finished - started) / 1000),
      memory,
    };
  };
  progress('throughput: one subscription, 200 events written 16 at a time');
  const one = await burst(1, 200, 16);
  // From a backlog: 400 events committed first, then one subscription from the first of them. The source
  // endorses runs of events (up to 16 per endorsement) instead of one event at a time.
  progress('throughput: one subscription from a backlog of 400 events');
  const backlogKeys = Array.from({ length: 400 }, (_, i) => `backlog-${randomUUID().slice(0, 6)}-${i}`);
  let nextKey = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (nextKey < backlogKeys.length) await writer.write(backlogKeys[nextKey++]!, 'v');
    }),
  );
  const bAssets = await connectGateway(b.orgs[0]!);
  const backlogCount = BigInt(
    Buffer.from(
      await bAssets.gateway
        .getNetwork(b.channel)
        .getContract('assets')
        .evaluateTransaction('EventCount', 'AssetPut'),
    ).toString(),
  );
  bAssets.close();
  const backlogStarted = performance.now();
  const drain = await a.client.subscribe(stream, { fromSequence: backlogCount - 399n });
  const drained = new Map<string, number>();
  const drainer = consume(drain, drained);
  const drainedAll = await until(() => backlogKeys.every((k) => drained.has(k)), 180_000);
  const drainRate = 400 / ((Math.max(...drained.values()) - backlogStarted) / 1000);
  await drain.close();
  await drainer;
  progress('throughput: 50 subscriptions, 40 events written 16 at a time');
  const fifty = await burst(50, 40, 16);

  // 4. Memory with 1,000 open subscriptions, at 100 and at 1,000.
  progress('memory: 1,000 open subscriptions');
  const before = relays.map((r) => residentMb(r.pid));
  const many: EventSubscription[] = [];
  let atHundred: number[] = [];
  for (let i = 0; i < 1000; i += 20) {
    many.push(
      ...(await Promise.all(
        Array.from({ length: 20 }, () => a.client.subscribe(stream, { timeoutMs: 180_000 })),
      )),
    );
    if (many.length === 100) atHundred = relays.map((r) => residentMb(r.pid));
  }
  const after = relays.map((r) => residentMb(r.pid));
  await Promise.all(many.map((s) => s.close()));

  const baseline = view.p50 + commit.p50;
  const lines = [
    '## weft events: Fabric b -> Fabric a (2 cores), events of 2 endorsements, policy AND(Org1MSP, Org2MSP)',
    '',
    '| measure | n | p50 | p99 | mean | max |',
    '|---|--:|--:|--:|--:|--:|',
    row('bare commit on b: assets.Put (baseline)', commit),
    row('relayed view a <- b, verified (baseline)', view),
    row("event: b's write started -> verified on a's client", start),
    row("event: b's write committed -> verified on a's client", afterCommit),
    row("event: b's write started -> applied on a's ledger", toApplied),
    '',
    `event p50, write start -> verified: ${ms(start.p50)} = ${(start.p50 / baseline).toFixed(2)}x of a relayed view plus a commit (${ms(baseline)}; goal <= 1.5x)`,
    '',
    '| sustained | events/s verified | b writes/s (baseline) | ratio | all delivered | relays RSS |',
    '|---|--:|--:|--:|---|---|',
    `| one subscription, 200 events | ${one.eventsPerS.toFixed(0)} | ${one.writesPerS.toFixed(0)} | ${(one.eventsPerS / one.writesPerS).toFixed(2)}x | ${one.complete} | ${one.memory} |`,
    `| 50 subscriptions, 40 events each | ${fifty.eventsPerS.toFixed(0)} | ${fifty.writesPerS.toFixed(0)} | ${(fifty.eventsPerS / fifty.writesPerS).toFixed(2)}x | ${fifty.complete} | ${fifty.memory} |`,
    `| one subscription, from a backlog of 400 (runs of up to 16 per endorsement) | ${drainRate.toFixed(0)} | - | - | ${drainedAll} | |`,
    '',
    '| pattern | ledger transactions on a per change | change on b -> usable on a (p50) | at use (p50) |',
    '|---|--:|--:|---|',
    `| event-carried state transfer (ApplyEvent keeps a copy) | 1 | ${ms(toApplied.p50)} | ${ms(localRead.p50)}: a read of a's own copy |`,
    `| state change notification, deferred update (changeNotices) | 0 | ${ms(start.p50)} (the notice) | ${ms(deferredRead.p50)}: a proven read of b, its latest state |`,
    '',
    `relays' RSS with 100, then 1,000 open subscriptions: ${relays
      .map(
        (r, i) =>
          `${r.network}/relay ${before[i]!.toFixed(0)} -> ${atHundred[i]!.toFixed(0)} -> ${after[i]!.toFixed(0)} MB`,
      )
      .join(', ')}`,
  ];
  console.log(lines.join('\n'));
} finally {
  writer.close();
  a.close();
  await down({ stateDir });
}
