/**
 * Roles in mutual TLS, on a real topology (a Fabric network and an EVM network as `weft up` starts them).
 * Every certificate names its role, and every port accepts only the roles it serves: the attacker here
 * holds real certificates of the right CA, in the wrong role (a driver's on a relay port, a relay's where a
 * driver should answer...). Each refusal is shown beside the same call made in the right role, accepted.
 * Servers in the wrong role are real ones too: a port of the topology named where another role's should be
 * (relays, drivers, the SDK and the EVM driver's attestor channels each refuse them).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, openLocalClient } from '../../cli/query.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { isWeftError } from '../../common/errors.js';
import { cacheDir } from '../../common/paths.js';
import { waitFor } from '../../common/wait.js';
import { type AttestorEndpoint, parseEvmDriverConfig, startEvmDriver } from '../../drivers/evm/driver.js';
import { common } from '../../protos/index.js';
import { parseRelayConfig, type RelayConfig } from '../../relay/config.js';
import { startRelay } from '../../relay/relay.js';
import { createWeftClient, type WeftClient } from '../../sdk/client.js';
import { staticTrust, trustFromRecord } from '../../sdk/trust.js';
import { tlsDir } from '../../topology/interop.js';
import { down, up } from '../../topology/launcher.js';
import { allocatePorts } from '../../topology/ports.js';
import { evmNetwork, fabricNetwork, relayOf, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { defaultPolicy, membershipRecord } from '../../topology/trust.js';
import { encodeMessage } from '../../transport/grpc.js';
import { openPipe, type PipeItem } from '../../transport/pipe.js';
import { rawClient } from '../support/raw-client.js';
import { tempDir } from '../support/temp.js';

const A = 'fabric-a';
const C = 'evm-c';
let stateDir: string;
let state: TopologyState;

beforeAll(async () => {
  stateDir = await tempDir('roles');
  state = await up(
    parseTopology(
      `networks:
  - { id: ${A}, type: fabric, orgs: [Org1, Org2] }
  - { id: ${C}, type: evm, chainId: 43001, orgs: [Org1, Org2] }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
}, 240_000);

afterAll(async () => {
  if (state) await down({ stateDir });
}, 60_000);

type Host = 'relay' | 'driver' | 'attestor-org1' | 'attestor-org2';

/** A TLS identity `weft up` issued, as an attacker who stole it (or its operator) holds it. */
async function identityOf(network: string, host: Host) {
  const dir = tlsDir(relayOf(state, network).dir);
  return { cert: await readFile(join(dir, `${host}.crt`)), key: await readFile(join(dir, `${host}.key`)) };
}

const caOf = (network: string) => readFile(relayOf(state, network).caFile);

const METHODS = {
  RequestState: '/relay.datatransfer.DataTransfer/RequestState',
  SendState: '/relay.datatransfer.DataTransfer/SendState',
  SendDriverState: '/relay.datatransfer.DataTransfer/SendDriverState',
  RequestDriverState: '/driver.driver.DriverCommunication/RequestDriverState',
  Attest: '/weft.evm.Attestor/Attest',
} as const;

/** How a call ends: `ok`, or its gRPC status and weft's code. */
async function outcome(action: Promise<unknown>): Promise<{ code: grpc.status; weft?: string } | 'ok'> {
  try {
    await action;
    return 'ok';
  } catch (error) {
    const service = error as grpc.ServiceError;
    const weft = /^\[([A-Z_]+)\]/.exec(service.details ?? '')?.[1];
    return { code: service.code, ...(weft ? { weft } : {}) };
  }
}

const WRONG_ROLE = { code: grpc.status.PERMISSION_DENIED, weft: 'WRONG_ROLE' };
const UNAUTHENTICATED = { code: grpc.status.UNAUTHENTICATED, weft: 'UNAUTHENTICATED' };
/** The TLS handshake itself fails: the server does not trust the certificate's CA, or none was sent. */
const NO_HANDSHAKE = { code: grpc.status.UNAVAILABLE };

/** A well-formed query (for a view of fabric-a unless told), as a relay forwards it. */
const query = (address = expandAddress(state, `${A}/weft:assets:Get:k1`)) =>
  encodeMessage('common.query.Query', {
    request_id: `${C}:${randomUUID()}`,
    address,
    policy: [],
    requesting_relay: C,
    requesting_network: C,
    certificate: `0x${'ab'.repeat(20)}`,
    requestor_signature: 'eA==',
    nonce: randomUUID(),
    requesting_org: 'Org1',
  });
