/**
 * Hostile input at every gRPC port of a running topology (a Fabric network and an EVM network: both relays'
 * client and peer ports, both drivers, every attestor): random, truncated, bit-flipped, spliced, oversized,
 * deeply nested, field-flooded and gzip-compressed messages, sent 16 at a time by callers holding the
 * topology's own certificates. Every reply must be a status carrying weft's code (or a success), none may
 * take longer than the bound, every service's memory must come back near where it was, and a normal view
 * must still go through both ways afterwards. Seeded: `WEFT_FUZZ_SEED=<seed>` replays a run.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, queryView } from '../../cli/query.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { ERROR_CODES } from '../../common/errors.js';
import { cacheDir } from '../../common/paths.js';
import { ATTEST_REQUEST_MAX_BYTES } from '../../drivers/evm/attestor.js';
import { RELAY_DEFAULTS } from '../../relay/config.js';
import { down, up } from '../../topology/launcher.js';
import { type ManagedProcess, relayOf, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { CLIENT_REQUEST_MAX_BYTES, QUERY_MAX_BYTES, REQUEST_ID_MAX_BYTES } from '../../transport/edge.js';
import { ERROR_CODE_KEY, encodeMessage } from '../../transport/grpc.js';
import type { KeyPair } from '../../transport/tls.js';
import { hostile, MUTATIONS, type Random, seededRandom } from '../support/fuzz.js';
import { tempDir } from '../support/temp.js';

const SEED = Number(process.env.WEFT_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PER_PORT = 300;
const CONCURRENCY = 16;
/**
 * The work bound: CPU time a service may spend per hostile message (user + system, from /proc), averaged
 * over a port's messages. This is what "keeps a service busy" means; it does not depend on what else the
 * machine runs.
 */
const CPU_MS_PER_MESSAGE = 20;
/**
 * The slowest answer allowed: a backstop against a message that stalls a service. On 2 cores shared by the
 * whole topology and another test file, with 16 calls in flight on one connection, an answer waits for the
 * scheduler as much as for the service (seconds at times), so this bound is wide; for a message of up to
 * 64 KiB, and for a bigger one, which a relay port receives whole before refusing it (a view may take
 * 4 MiB), so its time includes the transfer of megabytes over TLS.
 */
const SLOWEST_MS = { small: 10_000, big: 15_000 };
const SMALL_BYTES = 64 * 1024;
/**
 * How far above its level before the run a service's RSS may stay, once it has settled: a service that is
 * idle again may not have collected everything yet (up to 18 MB seen); one that keeps what hostile input
 * made it allocate grew by 80 MB and more.
 */
const NEAR_MB = 30;
const SETTLE_MS = 30_000;
const MiB = 1024 * 1024;
const FABRIC = 'fz-fabric';
const EVM = 'fz-evm';
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBfuzz\n-----END CERTIFICATE-----\n';

let stateDir: string;
let state: TopologyState;
const key = `fuzz-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  stateDir = await tempDir('fuzz');
  state = await up(
    parseTopology(
      `networks:
  - { id: ${FABRIC}, type: fabric, orgs: [Org1, Org2] }
  - { id: ${EVM}, type: evm, chainId: 43001 }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  for (const network of state.networks) await writeSample(network, key, `${network.id} before the fuzz`);
}, 240_000);

afterAll(async () => {
  if (state) await down({ stateDir });
}, 60_000);

type Role = 'relay-client' | 'relay-peer' | 'driver' | 'attestor';

interface Method {
  readonly path: string;
  readonly stream: boolean;
  /** The largest message the method accepts: `oversized` messages are just above it. */
  readonly limitBytes: number;
  readonly valid: (random: Random) => Buffer;
}

interface Target {
  readonly name: string;
  readonly network: string;
  readonly role: Role;
  readonly port: number;
  readonly serverName: string;
  readonly ca: Buffer;
  readonly process: ManagedProcess;
  readonly methods: readonly Method[];
}

const config = async (network: string, file: string) =>
  JSON.parse(await readFile(join(relayOf(state, network).dir, file), 'utf8'));

async function tlsIdentity(network: string, service: 'relay' | 'driver'): Promise<KeyPair> {
  const { tls } = await config(network, `${service}.json`);
  return { cert: await readFile(tls.certFile), key: await readFile(tls.keyFile) };
}

/**
 * The certificate a caller presents at a port: what the legitimate caller of that port holds (so the
 * message reaches the decoder, past authentication). A client presents none; a peer relay calls the relay
 * port, except for driver answers, which the network's own driver sends; the relay calls its driver; the
 * driver calls its attestors.
 */
