import { describe, expect, it } from 'vitest';
import { seededRandom } from './hostile.js';
import { HTTP_MUTATIONS, hostileRequest, judgeResponses, responsesIn } from './http.js';

const typed = (status: number, code: string) => {
  const body = JSON.stringify({ code, message: 'm' });
  return `HTTP/1.1 ${status} X\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
};
const judged = (text: string, head = false) => judgeResponses(responsesIn(Buffer.from(text, 'latin1'), head));

describe("the fuzz run's judgement of an HTTP reply", () => {
  it('takes a success or a refusal with one of weft codes as typed', () => {
    expect(judged('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}')).toEqual({ outcome: 'OK', typed: true });
    expect(judged(typed(400, 'REQUEST_INVALID'))).toEqual({ outcome: '400 REQUEST_INVALID', typed: true });
    expect(judged(typed(502, 'LEDGER_CALL_FAILED')).typed).toBe(true);
  });

  it("refuses Node's bare 400, a code weft does not have, a 500 of the service's own and garbage", () => {
    const bare =
      'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n';
    expect(judged(bare).typed).toBe(false);
    expect(judged(typed(400, 'FST_ERR_VALIDATION')).typed).toBe(false);
    expect(judged(typed(500, 'REMOTE_ERROR')).typed).toBe(false);
    expect(judged('HTTP/1.1 400 X\r\nContent-Length: 5\r\n\r\nnope!').typed).toBe(false);
    expect(judged('SSH-2.0\r\n\r\n').typed).toBe(false);
  });

  it('passes over an interim 100 Continue, waits for a whole body, judges every pipelined answer', () => {
    expect(judged(`HTTP/1.1 100 Continue\r\n\r\n${typed(413, 'MESSAGE_TOO_LARGE')}`)).toEqual({
      outcome: '413 MESSAGE_TOO_LARGE',
      typed: true,
    });
    expect(responsesIn(Buffer.from(typed(404, 'NOT_FOUND').slice(0, -3)))).toEqual([]);
    const pipelined = `HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}${typed(500, 'REMOTE_ERROR')}`;
    expect(responsesIn(Buffer.from(pipelined))).toHaveLength(2);
    expect(judged(pipelined).typed).toBe(false);
  });

  it("reads a HEAD's answer without its body: a 4xx is typed", () => {
    const head =
      'HTTP/1.1 405 Method Not Allowed\r\nContent-Type: application/json\r\nContent-Length: 68\r\n\r\n';
    // Read as an answer to a GET, it waits for the 68 bytes that never come.
    expect(responsesIn(Buffer.from(head))).toEqual([]);
    expect(judged(head, true)).toEqual({ outcome: '405 to HEAD', typed: true });
  });
});

describe('hostile HTTP requests', () => {
  it('are the same for the same seed, of every kind, and whole (the headers end)', () => {
    const target = {
      name: 't',
      port: 1,
      pid: 1,
      address: '127.0.0.1:9080/n/weft:assets:Get:k',
      maxRequestBytes: 16 * 1024,
    };
    const make = (seed: number) => {
      const random = seededRandom(seed);
      return HTTP_MUTATIONS.flatMap((kind) =>
        Array.from({ length: 20 }, () => hostileRequest(random, kind, target)),
      );
    };
    const [a, b] = [make(5), make(5)];
    expect(a.map((x) => x.toString('hex'))).toEqual(b.map((x) => x.toString('hex')));
    for (const request of a) expect(request.includes('\r\n\r\n')).toBe(true);
  });
});
