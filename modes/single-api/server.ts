/**
 * The single-API mode's REST service: one party of a network reads its own ledger with its own identity and
 * answers `GET /v1/view?address=...&nonce=...` with the value and its signature over address, nonce and value
 * (proofs/trusted-party.ts). A destination that recorded the party as trusted accepts the answer once per
 * nonce: it trusts that party, and only that party. The OpenAPI 3.1 document beside this file is served
 * verbatim at `/openapi.json`.
 *
 * Every bad input gets a 4xx status and a JSON body `{"code": <weft error code>, "message": ...}`; the URL
 * and the body of a request are bounded, and every ledger read has a deadline.
 */
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getBytes, hexlify, isCallException, Wallet } from 'ethers';
import { ConfigReader, loadConfigFile } from '../../common/config.js';
import { type ErrorCode, isWeftError, WeftError } from '../../common/errors.js';
import { describeGatewayError } from '../../common/gateway-error.js';
import { packageRoot } from '../../common/paths.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { connectFabricGateway } from '../../drivers/fabric/gateway.js';
import { NETWORK_ID, parseAddress, type View } from '../../proofs/address.js';
import { evmCallData } from '../../proofs/evm-call.js';
import {
  nonceProblem,
  parseTrustedParty,
  signTrustedAnswer,
  type TrustedParty,
  type TrustedPartyKey,
  trustedPartyIdentity,
  verifyTrustedAnswer,
} from '../../proofs/trusted-party.js';

/** The party's signing key: its Fabric certificate and P-256 key (PEM), or its secp256k1 key (hex). */
export type SingleApiPartyConfig =
  | { readonly kind: 'fabric'; readonly certificate: string; readonly privateKey: string }
  | { readonly kind: 'evm'; readonly privateKey: string };

/** The party's own Fabric peer, reached through the Gateway with the party's own identity files. */
export interface FabricLedgerConfig {
  readonly kind: 'fabric';
  /** host:port of the peer. */
  readonly peerEndpoint: string;
  /** The host name the peer's TLS certificate carries. */
  readonly peerHostAlias: string;
  readonly tlsCaFile: string;
  readonly mspId: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly channel: string;
}

/** The party's own EVM node. */
export interface EvmLedgerConfig {
  readonly kind: 'evm';
  readonly rpcUrl: string;
  readonly chainId: number | bigint;
}

export interface SingleApiServerConfig {
  /** The weft id of the party's network: the only network it answers for. */
  readonly networkId: string;
  /** The party's org, as answers name it. */
  readonly org: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
  readonly party: SingleApiPartyConfig;
  readonly ledger: FabricLedgerConfig | EvmLedgerConfig;
  /** Deadline of each ledger read; default 10 s. */
  readonly timeoutMs?: number;
  /** Bound on a request's URL and on its body; default 16 KiB. */
  readonly maxRequestBytes?: number;
}