function identityFor(target: Target, method: Method): Promise<KeyPair | undefined> {
  const other = target.network === FABRIC ? EVM : FABRIC;
  switch (target.role) {
    case 'relay-client':
      return Promise.resolve(undefined);
    case 'relay-peer':
      return method.path.endsWith('/SendDriverState')
        ? tlsIdentity(target.network, 'driver')
        : tlsIdentity(other, 'relay');
    case 'driver':
      return tlsIdentity(target.network, 'relay');
    case 'attestor':
      return tlsIdentity(target.network, 'driver');
  }
}

const processOf = (network: string, role: string, port?: number): ManagedProcess =>
  state.processes.find(
    (p) => p.network === network && p.role === role && (port === undefined || p.port === port),
  )!;

/** Valid messages of each kind, for the mutations to start from; ids and nonces from the message's seed. */
function seeds(network: string) {
  const other = network === FABRIC ? EVM : FABRIC;
  const networkOf = (id: string) => state.networks.find((n) => n.id === id)!;
  const own = expandAddress(state, sampleAddress(networkOf(network), key));
  const requester = network === FABRIC ? `0x${'ab'.repeat(20)}` : PEM;
  const id = (random: Random) => random.bytes(16).toString('hex');
  const query = (random: Random, address: string) => ({
    policy: ['Org1MSP'],
    address,
    requesting_relay: other,
    requesting_network: other,
    certificate: requester,
    requestor_signature: random.bytes(64).toString('base64'),
    nonce: id(random),
  });
  return {
    networkQuery: (random: Random) =>
      encodeMessage('networks.networks.NetworkQuery', {
        ...query(random, expandAddress(state, sampleAddress(networkOf(other), key))),
        certificate: network === FABRIC ? PEM : `0x${'cd'.repeat(20)}`,
      }),
    requestId: (random: Random) =>
      encodeMessage('networks.networks.GetStateMessage', { request_id: id(random) }),
    query: (random: Random) =>
      encodeMessage('common.query.Query', { ...query(random, own), request_id: `${other}:${id(random)}` }),
    viewPayload: (random: Random) =>
      encodeMessage('common.state.ViewPayload', {
        request_id: `${other}:${id(random)}`,
        view: { meta: { protocol: 3, proof_type: 'Notarization' }, data: random.bytes(256) },
      }),
    attest: (random: Random) =>
      encodeMessage('weft.evm.AttestRequest', {
        view_address: own,
        nonce: id(random),
        requesting_network: other,
        requester,
        requester_signature: random.bytes(64).toString('base64'),
        block_number: '1',
        block_hash: random.bytes(32),
      }),
  };
}

async function targets(): Promise<Target[]> {
  const out: Target[] = [];
  for (const network of [FABRIC, EVM]) {
    const relay = relayOf(state, network);
    const ca = await readFile(relay.caFile);
    const s = seeds(network);
    const relayProcess = processOf(network, 'relay');
    const view = RELAY_DEFAULTS.limits.maxMessageBytes;
    out.push({
      name: `${network} relay client port`,
      network,
      role: 'relay-client',
      port: relay.clientPort,
      serverName: relay.serverName,
      ca,
      process: relayProcess,
      methods: [
        {
          path: '/networks.networks.Network/RequestState',
          stream: false,
          limitBytes: CLIENT_REQUEST_MAX_BYTES,
          valid: s.networkQuery,
        },
        {
          path: '/networks.networks.Network/GetState',
          stream: false,
          limitBytes: REQUEST_ID_MAX_BYTES,
          valid: s.requestId,
        },
        {
          path: '/weft.relay.Watch/WatchState',
          stream: true,
          limitBytes: REQUEST_ID_MAX_BYTES,
          valid: s.requestId,
        },
      ],
    });
    out.push({
      name: `${network} relay peer port`,
      network,
      role: 'relay-peer',
      port: relay.relayPort,
      serverName: relay.serverName,
      ca,
      process: relayProcess,
      methods: [
        {
          path: '/relay.datatransfer.DataTransfer/RequestState',
          stream: false,
          limitBytes: QUERY_MAX_BYTES,
          valid: s.query,
        },
        {
          path: '/relay.datatransfer.DataTransfer/SendState',
          stream: false,
          limitBytes: view,
          valid: s.viewPayload,
        },
        {
          path: '/relay.datatransfer.DataTransfer/SendDriverState',
          stream: false,
          limitBytes: view,
          valid: s.viewPayload,
        },
      ],
    });
    const driver = await config(network, 'driver.json');
    out.push({
      name: `${network} driver`,
      network,
      role: 'driver',
      port: relay.driverPort!,
      serverName: (await config(network, 'relay.json')).driver.serverName,
      ca,
      process: processOf(network, 'driver'),
      methods: [
        {
          path: '/driver.driver.DriverCommunication/RequestDriverState',
          stream: false,
          limitBytes: QUERY_MAX_BYTES,
          valid: s.query,
        },
      ],
    });
    for (const attestor of driver.evm?.attestors ?? []) {
      const port = Number(attestor.address.split(':')[1]);
      out.push({
        name: `${network} attestor of ${attestor.org}`,
        network,
        role: 'attestor',
        port,
        serverName: attestor.serverName,
        ca,
        process: processOf(network, 'attestor', port),
        methods: [
          {
            path: '/weft.evm.Attestor/Attest',
            stream: false,
            limitBytes: ATTEST_REQUEST_MAX_BYTES,
            valid: s.attest,
          },
        ],
      });
    }
  }
  return out;
}

