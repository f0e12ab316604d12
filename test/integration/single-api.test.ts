/**
 * The single-API mode on real networks. One party of a source network runs the REST service, reads its own
 * ledger and signs its answers; the destination records that party (governance) and accepts what it signed
 * through its trusted-party entry point:
 *
 * - Fabric -> Fabric: fabric-b's Org1 (a P-256 Fabric identity) answers for fabric-b, accepted on fabric-a;
 * - EVM -> Fabric: a party of evm-c (a secp256k1 key) answers for evm-c, accepted on fabric-a;
 * - EVM -> EVM contract: the same answers accepted by WeftInterop on a separate anvil.
 *
 * Each destination's guarantees are carried out, not assumed: a value changed in transit, an answer signed
 * by another key, a replay and a party nobody recorded are refused; a lying party's value is accepted, which
 * is exactly what this mode trusts. Then the service's answers to bad requests.
 */

import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Contract as FabricContract } from '@hyperledger/fabric-gateway';
import { AbiCoder, Contract, getBytes, hexlify, toBeHex, toUtf8Bytes, Wallet, ZeroAddress } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress } from '../../cli/query.js';
import { openWriter, sampleAddress } from '../../cli/smoke.js';
import { WeftError } from '../../common/errors.js';
import { cacheDir, packageRoot } from '../../common/paths.js';
import { seededRandom } from '../../lab/fuzz/hostile.js';
import { fuzzHttpPort } from '../../lab/fuzz/http.js';
import { describeRun } from '../../lab/fuzz/run.js';
import { parseTrustedParty, signTrustedAnswer, type TrustedParty } from '../../ledgers/trusted-party.js';
import { fetchTrustedView } from '../../modes/single-api/client.js';
import { DEFAULT_MAX_REQUEST_BYTES } from '../../modes/single-api/config.js';
import {
  openApiFile,
  SINGLE_API_PATHS,
  type SingleApiServer,
  type SingleApiServerConfig,
  startSingleApiServer,
} from '../../modes/single-api/server.js';
import { encodeArgument } from '../../proofs/address.js';
import { type TrustedAnswer, trustedAnswerBytes } from '../../proofs/trusted-party.js';
import { setTrustedParty, submitTrustedView } from '../../sdk/evm-interop.js';
import { connectGateway, describeGatewayError, type FabricConnection } from '../../topology/fabric/client.js';
import { submitAllOnEveryPeer, submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import {
  type EvmNetworkState,
  evmNetwork,
  type FabricNetworkState,
  fabricNetwork,
  type NetworkState,
  type TopologyState,
} from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import { printGas } from '../support/gas.js';
import { schemathesis } from '../support/schemathesis.js';

const execFileAsync = promisify(execFile);

import { tempDir } from '../support/temp.js';

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

let stateDir: string;
let state: TopologyState | undefined;
let fabricA: FabricNetworkState;
let fabricB: FabricNetworkState;
let evmC: EvmNetworkState;
const connections: FabricConnection[] = [];
const servers: SingleApiServer[] = [];

/** fabric-b's Org1 client identity: the Fabric party, and how it reads its own ledger. */
let fabricPartyKey: { certificate: string; privateKey: string };
let fabricParty: TrustedParty;
let fabricService: SingleApiServer;
/** evm-c's party: a key of its own, used only to sign. */
const evmPartyWallet = Wallet.createRandom();
let evmParty: TrustedParty;
let evmService: SingleApiServer;

/** fabric-a's interop chaincode as its Org1 admin, and as its Org1 client; fabric-a's `assets`. */
let adminInteropA: FabricContract;
let interopA: FabricContract;
let assetsA: FabricContract;

/** A separate EVM destination: WeftInterop (as its owner, as a submitter, as a stranger) and AssetStore. */
let anvil: TestAnvil;
let owner: Contract;
let submitter: Contract;
let stranger: Contract;
let store: Contract;

beforeAll(async () => {
  stateDir = await tempDir('single-api');
  // Started first: its port is bound before the topology allocates its own.
  anvil = await startAnvil();
  state = await up(
    parseTopology(
      `networks:
  - { id: fabric-a, type: fabric, orgs: [Org1] }
  - { id: fabric-b, type: fabric, orgs: [Org1] }
  - { id: evm-c, type: evm, chainId: 41101, orgs: [Org1] }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  fabricA = fabricNetwork(state, 'fabric-a');
  fabricB = fabricNetwork(state, 'fabric-b');
  evmC = evmNetwork(state, 'evm-c');

  const orgB = fabricB.orgs[0]!;
  fabricPartyKey = {
    certificate: await readFile(orgB.client.certFile, 'utf8'),
    privateKey: await readFile(orgB.client.keyFile, 'utf8'),
  };
  fabricParty = parseTrustedParty(
    'fabric-b',
    JSON.stringify({ kind: 'fabric', certificate: fabricPartyKey.certificate }),
  );
  evmParty = parseTrustedParty(
    'evm-c',
    JSON.stringify({ kind: 'evm', address: evmPartyWallet.address.toLowerCase() }),
  );
  fabricService = await serve({
    networkId: 'fabric-b',
    org: orgB.mspId,
    party: { kind: 'fabric', ...fabricPartyKey },
    ledger: {
      kind: 'fabric',
      peerEndpoint: `127.0.0.1:${orgB.peer.port}`,
      peerHostAlias: orgB.peer.host,
      tlsCaFile: orgB.peer.tlsCaFile,
      mspId: orgB.mspId,
      certFile: orgB.client.certFile,
      keyFile: orgB.client.keyFile,
      channel: fabricB.channel,
    },
    operations: { host: '127.0.0.1', port: 0 },
  });
  evmService = await serve({
    networkId: 'evm-c',
    org: 'Org1',
    party: { kind: 'evm', privateKey: evmPartyWallet.privateKey },
    ledger: { kind: 'evm', rpcUrl: evmC.rpcUrl, chainId: evmC.chainId },
    operations: { host: '127.0.0.1', port: 0 },
  });

  const orgA = fabricA.orgs[0]!;
  const asAdmin = await connectGateway(orgA, orgA.admin);
  const asClient = await connectGateway(orgA);
  connections.push(asAdmin, asClient);
  adminInteropA = asAdmin.gateway.getNetwork(fabricA.channel).getContract('interop');
  interopA = asClient.gateway.getNetwork(fabricA.channel).getContract('interop');
  assetsA = asClient.gateway.getNetwork(fabricA.channel).getContract('assets');
  // fabric-a's governance records one trusted party for each source.
  await submitAllOnEveryPeer(fabricA, adminInteropA, [
    [
      'SetTrustedParty',
      'fabric-b',
      JSON.stringify({ kind: 'fabric', certificate: fabricPartyKey.certificate }),
    ],
    [
      'SetTrustedParty',
      'evm-c',
      JSON.stringify({ kind: 'evm', address: evmPartyWallet.address.toLowerCase() }),
    ],
  ]);

  const interop = await anvil.deploy('WeftInterop');
  const assetStore = await anvil.deploy('AssetStore', [interop.address]);
  const as = (i: number) => new Contract(interop.address, interop.abi as never[], anvil.signer(i));
  [owner, submitter, stranger] = [as(0), as(1), as(2)];
  store = new Contract(assetStore.address, assetStore.abi as never[], anvil.signer(1));
  await setTrustedParty(owner, 'evm-c', evmPartyWallet.address);
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const c of connections) c.close();
  await anvil?.stop();
  if (state) await down({ stateDir });
}, 60_000);

async function serve(config: SingleApiServerConfig): Promise<SingleApiServer> {
  const server = await startSingleApiServer(config);
  servers.push(server);
  return server;
}

/** Writes `value` under a fresh key of a network's sample application; returns the view's full address. */
async function put(network: NetworkState, value: string): Promise<string> {
  const key = `k-${randomUUID().slice(0, 8)}`;
  const writer = await openWriter(network);
  try {
    await writer.write(key, value);
  } finally {
    writer.close();
  }
  return addressOf(network, key);
}

function addressOf(network: NetworkState, key: string): string {
  return expandAddress(state!, sampleAddress(network, key));
}

const nonce = () => `n-${randomUUID()}`;

const changed = (bytes: Uint8Array, at = bytes.length - 1) => {
  const copy = Uint8Array.from(bytes);
  copy[at] = copy[at]! ^ 1;
  return copy;
};

/** Submits an answer to fabric-a's trusted-party entry point as fabric-a's client; returns the value. */
async function submitOnA(answer: TrustedAnswer): Promise<Uint8Array> {
  return submitOnEveryPeer(
    fabricA,
    interopA,
    'SubmitTrustedView',
    answer.address,
    answer.nonce,
    Buffer.from(answer.value).toString('base64'),
    Buffer.from(answer.signature).toString('base64'),
  );
}

async function remoteOnA(address: string): Promise<{ text: string; bytes: Uint8Array }> {
  return {
    text: Buffer.from(await assetsA.evaluateTransaction('GetRemote', address)).toString('utf8'),
    bytes: await interopA.evaluateTransaction('GetVerifiedView', address),
  };
}

/** The message of a rejection (a Gateway error with each peer's reason, or a WeftError). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return describeGatewayError(error);
  }
  throw new Error('expected a refusal');
}

describe("the single-API service's operations endpoint", () => {
  it('is ready while its ledger answers, and counts the answers it served by route and status', async () => {
    for (const service of [fabricService, evmService]) {
      const base = `http://127.0.0.1:${service.operationsPort}`;
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { checks: unknown }).checks).toEqual({ ledger: 'ok' });
      await fetch(`${service.url}/no-such-route`);
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toMatch(/weft_single_api_request_duration_seconds_count\{[^}]*status="404"[^}]*\} [1-9]/);
    }
  });
});

