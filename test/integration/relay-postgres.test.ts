/**
 * Relays on PostgreSQL (store/postgres.ts) in a real topology started with `relays: { store: postgres }`:
 * the topology runs a PostgreSQL server of its own (Debian's package) with a database per relay; relayed
 * views complete, a relay's requests are rows of its database and no journal is written, and after a SIGKILL
 * the restarted relay still shows them (its operator API) and serves new views. A relay whose database
 * does not answer does not start, and says why with STORE_FAILED.
 */
import { readFile } from 'node:fs/promises';
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
import { isRunning } from '../../topology/process.js';
import {
  fabricNetwork,
  readState,
  relayConfigFile,
  relayNamed,
  type TopologyState,
} from '../../topology/state.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

let stateDir: string;
let state: TopologyState;
let pool: pg.Pool;

beforeAll(async () => {
  // `relays: { store: postgres }`, as `weft up --relay-store postgres` sets it.
  ({ stateDir, state } = await upTwoFabricNetworks('relay-postgres', '{ store: postgres }'));
  const config = await loadRelayConfig(relayConfigFile(relayNamed(state, 'a')));
  pool = openPool(config.database!.url);
  await writeSample(fabricNetwork(state, 'b'), 'pg-key', 'kept in postgres');
}, 300_000);

let downed = false;

afterAll(async () => {
  if (!downed) await pool?.end();
  if (state && !downed) await down({ stateDir });
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
    await until(async () => {
      if (isRunning(relay)) throw new Error('still running');
    });
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

  it("runs the relays' server as a process of the topology, with a database per relay", async () => {
    const processes = (await readState(stateDir))!.processes;
    const server = processes.find((p) => p.name === 'topology/postgres')!;
    expect(server).toMatchObject({ role: 'database', stopSignal: 'SIGINT' });
    expect(isRunning(server)).toBe(true);
    const urls = await Promise.all(
      ['a', 'b'].map(
        async (id) => (await loadRelayConfig(relayConfigFile(relayNamed(state, id)))).database!.url,
      ),
    );
    expect(new Set(urls).size).toBe(2);
    expect(urls[1]).toMatch(/\/weft_relay_b$/);
  });

  it('does not start on a database that does not answer, and says why', async () => {
    const { operations: _, ...config } = await loadRelayConfig(relayConfigFile(relayNamed(state, 'a')));
    const [clientPort, relayPort, closed] = await allocatePorts(3);
    await expect(
      startRelay({
        ...config,
        clientPort: clientPort!,
        relayPort: relayPort!,
        // A free port: nothing listens there.
        database: { ...config.database!, url: `postgres://weft@127.0.0.1:${closed}/postgres`, poolSize: 1 },
      }),
    ).rejects.toMatchObject({ code: 'STORE_FAILED' });
  });

  it('stops the server with the topology, after the relays', async () => {
    const server = (await readState(stateDir))!.processes.find((p) => p.name === 'topology/postgres')!;
    await pool.end();
    const report = await down({ stateDir });
    downed = true;
    expect(report.stopped).toContainEqual(
      expect.objectContaining({ name: 'topology/postgres', outcome: 'stopped' }),
    );
    expect(isRunning(server)).toBe(false);
  });
});
