/**
 * The single-API service's HTTP edge, on a real server whose EVM node is never reachable: everything it
 * decides before (or instead of) a ledger read. Attackers send over-long URLs, headers and bodies,
 * malformed JSON, bodies of other types, unknown parameters and other methods; each gets weft's error body,
 * never Fastify's. Reads of a real ledger are test/integration/single-api.test.ts's.
 */
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWeftError } from '../../common/errors.js';
import { parseAddress } from '../../proofs/address.js';
import { errorBodySchema } from './schemas.js';
import {
  openApiFile,
  SINGLE_API_PATHS,
  type SingleApiServer,
  type SingleApiServerConfig,
  startSingleApiServer,
} from './server.js';

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTP request with node:http, headers and body exactly as given. */
function send(
  server: SingleApiServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: {
          ...(options.body === undefined
            ? {}
            : { 'Content-Length': String(Buffer.byteLength(options.body)) }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The bytes a server answers to `bytes` written on a fresh connection, until it closes. */
function sendBytes(server: SingleApiServer, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString()));
    socket.on('error', reject);
    // Not half-closed: Node's server drops a request whose client closes its side before the answer.
    socket.write(bytes);
  });
}

/** A refusal: weft's error body and nothing else (no Fastify `error` or `statusCode`), as JSON, unsniffable. */
function refusal(response: RawResponse) {
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  return { status: response.status, ...errorBodySchema.parse(JSON.parse(response.body)) };
}

const query = (params: Record<string, string | string[]>) => {
  const search = new URLSearchParams();
  for (const [name, values] of Object.entries(params)) {
    for (const value of [values].flat()) search.append(name, value);
  }
  return `/v1/view?${search.toString().replaceAll('+', '%20')}`;
};

const CONTRACT = `0x${'ab'.repeat(20)}`;
/** A view this service answers for: evm-x's chain 31001. */
const ours = `127.0.0.1:9080/evm-x/31001:${CONTRACT}:get(string):k1`;

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

let config: SingleApiServerConfig;
let server: SingleApiServer;

beforeAll(async () => {
  config = {
    networkId: 'evm-x',
    org: 'Org1',
    party: { kind: 'evm', privateKey: Wallet.createRandom().privateKey },
    ledger: { kind: 'evm', rpcUrl: `http://127.0.0.1:${await closedPort()}`, chainId: 31001 },
    timeoutMs: 2_000,
  };
  server = await startSingleApiServer(config);
});

afterAll(async () => {
  await server?.stop();
});

