import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allocatePorts, assertPortsFree, isPortFree, LOOPBACK } from './ports.js';

const held: Server[] = [];

async function hold(port = 0): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, LOOPBACK, resolve));
  held.push(server);
  return (server.address() as { port: number }).port;
}

afterEach(async () => {
  await Promise.all(held.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('ports', () => {
  it('allocates distinct free ports inside the range, skipping excluded ones', async () => {
    const range = { from: 22000, to: 22100 };
    const first = await allocatePorts(10, new Set(), range);
    const more = await allocatePorts(10, new Set(first), range);
    expect(new Set([...first, ...more]).size).toBe(20);
    for (const port of [...first, ...more]) {
      expect(port).toBeGreaterThanOrEqual(range.from);
      expect(port).toBeLessThan(range.to);
      expect(await isPortFree(port)).toBe(true);
    }
  });

  it('never hands out a port that something holds', async () => {
    const [candidate] = await allocatePorts(1, new Set(), { from: 23000, to: 23100 });
    const taken = await hold(candidate);
    const ports = await allocatePorts(50, new Set(), { from: 23000, to: 23100 });
    expect(ports).not.toContain(taken);
  });

  it('skips a port another live process reserved, and takes over a stale reservation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weft-reservations-'));
    const [first] = await allocatePorts(1, new Set(), { from: 24200, to: 24300 }, dir);
    const range = { from: first!, to: first! + 1 };
    // Reserved just now by a live process (our parent): not ours to take.
    await writeFile(join(dir, String(first)), `${process.ppid} ${Date.now()}\n`);
    await expect(allocatePorts(1, new Set(), range, dir)).rejects.toMatchObject({ code: 'PORTS_EXHAUSTED' });
    // Reserved long ago: stale, taken over, and recorded as ours.
    await writeFile(join(dir, String(first)), `${process.ppid} ${Date.now() - 3_600_000}\n`);
    expect(await allocatePorts(1, new Set(), range, dir)).toEqual([first]);
    expect((await readFile(join(dir, String(first)), 'utf8')).split(' ')[0]).toBe(String(process.pid));
    // Ours already: allocated again (a second topology of the same process).
    expect(await allocatePorts(1, new Set(), range, dir)).toEqual([first]);
  });

  it('fails with PORTS_EXHAUSTED when the range has too few free ports', async () => {
    const taken = await hold();
    await expect(allocatePorts(1, new Set(), { from: taken, to: taken + 1 })).rejects.toMatchObject({
      code: 'PORTS_EXHAUSTED',
    });
  });

  it('names the port and its role when a claimed port is in use', async () => {
    const taken = await hold();
    await expect(assertPortsFree([{ port: taken, role: 'net JSON-RPC' }])).rejects.toMatchObject({
      code: 'PORT_IN_USE',
      message: expect.stringContaining(`port ${taken} (net JSON-RPC)`),
      context: { port: taken, role: 'net JSON-RPC' },
    });
  });
});
