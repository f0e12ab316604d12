/**
 * Fabric to Fabric through the relays, on real networks: a client of a asks a's relay for b's asset; b's
 * relay has b's driver gather b's endorsements; the view comes back, is verified by the client, committed
 * on a, and used by a's application. Then what goes wrong: relays restarted mid-request, a relay that
 * tampers with the view, strangers on the relay port, malformed and oversized messages.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { isWeftError } from '../../common/errors.js';
import { cacheDir, packageRoot } from '../../common/paths.js';
import { waitFor } from '../../common/wait.js';
import { type BatchRequest, batchQueryBytes, readEndorsedBatch } from '../../ledgers/fabric/batch.js';
import { requestSignerOf } from '../../ledgers/registry.js';
import { messageType, weft } from '../../protos/index.js';
import { parseRelayConfig } from '../../relay/config.js';
import { startRelay } from '../../relay/relay.js';
import { submitView, type VerifiedView } from '../../sdk/client.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { down, up } from '../../topology/launcher.js';
import { type ProcessRecord, startProcess, stopProcess } from '../../topology/process.js';
import { fabricNetwork, type ManagedProcess, relayOf, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { encodeMessage } from '../../transport/grpc.js';
import { rawClient } from '../support/raw-client.js';
import { tempDir } from '../support/temp.js';

const WEFT = join(packageRoot(), 'bin', 'weft.js');
let stateDir: string;
let state: TopologyState;
let a: LocalClient;
/** Processes this file started itself (restarted relays and drivers): stopped by PID at the end. */
const started: ProcessRecord[] = [];

async function putOnB(key: string, value: string): Promise<string> {
  const b = fabricNetwork(state, 'b');
  await writeSample(b, key, value);
  return expandAddress(state, sampleAddress(b, key));
}

const processOf = (network: string, role: string): ManagedProcess =>
  state.processes.find((p) => p.network === network && p.role === role)!;

/** Restarts a relay or driver from its configuration file, as its operator would. */
async function restart(network: string, role: 'relay' | 'driver'): Promise<ProcessRecord> {
  const dir = relayOf(state, network).dir;
  const { record } = await startProcess({
    name: `${network}/${role}-restarted`,
    command: process.execPath,
    args: [WEFT, role, 'start', '--config', join(dir, `${role}.json`)],
    logFile: join(dir, `${role}-restarted.log`),
  });
  started.push(record);
  return record;
}

const RELAY_METHODS = {
  NetworkRequestState: '/networks.networks.Network/RequestState',
  GetState: '/networks.networks.Network/GetState',
  SendState: '/relay.datatransfer.DataTransfer/SendState',
  RequestState: '/relay.datatransfer.DataTransfer/RequestState',
} as const;

async function grpcFailure(action: Promise<unknown>): Promise<grpc.ServiceError> {
  try {
    await action;
  } catch (error) {
    return error as grpc.ServiceError;
  }
  throw new Error('expected the call to fail');
}

/** The TLS identity of a network's relay or driver, as an attacker who stole it (or the operator) holds it. */
async function tlsIdentity(network: string, role: 'relay' | 'driver') {
  const config = JSON.parse(await readFile(join(relayOf(state, network).dir, `${role}.json`), 'utf8'));
  return { cert: await readFile(config.tls.certFile), key: await readFile(config.tls.keyFile) };
}

/** The id a's relay gave the request for `address`, from its logs (the first run's and a restarted one's). */
async function requestIdFor(address: string): Promise<string> {
  const dir = relayOf(state, 'a').dir;
  return waitFor(
    async () => {
      for (const file of ['relay.log', 'relay-restarted.log']) {
        const text = await readFile(join(dir, file), 'utf8').catch(() => '');
        const events = text
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l));
        const line = events.find((e) => e.event === 'forwarded' && e.address === address);
        if (line) return line.requestId as string;
      }
      return undefined;
    },
    { what: 'the request in the relay log', timeoutMs: 10_000, intervalMs: 50 },
  );
}

