/**
 * Verified Fabric -> Fabric views on a fresh topology of two networks (a, b; two orgs each), each figure
 * beside a baseline measured in the same run:
 *
 * - latency of a view through both relays and b's driver, verified by the client, against a bare `endorse()`
 *   of the same query from this process (what the driver itself does);
 * - throughput at concurrency C, against bare endorsements at the same concurrency;
 * - proof verification rate of a real view, against raw `crypto.verify` of its endorsements;
 * - resident memory of the relays and the driver while under load;
 * - latency with commit on the destination, against a bare commit there.
 *
 * Usage: npm run bench [-- --iterations N --duration-s S --concurrency C --json]
 */
import { createPrivateKey, createPublicKey, randomUUID, sign, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Contract } from '@hyperledger/fabric-gateway';
import { cacheDir } from '../common/paths.js';
import { connectGateway } from '../networks/fabric/client.js';
import { down, up } from '../networks/launcher.js';
import { expandAddress, openLocalClient } from '../networks/query.js';
import { fabricNetwork, type TopologyState } from '../networks/state.js';
import { parseTopology } from '../networks/topology.js';
import { parseAddress } from '../proofs/address.js';
import { parsePolicy } from '../proofs/policy.js';
import { requestSigningBytes } from '../proofs/requester.js';
import { messageType } from '../protos/index.js';
import { submitView } from '../sdk/client.js';
import { ledgerTrust } from '../sdk/trust.js';
import { tempDir } from '../test/support/temp.js';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200' },
    'duration-s': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '32' },
    commits: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  },
});
const iterations = Number(values.iterations);
const durationMs = Number(values['duration-s']) * 1000;
const concurrency = Number(values.concurrency);
const commits = Number(values.commits);
const warmUpMs = 5_000;
const progress = (message: string) => process.stderr.write(`· ${message}\n`);

interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
}

function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return {
    n: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
  };
}

interface Errors {
  count: number;
  first?: string;
}

async function sequential(n: number, call: () => Promise<unknown>, errors: Errors): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    try {
      await call();
      samples.push(performance.now() - t);
    } catch (error) {
      errors.count++;
      errors.first ??= (error as Error).message;
    }
  }
  return stats(samples);
}

async function load(
  call: () => Promise<unknown>,
  errors: Errors,
  forMs = durationMs,
): Promise<{ rate: number; latency: Stats }> {
  const samples: number[] = [];
  const deadline = performance.now() + forMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await call();
          samples.push(performance.now() - t);
        } catch (error) {
          errors.count++;
          errors.first ??= (error as Error).message;
        }
      }
    }),
  );
  return { rate: samples.length / ((performance.now() - started) / 1000), latency: stats(samples) };
}

function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function sampleMemory(state: TopologyState) {
  const services = state.processes.filter((p) => p.role === 'relay' || p.role === 'driver');
  const peak = new Map(services.map((p) => [p.name, 0]));
  const timer = setInterval(() => {
    for (const p of services) peak.set(p.name, Math.max(peak.get(p.name)!, residentMb(p.pid)));
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return services.map((p) => ({ name: p.name, peakMb: peak.get(p.name)!, endMb: residentMb(p.pid) }));
    },
  };
}