const payload = () =>
  encodeMessage('common.state.ViewPayload', { request_id: randomUUID(), error: 'forged' });

describe("a relay's peer port", () => {
  it("refuses another network's driver posing as that network's relay: RequestState and SendState", async () => {
    const relayA = relayOf(state, A);
    for (const host of ['driver', 'attestor-org1'] as const) {
      const asC = rawClient(
        METHODS,
        relayA.relayPort,
        relayA.serverName,
        await caOf(A),
        await identityOf(C, host),
      );
      expect(await outcome(asC.call('RequestState', query()))).toEqual(WRONG_ROLE);
      expect(await outcome(asC.call('SendState', payload()))).toEqual(WRONG_ROLE);
      asC.close();
    }
    // The other way round too: fabric-a's driver is not fabric-a's relay on evm-c's relay.
    const relayC = relayOf(state, C);
    const asA = rawClient(
      METHODS,
      relayC.relayPort,
      relayC.serverName,
      await caOf(C),
      await identityOf(A, 'driver'),
    );
    expect(await outcome(asA.call('SendState', payload()))).toEqual(WRONG_ROLE);
    asA.close();
    // The relay's own certificate is let through to the request itself (no such request here).
    const cRelay = rawClient(
      METHODS,
      relayA.relayPort,
      relayA.serverName,
      await caOf(A),
      await identityOf(C, 'relay'),
    );
    expect(await outcome(cRelay.call('SendState', payload()))).toEqual({
      code: grpc.status.NOT_FOUND,
      weft: 'NOT_FOUND',
    });
    cRelay.close();
  });

  it("lets its own network's driver do only what a driver does: answer, not ask or deliver", async () => {
    const relayA = relayOf(state, A);
    const ca = await caOf(A);
    const driver = rawClient(METHODS, relayA.relayPort, relayA.serverName, ca, await identityOf(A, 'driver'));
    expect(await outcome(driver.call('RequestState', query()))).toEqual(UNAUTHENTICATED);
    expect(await outcome(driver.call('SendState', payload()))).toEqual(UNAUTHENTICATED);
    // Past the role check: the request is unknown.
    expect(await outcome(driver.call('SendDriverState', payload()))).toEqual({
      code: grpc.status.NOT_FOUND,
      weft: 'NOT_FOUND',
    });
    driver.close();
    // The relay's own certificate and an attestor's, of the same CA, may not answer as the driver.
    for (const [network, host] of [
      [A, 'relay'],
      [C, 'relay'],
      [C, 'attestor-org2'],
    ] as const) {
      const relay = relayOf(state, network);
      const other = rawClient(
        METHODS,
        relay.relayPort,
        relay.serverName,
        await caOf(network),
        await identityOf(network, host),
      );
      expect(await outcome(other.call('SendDriverState', payload()))).toEqual(WRONG_ROLE);
      other.close();
    }
    // Another network's driver is no driver of this one.
    const cDriver = rawClient(
      METHODS,
      relayA.relayPort,
      relayA.serverName,
      ca,
      await identityOf(C, 'driver'),
    );
    expect(await outcome(cDriver.call('SendDriverState', payload()))).toEqual(UNAUTHENTICATED);
    cDriver.close();
  });
});

