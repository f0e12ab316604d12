/**
 * Hostile input at the gRPC ports of a running topology of two networks (one Fabric, one EVM): both relays'
 * client and peer ports, both drivers, every attestor. Shared by the bounded fuzz test and the long fuzz run
 * (`npm run fuzz:long`): the same ports, the same valid seeds, the same callers' certificates and the same
 * judgement of a reply. Messages are made one at a time, in order, from one seeded generator, so a run
 * replays from its seed and never holds more than the messages in flight.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { expandAddress } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import { ERROR_CODES } from '../../common/errors.js';
import { ATTEST_REQUEST_MAX_BYTES } from '../../drivers/evm/attestor.js';
import { weft } from '../../protos/index.js';
import { RELAY_DEFAULTS } from '../../relay/config.js';
import { type ManagedProcess, relayOf, type TopologyState } from '../../topology/state.js';
import { CLIENT_REQUEST_MAX_BYTES, QUERY_MAX_BYTES, REQUEST_ID_MAX_BYTES } from '../../transport/edge.js';
import { ERROR_CODE_KEY, encodeMessage } from '../../transport/grpc.js';
import type { KeyPair } from '../../transport/tls.js';
import { hostile, MUTATIONS, type Mutation, type Random } from './hostile.js';
import { type PortRun, type Reply, runPort, SMALL_BYTES } from './run.js';

const MiB = 1024 * 1024;
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBfuzz\n-----END CERTIFICATE-----\n';
/** The largest hostile message: a relay port takes a view of up to 4 MiB whole before it refuses it. */
export const BIG_BYTES = 4 * MiB;

/** The two networks fuzzed, and the key of the sample value each holds (so that seeds name real views). */
export interface FuzzPair {
  readonly state: TopologyState;
  readonly fabric: string;
  readonly evm: string;
  readonly key: string;
}

export type Role = 'relay-client' | 'relay-peer' | 'driver' | 'attestor';

export interface Method {
  readonly path: string;
  /** Server-streaming; `bidi`: the message is the one frame of a bidirectional stream (weft.relay.Pipe). */
  readonly stream: boolean | 'bidi';
  /** The largest message the method accepts: `oversized` messages are just above it. */
  readonly limitBytes: number;
  readonly valid: (random: Random) => Buffer;
}

export interface GrpcTarget {
  readonly name: string;
  readonly network: string;
  readonly role: Role;
  readonly port: number;
  readonly serverName: string;
  readonly ca: Buffer;
  readonly process: ManagedProcess;
  readonly methods: readonly Method[];
}

const otherOf = (pair: FuzzPair, network: string) => (network === pair.fabric ? pair.evm : pair.fabric);

const config = async (pair: FuzzPair, network: string, file: string) =>
  JSON.parse(await readFile(join(relayOf(pair.state, network).dir, file), 'utf8'));

async function tlsIdentity(pair: FuzzPair, network: string, service: 'relay' | 'driver'): Promise<KeyPair> {
  const { tls } = await config(pair, network, `${service}.json`);
  return { cert: await readFile(tls.certFile), key: await readFile(tls.keyFile) };
}

/**
 * The certificate a caller presents at a port: what the legitimate caller of that port holds (so the
 * message reaches the decoder, past authentication). A client presents none; a peer relay calls the relay
 * port, except for driver answers, which the network's own driver sends; the relay calls its driver; the
 * driver calls its attestors.
 */
function identityFor(pair: FuzzPair, target: GrpcTarget, method: Method): Promise<KeyPair | undefined> {
  switch (target.role) {
    case 'relay-client':
      return Promise.resolve(undefined);
    case 'relay-peer':
      return method.path.endsWith('/SendDriverState')
        ? tlsIdentity(pair, target.network, 'driver')
        : tlsIdentity(pair, otherOf(pair, target.network), 'relay');
    case 'driver':
      return tlsIdentity(pair, target.network, 'relay');
    case 'attestor':
      return tlsIdentity(pair, target.network, 'driver');
  }
}

const processOf = (state: TopologyState, network: string, role: string, port?: number): ManagedProcess => {
  const found = state.processes.find(
    (p) => p.network === network && p.role === role && (port === undefined || p.port === port),
  );
  if (!found) throw new Error(`no ${role} process of ${network}${port ? ` on port ${port}` : ''}`);
  return found;
};

