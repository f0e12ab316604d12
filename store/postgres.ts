/**
 * A request store on PostgreSQL (`pg`), for relays whose state must outlive their machine: one row per
 * record (its last version, as JSON), each put one upsert committed before it resolves. Several stores
 * (requests, events, webhooks) share one database and one pool, each under its own name.
 *
 * As the journal: a read sees every put issued before it (a put in flight is read from memory); versions of
 * one key put one after the other are written in that order; final records are kept for the retention
 * period and up to its count, oldest first out. Every failure is a STORE_FAILED with the database's reason.
 *
 * Beyond it, replicas of one relay share the database (`SharedStore`): every write is conditional on the
 * version its writer last read (a conflict is STORE_CONFLICT, nothing written); the replica that wrote an
 * open record last holds it while it renews its lease, and the others claim it (`for update skip locked`)
 * once the lease lapses; each change is told to the others (LISTEN/NOTIFY, `ChangeFeed`).
 */
import pg from 'pg';
import { describeError, WeftError } from '../common/errors.js';
import { migrate } from './migrations.js';
import {
  DEFAULT_LEASE_MS,
  DEFAULT_REPLICA,
  type Retention,
  type ServiceStore,
  type SharedStore,
  type StoredRecord,
} from './request-store.js';

/** Expiry runs on opening and after this many puts of final records. */
const EXPIRE_EVERY = 64;
/**
 * Versions of final records remembered at most (those read, which a retry may write on): beyond, the oldest
 * are forgotten, and a put on one is refused as a conflict. Open records' versions are all kept (their
 * number is bounded by the service's own limit on open requests).
 */
const MAX_FINAL_VERSIONS = 10_000;
/** Records claimed at once from replicas whose leases lapsed. */
const CLAIM_BATCH = 500;
/** A version meaning: known to be absent, so the put must insert. */
const ABSENT = 0;

function failure(message: string, cause: unknown): WeftError {
  return new WeftError('STORE_FAILED', `${message}: ${describeError(cause)}`, {}, { cause });
}

export interface PostgresStoreOptions {
  /** The store's name in the database: `requests`, `events`, `webhooks`. */
  readonly name: string;
  readonly retention: Retention;
  /** A pool to share with the other stores of the process; closing the store leaves it open. */
  readonly pool: pg.Pool;
  /** This process among the replicas sharing the database: each needs a name of its own. */
  readonly replica?: string;
  /** How long this replica holds an open record it does not renew: what a failover waits for. */
  readonly leaseMs?: number;
  /** Other replicas' changes; without it a record another replica moved on shows only as a conflict. */
  readonly changes?: ChangeFeed;
}

/** A pool for `url` (postgres://…) that reports its connections' errors instead of crashing the process. */
export function openPool(url: string, options: { readonly max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 8 });
  // An idle connection's error (the server restarted) would be thrown otherwise; the next query reports it.
  pool.on('error', () => {});
  return pool;
}

/**
 * Brings the database's schema up to date; safe to call from replicas starting together.
 * @throws {WeftError} STORE_FAILED
 */
export async function prepareDatabase(pool: pg.Pool): Promise<number[]> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw failure('cannot reach the database', error);
  }
  try {
    return await migrate(client);
  } catch (error) {
    if (error instanceof WeftError) throw error;
    throw failure('cannot migrate the database', error);
  } finally {
    client.release();
  }
}

const statementNames = new Map<string, string>();

/** A name per statement text: pg prepares a named statement once on each connection. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `weft_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

interface Change {
  readonly store: string;
  readonly key: string;
  readonly owner: string | null;
  readonly version: number;
}

/** Told each change; undefined: changes may have been missed (the feed's connection dropped). */
type ChangeListener = (change: Change | undefined) => void;

/**
 * One connection LISTENing for the records' changes (a trigger NOTIFYs each new version), told to every
 * store of the process. A dropped connection is opened again; what changed meanwhile is told as a change
 * of anything (`key` undefined).
 */
export class ChangeFeed {
  private client: pg.Client | undefined;
  private readonly listeners = new Set<ChangeListener>();
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  private constructor(private readonly url: string) {}