describe("weft.relay.Pipe on a relay's peer port and a driver's port: the unary methods' role checks, item by item", () => {
  /** A pipe to `port` with `identity`'s certificate, and the outcome of one item sent on it. */
  const pipeOutcome = async (
    port: number,
    serverName: string,
    ca: Buffer,
    identity: { cert: Buffer; key: Buffer },
    item: PipeItem,
  ) => {
    const client = new grpc.Client(
      `127.0.0.1:${port}`,
      grpc.credentials.createSsl(ca, identity.key, identity.cert),
      {
        'grpc.ssl_target_name_override': serverName,
      },
    );
    const pipe = openPipe(client, { maxFrameBytes: 60 * 1024 });
    try {
      return await outcome(pipe.send(item, 10_000));
    } finally {
      pipe.close();
      client.close();
    }
  };
  const queryItem = (): PipeItem => {
    const message = common.query.Query.decode(query());
    return { kind: 'query', requestId: message.request_id, message };
  };
  const answerItem = (): PipeItem => {
    const message = common.state.ViewPayload.decode(payload());
    return { kind: 'answer', requestId: message.request_id, message };
  };

  it("refuses other roles' certificates, and lets its own driver answer but not ask", async () => {
    const relayA = relayOf(state, A);
    const on = async (network: string, host: Host, item: PipeItem) =>
      pipeOutcome(relayA.relayPort, relayA.serverName, await caOf(A), await identityOf(network, host), item);
    expect(await on(C, 'driver', queryItem())).toEqual(WRONG_ROLE);
    expect(await on(C, 'attestor-org1', answerItem())).toEqual(WRONG_ROLE);
    expect(await on(A, 'relay', answerItem())).toEqual(WRONG_ROLE);
    expect(await on(A, 'driver', queryItem())).toEqual(UNAUTHENTICATED);
    // Past the role checks: the requests are unknown.
    expect(await on(A, 'driver', answerItem())).toEqual({ code: grpc.status.NOT_FOUND, weft: 'NOT_FOUND' });
    expect(await on(C, 'relay', answerItem())).toEqual({ code: grpc.status.NOT_FOUND, weft: 'NOT_FOUND' });
  });

  it("a driver's pipe takes queries of its own relay only, and no answers", async () => {
    const relay = relayOf(state, A);
    const serverName = relay.serverName.replace(/^relay\./, 'driver.');
    const ca = await caOf(A);
    const on = async (host: Host, item: PipeItem) =>
      pipeOutcome(relay.driverPort!, serverName, ca, await identityOf(A, host), item);
    expect(await on('driver', queryItem())).toEqual(WRONG_ROLE);
    expect(await on('relay', answerItem())).toEqual(UNAUTHENTICATED);
  });
});

describe("a driver's port", () => {
  it("answers its own relay only: not a driver, an attestor, or another network's relay", async () => {
    for (const network of [A, C]) {
      const relay = relayOf(state, network);
      const port = relay.driverPort!;
      const serverName = relay.serverName.replace(/^relay\./, 'driver.');
      const ca = await caOf(network);
      for (const host of ['driver', ...(network === C ? (['attestor-org1'] as const) : [])] as const) {
        const caller = rawClient(METHODS, port, serverName, ca, await identityOf(network, host));
        expect(await outcome(caller.call('RequestDriverState', query()))).toEqual(WRONG_ROLE);
        caller.close();
      }
      const stranger = rawClient(
        METHODS,
        port,
        serverName,
        ca,
        await identityOf(network === A ? C : A, 'relay'),
      );
      expect(await outcome(stranger.call('RequestDriverState', query()))).toMatchObject(NO_HANDSHAKE);
      stranger.close();
      // Its own relay's certificate gets past the role check to the query, refused here as malformed.
      const own = rawClient(METHODS, port, serverName, ca, await identityOf(network, 'relay'));
      expect(await outcome(own.call('RequestDriverState', Buffer.from([0x0a, 0xff])))).toEqual({
        code: grpc.status.INVALID_ARGUMENT,
        weft: 'REQUEST_INVALID',
      });
      own.close();
    }
  });
});

describe("an attestor's port", () => {
  it("answers its network's driver only: not its relay, another attestor, a stranger", async () => {
    const config = JSON.parse(await readFile(join(relayOf(state, C).dir, 'attestor-org1.json'), 'utf8'));
    const serverName = relayOf(state, C).serverName.replace(/^relay\./, 'attestor-org1.');
    const ca = await caOf(C);
    for (const host of ['relay', 'attestor-org2', 'attestor-org1'] as const) {
      const caller = rawClient(METHODS, config.port, serverName, ca, await identityOf(C, host));
      expect(await outcome(caller.call('Attest', Buffer.alloc(0)))).toEqual(WRONG_ROLE);
      caller.close();
    }
    const stranger = rawClient(METHODS, config.port, serverName, ca, await identityOf(A, 'driver'));
    expect(await outcome(stranger.call('Attest', Buffer.alloc(0)))).toMatchObject(NO_HANDSHAKE);
    stranger.close();
    const anonymous = rawClient(METHODS, config.port, serverName, ca);
    expect(await outcome(anonymous.call('Attest', Buffer.alloc(0)))).toMatchObject(NO_HANDSHAKE);
    anonymous.close();
    const driver = rawClient(METHODS, config.port, serverName, ca, await identityOf(C, 'driver'));
    expect(await outcome(driver.call('Attest', Buffer.alloc(0)))).toEqual({
      code: grpc.status.INVALID_ARGUMENT,
      weft: 'REQUEST_INVALID',
    });
    driver.close();
  });
});

