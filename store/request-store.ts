/**
 * Where requests are persisted: the relay's request state machine and the multi-membership workflow keep
 * every state of a request here before acting on it, so that a restart resumes each request from its last
 * state. The journal (`journal.ts`) is the embedded implementation; a database can take its place.
 */

/** What a store needs to know of a record: the rest is the caller's and is kept as given. */
export interface StoredRecord {
  readonly key: string;
  /** Final records are kept only for the retention period; open ones until they are final. */
  readonly final: boolean;
  readonly updatedAt: number;
}

export interface Retention {
  /** How long a final record is kept. */
  readonly finalMs: number;
  /** How many final records are kept at most, oldest first out. */
  readonly finalCount: number;
}

export interface RequestStore<T extends StoredRecord> {
  /**
   * The last version put of `key`, durable or not yet (a read sees every put issued before it); undefined
   * when there is none, or it was final and has expired.
   */
  get(key: string): Promise<T | undefined>;
  /**
   * Records a new version of a record; resolves once it is durable. Versions of one key put one after the
   * other are kept in that order.
   *
   * @throws {WeftError} STORE_FAILED (rejection) when it cannot be made durable, or the store is closed.
   */
  put(record: T): Promise<void>;
  /**
   * Every record that is not final and is this process's to resume, in the order of their last change: what
   * a restart resumes. In a store replicas share, those it held and those whose holder's lease lapsed, now
   * held by this one.
   */
  unfinished(): Promise<T[]>;
  /** Every record that is not final, whoever holds it, in the order of their last change: for operators. */
  listOpen(): Promise<T[]>;
  /** The final records it still keeps (within their retention): what an operator looks back at. */
  finished(): Promise<T[]>;
  /** How many records the store holds, final ones within their retention included. */
  count(): Promise<number>;
  /** Waits for the puts under way, then releases the store; later puts are refused. */
  close(): Promise<void>;
}

/** A store a long-lived service runs on: it says whether it takes writes and how long commits take. */
export interface ServiceStore<T extends StoredRecord> extends RequestStore<T> {
  /** Why the last write failed, until one succeeds; undefined when the store takes writes. */
  notWritable(): string | undefined;
  /** Told the time of each committed batch, in seconds, and its size. */
  onSync: ((seconds: number, records: number) => void) | undefined;
}

/** A replica's name when its configuration gives none, and how long it holds what it does not renew. */
export const DEFAULT_REPLICA = 'main';
export const DEFAULT_LEASE_MS = 5_000;

/**
 * A store several replicas of one service share (store/postgres.ts): each open record is held by the replica
 * that wrote it last, for as long as it renews its lease; every write is conditional on the version its
 * writer read, so a replica whose record moved on gets STORE_CONFLICT instead of overwriting it.
 */
export interface SharedStore<T extends StoredRecord> {
  /** Records whose holder stopped renewing its lease, now this replica's: told as they are claimed. */
  onClaimed: ((records: T[]) => void) | undefined;
  /** Another replica changed the record of `key` and holds it now; undefined: changes may have been missed. */
  onForeignChange: ((key: string | undefined) => void) | undefined;
}
