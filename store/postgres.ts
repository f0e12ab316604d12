/**
 * A request store on PostgreSQL (`pg`), for relays whose state must outlive their machine: one row per
 * record (its last version, as JSON), each put one upsert committed before it resolves. Several stores
 * (requests, events, webhooks) share one database and one pool, each under its own name.
 *
 * As the journal: a read sees every put issued before it (a put in flight is read from memory); versions of
 * one key put one after the other are written in that order; final records are kept for the retention
 * period and up to its count, oldest first out. Every failure is a STORE_FAILED with the database's reason.
 */
import pg from 'pg';
import { describeError, WeftError } from '../common/errors.js';
import { migrate } from './migrations.js';
import type { Retention, ServiceStore, StoredRecord } from './request-store.js';

/** Expiry runs on opening and after this many puts of final records. */
const EXPIRE_EVERY = 64;

function failure(message: string, cause: unknown): WeftError {
  return new WeftError('STORE_FAILED', `${message}: ${describeError(cause)}`, {}, { cause });
}

export interface PostgresStoreOptions {
  /** The store's name in the database: `requests`, `events`, `webhooks`. */
  readonly name: string;
  readonly retention: Retention;
  /** A pool to share with the other stores of the process; closing the store leaves it open. */
  readonly pool: pg.Pool;
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

export class PostgresStore<T extends StoredRecord> implements ServiceStore<T> {
  /** Puts not yet committed, by key: the newest version of each, which reads see. */
  private readonly inFlight = new Map<string, T>();
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
  ) {}

  /**
   * Migrates the database if it must, and forgets final records past the retention.
   * @throws {WeftError} STORE_FAILED when the database cannot be reached or migrated.
   */
  static async open<T extends StoredRecord>(options: PostgresStoreOptions, now = Date.now()) {
    await prepareDatabase(options.pool);
    const store = new PostgresStore<T>(options.pool, options.name, options.retention);
    await store.expire(now);
    return store;
  }

  private async query<R extends pg.QueryResultRow>(
    what: string,
    text: string,
    values: unknown[],
  ): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
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
    const { rows } = await this.query<{ record: T }>(
      'read',
      'select record from weft_records where store = $1 and key = $2',
      [this.name, key],
    );
    return rows[0]?.record;
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
        await this.query(
          'write',
          `insert into weft_records (store, key, record, final, updated_at)
           select $1, k, r, f, u
           from unnest($2::text[], $3::jsonb[], $4::boolean[], $5::bigint[]) with ordinality as t(k, r, f, u, n)
           order by n
           on conflict (store, key) do update
             set record = excluded.record, final = excluded.final, updated_at = excluded.updated_at,
                 change = nextval('weft_record_change')`,
          [
            this.name,
            rows.map((r) => r.key),
            rows.map((r) => JSON.stringify(r)),
            rows.map((r) => r.final),
            rows.map((r) => r.updatedAt),
          ],
        );
        this.onSync?.((performance.now() - started) / 1000, rows.length);
        this.lastFailure = undefined;
        for (const put of batch) put.resolve();
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

  async unfinished(): Promise<T[]> {
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

  async close(): Promise<void> {
    this.closed = true;
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