// ----------------------------------------------------------------------- servers in the wrong role

interface Endpoint {
  readonly address: string;
  readonly serverName: string;
}

/** Every certificate `weft up` issues carries these names: only the role tells the components apart. */
const SHARED_NAME = 'localhost';

const configFile = async (network: string, file: string) =>
  JSON.parse(await readFile(join(relayOf(state, network).dir, file), 'utf8'));

/**
 * A second path from a client of fabric-a to evm-c, through relays and a driver started here from the
 * topology's own configuration files: a client of a -> relay a' -> relay c' -> EVM driver c'' -> attestors.
 * Any hop may instead be pointed at a server of another role.
 */
async function throughSecondPath(
  hops: { readonly peerC?: Endpoint; readonly driverOfC?: Endpoint; readonly attestors?: AttestorEndpoint[] },
  run: (client: WeftClient, address: string) => Promise<void>,
): Promise<void> {
  const [aPort, cPort, dPort] = (await allocatePorts(3)) as [number, number, number];
  const stops: Array<() => Promise<void>> = [];
  const relayConfig = async (network: string): Promise<RelayConfig> => {
    const dir = relayOf(state, network).dir;
    return parseRelayConfig(await configFile(network, 'relay.json'), 'test', dir);
  };
  try {
    const aConfig = await relayConfig(A);
    const a = await startRelay({
      ...aConfig,
      clientPort: 0,
      relayPort: aPort,
      storeDir: join(await tempDir('roles-a'), 'store'),
      peers: aConfig.peers.map((p) =>
        p.networkId === C ? { ...p, ...(hops.peerC ?? { address: `127.0.0.1:${cPort}` }) } : p,
      ),
    });
    stops.push(() => a.stop());
    if (!hops.peerC) {
      const cConfig = await relayConfig(C);
      const c = await startRelay({
        ...cConfig,
        clientPort: 0,
        relayPort: cPort,
        storeDir: join(await tempDir('roles-c'), 'store'),
        peers: cConfig.peers.map((p) => (p.networkId === A ? { ...p, address: `127.0.0.1:${aPort}` } : p)),
        driver: hops.driverOfC ?? { ...cConfig.driver!, address: `127.0.0.1:${dPort}` },
      });
      stops.push(() => c.stop());
      if (!hops.driverOfC) {
        const dir = relayOf(state, C).dir;
        const dConfig = parseEvmDriverConfig(await configFile(C, 'driver.json'), 'test', dir);
        const driver = await startEvmDriver({
          ...dConfig,
          port: dPort,
          relay: { ...dConfig.relay, address: `127.0.0.1:${cPort}` },
          evm: { ...dConfig.evm, attestors: hops.attestors ?? dConfig.evm.attestors },
        });
        stops.push(() => driver.stop());
      }
    }
    const local = await openLocalClient(state, A, { relayPort: a.clientPort });
    stops.push(async () => local.close());
    const key = `k-${randomUUID().slice(0, 8)}`;
    await writeSample(evmNetwork(state, C), key, 'the value on evm-c');
    await run(local.client, expandAddress(state, sampleAddress(evmNetwork(state, C), key)));
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

async function failure(action: Promise<unknown>): Promise<unknown> {
  try {
    await action;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('a server in another role', () => {
  it('the second path, every hop in its role, delivers a verified view', async () => {
    await throughSecondPath({}, async (client, address) => {
      const view = await client.requestView(address, { timeoutMs: 20_000 });
      expect(Buffer.from(view.value).toString('hex')).toContain(
        Buffer.from('the value on evm-c').toString('hex'),
      );
    });
  }, 60_000);

  it("a peer relay's endpoint served with a driver's certificate: the relay refuses it, WRONG_ROLE", async () => {
    const cDriver = `127.0.0.1:${relayOf(state, C).driverPort}`;
    await throughSecondPath(
      { peerC: { address: cDriver, serverName: SHARED_NAME } },
      async (client, address) => {
        const error = await failure(client.requestView(address, { timeoutMs: 20_000 }));
        expect(isWeftError(error, 'WRONG_ROLE')).toBe(true);
        expect((error as Error).message).toContain(
          "the server localhost presents a driver's certificate where a relay's is expected",
        );
      },
    );
  }, 60_000);

  it("a driver endpoint served with a relay's certificate: the relay refuses to use it, WRONG_ROLE", async () => {
    // evm-c's own relay port: a real server holding evm-c's relay certificate.
    const cRelay = `127.0.0.1:${relayOf(state, C).relayPort}`;
    await throughSecondPath(
      { driverOfC: { address: cRelay, serverName: SHARED_NAME } },
      async (client, address) => {
        const error = await failure(client.requestView(address, { timeoutMs: 20_000 }));
        // The source relay refused its driver and answered so; the client hears it as the source's error.
        expect(isWeftError(error, 'REMOTE_ERROR')).toBe(true);
        expect((error as Error).message).toContain(
          "WRONG_ROLE: the server localhost presents a relay's certificate where a driver's is expected",
        );
      },
    );
  }, 60_000);

  it("an attestor endpoint served with a relay's or a driver's certificate: the driver refuses it, WRONG_ROLE", async () => {
    const real = parseEvmDriverConfig(await configFile(C, 'driver.json'), 'test', relayOf(state, C).dir).evm
      .attestors;
    const impostors = [
      { ...real[0]!, address: `127.0.0.1:${relayOf(state, C).relayPort}`, serverName: SHARED_NAME },
      { ...real[1]!, address: `127.0.0.1:${relayOf(state, C).driverPort}`, serverName: SHARED_NAME },
    ];
    await throughSecondPath({ attestors: impostors }, async (client, address) => {
      const error = await failure(client.requestView(address, { timeoutMs: 20_000 }));
      const message = (error as Error).message;
      expect(message).toContain('[WRONG_ROLE] no attestor answered');
      expect(message).toContain(
        "attestor of Org1: the server localhost presents a relay's certificate where an attestor's is expected",
      );
      expect(message).toContain(
        "attestor of Org2: the server localhost presents a driver's certificate where an attestor's is expected",
      );
    });
  }, 60_000);

  it("a relay endpoint served with an attestor's certificate: the driver never hands it the answer", async () => {
    const dir = relayOf(state, C).dir;
    const config = parseEvmDriverConfig(await configFile(C, 'driver.json'), 'test', dir);
    const attestor = config.evm.attestors[0]!;
    const events: Array<Record<string, unknown>> = [];
    const driver = await startEvmDriver(
      { ...config, port: 0, relay: { address: attestor.address, serverName: SHARED_NAME } },
      { log: (event) => events.push(event) },
    );
    const serverName = relayOf(state, C).serverName.replace(/^relay\./, 'driver.');
    const asRelay = rawClient(METHODS, driver.port, serverName, await caOf(C), await identityOf(C, 'relay'));
    try {
      const key = `k-${randomUUID().slice(0, 8)}`;
      await asRelay.call(
        'RequestDriverState',
        query(expandAddress(state, sampleAddress(evmNetwork(state, C), key))),
      );
      const refused = await waitFor(async () => events.find((e) => e.event === 'answer-refused'), {
        what: 'the answer refused',
        timeoutMs: 15_000,
        intervalMs: 50,
      });
      expect(refused.error).toBe(
        "[WRONG_ROLE] the server localhost presents an attestor's certificate where a relay's is expected",
      );
      // Refused once, for good: not retried, never delivered.
      expect(events.filter((e) => e.event === 'answered' || e.event === 'answer-retry')).toEqual([]);
    } finally {
      asRelay.close();
      await driver.stop();
    }
  }, 30_000);

  it("a client whose relay endpoint is served with a driver's certificate refuses it, WRONG_ROLE", async () => {
    const a = fabricNetwork(state, A);
    const c = evmNetwork(state, C);
    const org = a.orgs[0]!;
    const client = createWeftClient({
      relay: {
        address: `127.0.0.1:${relayOf(state, A).driverPort}`,
        serverName: SHARED_NAME,
        ca: await caOf(A),
      },
      networkId: A,
      identity: {
        mspId: org.mspId,
        certificate: await readFile(org.client.certFile, 'utf8'),
        privateKey: await readFile(org.client.keyFile, 'utf8'),
      },
      trust: staticTrust({
        [C]: trustFromRecord(C, JSON.stringify(await membershipRecord(c)), defaultPolicy(c)),
      }),
    });
    try {
      const error = await failure(
        client.requestView(expandAddress(state, sampleAddress(c, 'k1')), { timeoutMs: 10_000 }),
      );
      expect(isWeftError(error, 'WRONG_ROLE')).toBe(true);
      expect((error as Error).message).toContain(
        "the server localhost presents a driver's certificate where a relay's is expected",
      );
    } finally {
      client.close();
    }
  });
});