describe('Fabric -> Fabric: a Fabric party of fabric-b, accepted on fabric-a', () => {
  it('serves a value of its own ledger, signed, and fabric-a accepts it once; the app reads it', async () => {
    const address = await put(fabricB, 'from fabric-b');
    const answer = await fetchTrustedView(fabricService.url, address, nonce(), { party: fabricParty });
    expect(answer.party).toEqual({
      networkId: 'fabric-b',
      org: 'Org1MSP',
      kind: 'fabric',
      identity: fabricPartyKey.certificate,
    });
    expect(Buffer.from(answer.value).toString()).toBe('from fabric-b');
    expect(Buffer.from(await submitOnA(answer)).toString()).toBe('from fabric-b');
    expect((await remoteOnA(address)).text).toBe('from fabric-b');
    expect(await refusal(submitOnA(answer))).toContain('NONCE_REPLAYED');
  });

  it('refuses a value changed in transit, another key, a party nobody recorded; accepts a lying party', async () => {
    const address = await put(fabricB, 'the truth');
    const answer = await fetchTrustedView(fabricService.url, address, nonce());
    expect(await refusal(submitOnA({ ...answer, value: changed(answer.value) }))).toContain(
      'BAD_PARTY_SIGNATURE',
    );
    // A real Fabric identity, of another network: not the party fabric-a recorded.
    const orgA = fabricA.orgs[0]!;
    const otherKey = { kind: 'fabric' as const, privateKey: await readFile(orgA.client.keyFile, 'utf8') };
    expect(await refusal(submitOnA({ ...answer, signature: signTrustedAnswer(otherKey, answer) }))).toContain(
      'BAD_PARTY_SIGNATURE',
    );
    const partyKey = { kind: 'fabric' as const, privateKey: fabricPartyKey.privateKey };
    const elsewhere = address.replace('/fabric-b/', '/fabric-z/');
    const unrecorded = { ...answer, address: elsewhere };
    expect(
      await refusal(submitOnA({ ...unrecorded, signature: signTrustedAnswer(partyKey, unrecorded) })),
    ).toContain('UNTRUSTED_PARTY');
    // The refusals spent nothing: the honest answer is still accepted.
    await submitOnA(answer);
    expect((await remoteOnA(address)).text).toBe('the truth');

    // The party signs what is not on its ledger: single-API trusts it, so fabric-a takes it.
    const lie = { address, nonce: nonce(), value: toUtf8Bytes('a lie') };
    await submitOnA({ ...lie, signature: signTrustedAnswer(partyKey, lie) });
    expect((await remoteOnA(address)).text).toBe('a lie');
  });

  it("lets only fabric-a's admins record a trusted party", async () => {
    const record = JSON.stringify({ kind: 'evm', address: Wallet.createRandom().address.toLowerCase() });
    expect(
      await refusal(submitOnEveryPeer(fabricA, interopA, 'SetTrustedParty', 'fabric-b', record)),
    ).toContain('NOT_ADMIN');
    expect(
      await refusal(submitOnEveryPeer(fabricA, adminInteropA, 'SetTrustedParty', 'fabric-b', '{"kind":"x"}')),
    ).toContain('INVALID_TRUSTED_PARTY');
    const recorded = Buffer.from(
      await interopA.evaluateTransaction('GetTrustedParty', 'fabric-b'),
    ).toString();
    expect(JSON.parse(recorded)).toEqual({ kind: 'fabric', certificate: fabricPartyKey.certificate });
  });
});