const bytes = (b: Buffer) => b;

interface Reply {
  readonly ms: number;
  /** weft's code, `OK`, or what came back instead of a typed status. */
  readonly outcome: string;
}

/** Sends exactly `body`; resolves with how long the answer took and what it was. */
function send(client: grpc.Client, method: Method, body: Buffer): Promise<Reply> {
  const started = performance.now();
  const options = { deadline: Date.now() + 30_000 };
  return new Promise((resolve) => {
    const done = (error: grpc.ServiceError | null) => {
      const ms = performance.now() - started;
      if (!error) return resolve({ ms, outcome: 'OK' });
      const code = error.metadata?.get(ERROR_CODE_KEY)[0];
      resolve({
        ms,
        outcome:
          typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)
            ? code
            : `untyped ${grpc.status[error.code]}: ${error.details}`,
      });
    };
    if (!method.stream) {
      client.makeUnaryRequest(method.path, bytes, bytes, body, options, (error) => done(error));
      return;
    }
    const call = client.makeServerStreamRequest(method.path, bytes, bytes, body, options);
    call.on('data', () => {});
    call.on('error', (error: grpc.ServiceError) => done(error));
    call.on('status', (status: grpc.StatusObject) => {
      if (status.code === grpc.status.OK) done(null);
    });
  });
}

function rssMb(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (text) => Number(/VmRSS:\s+(\d+) kB/.exec(text)![1]) / 1024,
  );
}

/** User and system CPU time of a process, in milliseconds (clock ticks of 10 ms). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A big-message size: log-uniform, so most are small and a few reach `max`. */
const bigSize = (random: Random, max: number) =>
  Math.round(Math.exp(random.next() * Math.log(max / 1024)) * 1024);

async function normalViews(): Promise<void> {
  const fabric = state.networks.find((n) => n.id === FABRIC)!;
  const evm = state.networks.find((n) => n.id === EVM)!;
  const toFabric = await queryView(state, { address: sampleAddress(evm, key), from: FABRIC });
  expect(Buffer.from(toFabric.view.value).toString()).toContain(`${EVM} before the fuzz`);
  const toEvm = await queryView(state, { address: sampleAddress(fabric, key), from: EVM });
  expect(Buffer.from(toEvm.view.value).toString()).toBe(`${FABRIC} before the fuzz`);
}