  /** @throws {WeftError} STORE_FAILED when the database cannot be reached. */
  static async open(url: string): Promise<ChangeFeed> {
    const feed = new ChangeFeed(url);
    await feed.connect();
    return feed;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel !== 'weft_records' || !message.payload) return;
      let change: Change;
      try {
        change = JSON.parse(message.payload) as Change;
      } catch {
        return; // only the trigger of migration 2 notifies on this channel, in JSON
      }
      for (const listener of this.listeners) listener(change);
    });
    try {
      await client.connect();
      await client.query('listen weft_records');
    } catch (error) {
      await client.end().catch(() => {});
      throw failure('cannot listen for changes', error);
    }
    this.client = client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    void client.end().catch(() => {});
    const again = () => {
      this.retry = undefined;
      if (this.closed) return;
      this.connect().then(
        // Changes made while nobody listened are unknown: everything may have changed.
        () => {
          for (const listener of this.listeners) listener(undefined);
        },
        () => {
          this.retry = setTimeout(again, 1_000).unref();
        },
      );
    };
    this.retry = setTimeout(again, 200).unref();
  }

  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}

export class PostgresStore<T extends StoredRecord> implements ServiceStore<T>, SharedStore<T> {
  /** Puts not yet committed, by key: the newest version of each, which reads see. */
  private readonly inFlight = new Map<string, T>();
  /**
   * The version of each record as this store last read or wrote it: what its next put is conditional on
   * (a record never read is only inserted, never overwritten). Final records' apart, oldest first out.
   */
  private readonly versions = new Map<string, number>();
  private readonly finalVersions = new Map<string, number>();
  private readonly timers: NodeJS.Timeout[] = [];
  private unlisten: (() => void) | undefined;
  onClaimed: ((records: T[]) => void) | undefined;
  onForeignChange: ((key: string | undefined) => void) | undefined;
  private pending: Array<{ record: T; resolve: () => void; reject: (error: unknown) => void }> = [];
  /** The batch being written, if one is: listings wait for it. */
  private flushing: Promise<void> | undefined;
  private finalsSinceExpiry = 0;
  private closed = false;
  private lastFailure: string | undefined;
  /** Told the time of each committed batch, in seconds, and its size: what a put waits for. */
  onSync: ((seconds: number, records: number) => void) | undefined;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly name: string,
    private readonly retention: Retention,
    /** Who this replica is, and how long it holds what it does not renew. */
    readonly replica: string,
    private readonly leaseMs: number,
  ) {}

  /**
   * Migrates the database if it must, forgets final records past the retention, and keeps this replica's
   * leases renewed and the lapsed ones of others claimed until it is closed.
   * @throws {WeftError} STORE_FAILED when the database cannot be reached or migrated.
   */
  static async open<T extends StoredRecord>(options: PostgresStoreOptions, now = Date.now()) {
    await prepareDatabase(options.pool);
    const store = new PostgresStore<T>(
      options.pool,
      options.name,
      options.retention,
      options.replica ?? DEFAULT_REPLICA,
      options.leaseMs ?? DEFAULT_LEASE_MS,
    );
    await store.expire(now);
    store.unlisten = options.changes?.listen((change) => {
      if (change === undefined) return store.onForeignChange?.(undefined);
      const { key, owner, version } = change;
      if (change.store !== store.name || owner === store.replica) return;
      // Told after this store read the change itself: nothing it does not know.
      if ((store.known(key) ?? -1) >= version) return;
      store.forget(key);
      store.onForeignChange?.(key);
    });
    // Renewed three times a lease, so that one slow renewal loses nothing; lapsed ones claimed twice a lease.
    const every = (ms: number, task: () => Promise<unknown>) =>
      store.timers.push(setInterval(() => void task().catch(() => {}), ms).unref());
    every(Math.max(10, Math.floor(store.leaseMs / 3)), () => store.renew());
    every(Math.max(10, Math.floor(store.leaseMs / 2)), () => store.claimLapsed());
    return store;
  }

  /**
   * Never backwards: a read answered after this store's own later write (on another connection of the pool)
   * carries an older version than the one it wrote.
   */
  private remember(key: string, version: number, final: boolean): void {
    const known = this.known(key);
    if (known !== undefined && known > version) return;
    this.forget(key);
    if (!final) return void this.versions.set(key, version);
    this.finalVersions.set(key, version);
    if (this.finalVersions.size > MAX_FINAL_VERSIONS) {
      const oldest = this.finalVersions.keys().next().value;
      if (oldest !== undefined) this.finalVersions.delete(oldest);
    }
  }

  /** The version this store last read or wrote of `key`, if it remembers one. */
  private known(key: string): number | undefined {
    return this.versions.get(key) ?? this.finalVersions.get(key);
  }

  private forget(key: string): void {
    this.versions.delete(key);
    this.finalVersions.delete(key);
  }

  /** Until when a record written or claimed now is held. */
  private leaseFrom(now: number): number {
    return now + this.leaseMs;
  }

  private async query<R extends pg.QueryResultRow>(
    what: string,
    text: string,
    values: unknown[],
  ): Promise<pg.QueryResult<R>> {
    try {
      // Prepared once per connection (a named statement), not parsed and planned at every put.
      return await this.pool.query<R>({ name: statementName(text), text, values });
    } catch (error) {
      throw failure(`the ${this.name} store cannot ${what}`, error);
    }
  }

  /** Resolves once every put issued so far has settled: what a listing must see. */
  private async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async get(key: string): Promise<T | undefined> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const { rows } = await this.query<{ record: T; version: string }>(
      'read',
      'select record, version from weft_records where store = $1 and key = $2',
      [this.name, key],
    );
    const row = rows[0];
    // A put issued meanwhile knows a newer version than this read does.
    if (!this.inFlight.has(key))
      this.remember(key, row ? Number(row.version) : ABSENT, row?.record.final ?? false);
    return row?.record;
  }

  /**
   * Visible to `get` at once, committed when the promise resolves. Puts that arrive together are written
   * in one statement (group commit), in the order they were issued, which is their order of change.
   */
  put(record: T): Promise<void> {
    if (this.closed) return Promise.reject(new WeftError('STORE_FAILED', 'the request store is closed'));
    this.inFlight.set(record.key, record);
    return new Promise((resolve, reject) => {
      this.pending.push({ record, resolve, reject });
      this.flushing ??= new Promise<void>((done) => setImmediate(() => void this.flush().finally(done)));
    });
  }

  /** Writes batches until none is pending; one batch at a time, so versions of a key land in order. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      // One row per key, its last version, in the order of each key's last put in the batch.
      const last = new Map<string, T>();
      for (const { record } of batch) {
        last.delete(record.key);
        last.set(record.key, record);
      }
      const rows = [...last.values()];
      const started = performance.now();
      try {
        const written = await this.write(rows);
        this.onSync?.((performance.now() - started) / 1000, rows.length);
        this.lastFailure = undefined;
        for (const row of rows) {
          const version = written.get(row.key);
          // A final record is written no more, but by a retry that reads it first.
          if (version === undefined || row.final) this.forget(row.key);
          else this.remember(row.key, version, false);
        }
        for (const put of batch) {
          if (written.has(put.record.key)) put.resolve();
          else put.reject(this.conflict(put.record.key));
        }
      } catch (error) {
        this.lastFailure = describeError(error);
        for (const put of batch) put.reject(error);
      }
      for (const { record } of batch) {
        if (this.inFlight.get(record.key) === record) this.inFlight.delete(record.key);
      }
      this.finalsSinceExpiry += rows.filter((r) => r.final).length;
      if (this.finalsSinceExpiry >= EXPIRE_EVERY) {
        this.finalsSinceExpiry = 0;
        // A failed expiry is tried again after later puts.
        await this.expire(Date.now()).catch((error: unknown) => {
          this.lastFailure = describeError(error);
        });
      }
    }
    this.flushing = undefined;
  }

  private conflict(key: string): WeftError {
    return new WeftError(
      'STORE_CONFLICT',
      `the ${this.name} store's record ${key} was changed by another replica since this one read it`,
      { key },
    );
  }

  /**
   * One statement for the batch, in its order of change: rows of a known version update only that version,
   * the others insert only. Returns the new version of each row written; a row missing lost to another
   * replica's write.
   */
  private async write(rows: readonly T[]): Promise<Map<string, number>> {
    const expected = rows.map((r) => this.known(r.key) ?? ABSENT);
    const { rows: written } = await this.query<{ key: string; version: string }>(
      'write',
      `with input as (
         select t.*, nextval('weft_record_change') as c
         from (select * from unnest($2::text[], $3::jsonb[], $4::boolean[], $5::bigint[], $6::bigint[])
                 with ordinality as u(k, r, f, u, v, n)
               order by n) t
       ),
       updated as (
         update weft_records w
            set record = i.r, final = i.f, updated_at = i.u, change = i.c, version = w.version + 1,
                owner = $7, lease_until = $8
           from input i
          where w.store = $1 and w.key = i.k and i.v > 0 and w.version = i.v
         returning w.key, w.version
       ),
       inserted as (
         insert into weft_records as w (store, key, record, final, updated_at, change, version, owner, lease_until)
         select $1, k, r, f, u, c, 1, $7, $8 from input where v = 0 order by n
         on conflict (store, key) do nothing
         returning w.key, w.version
       )
       select key, version from updated union all select key, version from inserted`,
      [
        this.name,
        rows.map((r) => r.key),
        rows.map((r) => JSON.stringify(r)),
        rows.map((r) => r.final),
        rows.map((r) => r.updatedAt),
        expected,
        this.replica,
        this.leaseFrom(Date.now()),
      ],
    );
    return new Map(written.map((r) => [r.key, Number(r.version)]));
  }

  /** The open records this replica held, and those of others whose lease lapsed: now this one's. */
  async unfinished(): Promise<T[]> {
    await this.settled();
    return this.claim(true);
  }

  /**
   * Takes over open records whose holder's lease lapsed (and, on `own`, those this replica held, all at
   * once: they stay claimable by it), skipping any another replica is claiming at the same moment; oldest
   * change first.
   */
  private async claim(own: boolean): Promise<T[]> {
    const claimed: T[] = [];
    for (;;) {
      const now = Date.now();
      const { rows } = await this.query<{ record: T; version: string; change: string }>(
        'claim',
        `with claimable as (
           select key from weft_records
            where store = $1 and not final
              and (lease_until < $3 or owner is null ${own ? 'or owner = $2' : ''})
              ${own ? '' : 'and owner is distinct from $2'}
            order by change
            limit $5
            for update skip locked
         )
         update weft_records w set owner = $2, lease_until = $4, version = w.version + 1
           from claimable c
          where w.store = $1 and w.key = c.key
         returning w.record, w.version, w.change`,
        [this.name, this.replica, now, this.leaseFrom(now), own ? null : CLAIM_BATCH],
      );
      rows.sort((x, y) => Number(x.change) - Number(y.change));
      for (const row of rows) {
        this.remember(row.record.key, Number(row.version), false);
        claimed.push(row.record);
      }
      if (own || rows.length < CLAIM_BATCH) return claimed;
    }
  }

  /** Claims what lapsed, and tells the machine, if it listens. */
  private async claimLapsed(): Promise<void> {
    if (this.closed || !this.onClaimed) return;
    const records = await this.claim(false);
    if (records.length > 0) this.onClaimed(records);
  }

  /** Extends this replica's hold on every open record it holds. */
  private async renew(): Promise<void> {
    if (this.closed) return;
    const now = Date.now();
    await this.query(
      'renew leases',
      'update weft_records set lease_until = $3 where store = $1 and owner = $2 and not final',
      [this.name, this.replica, this.leaseFrom(now)],
    );
  }

  async listOpen(): Promise<T[]> {
    return this.list(false);
  }

  async finished(): Promise<T[]> {
    return this.list(true);
  }

  /** The open or the final records, in the order of their last change, once every put issued has settled. */
  private async list(final: boolean): Promise<T[]> {
    await this.settled();
    const { rows } = await this.query<{ record: T }>(
      'list',
      'select record from weft_records where store = $1 and final = $2 order by change',
      [this.name, final],
    );
    return rows.map((r) => r.record);
  }

  async count(): Promise<number> {
    await this.settled();
    const { rows } = await this.query<{ n: string }>(
      'count',
      'select count(*) as n from weft_records where store = $1',
      [this.name],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Why the last put failed, until one succeeds; undefined when the store takes writes. */
  notWritable(): string | undefined {
    return this.closed ? 'the store is closed' : this.lastFailure;
  }

  /** Stops renewing: what it held is claimed by another replica once the lease lapses, or by it again. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.unlisten?.();
    await this.settled();
  }

  /** Forgets final records past the retention: older than its period, or beyond its count, oldest first. */
  private async expire(now: number): Promise<void> {
    await this.query(
      'expire',
      `delete from weft_records
       where store = $1 and final
         and (updated_at < $2
              or change <= (select change from weft_records
                            where store = $1 and final order by change desc offset $3 limit 1))`,
      [this.name, now - this.retention.finalMs, this.retention.finalCount],
    );
  }
}
