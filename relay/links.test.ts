import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { createCertificateAuthority, issueCertificate } from '../topology/certificates.js';
import { pipeHandler } from '../transport/pipe.js';
import { serve } from '../transport/serve.js';
import { serverCredentials } from '../transport/tls.js';
import { failedCall, openLinks } from './links.js';
import type { Wake } from './machine.js';
import { ack } from './unary.js';

const reconnected: Wake = () => () => {};
const status = (code: grpc.status, details: string) => Object.assign(new Error(details), { code, details });

describe('a failed call', () => {
  it('is final when the server is in another role: asking again reaches the same server', () => {
    const refused = status(
      grpc.status.UNAVAILABLE,
      "No connection established. Last error: the server relay.b presents a driver's certificate where a relay's is expected",
    );
    expect(failedCall(refused, reconnected)).toEqual({
      kind: 'refused',
      reason: "the server relay.b presents a driver's certificate where a relay's is expected",
      wrongRole: true,
    });
  });

  it.each([
    grpc.status.INVALID_ARGUMENT,
    grpc.status.NOT_FOUND,
    grpc.status.PERMISSION_DENIED,
    grpc.status.UNAUTHENTICATED,
    grpc.status.UNIMPLEMENTED,
    grpc.status.FAILED_PRECONDITION,
  ])('is final when the callee refuses it (status %i)', (code) => {
    expect(failedCall(status(code, '[NOT_FOUND] no request r1'), reconnected)).toEqual({
      kind: 'refused',
      reason: '[NOT_FOUND] no request r1',
      wrongRole: false,
    });
  });

  it('is asked again once the callee is back when it found no connection, after a backoff otherwise', () => {
    expect(failedCall(status(grpc.status.UNAVAILABLE, 'connect ECONNREFUSED'), reconnected)).toEqual({
      kind: 'failed',
      reason: 'connect ECONNREFUSED',
      wake: reconnected,
    });
    expect(failedCall(status(grpc.status.DEADLINE_EXCEEDED, 'Deadline exceeded'), reconnected)).toEqual({
      kind: 'failed',
      reason: 'Deadline exceeded',
    });
    expect(failedCall(new Error('socket hang up'), reconnected)).toEqual({
      kind: 'failed',
      reason: 'socket hang up',
    });
  });
});

describe('calls to a peer relay', () => {
  const query = {
    requestId: 'a:r1',
    address: '127.0.0.1:1/w/weft:assets:Get:k',
    sourceNetwork: 'w',
    policy: [],
    requestingRelay: 'a',
    requestingNetwork: 'a',
    requestingOrg: 'Org1',
    certificate: `0x${'ab'.repeat(20)}`,
    signature: 'eA==',
    nonce: 'n1',
    confidential: false,
  };

  /** A peer relay on 127.0.0.1 with a relay's certificate, serving DataTransfer, and the pipe when `weft`. */
  async function peer(weft: boolean) {
    const ca = await createCertificateAuthority('w relays', 'ca.relays.w');
    const server = await issueCertificate(ca, {
      commonName: 'relay.w',
      role: 'relay',
      altNames: ['127.0.0.1', 'localhost'],
    });
    const client = await issueCertificate(ca, {
      commonName: 'relay.a',
      role: 'relay',
      altNames: ['localhost'],
    });
    const seen: string[] = [];
    const unary = (name: string) => (_call: unknown, callback: grpc.sendUnaryData<object>) => {
      seen.push(name);
      callback(null, ack('a:r1'));
    };
    const serving = await serve({
      host: '127.0.0.1',
      port: 0,
      credentials: serverCredentials({ cert: Buffer.from(server.cert), key: Buffer.from(server.key) }, [
        Buffer.from(ca.cert),
      ]),
      receiveBytes: 1024 * 1024,
      sendBytes: 1024 * 1024,
      services: [
        [
          'relay.datatransfer.DataTransfer',
          { RequestState: unary('RequestState'), SendState: unary('SendState') },
        ],
        ...(weft
          ? ([
              [
                'weft.relay.Pipe',
                {
                  Open: pipeHandler(
                    () => ({
                      query: async () => {
                        seen.push('pipe query');
                      },
                    }),
                    () => {},
                  ),
                },
              ],
            ] as const)
          : []),
      ],
    });
    const links = openLinks({
      identity: { cert: Buffer.from(client.cert), key: Buffer.from(client.key) },
      ownCa: Buffer.from(ca.cert),
      peers: [
        {
          networkId: 'w',
          address: `127.0.0.1:${serving.port}`,
          serverName: 'localhost',
          caFile: 'ca.pem',
          ca: Buffer.from(ca.cert),
        },
      ],
      maxMessageBytes: 1024 * 1024,
      callMs: 5_000,
    });
    return {
      links,
      seen,
      async stop() {
        links.close();
        await serving.stop(0);
      },
    };
  }

  it('go on the pipe to a weft relay', async () => {
    const w = await peer(true);
    try {
      expect(await w.links.forward(query)).toEqual({ kind: 'ack', ok: true, message: '' });
      expect(await w.links.forward({ ...query, requestId: 'a:r2' })).toEqual({
        kind: 'ack',
        ok: true,
        message: '',
      });
      expect(w.seen).toEqual(['pipe query', 'pipe query']);
    } finally {
      await w.stop();
    }
  });

  it("go unary to a relay that does not serve the pipe (Weaver's), from the first call on", async () => {
    const w = await peer(false);
    try {
      expect(await w.links.forward(query)).toMatchObject({ kind: 'ack', ok: true });
      expect(await w.links.forward(query)).toMatchObject({ kind: 'ack', ok: true });
      expect(w.seen).toEqual(['RequestState', 'RequestState']);
    } finally {
      await w.stop();
    }
  });
});