describe(`every gRPC port under hostile input (seed ${SEED})`, () => {
  it('answers each message in time with a typed status, gives its memory back and still serves views', async () => {
    console.log(`fuzz: seed ${SEED} (WEFT_FUZZ_SEED=${SEED} replays this run)`);
    const random = seededRandom(SEED);
    // Warm: connections open, caches filled, so that "before" is a service's working level.
    await normalViews();
    const all = await targets();
    const services = [...new Map(all.map((t) => [t.process.pid, t])).values()].map((t) => ({
      name: t.role.startsWith('relay') ? `${t.network} relay` : t.name,
      pid: t.process.pid,
    }));
    const before = new Map(
      await Promise.all(services.map(async (s) => [s.pid, await rssMb(s.pid)] as const)),
    );
    const cpuBefore = new Map(
      await Promise.all(services.map(async (s) => [s.pid, await cpuMs(s.pid)] as const)),
    );
    const peak = new Map(before);
    const sampler = setInterval(() => {
      for (const s of services) {
        rssMb(s.pid).then(
          (mb) => peak.set(s.pid, Math.max(peak.get(s.pid)!, mb)),
          () => {},
        );
      }
    }, 200);

    const clients: grpc.Client[] = [];
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    const fuzzStarted = performance.now();
    try {
      for (const target of all) {
        // One plain and one gzip channel per method's identity: compressed bodies inflate up to the limit only.
        const channels = await Promise.all(
          target.methods.map(async (method) => {
            const identity = await identityFor(target, method);
            const credentials = grpc.credentials.createSsl(
              target.ca,
              identity?.key ?? null,
              identity?.cert ?? null,
            );
            const open = (extra: grpc.ChannelOptions) => {
              const client = new grpc.Client(`127.0.0.1:${target.port}`, credentials, {
                'grpc.ssl_target_name_override': target.serverName,
                'grpc.max_send_message_length': 16 * MiB,
                'grpc.max_receive_message_length': 16 * MiB,
                ...extra,
              });
              clients.push(client);
              return client;
            };
            return { plain: open({}), gzip: open({ 'grpc.default_compression_algorithm': 2 }) };
          }),
        );
        // Made before any is sent, in order: the same seed gives the same messages, and the time measured
        // is the service's, not the generator's.
        const messages = Array.from({ length: PER_PORT }, (_, index) => {
          const method = target.methods[index % target.methods.length]!;
          const kind = MUTATIONS[random.int(0, MUTATIONS.length - 1)]!;
          const body = hostile(random, kind, method.valid(random), {
            limitBytes: method.limitBytes,
            bigBytes: bigSize(random, 4 * MiB),
          });
          return { method, m: index % target.methods.length, kind, body };
        });
        let slowest = 0;
        let slowestSmall = 0;
        let typed = 0;
        let sent = 0;
        const cpuStart = await cpuMs(target.process.pid);
        const started = performance.now();
        const worker = async () => {
          while (sent < PER_PORT) {
            const index = sent++;
            const { method, m, kind, body } = messages[index]!;
            const compressed = index % 8 === 7;
            const reply = await send(compressed ? channels[m]!.gzip : channels[m]!.plain, method, body);
            slowest = Math.max(slowest, reply.ms);
            if (body.length <= SMALL_BYTES) slowestSmall = Math.max(slowestSmall, reply.ms);
            outcomes.set(reply.outcome, (outcomes.get(reply.outcome) ?? 0) + 1);
            if (reply.outcome === 'OK' || !reply.outcome.startsWith('untyped')) typed++;
            else
              failures.push(`${target.name} ${method.path} ${kind} (${body.length} bytes): ${reply.outcome}`);
            if (reply.ms > (body.length <= SMALL_BYTES ? SLOWEST_MS.small : SLOWEST_MS.big))
              failures.push(
                `${target.name} ${method.path} ${kind} (${body.length} bytes): ${Math.round(reply.ms)} ms`,
              );
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        const wallMs = performance.now() - started;
        const cpu = (await cpuMs(target.process.pid)) - cpuStart;
        if (cpu / PER_PORT > CPU_MS_PER_MESSAGE)
          failures.push(`${target.name}: ${(cpu / PER_PORT).toFixed(1)} ms of CPU per message`);
        console.log(
          `fuzz: ${target.name} (port ${target.port}): ${PER_PORT} messages in ${(wallMs / 1000).toFixed(1)} s, ` +
            `slowest answer ${Math.round(slowest)} ms (${Math.round(slowestSmall)} ms up to 64 KiB), ` +
            `${typed}/${PER_PORT} typed replies, ` +
            `service CPU ${(cpu / PER_PORT).toFixed(1)} ms per message`,
        );
      }
    } finally {
      for (const client of clients) client.close();
    }
    const fuzzMs = performance.now() - fuzzStarted;
    console.log(
      `fuzz: ${all.length * PER_PORT} messages at ${all.length} ports in ${(fuzzMs / 1000).toFixed(1)} s; replies: ${[
        ...outcomes,
      ]
        .sort((x, y) => y[1] - x[1])
        .map(([outcome, n]) => `${outcome} ${n}`)
        .join(', ')}`,
    );

    // Memory comes back once the garbage is collected (V8 does so within seconds of the load stopping).
    const settleStarted = performance.now();
    const after = new Map<number, number>();
    for (;;) {
      for (const s of services) after.set(s.pid, await rssMb(s.pid));
      const settled = services.every((s) => after.get(s.pid)! <= before.get(s.pid)! + NEAR_MB);
      if (settled || performance.now() - settleStarted > SETTLE_MS) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    clearInterval(sampler);
    const settleMs = performance.now() - settleStarted;
    for (const s of services) {
      const cpu = (await cpuMs(s.pid)) - cpuBefore.get(s.pid)!;
      console.log(
        `fuzz: ${s.name} (pid ${s.pid}): RSS ${before.get(s.pid)!.toFixed(0)} MB before, peak ${peak
          .get(s.pid)!
          .toFixed(
            0,
          )} MB, ${after.get(s.pid)!.toFixed(0)} MB after (${(settleMs / 1000).toFixed(1)} s later); CPU ${cpu} ms`,
      );
    }

    expect(failures).toEqual([]);
    for (const s of services)
      expect(after.get(s.pid)!, s.name).toBeLessThanOrEqual(before.get(s.pid)! + NEAR_MB);
    await normalViews();
  }, 240_000);
});
