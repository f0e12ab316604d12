import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test/support/temp.js';
import { tcpOpen, tlsHandshake } from './health.js';
import { LOOPBACK } from './ports.js';

const servers: Server[] = [];

async function listening(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  return (server.address() as { port: number }).port;
}

afterAll(() => {
  for (const server of servers) server.close();
});

describe('readiness probes', () => {
  it('tells a bound port that does not serve TLS from one that does', async () => {
    // Accepts connections and never answers: what a Go gRPC server's port looks like before it serves.
    const silent = await listening(createServer(() => {}));
    expect(await tcpOpen(silent)).toBe(true);
    expect(await tlsHandshake(silent)).toBe(false);

    const dir = await tempDir('tls');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const serving = await listening(
      createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }),
    );
    expect(await tlsHandshake(serving)).toBe(true);
  });

  it('answers false for a closed port', async () => {
    const server = createServer();
    const port = await listening(server);
    await new Promise((resolve) => server.close(resolve));
    expect(await tcpOpen(port)).toBe(false);
    expect(await tlsHandshake(port)).toBe(false);
  });
});