export interface SingleApiServer {
  readonly port: number;
  /** http://host:port, without a trailing slash. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Every path the service serves (all GET). */
export const SINGLE_API_PATHS = ['/v1/view', '/openapi.json', '/healthz'] as const;

export function openApiFile(): string {
  return `${packageRoot()}/modes/single-api/openapi.json`;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_REQUEST_BYTES = 16 * 1024;
/** Room for the request line's method and version and for ordinary headers, beyond the URL's own bound. */
const HEADER_ALLOWANCE = 8 * 1024;

interface LedgerReader {
  /** @throws {WeftError} NOT_FOUND, DEADLINE_EXCEEDED, LEDGER_CALL_FAILED, ADDRESS_INVALID */
  read(view: View, timeoutMs: number): Promise<Uint8Array>;
  close(): void;
}

function configError(reason: string, cause?: unknown): WeftError {
  return new WeftError('CONFIG_INVALID', `single-API service: ${reason}`, {}, { cause });
}

async function readConfigFile(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw configError(`cannot read the ${what} ${file}`, error);
  }
}

/** gRPC status DEADLINE_EXCEEDED. */
const GRPC_DEADLINE_EXCEEDED = 4;

function fabricFailure(error: unknown, timeoutMs: number): WeftError {
  const described = describeGatewayError(error);
  if ((error as { code?: unknown }).code === GRPC_DEADLINE_EXCEEDED) {
    return new WeftError('DEADLINE_EXCEEDED', `the peer did not answer within ${timeoutMs} ms`);
  }
  // The chaincode ran and refused: its own error code says whether the state is missing.
  const chaincode = /chaincode response \d+, (.*)/.exec(described)?.[1];
  if (chaincode !== undefined && /^[A-Z_]*NOT_FOUND\b/.test(chaincode)) {
    return new WeftError('NOT_FOUND', `the ledger has no such state: ${chaincode}`);
  }
  return new WeftError(
    'LEDGER_CALL_FAILED',
    `the peer failed: ${chaincode ?? described}`,
    {},
    { cause: error },
  );
}

async function fabricReader(config: FabricLedgerConfig): Promise<LedgerReader> {
  const [tlsCa, certificate, key] = await Promise.all([
    readConfigFile(config.tlsCaFile, 'peer TLS CA'),
    readConfigFile(config.certFile, 'certificate'),
    readConfigFile(config.keyFile, 'private key'),
  ]);
  let connection: ReturnType<typeof connectFabricGateway>;
  try {
    connection = connectFabricGateway({
      address: config.peerEndpoint,
      serverName: config.peerHostAlias,
      tlsCa,
      mspId: config.mspId,
      certificate,
      key,
    });
  } catch (error) {
    throw configError('cannot use the Fabric identity', error);
  }
  const network = connection.gateway.getNetwork(config.channel);
  return {
    async read(view, timeoutMs) {
      if (view.ledger !== 'fabric') throw new WeftError('NOT_FOUND', 'this network has no EVM views');
      try {
        // Evaluated on the party's own peer, never submitted.
        return await network
          .getContract(view.chaincode)
          .newProposal(view.function, { arguments: [...view.args] })
          .evaluate({ deadline: Date.now() + timeoutMs });
      } catch (error) {
        throw fabricFailure(error, timeoutMs);
      }
    },
    close: () => connection.close(),
  };
}

async function withDeadline<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  promise.catch(() => undefined); // a late failure after the deadline is nobody's concern
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WeftError('DEADLINE_EXCEEDED', `${what} did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function evmReader(config: EvmLedgerConfig): LedgerReader {
  const chainId = BigInt(config.chainId);
  const provider = evmProvider(config.rpcUrl, chainId);
  return {
    async read(view, timeoutMs) {
      if (view.ledger !== 'evm') throw new WeftError('NOT_FOUND', 'this network has no Fabric views');
      let result: string;
      try {
        result = await withDeadline(
          view.kind === 'call'
            ? provider.call({ to: view.contract, data: hexlify(evmCallData(view)) })
            : provider.getStorage(view.contract, view.slot),
          timeoutMs,
          'the node',
        );
      } catch (error) {
        if (isWeftError(error)) throw error;
        if (isCallException(error)) {
          throw new WeftError('NOT_FOUND', `the call reverted: ${error.shortMessage}`, {
            data: error.data ?? undefined,
          });
        }
        throw new WeftError(
          'LEDGER_CALL_FAILED',
          `the node failed: ${(error as Error).message}`,
          {},
          { cause: error },
        );
      }
      if (result === '0x')
        throw new WeftError('NOT_FOUND', 'the call returned nothing: no contract answers it');
      return getBytes(result);
    },
    close: () => provider.destroy(),
  };
}

interface PartySigner {
  readonly kind: 'fabric' | 'evm';
  /** The PEM certificate, or the lower-case address: what destinations record. */
  readonly identity: string;
  sign(address: string, nonce: string, value: Uint8Array): Uint8Array;
}

/** The party's key, checked once against its identity: what it signs here verifies at a destination. */
function partySigner(networkId: string, party: SingleApiPartyConfig): PartySigner {
  let key: TrustedPartyKey;
  let record: TrustedParty;
  try {
    if (party.kind === 'fabric') {
      key = { kind: 'fabric', privateKey: createPrivateKey(party.privateKey) };
      record = parseTrustedParty(
        networkId,
        JSON.stringify({ kind: 'fabric', certificate: party.certificate }),
      );
    } else {
      key = { kind: 'evm', privateKey: party.privateKey };
      const address = new Wallet(party.privateKey).address.toLowerCase();
      record = parseTrustedParty(networkId, JSON.stringify({ kind: 'evm', address }));
    }
  } catch (error) {
    throw configError(`the ${party.kind} party is not usable: ${(error as Error).message}`, error);
  }
  const probe = {
    address: `127.0.0.1:1/${networkId}/probe:probe:probe`,
    nonce: 'probe',
    value: new Uint8Array([1]),
  };
  let matches: boolean;
  try {
    matches = verifyTrustedAnswer(record, { ...probe, signature: signTrustedAnswer(key, probe) }).valid;
  } catch (error) {
    throw configError(`the ${party.kind} party key cannot sign: ${(error as Error).message}`, error);
  }
  if (!matches) throw configError('the party private key does not match its certificate');
  return {
    kind: record.kind,
    identity: trustedPartyIdentity(record),
    sign: (address, nonce, value) => signTrustedAnswer(key, { address, nonce, value }),
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes.length),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(bytes);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(res, status, JSON.stringify({ code, message }), headers);
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  REQUEST_INVALID: 400,
  ADDRESS_INVALID: 400,
  NOT_FOUND: 404,
  MESSAGE_TOO_LARGE: 413,
  LEDGER_CALL_FAILED: 502,
  DEADLINE_EXCEEDED: 504,
};

/**
 * Reads and discards a request's body, up to `limit` bytes: false once the body passes it (the rest is left
 * to the connection's close).
 */
function discardBody(req: IncomingMessage, limit: number): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  return new Promise((resolve) => {
    let total = 0;
    const done = (within: boolean) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(within);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) done(false);
    };
    const onEnd = () => done(true);
    const onError = () => done(false);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

interface Service {
  readonly config: SingleApiServerConfig;
  readonly timeoutMs: number;
  readonly maxRequestBytes: number;
  readonly document: Buffer;
  readonly ledger: LedgerReader;
  readonly signer: PartySigner;
}

class BadRequest extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The one value of a required query parameter. */
function single(params: URLSearchParams, name: string): string {
  const values = params.getAll(name);
  if (values.length !== 1) {
    throw new BadRequest(400, 'REQUEST_INVALID', `the query parameter ${name} is required, once`);
  }
  return values[0]!;
}

async function answerView(service: Service, params: URLSearchParams, res: ServerResponse): Promise<void> {
  for (const name of params.keys()) {
    if (name !== 'address' && name !== 'nonce') {
      throw new BadRequest(400, 'REQUEST_INVALID', `unknown query parameter ${JSON.stringify(name)}`);
    }
  }
  const addressText = single(params, 'address');
  const nonce = single(params, 'nonce');
  const problem = nonceProblem(nonce);
  if (problem) throw new BadRequest(400, 'REQUEST_INVALID', problem);
  const address = parseAddress(addressText);
  const { config } = service;
  if (address.networkId !== config.networkId) {
    throw new BadRequest(
      404,
      'NOT_FOUND',
      `this service answers for ${config.networkId}, not ${address.networkId}`,
    );
  }
  const { view } = address;
  if (view.ledger !== config.ledger.kind) {
    throw new BadRequest(404, 'NOT_FOUND', `${config.networkId} is a ${config.ledger.kind} network`);
  }
  if (view.ledger === 'fabric' && config.ledger.kind === 'fabric') {
    if (view.channel !== config.ledger.channel) {
      throw new BadRequest(404, 'NOT_FOUND', `this service reads channel ${config.ledger.channel}`);
    }
    // As in the consensus mode, views are of applications, not of the interop chaincode itself.
    if (view.chaincode === 'interop')
      throw new BadRequest(404, 'NOT_FOUND', 'no views of the interop chaincode');
  }
  if (
    view.ledger === 'evm' &&
    config.ledger.kind === 'evm' &&
    view.chainId !== BigInt(config.ledger.chainId)
  ) {
    throw new BadRequest(404, 'NOT_FOUND', `this service reads chain ${config.ledger.chainId}`);
  }
  const value = await service.ledger.read(view, service.timeoutMs);
  const signature = service.signer.sign(address.text, nonce, value);
  sendJson(
    res,
    200,
    JSON.stringify({
      address: address.text,
      nonce,
      value: Buffer.from(value).toString('base64'),
      party: {
        networkId: config.networkId,
        org: config.org,
        kind: service.signer.kind,
        identity: service.signer.identity,
      },
      signature: Buffer.from(signature).toString('base64'),
    }),
    { 'Cache-Control': 'no-store' },
  );
}

async function handle(service: Service, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = req.url ?? '/';
  const tooLarge = (what: string) => {
    // The rest of the request is discarded as it comes; the connection closes after the answer.
    sendError(res, 413, 'MESSAGE_TOO_LARGE', `the request ${what} exceeds ${service.maxRequestBytes} bytes`, {
      Connection: 'close',
    });
    req.resume();
  };
  if (Buffer.byteLength(target) > service.maxRequestBytes) return tooLarge('URL');
  if (!(await discardBody(req, service.maxRequestBytes))) return tooLarge('body');
  let url: URL;
  try {
    url = new URL(target, 'http://single-api.invalid');
  } catch {
    return sendError(res, 400, 'REQUEST_INVALID', 'the request target is not a URL');
  }
  const path = url.pathname;
  if (!(SINGLE_API_PATHS as readonly string[]).includes(path)) {
    return sendError(res, 404, 'NOT_FOUND', `no resource ${path}`);
  }
  if (req.method !== 'GET') {
    return sendError(res, 405, 'REQUEST_INVALID', `${req.method} is not allowed: only GET`, { Allow: 'GET' });
  }
  if (path === '/healthz') return sendJson(res, 200, '{"status":"ok"}');
  if (path === '/openapi.json') return sendJson(res, 200, service.document);
  try {
    await answerView(service, url.searchParams, res);
  } catch (error) {
    if (error instanceof BadRequest) return sendError(res, error.status, error.code, error.message);
    if (isWeftError(error) && STATUS_OF[error.code] !== undefined) {
      return sendError(res, STATUS_OF[error.code]!, error.code, error.message);
    }
    throw error;
  }
}

/**
 * Answers a request Node's parser refused (a header section past `headerBytes`, malformed HTTP), then closes.
 */
function refuseMalformed(error: NodeJS.ErrnoException, socket: Duplex, headerBytes: number): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, body] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          413,
          'Payload Too Large',
          { code: 'MESSAGE_TOO_LARGE', message: `the request URL and headers exceed ${headerBytes} bytes` },
        ]
      : [400, 'Bad Request', { code: 'REQUEST_INVALID', message: 'malformed HTTP request' }];
  const bytes = Buffer.from(JSON.stringify(body));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${bytes.length}\r\nConnection: close\r\n\r\n${bytes.toString()}`,
  );
}

