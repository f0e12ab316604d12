/**
 * The PostgreSQL request store (store/postgres.ts) against a real PostgreSQL server from Debian's packages,
 * started in a folder of its own on 127.0.0.1 and stopped by its PID: the schema's migrations, the store's
 * contract as the journal keeps it (reads see puts in flight, versions of a key in order, listings in the
 * order of last change, retention), the same answers as the journal for random sequences of puts
 * (fast-check), and typed failures while the server is down, with recovery once it is back. Then what
 * replicas sharing a store rely on: a write on a stale version refused (STORE_CONFLICT) and the other
 * replica told, two replicas inserting one key and one winning, leases that keep a record with its holder
 * and pass it on once the holder stops, and lapsed records claimed by exactly one of two replicas at once.
 */
import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalStore } from '../../store/journal.js';
import { MIGRATIONS, migrate } from '../../store/migrations.js';
import { ChangeFeed, openPool, PostgresStore } from '../../store/postgres.js';
import type { Retention, StoredRecord } from '../../store/request-store.js';
import { allocatePorts } from '../../topology/ports.js';
import { type PostgresServer, startPostgres } from '../../topology/postgres.js';
import { restartProcess, stopProcess } from '../../topology/process.js';
import { tempDir } from '../support/temp.js';

interface Rec extends StoredRecord {
  readonly value: number;
}

const KEEP_ALL: Retention = { finalMs: 3_600_000, finalCount: 100_000 };
let dir: string;
let server: PostgresServer;
let pool: pg.Pool;
let stores = 0;

/** A store of its own name: the tests share one database. */
const openStore = (retention = KEEP_ALL, name = `t${stores++}`) =>
  PostgresStore.open<Rec>({ name, retention, pool });

const rec = (key: string, value: number, final = false, updatedAt = Date.now()): Rec => ({
  key,
  value,
  final,
  updatedAt,
});

beforeAll(async () => {
  dir = await tempDir('postgres');
  const [port] = await allocatePorts(1);
  server = await startPostgres('postgres', dir, port!);
  pool = openPool(server.url);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  if (server) await stopProcess(server.started.record);
});

