/**
 * Port allocation for local topologies. Every port is on 127.0.0.1. Ports are either given in the topology
 * (then checked before anything starts) or picked from a range below Linux's ephemeral range, so that outgoing
 * connections of the running nodes never take a port that a node is about to bind.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WeftError } from '../common/errors.js';

export const LOOPBACK = '127.0.0.1';

/** Below /proc/sys/net/ipv4/ip_local_port_range's default start (32768). */
export const AUTO_PORT_RANGE = { from: 20000, to: 32000 } as const;

function listen(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function isPortFree(port: number): Promise<boolean> {
  const server = await listen(port);
  if (!server) return false;
  await close(server);
  return true;
}

/** A port the topology needs, with the role it plays, for error messages. */
export interface PortClaim {
  readonly port: number;
  readonly role: string;
}

/** Fails with PORT_IN_USE naming the first claimed port that something else already holds. */
export async function assertPortsFree(claims: readonly PortClaim[]): Promise<void> {
  for (const claim of claims) {
    if (!(await isPortFree(claim.port))) {
      throw new WeftError(
        'PORT_IN_USE',
        `port ${claim.port} (${claim.role}) is already in use on ${LOOPBACK}`,
        { port: claim.port, role: claim.role },
      );
    }
  }
}

/** How long a reservation keeps a port from other processes while its owner lives. */
const RESERVATION_MS = 10 * 60_000;

/** Where allocations of every weft process on this machine are recorded. */
export function defaultReservationDir(): string {
  return join(tmpdir(), 'weft-port-reservations');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: asks whether the process exists, sends nothing
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Records `port` as this process's, unless a live process reserved it in the last RESERVATION_MS. A free
 * port stays free until its service binds it, seconds later: without this, two topologies started side by
 * side (parallel test files) could both pick it.
 */
function reserve(dir: string, port: number, now = Date.now()): boolean {
  const file = join(dir, String(port));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid} ${now}\n`, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return true; // no shared record: free is enough
    }
    let owner: number;
    let at: number;
    try {
      [owner, at] = readFileSync(file, 'utf8').trim().split(' ').map(Number) as [number, number];
    } catch {
      continue; // removed meanwhile
    }
    if (owner === process.pid || (alive(owner) && now - at < RESERVATION_MS)) return owner === process.pid;
    rmSync(file, { force: true });
  }
  return false;
}

/**
 * Picks `count` distinct free ports from the range, starting at a random offset, each reserved for this
 * process in `reservations` (shared by every weft process on the machine) so that two topologies started
 * at the same moment never pick the same port. All candidates are held open until the whole set is found,
 * so the set itself has no duplicates; `exclude` holds ports already given out.
 */
export async function allocatePorts(
  count: number,
  exclude: ReadonlySet<number> = new Set(),
  range: { from: number; to: number } = AUTO_PORT_RANGE,
  reservations = defaultReservationDir(),
): Promise<number[]> {
  try {
    mkdirSync(reservations, { recursive: true });
  } catch {
    // No shared record on this machine: a free port is the only test, as before.
  }
  const span = range.to - range.from;
  const start = Math.floor(Math.random() * span);
  const held: Server[] = [];
  const ports: number[] = [];
  try {
    for (let i = 0; i < span && ports.length < count; i++) {
      const port = range.from + ((start + i) % span);
      if (exclude.has(port)) continue;
      const server = await listen(port);
      if (!server) continue;
      held.push(server);
      if (!reserve(reservations, port)) continue;
      ports.push(port);
    }
  } finally {
    await Promise.all(held.map(close));
  }
  if (ports.length < count) {
    throw new WeftError('PORTS_EXHAUSTED', `found only ${ports.length} of ${count} free ports`, range);
  }
  return ports;
}