const stateDir = await tempDir('bench');
const topology = parseTopology(
  'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
);
let state: TopologyState | undefined;
process.once('SIGINT', () => {
  void down({ stateDir }).finally(() => process.exit(130));
});
try {
  progress('starting networks a and b with their relays and drivers');
  state = await up(topology, { stateDir, cacheDir: cacheDir(), topologySource: 'bench' });
  const a = fabricNetwork(state, 'a');
  const b = fabricNetwork(state, 'b');
  const sourceConnection = await connectGateway(b.orgs[0]!);
  const destinationConnection = await connectGateway(a.orgs[0]!);
  const interopB = sourceConnection.gateway.getNetwork(b.channel).getContract('interop');
  const assetsA = destinationConnection.gateway.getNetwork(a.channel).getContract('assets');
  await sourceConnection.gateway
    .getNetwork(b.channel)
    .getContract('assets')
    .submitTransaction('Put', 'bench', 'the value on b');
  const address = expandAddress(state, 'b/weft:assets:Get:bench');
  const requester = {
    certificate: await readFile(a.orgs[0]!.client.certFile, 'utf8'),
    key: createPrivateKey(await readFile(a.orgs[0]!.client.keyFile)),
  };
  const client = await openLocalClient(state, 'a');

  // What the driver does for one view, without relays, queues or verification.
  const bareEndorse = (contract: Contract) => {
    const nonce = randomUUID();
    const signature = sign('sha256', requestSigningBytes(address, nonce), requester.key).toString('base64');
    return contract
      .newProposal('Query', {
        arguments: [address, nonce, 'a', requester.certificate, signature, 'false'],
        endorsingOrganizations: ['Org1MSP', 'Org2MSP'],
      })
      .endorse();
  };
  const viaRelays = () => client.client.requestView(address);

  const errors = {
    endorse: { count: 0 } as Errors,
    relay: { count: 0 } as Errors,
    commit: { count: 0 } as Errors,
  };
  progress(`warming up, then ${iterations} sequential bare endorsements and ${iterations} relayed views`);
  await sequential(20, () => bareEndorse(interopB), errors.endorse);
  await sequential(20, viaRelays, errors.relay);
  // Alternating halves, so that whatever else the machine does falls on both.
  const endorseSamples: number[] = [];
  const relaySamples: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < iterations / 4; i++) {
      let t = performance.now();
      await bareEndorse(interopB).then(
        () => endorseSamples.push(performance.now() - t),
        (e: Error) => {
          errors.endorse.count++;
          errors.endorse.first ??= e.message;
        },
      );
      t = performance.now();
      await viaRelays().then(
        () => relaySamples.push(performance.now() - t),
        (e: Error) => {
          errors.relay.count++;
          errors.relay.first ??= e.message;
        },
      );
    }
  }
  const endorseLatency = stats(endorseSamples);
  const relayLatency = stats(relaySamples);

  // Under load, each side first runs a few seconds unmeasured: JIT and connection pools settle.
  progress(`${durationMs / 1000} s of bare endorsements at concurrency ${concurrency} (after a warm-up)`);
  await load(() => bareEndorse(interopB), errors.endorse, warmUpMs);
  const endorseLoad = await load(() => bareEndorse(interopB), errors.endorse);
  progress(
    `${durationMs / 1000} s of relayed, verified views at concurrency ${concurrency} (after a warm-up)`,
  );
  await load(viaRelays, errors.relay, warmUpMs);
  const memory = sampleMemory(state);
  const relayLoad = await load(viaRelays, errors.relay);
  const rss = memory.stop();

  progress('proof verification of a real view against raw crypto.verify');
  const view = await viaRelays();
  const trust = await ledgerTrust(client.interop).forNetwork('b');
  const expectation = {
    address: view.address,
    nonce: view.nonce,
    requesterCertificate: requester.certificate,
    chaincode: 'interop',
    policy: parsePolicy(view.policy),
  };
  const FabricView = messageType('weft.fabric.FabricViewBytes');
  const Endorsement = messageType('protos.Endorsement');
  const Identity = messageType('msp.SerializedIdentity');
  const raw = (
    FabricView.decode(view.proof) as unknown as {
      endorsed_proposal_responses: Array<{ payload: Uint8Array; endorsement: Uint8Array }>;
    }
  ).endorsed_proposal_responses.map((e) => {
    const endorsement = Endorsement.decode(e.endorsement) as unknown as {
      endorser: Uint8Array;
      signature: Uint8Array;
    };
    const identity = Identity.decode(endorsement.endorser) as unknown as { id_bytes: Uint8Array };
    return {
      data: Buffer.concat([e.payload, endorsement.endorser]),
      signature: endorsement.signature,
      key: createPublicKey(Buffer.from(identity.id_bytes)),
    };
  });
  const rate = (body: () => boolean) => {
    let calls = 0;
    const started = performance.now();
    while (performance.now() - started < 250) {
      if (!body()) throw new Error('verification failed');
      calls++;
    }
    return calls / ((performance.now() - started) / 1000);
  };
  const rawRates: number[] = [];
  const viewRates: number[] = [];
  for (let i = 0; i < 12; i++) {
    rawRates.push(rate(() => raw.every((r) => verify('sha256', r.data, r.key, r.signature))));
    viewRates.push(rate(() => trust.verifier.verify(view.proof, expectation).valid));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const rawRate = median(rawRates);
  const viewRate = median(viewRates);

  progress(`${commits} relayed views committed on a, and ${commits} bare commits on a`);
  const commitLatency = await sequential(
    commits,
    async () => submitView(client.interop, await viaRelays()),
    errors.commit,
  );
  const bareCommit = await sequential(
    commits,
    () => assetsA.submitTransaction('Put', `bench-${randomUUID()}`, 'x'),
    errors.commit,
  );
  client.close();
  sourceConnection.close();
  destinationConnection.close();

  const results = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    view: { address: parseAddress(address).text, endorsements: raw.length, policy: view.policy },
    latency: {
      bareEndorse: endorseLatency,
      relayedVerified: relayLatency,
      ratioP50: relayLatency.p50 / endorseLatency.p50,
    },
    throughput: {
      concurrency,
      durationS: durationMs / 1000,
      bareEndorsePerS: endorseLoad.rate,
      relayedVerifiedPerS: relayLoad.rate,
      ratio: relayLoad.rate / endorseLoad.rate,
      bareEndorseLatency: endorseLoad.latency,
      relayedLatency: relayLoad.latency,
    },
    verification: { rawVerifyPairsPerS: rawRate, viewsPerS: viewRate, ratio: viewRate / rawRate },
    memory: rss,
    commit: {
      relayedVerifiedCommitted: commitLatency,
      bareCommit,
      ratioP50: commitLatency.p50 / bareCommit.p50,
    },
    errors,
  };
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    const row = (name: string, s: Stats) =>
      `| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.mean)} |`;
    console.log(
      `\nverified Fabric -> Fabric views (${results.machine.cpus} cores, Node ${results.machine.node}), ${raw.length} endorsements, policy ${view.policy}\n`,
    );
    console.log('| sequential | n | p50 | p99 | mean |\n|---|---|---|---|---|');
    console.log(row('bare endorse() (baseline)', endorseLatency));
    console.log(row('relayed view, verified', relayLatency));
    console.log(row('bare commit on a (baseline)', bareCommit));
    console.log(row('relayed view, verified, committed on a', commitLatency));
    console.log(
      `\n| concurrency ${concurrency}, ${durationMs / 1000} s | per s | p50 | p99 |\n|---|---|---|---|`,
    );
    console.log(
      `| bare endorse() (baseline) | ${endorseLoad.rate.toFixed(0)} | ${ms(endorseLoad.latency.p50)} | ${ms(endorseLoad.latency.p99)} |`,
    );
    console.log(
      `| relayed views, verified | ${relayLoad.rate.toFixed(0)} | ${ms(relayLoad.latency.p50)} | ${ms(relayLoad.latency.p99)} |`,
    );
    console.log('\n| process | peak RSS under load | RSS after |\n|---|---|---|');
    for (const r of rss) console.log(`| ${r.name} | ${r.peakMb.toFixed(0)} MB | ${r.endMb.toFixed(0)} MB |`);
    console.log('\nratios');
    console.log(
      `  relayed view p50 / bare endorse p50:      ${results.latency.ratioP50.toFixed(2)}x (goal <= 1.5x)`,
    );
    console.log(
      `  relayed views/s / bare endorsements/s:    ${results.throughput.ratio.toFixed(2)}x at concurrency ${concurrency} (goal >= 300 views/s)`,
    );
    console.log(
      `  view verification / raw crypto.verify:   ${results.verification.ratio.toFixed(2)}x (${viewRate.toFixed(0)} views/s vs ${rawRate.toFixed(0)} signature pairs/s; goal >= 0.8x)`,
    );
    console.log(`  committed view p50 / bare commit p50:     ${results.commit.ratioP50.toFixed(2)}x`);
    console.log(
      `\nerrors: endorse ${errors.endorse.count}, relay ${errors.relay.count}, commit ${errors.commit.count}${[errors.endorse, errors.relay, errors.commit].map((e) => (e.first ? `; first: ${e.first}` : '')).join('')}`,
    );
  }
} finally {
  progress('stopping the topology');
  await down({ stateDir });
}
