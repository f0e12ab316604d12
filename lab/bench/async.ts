/**
 * Webhooks and command events, measured with the baselines of the same run, on two Fabric networks (a, b;
 * two orgs each) and an EVM network (c; three orgs):
 *
 * 1. baselines: a bare commit on b (assets.Put), on a, and on c (AssetStore.put);
 * 2. webhook latency, one event at a time: from the start of b's write, and from its commit, to the
 *    signed CloudEvent at a real HTTP receiver (a's relay verifies each event against a's records of b);
 * 3. deliveries/s to one receiver: sustained (b's writes at a fixed concurrency, the receiver up), and
 *    draining a backlog (the receiver down while b writes, then up);
 * 4. a command's round trip a -> c -> a (issued on a, run once on c, its confirmation proven back and
 *    recorded on a), p50/p99, against the sum of the two ledgers' bare commits; its gas and bytes.
 *
 * Usage: npm run bench:async [-- --events N --commands N]
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { runCommandFlow } from '../../cli/command-flow.js';
import { expandAddress, openLocalClient } from '../../cli/query.js';
import { openWriter } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { verifyWebhook } from '../../proofs/webhook.js';
import { down, up } from '../../topology/launcher.js';
import { fabricNetwork } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { type Stats, stats } from '../measure.js';
import { startWebhookReceiver } from '../webhook-receiver.js';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '30' }, commands: { type: 'string', default: '20' } },
});
const sequentialEvents = Number(values.events);
const commands = Number(values.commands);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const row = (name: string, s: Stats) =>
  `| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.mean)} | ${ms(s.max)} |`;
const progress = (message: string) => process.stderr.write(`${message}\n`);

const stateDir = await mkdtemp(join(tmpdir(), 'weft-bench-async-'));
progress('up: two Fabric networks (a, b) and an EVM network (c)');
const state = await up(
  parseTopology(`
networks:
  - { id: a, type: fabric, orgs: [Org1, Org2] }
  - { id: b, type: fabric, orgs: [Org1, Org2] }
  - { id: c, type: evm, chainId: 31001 }
relays: { webhooks: { backoffInitialMs: 50, backoffMaxMs: 500 } }
`),
  { stateDir, cacheDir: cacheDir(), topologySource: 'bench' },
);
const b = fabricNetwork(state, 'b');
const a = await openLocalClient(state, 'a');
const writers = {
  a: await openWriter(fabricNetwork(state, 'a')),
  b: await openWriter(b),
  c: await openWriter(state.networks.find((n) => n.id === 'c')!),
};
const receiver = await startWebhookReceiver();
const stream = expandAddress(state, `b/${b.channel}:assets:EventAt:AssetPut`);

const keyOf = (body: Buffer) =>
  JSON.parse(Buffer.from(JSON.parse(body.toString()).data.payload, 'base64').toString()).key as string;

try {
  // 1. Baselines.
  progress('baselines: bare commits on a, b and c');
  const bare = async (writer: (typeof writers)['a'], n = 20) => {
    await writer.write('warm-up', 'x');
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push((await writer.write(`base-${i}`, 'v')).commitMs);
    return stats(samples);
  };
  const commitA = await bare(writers.a);
  const commitB = await bare(writers.b);
  const commitC = await bare(writers.c);

  // 2. Webhook latency.
  progress(`webhook latency: ${sequentialEvents} events, one at a time`);
  const subscription = await a.client.subscribeWebhook(stream, { url: receiver.url, check: true });
  const arrivals = new Map<string, number>();
  const seen = () => {
    for (const request of receiver.requests.splice(0)) {
      const verdict = verifyWebhook(
        { headers: request.headers as Record<string, string>, body: request.body },
        subscription.secret,
      );
      if (!verdict.valid) throw new Error(`a delivery failed its check: ${verdict.reason}`);
      const key = keyOf(request.body);
      if (!arrivals.has(key)) arrivals.set(key, request.at);
    }
    return arrivals;
  };
  const fromStart: number[] = [];
  const fromCommit: number[] = [];
  const prefix = `wh-${randomUUID().slice(0, 8)}`;
  for (let i = 0; i < sequentialEvents; i++) {
    const key = `${prefix}-${i}`;
    const startedWall = Date.now();
    const { commitMs } = await writers.b.write(key, `value ${i}`);
    const deadline = Date.now() + 30_000;
    while (!seen().has(key)) {
      if (Date.now() > deadline) throw new Error(`the webhook of ${key} did not come`);
      await sleep(1);
    }
    const arrived = arrivals.get(key)! - startedWall;
    fromStart.push(arrived);
    // Negative when the receiver had it before the writer heard its commit status.
    fromCommit.push(arrived - commitMs);
  }
  const latencyStart = stats(fromStart);
  const latencyCommit = stats(fromCommit);

  // 3. Deliveries/s.
  const burst = async (n: number, tag: string) => {
    const keys = Array.from({ length: n }, (_, i) => `${tag}-${i}`);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < keys.length) {
          const key = keys[next++]!;
          await writers.b.write(key, 'v');
        }
      }),
    );
    return { keys, writtenMs: performance.now() - started, started };
  };
  const waitAll = async (keys: readonly string[]) => {
    const deadline = Date.now() + 300_000;
    for (let got = seen(); !keys.every((k) => got.has(k)); got = seen()) {
      if (Date.now() > deadline) throw new Error('the deliveries did not all come');
      await sleep(5);
    }
  };
  progress('deliveries/s: 200 events, receiver up');
  const sustained = await burst(200, `sus-${randomUUID().slice(0, 8)}`);
  await waitAll(sustained.keys);
  const sustainedLast = Math.max(...sustained.keys.map((k) => arrivals.get(k)!));
  const sustainedFirst = Math.min(...sustained.keys.map((k) => arrivals.get(k)!));
  const sustainedRate = (sustained.keys.length / (sustainedLast - sustainedFirst)) * 1000;
  const writeRate = (sustained.keys.length / sustained.writtenMs) * 1000;

  progress('deliveries/s: a backlog of 200 events, receiver down, then up');
  await receiver.down();
  const backlog = await burst(200, `bkl-${randomUUID().slice(0, 8)}`);
  // Every event at a's relay, queued: their first attempts failed.
  await sleep(3_000);
  await receiver.up();
  await waitAll(backlog.keys);
  const drainFirst = Math.min(...backlog.keys.map((k) => arrivals.get(k)!));
  const drainLast = Math.max(...backlog.keys.map((k) => arrivals.get(k)!));
  const drainRate = (backlog.keys.length / (drainLast - drainFirst)) * 1000;
  await subscription.close();

  // 4. Commands a -> c -> a.
  progress(`commands: ${commands} round trips a -> c -> a`);
  const source = state.networks.find((n) => n.id === 'a')!;
  const destination = state.networks.find((n) => n.id === 'c')!;
  await runCommandFlow(state, { source, destination }, { action: 'put', args: ['warm', 'up'] });
  const executed: number[] = [];
  const confirmed: number[] = [];
  let last: Awaited<ReturnType<typeof runCommandFlow>> | undefined;
  for (let i = 0; i < commands; i++) {
    last = await runCommandFlow(
      state,
      { source, destination },
      { action: 'put', args: [`cmd-${i}`, `value ${i}`] },
    );
    if (last.outcome.status !== 'succeeded') throw new Error(`command ${i}: ${last.outcome.status}`);
    executed.push(last.executedMs);
    confirmed.push(last.confirmedMs);
  }
  const run = stats(executed);
  const roundTrip = stats(confirmed);
  const floor = commitA.p50 + commitC.p50;

  console.log('\n## Webhooks and command events (one run, baselines of the same run)\n');
  console.log('| measure | n | p50 | p99 | mean | max |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(row('bare commit on a (Fabric)', commitA));
  console.log(row('bare commit on b (Fabric)', commitB));
  console.log(row('bare commit on c (EVM)', commitC));
  console.log(row("b's write started -> webhook at the receiver", latencyStart));
  console.log(row("b's commit -> webhook at the receiver", latencyCommit));
  console.log(row('command issued on a -> run on c', run));
  console.log(row('command issued on a -> confirmation recorded on a', roundTrip));
  console.log('');
  console.log(
    `- webhook latency from b's write: p50 ${ms(latencyStart.p50)} = ${(latencyStart.p50 / commitB.p50).toFixed(2)}x of a bare commit on b`,
  );
  console.log(
    `- deliveries to one receiver: sustained ${sustainedRate.toFixed(1)}/s (b wrote ${writeRate.toFixed(1)}/s at concurrency 8); a backlog of 200 drained at ${drainRate.toFixed(1)}/s`,
  );
  console.log(
    `- command round trip: p50 ${ms(roundTrip.p50)}, p99 ${ms(roundTrip.p99)} = ${(roundTrip.p50 / floor).toFixed(2)}x of a bare commit on a plus one on c (${ms(floor)}); a round trip holds three commits (issue on a, run on c, confirmation on a)`,
  );
  if (last) {
    console.log(
      `- a command's cost: issue on a (Fabric) ${ms(last.issueMs)}; run on c ${last.gas.execute} gas, its command view ${last.bytes.commandView} bytes (tuple ${last.bytes.command} bytes); confirmation on a, its view ${last.bytes.confirmationView} bytes`,
    );
  }
} finally {
  for (const writer of Object.values(writers)) writer.close();
  a.close();
  await receiver.close();
  await down({ stateDir });
}
