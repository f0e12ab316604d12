/**
 * Hostile HTTP/1.1 at the single-API REST service, written as raw bytes on a fresh TCP connection each: view
 * queries mutated, paths and methods it does not serve, bodies of every type and size, oversized URLs and
 * header sections, malformed chunked encoding and smuggling attempts, bit flips anywhere in a request and
 * plain garbage. Every reply must be a status with weft's JSON error body (`{"code": ...}`) or a success; a
 * 5xx of the service's own, a connection closed without a reply or no reply in time counts against it.
 */
import { connect } from 'node:net';
import { ERROR_CODES } from '../../common/errors.js';
import type { Random } from './hostile.js';
import { type PortRun, type Reply, runPort } from './run.js';

export const HTTP_MUTATIONS = [
  'query-mutated',
  'query-random',
  'path',
  'method',
  'body',
  'oversized-url',
  'headers',
  'chunked',
  'smuggle',
  'bit-flipped',
  'pipelined',
  'garbage',
] as const;

export type HttpMutation = (typeof HTTP_MUTATIONS)[number];

export interface HttpTarget {
  readonly name: string;
  readonly port: number;
  readonly pid: number;
  /** A canonical address of a view the service answers for (its own network's sample value). */
  readonly address: string;
  /** The service's bound on a URL and on a body. */
  readonly maxRequestBytes: number;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'QUERY', 'FOO', 'get'];
const PATHS = ['/v1/view', '/openapi.json', '/healthz', '/', '/v1', '/v1/view/', '/metrics', '/v2/view'];
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  '',
];
const PRINTABLE = '!"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~';

const text = (random: Random, length: number) => {
  let out = '';
  for (let i = 0; i < length; i++) out += PRINTABLE[random.int(0, PRINTABLE.length - 1)];
  return out;
};

const viewQuery = (target: HttpTarget, random: Random) =>
  `/v1/view?address=${encodeURIComponent(target.address)}&nonce=${random.bytes(8).toString('hex')}`;

function request(
  method: string,
  path: string,
  headers: readonly string[] = [],
  body: Buffer = Buffer.alloc(0),
) {
  return Buffer.concat([
    Buffer.from(
      `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`,
    ),
    body,
  ]);
}

/** Random edits of a string: characters replaced, inserted, percent-escapes broken, the end cut. */
function mutateText(random: Random, value: string): string {
  let out = value;
  for (let i = random.int(1, 6); i > 0; i--) {
    const at = random.int(0, out.length);
    switch (random.int(0, 4)) {
      case 0:
        out = out.slice(0, at) + text(random, random.int(1, 8)) + out.slice(at + 1);
        break;
      case 1:
        out = `${out.slice(0, at)}%${random.pick(['', 'G', 'zz', '0', 'ff', 'C3', '00', 'E2%82'])}${out.slice(at)}`;
        break;
      case 2:
        out = out.slice(0, at);
        break;
      case 3:
        out =
          out.slice(0, at) +
          random.pick(['&', '=', '&nonce=1', '&address=', '?', '#', '&&', '%2F..%2F']) +
          out.slice(at);
        break;
      default:
        out = out.slice(0, at) + encodeURIComponent(String.fromCodePoint(codePoint(random))) + out.slice(at);
    }
  }
  return out;
}

/** A code point past ASCII that UTF-8 can encode (no lone surrogate). */
function codePoint(random: Random): number {
  const point = random.int(0x80, 0x10ffff - 0x800);
  return point >= 0xd800 ? point + 0x800 : point;
}

function bitFlip(random: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let i = random.int(1, 6); i > 0 && out.length > 0; i--)
    out[random.int(0, out.length - 1)]! ^= 1 << random.int(0, 7);
  return out;
}

