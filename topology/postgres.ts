/**
 * A PostgreSQL server of a topology, from Debian's packages (`apt-get install postgresql`): a cluster of
 * its own in a folder of the state, run as its own process on 127.0.0.1 and a port of its own, stopped by
 * its PID like every other node. PostgreSQL refuses to run as root: as root, initdb and the server run as
 * the package's `postgres` user (`setpriv`, which execs, so the PID recorded is the server's own).
 */
import { chown, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WeftError } from '../common/errors.js';
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

interface RunAs {
  readonly uid: number;
  readonly gid: number;
  /** The command line's prefix that runs a program as that user. */
  readonly prefix: readonly string[];
}

/** As root, the `postgres` user's; otherwise the caller's own (no prefix). */
async function runAs(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await runCommand('id', ['-u', 'postgres']);
  const { stdout: group } = await runCommand('id', ['-g', 'postgres']);
  return {
    uid: Number(stdout.trim()),
    gid: Number(group.trim()),
    prefix: ['setpriv', '--reuid=postgres', '--regid=postgres', '--init-groups', '--'],
  };
}

export interface PostgresServer {
  readonly url: string;
  readonly port: number;
  readonly started: StartedProcess;
}

/** The server's process: its data in `dir/data`, its socket in `dir`, listening on 127.0.0.1:`port`. */
export async function postgresProcess(name: string, dir: string, port: number): Promise<ProcessSpec> {
  const bin = await postgresBinDir();
  const user = await runAs();
  const server = [join(bin, 'postgres'), '-D', join(dir, 'data'), '-p', String(port), '-k', dir];
  const args = ['-c', `listen_addresses=${LOOPBACK}`];
  const [command, ...rest] = [...(user?.prefix ?? []), ...server, ...args];
  // SIGINT: PostgreSQL's fast shutdown (clients disconnected, a checkpoint written).
  return { name, command: command!, args: rest, logFile: join(dir, 'postgres.log'), stopSignal: 'SIGINT' };
}

/**
 * Creates a cluster in `dir/data` unless one is there, starts its server and waits until it takes
 * connections.
 *
 * @throws {WeftError} COMMAND_FAILED when initdb fails; PROCESS_EXITED or TIMEOUT when the server does
 *   not come up.
 */
export async function startPostgres(
  name: string,
  dir: string,
  port: number,
  readyWithinMs = 30_000,
): Promise<PostgresServer> {
  const bin = await postgresBinDir();
  const user = await runAs();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (user) await chown(dir, user.uid, user.gid);
  const initialised = await stat(join(dir, 'data', 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    const [command, ...args] = [
      ...(user?.prefix ?? []),
      join(bin, 'initdb'),
      '-D',
      join(dir, 'data'),
      '-U',
      POSTGRES_USER,
      '--auth=trust',
      '--encoding=UTF8',
    ];
    // COMMAND_FAILED, with initdb's stderr, when it fails.
    await runCommand(command!, args);
  }
  const started = await startProcess(await postgresProcess(name, dir, port));
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    const exit = started.exited();
    if (exit) {
      throw new WeftError('PROCESS_EXITED', `${name} exited (${exit.code ?? exit.signal})`, {
        logTail: await tail(join(dir, 'postgres.log'), 12),
      });
    }
    const ready = await runCommand(
      join(bin, 'pg_isready'),
      ['-h', LOOPBACK, '-p', String(port), '-U', POSTGRES_USER, '-d', 'postgres'],
      { timeoutMs: 5_000 },
    ).then(
      () => true,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      throw new WeftError('TIMEOUT', `${name} takes no connections within ${readyWithinMs} ms`, {
        logTail: await tail(join(dir, 'postgres.log'), 12),
      });
    }
    await sleep(100);
  }
  return { url: `postgres://${POSTGRES_USER}@${LOOPBACK}:${port}/postgres`, port, started };
}