/** Valid messages of each kind, for the mutations to start from; ids and nonces from the message's seed. */
function seeds(pair: FuzzPair, network: string) {
  const { state, key } = pair;
  const other = otherOf(pair, network);
  const networkOf = (id: string) => state.networks.find((n) => n.id === id)!;
  const own = expandAddress(state, sampleAddress(networkOf(network), key));
  const requester = network === pair.fabric ? `0x${'ab'.repeat(20)}` : PEM;
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
        certificate: network === pair.fabric ? PEM : `0x${'cd'.repeat(20)}`,
      }),
    requestId: (random: Random) =>
      encodeMessage('networks.networks.GetStateMessage', { request_id: id(random) }),
    query: (random: Random) =>
      encodeMessage('common.query.Query', { ...query(random, own), request_id: `${other}:${id(random)}` }),
    pipeFrame: (random: Random) =>
      encodeMessage('weft.relay.PipeFrame', {
        queries: [{ ...query(random, own), request_id: `${other}:${id(random)}` }],
        answers: [
          {
            request_id: `${other}:${id(random)}`,
            view: { meta: { protocol: 3, proof_type: 'Notarization' }, data: random.bytes(256) },
          },
        ],
      }),
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

/** Every gRPC port of both networks, with the methods each serves. */
export async function grpcTargets(pair: FuzzPair): Promise<GrpcTarget[]> {
  const { state } = pair;
  const out: GrpcTarget[] = [];
  for (const network of [pair.fabric, pair.evm]) {
    const relay = relayOf(state, network);
    const ca = await readFile(relay.caFile);
    const s = seeds(pair, network);
    const relayProcess = processOf(state, network, 'relay');
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
        { path: '/weft.relay.Pipe/Open', stream: 'bidi', limitBytes: view, valid: s.pipeFrame },
      ],
    });
    const driver = await config(pair, network, 'driver.json');
    out.push({
      name: `${network} driver`,
      network,
      role: 'driver',
      port: relay.driverPort!,
      serverName: (await config(pair, network, 'relay.json')).driver.serverName,
      ca,
      process: processOf(state, network, 'driver'),
      methods: [
        {
          path: '/driver.driver.DriverCommunication/RequestDriverState',
          stream: false,
          limitBytes: QUERY_MAX_BYTES,
          valid: s.query,
        },
        { path: '/weft.relay.Pipe/Open', stream: 'bidi', limitBytes: QUERY_MAX_BYTES, valid: s.pipeFrame },
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
        process: processOf(state, network, 'attestor', port),
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

/** Sends exactly `body`; resolves with how long the answer took and what it was. */
function send(client: grpc.Client, method: Method, body: Buffer, timeoutMs: number): Promise<Reply> {
  const started = performance.now();
  const options = { deadline: Date.now() + timeoutMs };
  return new Promise((resolve) => {
    const done = (error: grpc.ServiceError | null) => {
      const ms = performance.now() - started;
      if (!error) return resolve({ ms, outcome: 'OK', typed: true });
      const code = error.metadata?.get(ERROR_CODE_KEY)[0];
      // The caller's own deadline (grpc-js may fire it a millisecond early): nothing came back.
      if (error.code === grpc.status.DEADLINE_EXCEEDED && code === undefined)
        return resolve({ ms, outcome: 'no answer', typed: false });
      const typed = typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
      resolve({
        ms,
        outcome: typed ? code : `untyped ${grpc.status[error.code]}: ${error.details}`,
        typed,
      });
    };
    if (!method.stream) {
      client.makeUnaryRequest(method.path, bytes, bytes, body, options, (error) => done(error));
      return;
    }
    if (method.stream === 'bidi') {
      // One frame, then the end of the stream: every item's ack carries its outcome; a frame refused whole
      // ends the stream with a status.
      const pipe = client.makeBidiStreamRequest(method.path, bytes, bytes, options);
      const outcomes: string[] = [];
      pipe.on('data', (frame: Buffer) => {
        for (const ack of weft.relay.PipeAcks.decode(frame).acks) {
          outcomes.push(
            ack.status === grpc.status.OK
              ? 'OK'
              : (/^\[([A-Z_]+)\]/.exec(ack.details)?.[1] ?? `untyped ${ack.details}`),
          );
        }
      });
      pipe.on('error', (error: grpc.ServiceError) => done(error));
      pipe.on('status', (status: grpc.StatusObject) => {
        if (status.code !== grpc.status.OK) return;
        const untyped = outcomes.find((o) => o !== 'OK' && !(ERROR_CODES as readonly string[]).includes(o));
        const ms = performance.now() - started;
        resolve({
          ms,
          outcome: untyped ?? outcomes.find((o) => o !== 'OK') ?? 'OK',
          typed: untyped === undefined,
        });
      });
      pipe.write(body);
      pipe.end();
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

/** A big-message size: log-uniform, so most are small and a few reach `max`. */
const bigSize = (random: Random, max: number) =>
  Math.round(Math.exp(random.next() * Math.log(max / 1024)) * 1024);

interface ChannelSet {
  /** A plain and a gzip channel per method, each with the method's caller identity. */
  readonly methods: readonly { readonly plain: grpc.Client; readonly gzip: grpc.Client }[];
  inFlight: number;
  /** No new call goes to it: it closes when its last call is answered. */
  retired: boolean;
}

/** How many messages one set of channels carries (see fuzzGrpcPort). */
const RECYCLE_EVERY = 256;

export interface GrpcRunOptions {
  readonly count: number;
  /**
   * The share of messages whose big size (nesting, field floods, long strings) may reach 4 MiB; the others'
   * stays within 64 KiB. 1 in the bounded test; a long run takes fewer, or its hours go to copying megabytes.
   */
  readonly hugeShare: number;
  readonly concurrency: number;
  /** How long a reply may take before it counts as no answer (a hang). */
  readonly timeoutMs: number;
  readonly onReply?: (done: number, reply: Reply) => void;
}

/**
 * Sends `count` hostile messages to one port, the methods in turn, `concurrency` at a time; one in eight
 * goes gzip-compressed (compressed bodies inflate up to the limit only).
 */
export async function fuzzGrpcPort(
  pair: FuzzPair,
  target: GrpcTarget,
  random: Random,
  options: GrpcRunOptions,
): Promise<PortRun> {
  const credentials = await Promise.all(
    target.methods.map(async (method) => {
      const identity = await identityFor(pair, target, method);
      return grpc.credentials.createSsl(target.ca, identity?.key ?? null, identity?.cert ?? null);
    }),
  );
  // A grpc-js connection keeps every message a server refused for its size until it is closed (Node's own
  // HTTP/2 client does not), so each set of channels serves RECYCLE_EVERY messages and is closed once its
  // last call is answered. Each set has a connection of its own (an option no other set has: grpc-js
  // shares a connection between channels of equal options), which grpc-js ends within 10 s of its close.
  let generation = 0;
  const open = (): ChannelSet => {
    const own = generation++;
    const client = (credential: grpc.ChannelCredentials, extra: grpc.ChannelOptions) =>
      new grpc.Client(`127.0.0.1:${target.port}`, credential, {
        'grpc.ssl_target_name_override': target.serverName,
        'grpc.max_send_message_length': 16 * MiB,
        'grpc.max_receive_message_length': 16 * MiB,
        'weft.fuzz.channel_set': own,
        ...extra,
      });
    return {
      methods: credentials.map((credential) => ({
        plain: client(credential, {}),
        gzip: client(credential, { 'grpc.default_compression_algorithm': 2 }),
      })),
      inFlight: 0,
      retired: false,
    };
  };
  const close = (set: ChannelSet) => {
    for (const m of set.methods) {
      m.plain.close();
      m.gzip.close();
    }
  };
  let current = open();
  const sets = new Set([current]);
  try {
    return await runPort({
      name: target.name,
      pids: [target.process.pid],
      count: options.count,
      concurrency: options.concurrency,
      ...(options.onReply ? { onReply: options.onReply } : {}),
      message: (index) => {
        const m = index % target.methods.length;
        const method = target.methods[m]!;
        const kind: Mutation = MUTATIONS[random.int(0, MUTATIONS.length - 1)]!;
        const body = hostile(random, kind, method.valid(random), {
          limitBytes: method.limitBytes,
          bigBytes: bigSize(
            random,
            options.hugeShare >= 1 || random.next() < options.hugeShare ? BIG_BYTES : SMALL_BYTES,
          ),
        });
        if (index > 0 && index % RECYCLE_EVERY === 0) {
          current.retired = true;
          if (current.inFlight === 0) {
            close(current);
            sets.delete(current);
          }
          current = open();
          sets.add(current);
        }
        const set = current;
        const channel = index % 8 === 7 ? set.methods[m]!.gzip : set.methods[m]!.plain;
        return {
          label: `${method.path} ${kind}`,
          bytes: body.length,
          send: async () => {
            set.inFlight++;
            try {
              return await send(channel, method, body, options.timeoutMs);
            } finally {
              if (--set.inFlight === 0 && set.retired) {
                close(set);
                sets.delete(set);
              }
            }
          },
        };
      },
    });
  } finally {
    for (const set of sets) close(set);
  }
}
