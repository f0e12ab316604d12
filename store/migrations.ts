/**
 * The PostgreSQL store's schema, versioned: each migration runs once, in order, in a transaction of its own,
 * under an advisory lock so that replicas starting together do not race. A database whose schema is newer
 * than this weft's is refused rather than written to.
 */
import type { ClientBase } from 'pg';
import { WeftError } from '../common/errors.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records',
    sql: `
      -- One row per record of a store (requests, events, webhooks): its last version, as JSON.
      create sequence weft_record_change;
      create table weft_records (
        store text not null,
        key text not null,
        record jsonb not null,
        final boolean not null,
        updated_at bigint not null,
        -- The order of last change: what a restart resumes in, what expiry removes first.
        change bigint not null default nextval('weft_record_change'),
        primary key (store, key)
      );
      create index weft_records_by_change on weft_records (store, final, change);
    `,
  },
  {
    version: 2,
    name: 'replicas',
    sql: `
      -- Every write is conditional on the version it read; the replica that wrote an open record last holds
      -- it (owner) while it renews its lease (epoch ms), and others claim it once the lease lapses.
      alter table weft_records
        add column version bigint not null default 1,
        add column owner text,
        add column lease_until bigint not null default 0;
      create index weft_records_by_lease on weft_records (store, final, lease_until);
      -- Each change told to the listening replicas: the store, the key, who holds it now, its version.
      create function weft_record_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('weft_records',
          json_build_object('store', new.store, 'key', new.key, 'owner', new.owner,
            'version', new.version)::text);
        return null;
      end
      $$;
      -- Renewing a lease changes no version and tells no one.
      create trigger weft_record_changed after insert or update of version on weft_records
        for each row execute function weft_record_changed();
    `,
  },
];

/** Any fixed number: the lock every weft process migrating one database takes. */
const MIGRATION_LOCK = 0x77656674;

/**
 * Brings the schema to the newest version; returns the versions it applied.
 * @throws {WeftError} STORE_FAILED when the database's schema is newer than MIGRATIONS
 */
export async function migrate(client: ClientBase, migrations = MIGRATIONS): Promise<number[]> {
  await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(
      `create table if not exists weft_migrations (
         version integer primary key,
         name text not null,
         applied_at timestamptz not null default now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>('select version from weft_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new WeftError(
        'STORE_FAILED',
        `the database's schema is at version ${newest}, newer than this weft knows (${known})`,
        { version: newest, known },
      );
    }
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await client.query('insert into weft_migrations (version, name) values ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
      done.push(migration.version);
    }
    return done;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