/**
 * Starts the service: reads the OpenAPI document, checks the party's key, connects to the party's own ledger
 * and listens.
 *
 * @throws {WeftError} CONFIG_INVALID for a bad configuration, PORT_IN_USE when the port is taken.
 */
export async function startSingleApiServer(config: SingleApiServerConfig): Promise<SingleApiServer> {
  if (!NETWORK_ID.test(config.networkId))
    throw configError(`invalid network id ${JSON.stringify(config.networkId)}`);
  if (typeof config.org !== 'string' || config.org.length === 0) throw configError('org is required');
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRequestBytes = config.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw configError('timeoutMs must be a positive integer');
  if (!Number.isInteger(maxRequestBytes) || maxRequestBytes < 1024) {
    throw configError('maxRequestBytes must be an integer of at least 1024');
  }
  const host = config.host ?? '127.0.0.1';
  const port = config.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw configError('port must be 0 to 65535');
  const document = await readConfigFile(openApiFile(), 'OpenAPI document');
  const signer = partySigner(config.networkId, config.party);
  const ledger =
    config.ledger.kind === 'fabric' ? await fabricReader(config.ledger) : evmReader(config.ledger);
  const service: Service = { config, timeoutMs, maxRequestBytes, document, ledger, signer };

  const headerBytes = maxRequestBytes + HEADER_ALLOWANCE;
  const server = createServer({ maxHeaderSize: headerBytes }, (req, res) => {
    handle(service, req, res).catch((error: unknown) => {
      sendError(res, 500, 'REMOTE_ERROR', `unexpected failure: ${(error as Error).message}`);
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = timeoutMs + 20_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    refuseMalformed(error, socket, headerBytes),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    ledger.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new WeftError(
        'PORT_IN_USE',
        `${host}:${port} is already in use`,
        { host, port },
        { cause: error },
      );
    }
    throw configError(`cannot listen on ${host}:${port}`, error);
  }
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let stopped: Promise<void> | undefined;
  return {
    port: bound,
    url: `http://${shownHost}:${bound}`,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).finally(() => ledger.close());
      return stopped;
    },
  };
}