describe('EVM -> Fabric: an EVM party of evm-c, accepted on fabric-a', () => {
  it('serves a call result of its own node, and fabric-a accepts it once', async () => {
    const address = await put(evmC, 'from evm-c');
    const answer = await fetchTrustedView(evmService.url, address, nonce(), { party: evmParty });
    expect(answer.party).toMatchObject({
      networkId: 'evm-c',
      kind: 'evm',
      identity: evmPartyWallet.address.toLowerCase(),
    });
    expect(AbiCoder.defaultAbiCoder().decode(['string'], answer.value)[0]).toBe('from evm-c');
    await submitOnA(answer);
    const remote = await remoteOnA(address);
    expect(hexlify(remote.bytes)).toBe(hexlify(answer.value));
    expect(remote.text).toBe(Buffer.from(answer.value).toString('utf8'));
    expect(await refusal(submitOnA(answer))).toContain('NONCE_REPLAYED');
  });

  it('refuses a changed value and another key; accepts a lying party', async () => {
    const address = await put(evmC, 'honest');
    const answer = await fetchTrustedView(evmService.url, address, nonce());
    expect(await refusal(submitOnA({ ...answer, value: changed(answer.value) }))).toContain(
      'BAD_PARTY_SIGNATURE',
    );
    const otherKey = { kind: 'evm' as const, privateKey: Wallet.createRandom().privateKey };
    expect(await refusal(submitOnA({ ...answer, signature: signTrustedAnswer(otherKey, answer) }))).toContain(
      'BAD_PARTY_SIGNATURE',
    );
    const lie = { address, nonce: nonce(), value: AbiCoder.defaultAbiCoder().encode(['string'], ['a lie']) };
    const lying = { ...lie, value: getBytes(lie.value) };
    await submitOnA({
      ...lying,
      signature: signTrustedAnswer({ kind: 'evm', privateKey: evmPartyWallet.privateKey }, lying),
    });
    expect(AbiCoder.defaultAbiCoder().decode(['string'], (await remoteOnA(address)).bytes)[0]).toBe('a lie');
  });
});

