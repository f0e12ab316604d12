/**
 * Events across networks, measured on two Fabric networks (a, b; two orgs each), with the baselines of the
 * same run:
 *
 * 1. baselines: a bare commit on b (assets.Put, endorsed by both orgs) and a relayed, verified view a <- b;
 * 2. latency of one event at a time: from the start of b's write, and from its commit, to the event verified
 *    by a's client, and then applied on a's ledger (ApplyEvent), against a relayed view plus a commit;
 * 3. sustained events/s through one relay pair: one subscription, then 50 at once, with b's writes
 *    committed at a fixed concurrency, against the rate of the writes alone;
 * 4. the relays' resident memory with 100 open subscriptions (a requester's limit at a relay).
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
import type { EventSubscription, VerifiedEvent } from '../../sdk/events.js';
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
    'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
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

  // 3. Sustained rates.
  const burst = async (subscriptions: number, events: number, concurrency: number) => {
    const subs = await Promise.all(Array.from({ length: subscriptions }, () => a.client.subscribe(stream)));
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
  progress('throughput: 50 subscriptions, 40 events written 16 at a time');
  const fifty = await burst(50, 40, 16);

  // 4. Memory with 100 open subscriptions.
  progress('memory: 100 open subscriptions');
  const before = relays.map((r) => residentMb(r.pid));
  const many: EventSubscription[] = [];
  for (let i = 0; i < 100; i += 10) {
    many.push(...(await Promise.all(Array.from({ length: 10 }, () => a.client.subscribe(stream)))));
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
    '',
    `relays' RSS with 100 open subscriptions: ${relays
      .map((r, i) => `${r.network}/relay ${before[i]!.toFixed(0)} -> ${after[i]!.toFixed(0)} MB`)
      .join(', ')}`,
  ];
  console.log(lines.join('\n'));
} finally {
  writer.close();
  a.close();
  await down({ stateDir });
}