/** One hostile request of the given kind, as the bytes written on the connection. */
export function hostileRequest(random: Random, kind: HttpMutation, target: HttpTarget): Buffer {
  const limit = target.maxRequestBytes;
  switch (kind) {
    case 'query-mutated':
      return request('GET', mutateText(random, viewQuery(target, random)), ['Connection: close']);
    case 'query-random': {
      const names = [
        'address',
        'nonce',
        'Address',
        'x',
        '',
        'address[]',
        'nonce.0',
        '__proto__',
        'constructor',
      ];
      const parts = Array.from({ length: random.int(0, 6) }, () => {
        const name = random.pick(names);
        return random.int(0, 3) === 0
          ? name
          : `${name}=${encodeURIComponent(text(random, random.int(0, 80)))}`;
      });
      return request('GET', `/v1/view?${parts.join('&')}`, ['Connection: close']);
    }
    case 'path': {
      const path = random.pick([
        () => `/${text(random, random.int(0, 200)).replace(/[ #?]/g, '')}`,
        () => `/v1/view/${'../'.repeat(random.int(1, 20))}etc/passwd`,
        () => `/%00${random.pick(PATHS)}`,
        () => `${random.pick(PATHS)}%${random.pick(['', 'G1', 'ZZ'])}`,
        () => `//${random.pick(PATHS)}`,
        () => `http://127.0.0.1${random.pick(PATHS)}`,
        () => '*',
      ])();
      return request('GET', path, ['Connection: close']);
    }
    case 'method': {
      const body = random.int(0, 1) === 0 ? Buffer.alloc(0) : random.bytes(random.int(1, 512));
      const headers = ['Connection: close', `Content-Length: ${body.length}`];
      if (body.length > 0) headers.push(`Content-Type: ${random.pick(CONTENT_TYPES)}`);
      return request(random.pick(METHODS), random.pick(PATHS), headers, body);
    }
    case 'body': {
      const size = random.int(0, 3) === 0 ? random.int(limit + 1, 1024 * 1024) : random.int(0, limit);
      const body = random.pick([
        () => random.bytes(size),
        () => Buffer.from(`{"a":${'['.repeat(Math.min(size, 100_000))}`),
        () =>
          Buffer.from(JSON.stringify({ address: target.address, nonce: text(random, Math.min(size, 4096)) })),
        () => Buffer.from(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}`),
      ])();
      const type = random.pick(CONTENT_TYPES);
      const headers = ['Connection: close', `Content-Length: ${body.length}`];
      if (type) headers.push(`Content-Type: ${type}`);
      return request(
        'GET',
        random.int(0, 1) === 0 ? viewQuery(target, random) : random.pick(PATHS),
        headers,
        body,
      );
    }
    case 'oversized-url':
      return request('GET', `/v1/view?address=${'a'.repeat(random.int(limit - 64, 4 * limit))}&nonce=1`, [
        'Connection: close',
      ]);
    case 'headers': {
      const headers = random.pick([
        () =>
          Array.from(
            { length: random.int(100, 3000) },
            (_, i) => `X-H${i}: ${text(random, 8).replace(/[\r\n]/g, '')}`,
          ),
        () => [`X-Long: ${'v'.repeat(random.int(1024, 4 * limit))}`],
        () => [`X-Bad\u0000Name: 1`, 'Content-Length: abc'],
        () => ['Content-Length: 1', 'Content-Length: 2'],
        () => ['Host: a', 'Host: b'],
        () => [`Content-Type: ${'x'.repeat(random.int(1, 8000))}`],
        () => ['Expect: 100-continue', 'Content-Length: 10'],
        () => [`Cookie: ${'a=b; '.repeat(random.int(1, 2000))}`],
      ])();
      const body = headers.some((h) => h === 'Expect: 100-continue')
        ? Buffer.from('0123456789')
        : Buffer.alloc(0);
      return request('GET', viewQuery(target, random), ['Connection: close', ...headers], body);
    }
    case 'chunked': {
      // Each a whole message (a size that promises more than is sent would only wait for the rest); a GET,
      // whose body the service reads, where any other method is refused before it.
      const chunk = random.pick([
        () => {
          const data = text(random, random.int(1, 2 * limit));
          return `${data.length.toString(16)}\r\n${data}\r\n0\r\n\r\n`;
        },
        () => `3\r\n${text(random, random.int(4, 64))}\r\n0\r\n\r\n`,
        () => `zz\r\nabc\r\n0\r\n\r\n`,
        () => `ffffffffffffffffff\r\nabc\r\n`,
        () => `3;${'ext'.repeat(random.int(1, 5000))}\r\nabc\r\n0\r\n\r\n`,
        () => `0\r\n${'X-Trailer: 1\r\n'.repeat(random.int(1, 3000))}\r\n`,
        () => `-1\r\n\r\n`,
      ])();
      return request(
        'GET',
        viewQuery(target, random),
        ['Connection: close', 'Transfer-Encoding: chunked', 'Content-Type: application/json'],
        Buffer.from(chunk),
      );
    }
    case 'smuggle': {
      const inner = `GET /admin HTTP/1.1\r\nHost: x\r\n\r\n`;
      const headers = random.pick([
        ['Content-Length: 4', 'Transfer-Encoding: chunked'],
        ['Transfer-Encoding: chunked', 'Transfer-Encoding: identity'],
        ['Transfer-Encoding: xchunked'],
        ['Transfer-Encoding : chunked'],
        ['Content-Length: 0', 'Content-Length: 45'],
        [' Content-Length: 5'],
      ]);
      return request('POST', '/v1/view', ['Connection: close', ...headers], Buffer.from(`0\r\n\r\n${inner}`));
    }
    case 'bit-flipped': {
      // Anywhere but the blank line that ends the headers: the request stays a whole message.
      const whole = request('GET', viewQuery(target, random), [
        'Connection: close',
        'Accept: application/json',
      ]);
      return Buffer.concat([bitFlip(random, whole.subarray(0, -4)), whole.subarray(-4)]);
    }
    case 'pipelined':
      // A valid request kept alive, then a hostile one on the same connection: both are judged.
      return Buffer.concat([
        request('GET', viewQuery(target, random)),
        hostileRequest(random, random.pick(['query-mutated', 'path', 'body', 'garbage'] as const), target),
      ]);
    case 'garbage':
      return Buffer.concat([random.bytes(random.int(1, 2048)), Buffer.from('\r\n\r\n')]);
  }
}

const codes = ERROR_CODES as readonly string[];

export interface Response {
  readonly status: number;
  readonly code: string | undefined;
  /** The answer to a HEAD: the body it would have had is not sent, so neither is its code. */
  readonly head?: boolean;
}

/**
 * The complete final responses at the start of `bytes`, each its status and weft code; interim ones
 * (`100 Continue`) are passed over. The answer to a HEAD (`head`) has no body.
 */
export function responsesIn(bytes: Buffer, toHead = false): Response[] {
  const out: Response[] = [];
  let at = 0;
  for (;;) {
    const end = bytes.indexOf('\r\n\r\n', at);
    if (end < 0) return out;
    const head = bytes.subarray(at, end).toString('latin1');
    const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(head)?.[1] ?? 0);
    if (status >= 100 && status < 200) {
      at = end + 4;
      continue;
    }
    if (toHead && out.length === 0) {
      out.push({ status, code: undefined, head: true });
      at = end + 4;
      continue;
    }
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN);
    // Without a length the body's end is the connection's: nothing after it can be read.
    if (Number.isNaN(length)) return [...out, { status, code: undefined }];
    if (bytes.length < end + 4 + length) return out;
    out.push({ status, code: codeIn(bytes.subarray(end + 4, end + 4 + length).toString('utf8')) });
    at = end + 4 + length;
  }
}

function codeIn(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const code = typeof parsed === 'object' && parsed && 'code' in parsed ? parsed.code : undefined;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** How a response is judged: a success, or a 4xx/502/504 carrying one of weft's codes. */
function judge(response: Response): Omit<Reply, 'ms'> {
  const { status, code } = response;
  if (status >= 200 && status < 300) return { outcome: 'OK', typed: true };
  if (response.head && status >= 400 && status < 500) return { outcome: `${status} to HEAD`, typed: true };
  const refusal = (status >= 400 && status < 500) || status === 502 || status === 504;
  if (refusal && code && codes.includes(code)) return { outcome: `${status} ${code}`, typed: true };
  return { outcome: `untyped ${status || 'garbled'} ${code ?? 'without a weft code'}`, typed: false };
}

/** Every response judged: the first untyped one if any, else the last. */
export const judgeResponses = (responses: readonly Response[]) => {
  const judged = responses.map(judge);
  return judged.find((j) => !j.typed) ?? judged.at(-1)!;
};

/**
 * Writes `bytes` on a fresh connection; the reply is judged from the first `expect` responses, or from those
 * before the service closed. The sending side stays open: Node's server drops a request whose client
 * half-closes before the answer, so every hostile request is a complete HTTP message (or garbage the parser
 * refuses at once), and one the service waits on shows as a slow reply or a hang. The connection is reset
 * once the responses are in, so that 100,000 of them leave no ports in TIME_WAIT.
 */
export function sendHttp(
  port: number,
  bytes: Buffer,
  timeoutMs: number,
  { expect = 1, head = false }: { readonly expect?: number; readonly head?: boolean } = {},
): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (reply: Omit<Reply, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.resetAndDestroy();
      resolve({ ms: performance.now() - started, ...reply });
    };
    const timer = setTimeout(() => finish({ outcome: 'no answer', typed: false }), timeoutMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      const responses = responsesIn(Buffer.concat(chunks, received), head);
      if (responses.length >= expect) finish(judgeResponses(responses.slice(0, expect)));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The service may close (or reset) while the rest of a refused request is still being written.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
      finish({ outcome: `untyped connection ${error.code ?? error.message}`, typed: false });
    });
    socket.on('close', () => {
      const responses = responsesIn(Buffer.concat(chunks, received), head);
      finish(
        responses.length > 0
          ? judgeResponses(responses)
          : { outcome: 'untyped closed without a reply', typed: false },
      );
    });
  });
}

export interface HttpRunOptions {
  readonly count: number;
  readonly concurrency: number;
  /** How long a reply may take before it counts as no answer (a hang). */
  readonly timeoutMs: number;
  readonly onReply?: (done: number, reply: Reply) => void;
}

/** Sends `count` hostile requests to the service, the kinds drawn at random, `concurrency` at a time. */
export function fuzzHttpPort(target: HttpTarget, random: Random, options: HttpRunOptions): Promise<PortRun> {
  return runPort({
    name: target.name,
    pids: [target.pid],
    count: options.count,
    concurrency: options.concurrency,
    ...(options.onReply ? { onReply: options.onReply } : {}),
    message: () => {
      const kind = random.pick(HTTP_MUTATIONS);
      const bytes = hostileRequest(random, kind, target);
      return {
        label: kind,
        bytes: bytes.length,
        send: () =>
          sendHttp(target.port, bytes, options.timeoutMs, {
            expect: kind === 'pipelined' ? 2 : 1,
            head: bytes.subarray(0, 5).toString('latin1') === 'HEAD ',
          }),
      };
    },
  });
}