beforeAll(async () => {
  stateDir = await tempDir('relay');
  state = await up(
    parseTopology(
      'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  a = await openLocalClient(state, 'a');
}, 240_000);

afterAll(async () => {
  a?.close();
  await Promise.all(started.map((p) => stopProcess(p)));
  await down({ stateDir });
}, 60_000);

describe('a view of b, requested by a client of a through the relays', () => {
  it("is verified, committed on a once, and used by a's application", async () => {
    const address = await putOnB(`asset-${randomUUID()}`, 'the value on b');
    const view = await a.client.requestView(address);
    expect(Buffer.from(view.value).toString()).toBe('the value on b');
    expect([...view.orgs].sort()).toEqual(['Org1MSP', 'Org2MSP']);
    expect(view.policy).toBe('AND(Org1MSP, Org2MSP)');

    const committed = await submitView(a.interop, view);
    expect(Buffer.from(committed.value).toString()).toBe('the value on b');
    expect(Buffer.from(await a.assets.evaluateTransaction('GetRemote', address)).toString()).toBe(
      'the value on b',
    );
    // The same view again: its nonce is spent.
    await expect(submitView(a.interop, view)).rejects.toMatchObject({
      code: 'LEDGER_CALL_FAILED',
      message: expect.stringContaining('NONCE_REPLAYED'),
    });
  });

  it('is what `weft query --commit --json` prints', async () => {
    const key = `asset-${randomUUID()}`;
    await putOnB(key, 'queried from the command line');
    const { stdout } = await promisify(execFile)(process.execPath, [
      WEFT,
      'query',
      `b/weft:assets:Get:${key}`,
      '--from',
      'a',
      '--commit',
      '--json',
      '--state-dir',
      stateDir,
    ]);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({
      value: 'queried from the command line',
      verified: true,
      policy: 'AND(Org1MSP, Org2MSP)',
      committed: { readBack: 'queried from the command line' },
    });
    expect(printed.endorsingOrgs.sort()).toEqual(['Org1MSP', 'Org2MSP']);
  });

  it('is refused by the source when the request is signed with another key', async () => {
    const org2Key = await readFile(fabricNetwork(state, 'a').orgs[1]!.client.keyFile, 'utf8');
    const forger = await openLocalClient(state, 'a', { identity: { privateKey: org2Key } });
    try {
      const address = await putOnB(`asset-${randomUUID()}`, 'x');
      await expect(forger.client.requestView(address)).rejects.toMatchObject({
        code: 'REMOTE_ERROR',
        message: expect.stringContaining('BAD_REQUEST_SIGNATURE'),
      });
    } finally {
      forger.close();
    }
  });
});

describe('views of b asked for at once by many clients of a (the batch form)', () => {
  it('are answered by shared endorsements (24 at once), each verified as its own request and committed once', async () => {
    const address = await putOnB(`asset-${randomUUID()}`, 'one value, many readers');
    const views = await Promise.all(Array.from({ length: 24 }, () => a.client.requestView(address)));
    const leaves = views.map((v) => weft.fabric.FabricViewBytes.decode(v.proof).batch_leaf);
    const batched = views.filter((_, i) => leaves[i]);
    // Two go out at once, alone (the driver's two slots); what arrives meanwhile shares an endorsement.
    expect(batched.length).toBeGreaterThanOrEqual(2);
    expect(new Set(views.map((v) => v.nonce)).size).toBe(24);
    for (const view of views) expect(Buffer.from(view.value).toString()).toBe('one value, many readers');
    // Two views of one batch, committed on a: a's interop chaincode verifies each as its own request.
    for (const view of batched.slice(0, 2)) {
      expect(Buffer.from((await submitView(a.interop, view)).value).toString()).toBe(
        'one value, many readers',
      );
    }
    await expect(submitView(a.interop, batched[0]!)).rejects.toMatchObject({
      message: expect.stringContaining('NONCE_REPLAYED'),
    });
  });

  it('answer a request the source refuses with its own refusal, and the others asked with it with views', async () => {
    const org2Key = await readFile(fabricNetwork(state, 'a').orgs[1]!.client.keyFile, 'utf8');
    const forger = await openLocalClient(state, 'a', { identity: { privateKey: org2Key } });
    try {
      const address = await putOnB(`asset-${randomUUID()}`, 'for the honest');
      const asks = Array.from({ length: 10 }, (_, i) =>
        i === 5 ? forger.client.requestView(address) : a.client.requestView(address),
      );
      const settled = await Promise.allSettled(asks);
      expect(settled[5]).toMatchObject({
        status: 'rejected',
        reason: { code: 'REMOTE_ERROR', message: expect.stringContaining('BAD_REQUEST_SIGNATURE') },
      });
      const honest = settled.filter((_, i) => i !== 5);
      for (const outcome of honest) expect(outcome.status).toBe('fulfilled');
    } finally {
      forger.close();
    }
  });

  it("are refused as a whole by b's QueryBatch when one of them is forged, and endorsed together when none is", async () => {
    const address = await putOnB(`asset-${randomUUID()}`, 'asked by three');
    const orgA = fabricNetwork(state, 'a').orgs;
    const signer = (org: (typeof orgA)[number], keyOf = org) =>
      requestSignerOf({
        mspId: org.mspId,
        certificate: readFileSync(org.client.certFile, 'utf8'),
        privateKey: readFileSync(keyOf.client.keyFile, 'utf8'),
      });
    const request = (sign: ReturnType<typeof signer>) => {
      const nonce = randomUUID();
      return { nonce, certificate: sign.identity, signature: sign.sign(address, nonce) };
    };
    const honest = [request(signer(orgA[0]!)), request(signer(orgA[1]!)), request(signer(orgA[0]!))];
    // Org1's certificate, signed with Org2's key: what the source must refuse.
    const forged = request(signer(orgA[0]!, orgA[1]!));
    const connection = await connectGateway(fabricNetwork(state, 'b').orgs[0]!);
    try {
      const interop = connection.gateway.getNetwork('weft').getContract('interop');
      const ask = (requests: BatchRequest[]) =>
        interop.evaluate('QueryBatch', {
          arguments: [address, 'a', Buffer.from(batchQueryBytes(requests)).toString('base64')],
        });
      await expect(ask([honest[0]!, forged, honest[1]!])).rejects.toMatchObject({
        message: expect.stringContaining('BAD_REQUEST_SIGNATURE'),
      });
      const endorsed = readEndorsedBatch(await ask(honest));
      expect(endorsed).toMatchObject({ leaves: 3 });
      expect(Buffer.from(endorsed!.payload).toString()).toBe('asked by three');
    } finally {
      connection.close();
    }
  });
});

describe('a confidential view of b', () => {
  it('travels encrypted to the client, is committed on a in clear once the commitment opens', async () => {
    const address = await putOnB(`asset-${randomUUID()}`, 'a secret on b');
    const view = await a.client.requestView(address, { confidential: true });
    expect(Buffer.from(view.value).toString()).toBe('a secret on b');
    // What the relays carried: the endorsed view, without the value in it.
    expect(Buffer.from(view.proof).includes(Buffer.from('a secret on b'))).toBe(false);

    // Through plain SubmitView, or with contents that claim another value: refused.
    await expect(
      submitView(a.interop, { ...view, confidentialContents: undefined } as never),
    ).rejects.toMatchObject({
      message: expect.stringContaining('CONFIDENTIAL_VIEW'),
    });
    const Contents = messageType('common.interop_payload.ConfidentialPayloadContents');
    const opened = Contents.toObject(Contents.decode(view.confidentialContents!), { bytes: Buffer });
    const lying = Contents.encode(
      Contents.create({ ...opened, payload: Buffer.from('another value') }),
    ).finish();
    await expect(submitView(a.interop, { ...view, confidentialContents: lying })).rejects.toMatchObject({
      message: expect.stringContaining('COMMITMENT_MISMATCH'),
    });

    await submitView(a.interop, view);
    expect(Buffer.from(await a.assets.evaluateTransaction('GetRemote', address)).toString()).toBe(
      'a secret on b',
    );
  });
});

describe('relays restarted while a request is in flight', () => {
  it('complete the request after the restart: nothing lost, committed once', async () => {
    const address = await putOnB(`asset-${randomUUID()}`, 'survives restarts');
    // b's driver is down: the request waits at b's relay.
    await stopProcess(processOf('b', 'driver'));
    const pending = a.client.requestView(address, { timeoutMs: 60_000 });
    pending.catch(() => {});
    await requestIdFor(address);
    // Both relays go down and come back; then the driver.
    await Promise.all([stopProcess(processOf('a', 'relay')), stopProcess(processOf('b', 'relay'))]);
    await Promise.all([restart('a', 'relay'), restart('b', 'relay')]);
    await restart('b', 'driver');
    const view: VerifiedView = await pending;
    expect(Buffer.from(view.value).toString()).toBe('survives restarts');
    const log = await readFile(join(relayOf(state, 'b').dir, 'relay-restarted.log'), 'utf8');
    expect(JSON.parse(log.split('\n')[0]!)).toMatchObject({ event: 'started', resumed: 1 });
    await submitView(a.interop, view);
    await expect(submitView(a.interop, view)).rejects.toMatchObject({
      message: expect.stringContaining('NONCE_REPLAYED'),
    });
  }, 120_000);
});

describe('attacks on the relay path', () => {
  it("a relay that changes the view in transit: the client's verification rejects it", async () => {
    const honest = await a.client.requestView(await putOnB(`asset-${randomUUID()}`, 'the value on b'));
    const driver = started.find((p) => p.name === 'b/driver-restarted')!;
    await stopProcess(driver);
    const address = await putOnB(`asset-${randomUUID()}`, 'the value on b');
    const pending = a.client.requestView(address, { timeoutMs: 30_000 });
    pending.catch(() => {});
    const requestId = await requestIdFor(address);
    // b's relay (its key stolen, or its operator malicious) answers with an altered copy of a real view.
    const tampered = Buffer.from(honest.proof);
    tampered.write('the value on x', tampered.indexOf('the value on b'));
    const relayA = relayOf(state, 'a');
    const asB = rawClient(
      RELAY_METHODS,
      relayA.relayPort,
      relayA.serverName,
      await readFile(relayA.caFile),
      await tlsIdentity('b', 'relay'),
    );
    try {
      await asB.call(
        'SendState',
        encodeMessage('common.state.ViewPayload', {
          request_id: requestId,
          view: { meta: { protocol: 3 }, data: tampered },
        }),
      );
    } finally {
      asB.close();
    }
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isWeftError(error, 'VIEW_INVALID')).toBe(true);
    expect(error).toMatchObject({ context: { failure: 'BAD_SIGNATURE' } });
    await restart('b', 'driver');
  }, 60_000);

  it('refuses answers from anyone but the relay the request went to, and strangers without a certificate', async () => {
    const relayA = relayOf(state, 'a');
    const ca = await readFile(relayA.caFile);
    const payload = encodeMessage('common.state.ViewPayload', { request_id: randomUUID(), error: 'forged' });
    // a's own driver is not b's relay.
    const asDriver = rawClient(
      RELAY_METHODS,
      relayA.relayPort,
      relayA.serverName,
      ca,
      await tlsIdentity('a', 'driver'),
    );
    expect((await grpcFailure(asDriver.call('SendState', payload))).details).toContain('[UNAUTHENTICATED]');
    asDriver.close();
    // The client port, which never asks for a certificate, does not serve DataTransfer at all.
    const stranger = rawClient(RELAY_METHODS, relayA.clientPort, relayA.serverName, ca);
    expect((await grpcFailure(stranger.call('SendState', payload))).code).toBe(grpc.status.UNIMPLEMENTED);
    expect((await grpcFailure(stranger.call('RequestState', payload))).code).toBe(grpc.status.UNIMPLEMENTED);
    stranger.close();
    // Without a client certificate the relay port does not even complete the handshake.
    const noCert = rawClient(RELAY_METHODS, relayA.relayPort, relayA.serverName, ca);
    expect((await grpcFailure(noCert.call('SendState', payload))).code).toBe(grpc.status.UNAVAILABLE);
    noCert.close();
  });

  it('refuses new requests once a relay holds its limit of open ones', async () => {
    // A second relay for a, configured like a's own but holding at most one open request.
    const dir = relayOf(state, 'a').dir;
    const config = parseRelayConfig(JSON.parse(await readFile(join(dir, 'relay.json'), 'utf8')), 'test', dir);
    const small = await startRelay({
      ...config,
      clientPort: 0,
      relayPort: 0,
      storeDir: join(await tempDir('relay-small'), 'store'),
      limits: { ...config.limits, maxPending: 1 },
    });
    const local = await openLocalClient(state, 'a', { relayPort: small.clientPort });
    const { client } = local;
    try {
      const address = await putOnB(`asset-${randomUUID()}`, 'x');
      // b answers a's configured relay, not this one: the first request stays open.
      const first = client.requestView(address, { timeoutMs: 3_000 });
      first.catch(() => {});
      await waitFor(async () => (small.pendingCount() === 1 ? true : undefined), {
        what: 'one open request',
        timeoutMs: 5_000,
      });
      await expect(client.requestView(address)).rejects.toMatchObject({ code: 'OVERLOADED' });
    } finally {
      local.close();
      await small.stop();
    }
  });

  it('answers malformed, oversized and unknown requests with typed errors', async () => {
    const relayA = relayOf(state, 'a');
    const client = rawClient(
      RELAY_METHODS,
      relayA.clientPort,
      relayA.serverName,
      await readFile(relayA.caFile),
    );
    try {
      const malformed = await grpcFailure(
        client.call('NetworkRequestState', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])),
      );
      expect(malformed.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(malformed.details).toContain('[REQUEST_INVALID]');
      const oversized = await grpcFailure(
        client.call('NetworkRequestState', Buffer.alloc(5 * 1024 * 1024, 0x20)),
      );
      expect(oversized.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
      expect(oversized.details).toContain('[MESSAGE_TOO_LARGE]');
      const unknown = await grpcFailure(
        client.call(
          'GetState',
          encodeMessage('networks.networks.GetStateMessage', { request_id: randomUUID() }),
        ),
      );
      expect(unknown.code).toBe(grpc.status.NOT_FOUND);
      const ownNetwork = await grpcFailure(
        client.call(
          'NetworkRequestState',
          encodeMessage('networks.networks.NetworkQuery', {
            address: expandAddress(state, 'a/weft:assets:Get:k'),
            certificate: '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----',
            requestor_signature: 'AA==',
            nonce: 'n',
          }),
        ),
      );
      expect(ownNetwork.details).toContain("this relay's own network");
    } finally {
      client.close();
    }
  });
});