describe("EVM -> EVM contract: evm-c's party, accepted by WeftInterop on another chain", () => {
  const partyKey = () => ({ kind: 'evm' as const, privateKey: evmPartyWallet.privateKey });

  it('verifies the party with ecrecover, spends the nonce and hands the value to the app', async () => {
    const address = await put(evmC, 'to the contract');
    const answer = await fetchTrustedView(evmService.url, address, nonce(), { party: evmParty });
    const accepted = await submitTrustedView(submitter, answer, await store.getAddress());
    expect(hexlify(accepted.value)).toBe(hexlify(answer.value));
    expect(await store.getFunction('getRemote')(address)).toBe(hexlify(answer.value));
    expect(await owner.getFunction('verified')('evm-c', answer.nonce, address, answer.value)).toBe(true);
    printGas('single-API view on EVM', accepted.gasUsed);
    expect(await refusal(submitTrustedView(submitter, answer, ZeroAddress))).toContain('NonceReplayed');
    // The interop contract's own share: the same kind of answer, its value handed to no application.
    const bare = await fetchTrustedView(evmService.url, address, nonce());
    printGas(
      'single-API view on EVM, value kept by no app',
      (await submitTrustedView(submitter, bare, ZeroAddress)).gasUsed,
    );
  });

  it('refuses a changed value, another key, a high-s twin, an ambiguous nonce and an unrecorded network', async () => {
    const address = await put(evmC, 'guarded');
    const answer = await fetchTrustedView(evmService.url, address, nonce());
    const app = await store.getAddress();
    expect(
      await refusal(submitTrustedView(submitter, { ...answer, value: changed(answer.value) }, app)),
    ).toMatch(/UntrustedParty|BadSignature/);
    const other = signTrustedAnswer({ kind: 'evm', privateKey: Wallet.createRandom().privateKey }, answer);
    expect(await refusal(submitTrustedView(submitter, { ...answer, signature: other }, app))).toContain(
      'UntrustedParty',
    );
    const s = BigInt(hexlify(answer.signature.subarray(32, 64)));
    const twin = Uint8Array.from([
      ...answer.signature.subarray(0, 32),
      ...getBytes(toBeHex(SECP256K1_N - s, 32)),
      answer.signature[64] === 27 ? 28 : 27,
    ]);
    expect(await refusal(submitTrustedView(submitter, { ...answer, signature: twin }, app))).toContain(
      'HighS',
    );
    // A Fabric party's DER signature is no EVM party's signature.
    const der = signTrustedAnswer({ kind: 'fabric', privateKey: fabricPartyKey.privateKey }, answer);
    expect(await refusal(submitTrustedView(submitter, { ...answer, signature: der }, app))).toContain(
      'BadSignature',
    );
    // Signed bytes that split two ways are refused before any signer is looked at.
    const ambiguous = { ...answer, nonce: `${answer.nonce}\nmore` };
    const bytes = Buffer.concat([
      Buffer.from(`weft-single-api-v1\n${ambiguous.address}\n${ambiguous.nonce}\n`),
      ambiguous.value,
    ]);
    const signedAmbiguous = getBytes(evmPartyWallet.signMessageSync(bytes));
    expect(
      await refusal(submitTrustedView(submitter, { ...ambiguous, signature: signedAmbiguous }, app)),
    ).toContain('InvalidNonce');
    const elsewhere = { ...answer, address: address.replace('/evm-c/', '/evm-z/') };
    expect(
      await refusal(
        submitTrustedView(
          submitter,
          { ...elsewhere, signature: signTrustedAnswer(partyKey(), elsewhere) },
          app,
        ),
      ),
    ).toContain('NoTrustedParty');
    // Nothing was spent: the honest answer still goes through, submitted by anyone.
    await submitTrustedView(stranger, answer, app);
  });

  it("accepts a lying party's value, and lets only the owner record parties", async () => {
    const address = addressOf(evmC, `never-written-${randomUUID().slice(0, 8)}`);
    const lie = {
      address,
      nonce: nonce(),
      value: getBytes(AbiCoder.defaultAbiCoder().encode(['string'], ['a lie'])),
    };
    const lying = { ...lie, signature: signTrustedAnswer(partyKey(), lie) };
    await submitTrustedView(submitter, lying, await store.getAddress());
    expect(await store.getFunction('getRemote')(address)).toBe(hexlify(lie.value));
    expect(await refusal(setTrustedParty(stranger, 'evm-c', Wallet.createRandom().address))).toContain(
      'OwnableUnauthorizedAccount',
    );
    expect(await owner.getFunction('trustedParty')('evm-c')).toBe(evmPartyWallet.address);
  });
});

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTP request with node:http (fetch sends no body with GET). */
function raw(
  url: string,
  options: { method?: string; path: string; body?: Buffer | string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'GET',
        path: options.path,
        // Node's client frames a GET body only when told its length.
        headers:
          options.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(options.body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const viewPath = (address: string | undefined, nonceText: string | undefined) => {
  const params = new URLSearchParams();
  if (address !== undefined) params.set('address', address);
  if (nonceText !== undefined) params.set('nonce', nonceText);
  return `/v1/view?${params.toString().replaceAll('+', '%20')}`;
};

async function errorOf(service: SingleApiServer, path: string, method = 'GET') {
  const response = await raw(service.url, { method, path });
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return { status: response.status, ...(JSON.parse(response.body) as { code: string; message: string }) };
}

describe('the REST service', () => {
  it('runs as `weft api start --config FILE` and stops on SIGTERM', async () => {
    const dir = await tempDir('api');
    const keyFile = join(dir, 'party.key');
    await writeFile(keyFile, `${Wallet.createRandom().privateKey}\n`, { mode: 0o600 });
    const configFile = join(dir, 'api.yaml');
    await writeFile(
      configFile,
      [
        'networkId: evm-c',
        'org: Org1',
        'party: { kind: evm, privateKeyFile: party.key }',
        `ledger: { kind: evm, rpcUrl: "${evmC.rpcUrl}", chainId: ${evmC.chainId} }`,
        '',
      ].join('\n'),
    );
    const child = spawn(
      process.execPath,
      [join(packageRoot(), 'bin', 'weft.js'), 'api', 'start', '--config', configFile],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const started = await new Promise<{ url: string }>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const line = out.split('\n').find((l) => l.includes('"started"'));
          if (line) resolve(JSON.parse(line) as { url: string });
        });
        child.once('exit', (code) => reject(new Error(`weft api exited with ${code}`)));
      });
      const health = await raw(started.url, { path: '/healthz' });
      expect(health.status).toBe(200);
      const document = JSON.parse((await raw(started.url, { path: '/openapi.json' })).body) as {
        openapi: string;
      };
      expect(document.openapi).toBe('3.1.0');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('serves its OpenAPI 3.1 document verbatim, naming every path it serves, and a health check', async () => {
    const response = await raw(fabricService.url, { path: '/openapi.json' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toBe(await readFile(openApiFile(), 'utf8'));
    const document = JSON.parse(response.body) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([...SINGLE_API_PATHS].sort());
    const health = await raw(evmService.url, { path: '/healthz' });
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok' }]);
  });

  it('withstands schemathesis against its own OpenAPI document: no 5xx, every answer as documented', async () => {
    const program = await schemathesis();
    for (const service of [fabricService, evmService]) {
      // Every check but one: a schema-valid address may still be refused (400, ADDRESS_INVALID), since the
      // view's grammar is its ledger kind's and no pattern of the document can hold it.
      const args = [
        'run',
        `${service.url}/openapi.json`,
        '--checks',
        'all',
        '--exclude-checks',
        'positive_data_acceptance',
        '--max-examples',
        '60',
      ];
      const run = await execFileAsync(
        program,
        [...args, '--workers', '2', '--seed', '1', '--request-timeout', '10'],
        { timeout: 240_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      ).then(
        (out) => ({ code: 0, stdout: out.stdout }),
        (error: { code?: number; stdout?: string }) => ({
          code: error.code ?? -1,
          stdout: error.stdout ?? '',
        }),
      );
      const summary = run.stdout
        .split('\n')
        .filter((l) => /passed|failed|errors?|test cases/i.test(l))
        .map((l) => l.trim())
        .join(' | ');
      console.info(`schemathesis ${service.url}: ${summary}`);
      await mkdir(join(packageRoot(), 'test', 'artifacts'), { recursive: true });
      await writeFile(
        join(
          packageRoot(),
          'test',
          'artifacts',
          `schemathesis-${service === fabricService ? 'fabric' : 'evm'}.txt`,
        ),
        run.stdout,
      );
      expect(run.code, run.stdout.slice(-4000)).toBe(0);
    }
  }, 600_000);

  it('answers hostile raw HTTP (lab/fuzz/http.ts, which the long run shares) with typed replies', async () => {
    const seed = Number(process.env.WEFT_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seededRandom(seed);
    for (const [service, network] of [
      [fabricService, fabricB],
      [evmService, evmC],
    ] as const) {
      const run = await fuzzHttpPort(
        {
          name: `${network.id} REST service`,
          port: service.port,
          pid: process.pid,
          address: addressOf(network, 'fuzz'),
          maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES,
        },
        random,
        { count: 400, concurrency: 8, timeoutMs: 15_000 },
      );
      console.info(`fuzz (seed ${seed}, WEFT_FUZZ_SEED replays it): ${describeRun(run)}`);
      expect(run.untyped, `seed ${seed}`).toEqual([]);
      expect(run.typed).toBe(400);
    }
    // Still serving: a normal query is answered.
    const address = await put(fabricB, 'after the fuzz');
    const answer = await fetchTrustedView(fabricService.url, address, nonce());
    expect(Buffer.from(answer.value).toString()).toBe('after the fuzz');
  }, 120_000);

  it('answers bad requests with a 4xx and a weft code', async () => {
    const key = `k-${randomUUID().slice(0, 8)}`;
    const address = addressOf(fabricB, key);
    const fabric = (path: string, method?: string) => errorOf(fabricService, path, method);
    expect(await fabric(viewPath('garbage', 'n'))).toMatchObject({ status: 400, code: 'ADDRESS_INVALID' });
    // Canonical percent-encoding is upper-case: the same view in another spelling is refused.
    const colon = addressOf(fabricB, encodeArgument('a:b'));
    expect(colon).toContain('a%3Ab');
    expect(await fabric(viewPath(colon.replace('%3A', '%3a'), 'n'))).toMatchObject({
      status: 400,
      code: 'ADDRESS_INVALID',
    });
    // EVM contracts are lower-case hex.
    const evmAddress = addressOf(evmC, 'k');
    const upper = evmAddress.replace(/0x([0-9a-f]{40})/, (_, hex: string) => `0x${hex.toUpperCase()}`);
    expect(upper).not.toBe(evmAddress);
    expect(await errorOf(evmService, viewPath(upper, 'n'))).toMatchObject({
      status: 400,
      code: 'ADDRESS_INVALID',
    });
    expect(await fabric(viewPath(address, undefined))).toMatchObject({
      status: 400,
      code: 'REQUEST_INVALID',
    });
    expect(await fabric(viewPath(undefined, 'n'))).toMatchObject({ status: 400, code: 'REQUEST_INVALID' });
    expect(await fabric(viewPath(address, 'a\nb'))).toMatchObject({ status: 400, code: 'REQUEST_INVALID' });
    expect(await fabric(viewPath(address, 'x'.repeat(257)))).toMatchObject({
      status: 400,
      code: 'REQUEST_INVALID',
    });
    expect(await fabric(`${viewPath(address, 'n')}&debug=1`)).toMatchObject({
      status: 400,
      code: 'REQUEST_INVALID',
    });

    const post = await raw(fabricService.url, { method: 'POST', path: viewPath(address, 'n'), body: '{}' });
    expect([post.status, post.headers.allow, JSON.parse(post.body).code]).toEqual([
      405,
      'GET',
      'REQUEST_INVALID',
    ]);
    expect(await fabric(viewPath(address, 'n'), 'DELETE')).toMatchObject({
      status: 405,
      code: 'REQUEST_INVALID',
    });

    expect(await fabric('/v2/view')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await fabric(viewPath(addressOf(fabricA, key), 'n'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(await fabric(viewPath(evmAddress, 'n'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await fabric(viewPath(address.replace('/weft:', '/other:'), 'n'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    // Keys the ledgers do not have: a chaincode's ASSET_NOT_FOUND, a contract's AssetNotFound revert.
    expect(await fabric(viewPath(address, 'n'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await errorOf(evmService, viewPath(addressOf(evmC, key), 'n'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    // Another function of the chaincode that fails for its own reason is the ledger's failure.
    expect(await fabric(viewPath(address.replace(':Get:', ':Missing:'), 'n'))).toMatchObject({
      status: 502,
      code: 'LEDGER_CALL_FAILED',
    });

    // The client turns each into a WeftError with the service's code.
    await expect(fetchTrustedView(fabricService.url, 'garbage', 'n')).rejects.toMatchObject({
      code: 'ADDRESS_INVALID',
    });
    await expect(fetchTrustedView(fabricService.url, address, 'n')).rejects.toBeInstanceOf(WeftError);
  });

  it('refuses oversized requests with 413: a long URL, a longer one, and a GET with a large body', async () => {
    const long = await errorOf(evmService, viewPath('a'.repeat(17 * 1024), 'n'));
    expect(long).toMatchObject({ status: 413, code: 'MESSAGE_TOO_LARGE' });
    const longer = await errorOf(evmService, viewPath('a'.repeat(40 * 1024), 'n'));
    expect(longer).toMatchObject({ status: 413, code: 'MESSAGE_TOO_LARGE' });
    const body = await raw(evmService.url, { path: '/healthz', body: Buffer.alloc(64 * 1024, 'x') });
    expect([body.status, JSON.parse(body.body).code]).toEqual([413, 'MESSAGE_TOO_LARGE']);
    const small = await raw(evmService.url, { path: '/healthz', body: 'a small body is read and ignored' });
    expect(small.status).toBe(200);
  });

  it('answers 504 when its ledger does not answer in time, 502 when it cannot be reached', async () => {
    // A "node" that accepts connections and never answers.
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as { port: number }).port;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const base = {
      networkId: 'evm-c',
      org: 'Org1',
      party: { kind: 'evm', privateKey: evmPartyWallet.privateKey },
      timeoutMs: 300,
    } as const;
    const hanging = await serve({
      ...base,
      ledger: { kind: 'evm', rpcUrl: `http://127.0.0.1:${silentPort}`, chainId: evmC.chainId },
    });
    const unreachable = await serve({
      ...base,
      ledger: { kind: 'evm', rpcUrl: `http://127.0.0.1:${closedPort}`, chainId: evmC.chainId },
    });
    try {
      const address = addressOf(evmC, 'k');
      const started = Date.now();
      expect(await errorOf(hanging, viewPath(address, 'n'))).toMatchObject({
        status: 504,
        code: 'DEADLINE_EXCEEDED',
      });
      expect(Date.now() - started).toBeLessThan(5_000);
      await expect(fetchTrustedView(hanging.url, address, 'n')).rejects.toMatchObject({
        code: 'DEADLINE_EXCEEDED',
      });
      expect(await errorOf(unreachable, viewPath(address, 'n'))).toMatchObject({
        status: 502,
        code: 'LEDGER_CALL_FAILED',
      });
      // The client's own deadline, against a service that never answers.
      await expect(
        fetchTrustedView(`http://127.0.0.1:${silentPort}`, address, 'n', { timeoutMs: 200 }),
      ).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    } finally {
      await Promise.all([hanging.stop(), unreachable.stop()]);
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('refuses a configuration whose party key does not match its certificate', async () => {
    const orgA = fabricA.orgs[0]!;
    await expect(
      startSingleApiServer({
        networkId: 'fabric-b',
        org: 'Org1MSP',
        party: {
          kind: 'fabric',
          certificate: fabricPartyKey.certificate,
          privateKey: await readFile(orgA.client.keyFile, 'utf8'),
        },
        ledger: { kind: 'evm', rpcUrl: evmC.rpcUrl, chainId: evmC.chainId },
      }),
    ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('signs exactly the bytes the proofs module defines', async () => {
    const address = await put(evmC, 'bytes');
    const answer = await fetchTrustedView(evmService.url, address, 'n-bytes');
    const bytes = trustedAnswerBytes(address, 'n-bytes', answer.value);
    expect(Buffer.from(bytes).subarray(0, 19).toString()).toBe('weft-single-api-v1\n');
    expect(getBytes(evmPartyWallet.signMessageSync(bytes))).toEqual(answer.signature);
  });
});
