/**
 * A PostgreSQL server of a topology, from Debian's packages (`apt-get install postgresql`): a cluster of
 * its own in a folder of the state, run as its own process on 127.0.0.1 and a port of its own, stopped by
 * its PID like every other node. PostgreSQL refuses to run as root: as root, initdb and the server run in a
 * user namespace as the package's `postgres` user (see `unprivileged`).
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describeError, WeftError } from '../common/errors.js';
import { runCommand } from './command.js';
import { LOOPBACK } from './ports.js';
import { type ProcessSpec, type StartedProcess, startProcess, tail } from './process.js';

/** The superuser initdb creates; the server trusts connections from 127.0.0.1 only. */
export const POSTGRES_USER = 'weft';
const DEBIAN_PREFIX = '/usr/lib/postgresql';

/** The folder of PostgreSQL's programs: $WEFT_POSTGRES_BIN, else the newest of Debian's packages. */
export async function postgresBinDir(): Promise<string> {
  if (process.env.WEFT_POSTGRES_BIN) return process.env.WEFT_POSTGRES_BIN;
  const versions = await readdir(DEBIAN_PREFIX).catch(() => [] as string[]);
  const newest = versions
    .filter((v) => /^[0-9]+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .at(0);
  if (!newest) {
    throw new WeftError(
      'PROCESS_START_FAILED',
      `PostgreSQL is not installed (no ${DEBIAN_PREFIX}/<version>/bin): apt-get install postgresql, or set WEFT_POSTGRES_BIN`,
    );
  }
  return join(DEBIAN_PREFIX, newest, 'bin');
}

/**
 * As root, the command line's prefix that runs PostgreSQL in a user namespace of its own where it is the
 * `postgres` user (`nobody` without one), while it reads and writes the state folder as root outside it:
 * PostgreSQL refuses to run as root, and a state folder under root's home is not the `postgres` user's to
 * enter. `unshare` execs, so the PID recorded is the server's own.
 */
function unprivileged(): Promise<readonly string[]> {
  // Asked once per process: the ids do not change.
  prefix ??= unprivilegedPrefix();
  return prefix;
}
let prefix: Promise<readonly string[]> | undefined;

async function unprivilegedPrefix(): Promise<readonly string[]> {
  if (process.getuid?.() !== 0) return [];
  const id = async (flag: string, user: string) =>
    (await runCommand('id', [flag, user]).then(
      (r) => r.stdout.trim(),
      () => '',
    )) || undefined;
  const uid = (await id('-u', 'postgres')) ?? (await id('-u', 'nobody')) ?? '65534';
  const gid = (await id('-g', 'postgres')) ?? (await id('-g', 'nobody')) ?? '65534';
  return ['unshare', '--user', `--map-user=${uid}`, `--map-group=${gid}`, '--'];
}

export interface PostgresServer {
  readonly url: string;
  readonly port: number;
  readonly started: StartedProcess;
}

/** The server's process: its data in `dir/data`, its socket in `dir`, listening on 127.0.0.1:`port`. */
export async function postgresProcess(name: string, dir: string, port: number): Promise<ProcessSpec> {
  const bin = await postgresBinDir();
  const server = [join(bin, 'postgres'), '-D', join(dir, 'data'), '-p', String(port), '-k', dir];
  const args = ['-c', `listen_addresses=${LOOPBACK}`];
  const [command, ...rest] = [...(await unprivileged()), ...server, ...args];
  // SIGINT: PostgreSQL's fast shutdown (clients disconnected, a checkpoint written).
  return { name, command: command!, args: rest, logFile: join(dir, 'postgres.log'), stopSignal: 'SIGINT' };
}

/**
 * Creates a cluster in `dir/data` unless one is there: its superuser `weft`, trusted from 127.0.0.1 only.
 * @throws {WeftError} COMMAND_FAILED when initdb fails
 */
export async function initPostgres(dir: string): Promise<void> {
  const bin = await postgresBinDir();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const initialised = await stat(join(dir, 'data', 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (initialised) return;
  const [command, ...args] = [
    ...(await unprivileged()),
    join(bin, 'initdb'),
    '-D',
    join(dir, 'data'),
    '-U',
    POSTGRES_USER,
    '--auth=trust',
    '--encoding=UTF8',
  ];
  await runCommand(command!, args);
}

export const postgresUrl = (port: number, database = 'postgres') =>
  `postgres://${POSTGRES_USER}@${LOOPBACK}:${port}/${database}`;

/**
 * Resolves once the server on `port` takes connections (a bound port is not enough: it refuses them while
 * it starts up).
 * @throws {WeftError} TIMEOUT, with the end of its log
 */
export async function awaitPostgres(port: number, logFile: string, readyWithinMs = 30_000): Promise<void> {
  const bin = await postgresBinDir();
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    const ready = await runCommand(
      join(bin, 'pg_isready'),
      ['-h', LOOPBACK, '-p', String(port), '-U', POSTGRES_USER, '-d', 'postgres'],
      { timeoutMs: 5_000 },
    ).then(
      () => true,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) {
      throw new WeftError(
        'TIMEOUT',
        `PostgreSQL on ${port} takes no connections within ${readyWithinMs} ms`,
        {
          logTail: await tail(logFile, 12),
        },
      );
    }
    await sleep(100);
  }
}

/**
 * Creates a cluster unless one is there, starts its server and waits until it takes connections.
 * @throws {WeftError} COMMAND_FAILED when initdb fails; PROCESS_EXITED or TIMEOUT when the server does not
 *   come up.
 */
export async function startPostgres(
  name: string,
  dir: string,
  port: number,
  readyWithinMs = 30_000,
): Promise<PostgresServer> {
  await initPostgres(dir);
  const spec = await postgresProcess(name, dir, port);
  const started = await startProcess(spec);
  try {
    await awaitPostgres(port, spec.logFile, readyWithinMs);
  } catch (error) {
    const exit = started.exited();
    if (!exit) throw error;
    throw new WeftError('PROCESS_EXITED', `${name} exited (${exit.code ?? exit.signal})`, {
      logTail: await tail(spec.logFile, 12),
    });
  }
  return { url: postgresUrl(port), port, started };
}

/** A relay's database: one per network, named after it. */
export const relayDatabase = (networkId: string) => `weft_relay_${networkId.replaceAll('-', '_')}`;

/** Creates each database that is not there yet. @throws {WeftError} STORE_FAILED */
export async function createDatabases(port: number, names: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl(port) });
  try {
    await client.connect();
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database');
    const present = new Set(rows.map((r) => r.datname));
    for (const name of names) {
      if (!present.has(name)) await client.query(`create database ${client.escapeIdentifier(name)}`);
    }
  } catch (error) {
    throw new WeftError('STORE_FAILED', `cannot create the relays' databases: ${describeError(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}