describe('the PostgreSQL store', () => {
  it('migrates once, and refuses a database newer than it knows', async () => {
    const client = await pool.connect();
    try {
      // The first store opened migrated it; a second run has nothing to do.
      await openStore();
      expect(await migrate(client)).toEqual([]);
      const { rows } = await client.query('select version, name from weft_migrations order by version');
      expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
      await client.query("insert into weft_migrations (version, name) values (999, 'future')");
      await expect(migrate(client)).rejects.toMatchObject({ code: 'STORE_FAILED' });
      await expect(openStore()).rejects.toMatchObject({ code: 'STORE_FAILED' });
      await client.query('delete from weft_migrations where version = 999');
    } finally {
      client.release();
    }
  });

  it('sees a put in flight, keeps the versions of a key in order, and keeps them once committed', async () => {
    const store = await openStore();
    const name = `t${stores - 1}`;
    const puts = [1, 2, 3, 4, 5].map((v) => store.put(rec('k', v)));
    expect((await store.get('k'))?.value).toBe(5);
    await Promise.all(puts);
    await store.close();
    await expect(store.put(rec('k', 6))).rejects.toMatchObject({ code: 'STORE_FAILED' });
    const again = await openStore(KEEP_ALL, name);
    expect((await again.get('k'))?.value).toBe(5);
    expect(await again.count()).toBe(1);
    expect(await again.get('none')).toBeUndefined();
  });

  it('lists open and final records in the order of their last change, each store apart', async () => {
    const [a, b] = [await openStore(), await openStore()];
    await a.put(rec('x', 1));
    await a.put(rec('y', 1));
    await a.put(rec('z', 1, true));
    await a.put(rec('x', 2));
    await b.put(rec('x', 9));
    expect((await a.unfinished()).map((r) => `${r.key}${r.value}`)).toEqual(['y1', 'x2']);
    expect((await a.finished()).map((r) => r.key)).toEqual(['z']);
    expect((await b.unfinished()).map((r) => `${r.key}${r.value}`)).toEqual(['x9']);
  });

  it('keeps final records for the retention only, oldest first out; open ones always', async () => {
    const name = `t${stores++}`;
    const store = await openStore({ finalMs: 60_000, finalCount: 3 }, name);
    const now = Date.now();
    await store.put(rec('old', 0, true, now - 120_000));
    for (let i = 1; i <= 5; i++) await store.put(rec(`f${i}`, i, true, now));
    await store.put(rec('open', 0, false, now - 120_000));
    const reopened = await openStore({ finalMs: 60_000, finalCount: 3 }, name);
    expect((await reopened.finished()).map((r) => r.key)).toEqual(['f3', 'f4', 'f5']);
    expect((await reopened.unfinished()).map((r) => r.key)).toEqual(['open']);
  });

  it('answers as the journal does, for random sequences of puts', async () => {
    const journalDir = await tempDir('postgres-journal');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd'), final: fc.boolean() }), {
          maxLength: 30,
        }),
        async (steps) => {
          const journal = JournalStore.open<Rec>(`${journalDir}/${run++}`, KEEP_ALL);
          const store = await openStore();
          // Issued back to back, as a relay does, awaited together.
          await Promise.all(
            steps.flatMap((s, i) => [journal.put(rec(s.key, i, s.final)), store.put(rec(s.key, i, s.final))]),
          );
          const shown = (rs: Rec[]) => rs.map((r) => `${r.key}${r.value}`);
          expect(shown(await store.unfinished())).toEqual(shown(await journal.unfinished()));
          expect(shown(await store.finished())).toEqual(shown(await journal.finished()));
          expect(await store.count()).toBe(await journal.count());
          await journal.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('fails a put with STORE_FAILED while the server is down, says why, and takes writes once it is back', async () => {
    const store = await openStore();
    await store.put(rec('before', 1));
    expect(await stopProcess(server.started.record)).toBe('stopped');
    await expect(store.put(rec('during', 1))).rejects.toMatchObject({ code: 'STORE_FAILED' });
    expect(store.notWritable()).toBeDefined();
    await expect(store.unfinished()).rejects.toMatchObject({ code: 'STORE_FAILED' });
    const restarted = await restartProcess(server.started.record);
    server = { ...server, started: restarted };
    // The pool reconnects: the next put goes through once the server takes connections.
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await store.put(rec('after', 1));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    expect(store.notWritable()).toBeUndefined();
    expect((await store.unfinished()).map((r) => r.key)).toEqual(['before', 'after']);
  }, 60_000);
});

describe('replicas sharing the PostgreSQL store', () => {
  const replicaOf = (name: string, replica: string, extra: { leaseMs?: number; changes?: ChangeFeed } = {}) =>
    PostgresStore.open<Rec>({ name, retention: KEEP_ALL, pool, replica, leaseMs: 60_000, ...extra });
  const conflict = { code: 'STORE_CONFLICT' };

  it('refuses a write on a version another replica moved on, writes nothing, and tells the first', async () => {
    const name = `r${stores++}`;
    const feed = await ChangeFeed.open(server.url);
    try {
      const one = await replicaOf(name, 'one', { changes: feed });
      const two = await replicaOf(name, 'two', { changes: feed });
      const told: Array<string | undefined> = [];
      const toldTwo: Array<string | undefined> = [];
      one.onForeignChange = (key) => told.push(key);
      two.onForeignChange = (key) => toldTwo.push(key);
      await one.get('k');
      await one.put(rec('k', 1));
      expect((await two.get('k'))?.value).toBe(1);
      await two.put(rec('k', 2));
      // The first replica's next write starts from the version it wrote, which is gone.
      await expect(one.put(rec('k', 3))).rejects.toMatchObject(conflict);
      expect((await two.get('k'))?.value).toBe(2);
      await expect.poll(() => told).toEqual(['k']);
      // Read again, it writes on the version it now knows.
      expect((await one.get('k'))?.value).toBe(2);
      await one.put(rec('k', 4));
      expect((await two.get('k'))?.value).toBe(4);
      // A replica is not told of its own writes: once the first is told of the second's new record (one
      // connection carries both stores' notifications, in commit order), the second was told nothing of it.
      await two.get('mine');
      await two.put(rec('mine', 1));
      await expect.poll(() => told).toEqual(['k', 'mine']);
      expect(toldTwo).not.toContain('mine');
    } finally {
      await feed.close();
    }
  });

  it('lets one of two replicas inserting the same new key win', async () => {
    const name = `r${stores++}`;
    const [one, two] = [await replicaOf(name, 'one'), await replicaOf(name, 'two')];
    expect([await one.get('new'), await two.get('new')]).toEqual([undefined, undefined]);
    const outcomes = await Promise.allSettled([one.put(rec('new', 1)), two.put(rec('new', 2))]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject(conflict);
    const won = outcomes[0]!.status === 'fulfilled' ? 1 : 2;
    expect((await one.get('new'))?.value).toBe(won);
  });

  it('keeps an open record with its holder while it renews, and passes it on once it stops', async () => {
    const name = `r${stores++}`;
    const holder = await replicaOf(name, 'holder', { leaseMs: 600 });
    const other = await replicaOf(name, 'other', { leaseMs: 600 });
    const claimed: string[] = [];
    other.onClaimed = (records) => claimed.push(...records.map((r) => r.key));
    await holder.put(rec('held', 1));
    await holder.put(rec('done', 1, true));
    // Three leases long: renewed all the while, never claimed.
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect(claimed).toEqual([]);
    expect(await other.unfinished()).toEqual([]);
    await holder.close();
    await expect.poll(() => claimed, { timeout: 5_000 }).toEqual(['held']);
    // Back, the first holder resumes nothing (the other holds it now) and cannot overwrite what it has not
    // read; the other writes on the version it claimed.
    const back = await replicaOf(name, 'holder', { leaseMs: 600 });
    expect(await back.unfinished()).toEqual([]);
    await expect(back.put(rec('held', 9))).rejects.toMatchObject(conflict);
    await other.put(rec('held', 2, true));
    expect((await back.get('held'))?.value).toBe(2);
    await other.close();
    await back.close();
  });

  it('has each lapsed record claimed by exactly one of two replicas claiming at once', async () => {
    const name = `r${stores++}`;
    const gone = await replicaOf(name, 'gone', { leaseMs: 300 });
    const keys = Array.from({ length: 1_200 }, (_, i) => `k${i}`);
    await Promise.all(keys.map((key, i) => gone.put(rec(key, i))));
    await gone.close();
    // A reader of the records before they are claimed.
    const stale = await replicaOf(name, 'stale');
    expect((await stale.get('k0'))?.value).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const [one, two] = [await replicaOf(name, 'one'), await replicaOf(name, 'two')];
    const [a, b] = await Promise.all([one.unfinished(), two.unfinished()]);
    const all = [...a, ...b].map((r) => r.key);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...keys].sort());
    // A claim is a new version: what was read before it is stale; the claimer writes on it.
    await expect(stale.put(rec('k0', -1))).rejects.toMatchObject(conflict);
    await (a.some((r) => r.key === 'k0') ? one : two).put(rec('k0', 1));
  });
});