describe('the single-API service', () => {
  it('listens on 127.0.0.1, answers its health check and serves the checked-in OpenAPI document verbatim', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const health = await send(server, { path: '/healthz' });
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok' }]);
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    const document = await send(server, { path: '/openapi.json' });
    expect(document.status).toBe(200);
    expect(document.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(document.body).toBe(await readFile(openApiFile(), 'utf8'));
    const paths = Object.keys(JSON.parse(document.body).paths);
    expect(paths.sort()).toEqual([...SINGLE_API_PATHS].sort());
  });

  it('answers 404 for paths it does not serve and 405 with Allow: GET for other methods of its own', async () => {
    for (const path of ['/', '/v2/view', '/healthz/', '/HEALTHZ', '/%zz', '/v1/view%']) {
      expect(refusal(await send(server, { path })), path).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      const response = await send(server, { method, path: query({ address: ours, nonce: 'n' }), body: '{}' });
      expect(refusal(response), method).toMatchObject({ status: 405, code: 'REQUEST_INVALID' });
      expect(response.headers.allow).toBe('GET');
    }
    // A method whose body is its own (QUERY) without a Content-Type: the 405, not a 400 for the header.
    const bare = await send(server, { method: 'QUERY', path: '/healthz' });
    expect([refusal(bare).status, bare.headers.allow]).toEqual([405, 'GET']);
    const head = await send(server, { method: 'HEAD', path: '/healthz' });
    expect([head.status, head.headers.allow, head.body]).toEqual([405, 'GET', '']);
    // Another method on an unknown path is still unknown.
    expect(refusal(await send(server, { method: 'POST', path: '/v2/view' }))).toMatchObject({ status: 404 });
  });

  it('refuses unknown, missing, repeated and malformed query parameters with 400 REQUEST_INVALID', async () => {
    const cases: Record<string, string | string[]>[] = [
      { address: ours, nonce: 'n', debug: '1' },
      { address: ours, nonce: 'n', ['__proto__']: 'x' },
      { address: ours },
      { nonce: 'n' },
      { address: [ours, ours], nonce: 'n' },
      { address: ours, nonce: ['n', 'm'] },
      { address: ours, nonce: '' },
      { address: ours, nonce: 'a\nb' },
      { address: ours, nonce: 'x'.repeat(257) },
      // A parameter's problem is named even beside a bad address.
      { address: 'garbage', nonce: 'a\nb' },
    ];
    for (const params of cases) {
      const response = refusal(await send(server, { path: query(params) }));
      expect(response, JSON.stringify(params)).toMatchObject({ status: 400, code: 'REQUEST_INVALID' });
    }
    const unknown = refusal(await send(server, { path: query({ address: ours, nonce: 'n', debug: '1' }) }));
    expect(unknown.message).toContain('debug');
  });

  it('refuses addresses that are not canonical with 400 ADDRESS_INVALID', async () => {
    const upper = ours.replace(CONTRACT, CONTRACT.toUpperCase().replace('0X', '0x'));
    expect(() => parseAddress(upper)).toThrow();
    for (const address of ['garbage', '', upper, `${ours}/x`, `127.0.0.1:9080/evm-x/${'a'.repeat(4096)}`]) {
      const response = refusal(await send(server, { path: query({ address, nonce: 'n' }) }));
      expect(response, address.slice(0, 40)).toMatchObject({ status: 400, code: 'ADDRESS_INVALID' });
    }
  });

  it('answers 404 for views of other networks and chains, 502 when its own node cannot be reached', async () => {
    const elsewhere = [
      ours.replace('/evm-x/', '/evm-y/'),
      ours.replace('/31001:', '/31002:'),
      '127.0.0.1:9080/evm-x/weft:assets:Get:k1',
    ];
    for (const address of elsewhere) {
      const response = refusal(await send(server, { path: query({ address, nonce: 'n' }) }));
      expect(response, address).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
    const unreachable = refusal(await send(server, { path: query({ address: ours, nonce: 'n' }) }));
    expect(unreachable).toMatchObject({ status: 502, code: 'LEDGER_CALL_FAILED' });
  });

  it('refuses an over-long body with 413 and closes the connection, whatever type the body claims', async () => {
    const big = Buffer.alloc(16 * 1024 + 1, 'x');
    for (const headers of [
      {},
      { 'Content-Type': 'application/json' },
      { 'Content-Type': 'application/xml' },
    ]) {
      for (const path of ['/healthz', query({ address: ours, nonce: 'n' }), '/v2/view']) {
        const response = await send(server, { path, headers, body: big });
        expect(refusal(response), `${path} ${JSON.stringify(headers)}`).toMatchObject({
          status: 413,
          code: 'MESSAGE_TOO_LARGE',
        });
        expect(response.headers.connection).toBe('close');
      }
    }
    // A body within the bound, typed or not, is read and ignored.
    for (const headers of [{}, { 'Content-Type': 'application/json' }, { 'Content-Type': 'text/plain' }]) {
      const response = await send(server, { path: '/healthz', headers, body: '{"status":"broken"}' });
      expect([response.status, JSON.parse(response.body)]).toEqual([200, { status: 'ok' }]);
    }
  });

  it('refuses malformed JSON with 400, and a body it does not read with 415', async () => {
    const json = { 'Content-Type': 'application/json' };
    for (const body of ['{', '{"a":', 'not json', '{"__proto__":{"polluted":true}}', '']) {
      const response = refusal(await send(server, { path: '/healthz', headers: json, body }));
      expect(response, body).toMatchObject({ status: 400, code: 'REQUEST_INVALID' });
    }
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    const path = query({ address: ours, nonce: 'n' });
    for (const type of [
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; b=1',
      '/',
    ]) {
      const response = refusal(await send(server, { path, headers: { 'Content-Type': type }, body: 'a=1' }));
      expect(response, type).toMatchObject({ status: 415, code: 'REQUEST_INVALID' });
    }
  });

  it('refuses an over-long URL and header section with 413, and malformed HTTP with 400', async () => {
    const long = refusal(await send(server, { path: query({ address: 'a'.repeat(17 * 1024), nonce: 'n' }) }));
    expect(long).toMatchObject({ status: 413, code: 'MESSAGE_TOO_LARGE' });
    const unknownPath = refusal(await send(server, { path: `/${'a'.repeat(17 * 1024)}` }));
    expect(unknownPath).toMatchObject({ status: 413, code: 'MESSAGE_TOO_LARGE' });
    // Past the URL bound and the headers' allowance, Node's parser refuses the request itself.
    const longer = await send(server, { path: query({ address: 'a'.repeat(40 * 1024), nonce: 'n' }) });
    expect([longer.status, JSON.parse(longer.body).code]).toEqual([413, 'MESSAGE_TOO_LARGE']);
    const headers = await send(server, { path: '/healthz', headers: { 'X-Padding': 'p'.repeat(30 * 1024) } });
    expect([headers.status, JSON.parse(headers.body).code]).toEqual([413, 'MESSAGE_TOO_LARGE']);
    const garbage = await sendBytes(server, 'NOT HTTP AT ALL\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4))).toEqual({
      code: 'REQUEST_INVALID',
      message: 'malformed HTTP request',
    });
  });

  it('answers a request without a Host header like any other, in its own shape', async () => {
    const health = await sendBytes(server, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(health).toMatch(/^HTTP\/1\.1 200 /);
    const unknown = await sendBytes(server, 'GET /nowhere HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(unknown).toMatch(/^HTTP\/1\.1 404 /);
    expect(JSON.parse(unknown.slice(unknown.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a configuration with every problem named by its path, and a port already taken', async () => {
    const bad = { ...config, networkId: 'no spaces', org: '', timeoutMs: 0.5, maxRequestBytes: 10 };
    const error = await startSingleApiServer(bad).catch((e: unknown) => e);
    if (!isWeftError(error, 'CONFIG_INVALID')) throw new Error(`expected CONFIG_INVALID, got ${error}`);
    for (const path of ['networkId', 'org', 'timeoutMs', 'maxRequestBytes']) {
      expect(error.message).toContain(`${path}:`);
    }
    await expect(startSingleApiServer({ ...config, port: server.port })).rejects.toMatchObject({
      code: 'PORT_IN_USE',
    });
  });
});
