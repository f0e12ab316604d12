/**
 * A relay on PostgreSQL (`database` in its configuration, store/postgres.ts) in a real topology: a's relay
 * moves from its journals to a real PostgreSQL server; relayed views complete through it, its requests are
 * rows of the database and not lines of a journal, and after a SIGKILL the restarted relay still shows them
 * (its operator API) and serves new views. A relay whose database does not answer does not start, and says
 * why with STORE_FAILED.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, openLocalClient } from '../../cli/query.js';
import { openOperatorApi } from '../../cli/requests.js';
import { writeSample } from '../../cli/smoke.js';
import { loadRelayConfig } from '../../relay/config.js';
import { startRelay } from '../../relay/relay.js';
import { openPool } from '../../store/postgres.js';
import { down, restartProcesses } from '../../topology/launcher.js';
import { allocatePorts } from '../../topology/ports.js';
import { type PostgresServer, startPostgres } from '../../topology/postgres.js';
import { stopProcess } from '../../topology/process.js';
import {
  fabricNetwork,
  readState,
  relayConfigFile,
  relayNamed,
  type TopologyState,
} from '../../topology/state.js';
import { tempDir } from '../support/temp.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

let stateDir: string;
let state: TopologyState;
let server: PostgresServer;
let pool: pg.Pool;

beforeAll(async () => {
  ({ stateDir, state } = await upTwoFabricNetworks('relay-postgres'));
  const [port] = await allocatePorts(1);
  server = await startPostgres('postgres', await tempDir('relay-postgres-db'), port!);
  pool = openPool(server.url);
  await writeSample(fabricNetwork(state, 'b'), 'pg-key', 'kept in postgres');
  // a's relay, stopped, configured onto the database, started again.
  const relay = (await readState(stateDir))!.processes.find((p) => p.name === 'a/relay')!;
  await stopProcess(relay);
  const file = relayConfigFile(relayNamed(state, 'a'));
  const config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...config, database: { url: server.url } }, null, 2));
  // Its journals go: whatever it shows from here on comes from the database.
  await rm(String(config.storeDir), { recursive: true, force: true });
  await restartProcesses({ stateDir, names: ['a/relay'] });
}, 300_000);

afterAll(async () => {
  await pool?.end();
  if (state) await down({ stateDir });
  if (server) await stopProcess(server.started.record);
}, 60_000);

/** The first answer of `probe` that does not throw, within 20 s. */
async function until<T>(probe: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const rowsOf = async (store: string) =>
  Number(
    (await pool.query<{ n: string }>('select count(*) as n from weft_records where store = $1', [store]))
      .rows[0]!.n,
  );

describe('a relay on PostgreSQL', () => {
  it('relays views with its requests in the database, and shows them after a SIGKILL', async () => {
    const address = expandAddress(state, 'b/weft:assets:Get:pg-key');
    const a = await openLocalClient(state, 'a');
    const ids: string[] = [];
    try {
      for (let i = 0; i < 5; i++) ids.push((await a.client.requestView(address)).requestId);
    } finally {
      a.close();
    }
    expect(await rowsOf('requests')).toBeGreaterThanOrEqual(5);
    const { rows } = await pool.query<{ key: string; status: string }>(
      "select key, record->>'status' as status from weft_records where store = 'requests'",
    );
    for (const id of ids) expect(rows).toContainEqual({ key: `out/${id}`, status: 'COMPLETED' });
    const journal = (await loadRelayConfig(relayConfigFile(relayNamed(state, 'a')))).storeDir;
    await expect(readFile(join(journal, 'requests.jsonl'))).rejects.toMatchObject({ code: 'ENOENT' });

    const relay = (await readState(stateDir))!.processes.find((p) => p.name === 'a/relay')!;
    process.kill(relay.pid, 'SIGKILL');
    await restartProcesses({ stateDir, names: ['a/relay'] });
    // Its operations port is a new one, written down once the endpoint listens, after the relay port.
    const shown = await until(async () =>
      (await openOperatorApi(state, 'a')).list({ role: 'outbound', limit: 100 }),
    );
    for (const id of ids) expect(shown).toContainEqual(expect.objectContaining({ id, status: 'COMPLETED' }));
    const again = await openLocalClient(state, 'a');
    try {
      const view = await again.client.requestView(address);
      expect(Buffer.from(view.value).toString()).toBe('kept in postgres');
    } finally {
      again.close();
    }
  }, 120_000);

  it('does not start on a database that does not answer, and says why', async () => {
    const { operations: _, ...config } = await loadRelayConfig(relayConfigFile(relayNamed(state, 'a')));
    const [clientPort, relayPort, closed] = await allocatePorts(3);
    await expect(
      startRelay({
        ...config,
        clientPort: clientPort!,
        relayPort: relayPort!,
        // A free port: nothing listens there.
        database: { url: `postgres://weft@127.0.0.1:${closed}/postgres`, poolSize: 1 },
      }),
    ).rejects.toMatchObject({ code: 'STORE_FAILED' });
  });
});