/**
 * Reads a service configuration file (YAML or JSON): the party's key files rather than keys, so that a
 * configuration can be shown without its secrets.
 *
 *   networkId: fabric-a        org: Org1MSP        port: 8080
 *   party: { kind: evm, privateKeyFile: party.key }           # or kind: fabric, certificateFile, privateKeyFile
 *   ledger: { kind: fabric, peerEndpoint: 127.0.0.1:7051, peerHostAlias: peer0..., tlsCaFile, mspId,
 *             certFile, keyFile, channel }                    # or kind: evm, rpcUrl, chainId
 */
export async function loadSingleApiConfig(file: string): Promise<SingleApiServerConfig> {
  const raw = await loadConfigFile(file, (value, source, baseDir) => {
    const r = new ConfigReader(baseDir);
    const root = r.object(value, source);
    const party = r.object(root.party, 'party');
    const ledger = r.object(root.ledger, 'ledger');
    const partyKind = r.string(party, 'kind', 'party', /^(fabric|evm)$/);
    const ledgerKind = r.string(ledger, 'kind', 'ledger', /^(fabric|evm)$/);
    const config = {
      networkId: r.string(root, 'networkId', source),
      org: r.string(root, 'org', source),
      host: typeof root.host === 'string' ? root.host : '127.0.0.1',
      port: r.integer(root, 'port', source, 0, 65535, 0),
      party: {
        kind: partyKind,
        privateKeyFile: r.file(party, 'privateKeyFile', 'party'),
        ...(partyKind === 'fabric' ? { certificateFile: r.file(party, 'certificateFile', 'party') } : {}),
      },
      ledger:
        ledgerKind === 'fabric'
          ? {
              kind: 'fabric' as const,
              peerEndpoint: r.string(ledger, 'peerEndpoint', 'ledger', /^[A-Za-z0-9.[\]:-]+:\d{1,5}$/),
              peerHostAlias: r.string(ledger, 'peerHostAlias', 'ledger'),
              tlsCaFile: r.file(ledger, 'tlsCaFile', 'ledger'),
              mspId: r.string(ledger, 'mspId', 'ledger'),
              certFile: r.file(ledger, 'certFile', 'ledger'),
              keyFile: r.file(ledger, 'keyFile', 'ledger'),
              channel: r.string(ledger, 'channel', 'ledger'),
            }
          : {
              kind: 'evm' as const,
              rpcUrl: r.string(ledger, 'rpcUrl', 'ledger', /^https?:\/\/\S+$/),
              chainId: r.integer(ledger, 'chainId', 'ledger', 1, Number.MAX_SAFE_INTEGER),
            },
      timeoutMs: r.integer(root, 'timeoutMs', source, 100, 600_000, 10_000),
      maxRequestBytes: r.integer(root, 'maxRequestBytes', source, 1024, 1024 * 1024, 16 * 1024),
    };
    r.done(source);
    return config;
  });
  const read = (path: string) =>
    readFile(path, 'utf8').catch((error: Error) => {
      throw new WeftError('CONFIG_INVALID', `cannot read ${path}: ${error.message}`, { file: path });
    });
  const privateKey = (await read(raw.party.privateKeyFile)).trim();
  const party: SingleApiPartyConfig =
    raw.party.kind === 'fabric'
      ? { kind: 'fabric', certificate: await read(raw.party.certificateFile!), privateKey }
      : { kind: 'evm', privateKey };
  return { ...raw, party };
}
