/**
 * The embedded request store: an append-only journal of JSON lines, one whole record per line, the
 * last line of a key winning. A write resolves only once it is on disk (fdatasync); writes that arrive
 * together share one sync (group commit), so a busy relay pays one sync per batch, not per request.
 *
 * Memory and disk stay bounded under any load: final records are kept for a retention period and up to a
 * count, oldest first out; the journal is compacted (live records rewritten to a new file renamed over the
 * old one) on opening and whenever it has grown well past its live content. A torn last line from a crash
 * is dropped on opening. `readJournal` reads a journal another process has open (an operator's view of a
 * running relay), without writing to it.
 */
import {
  closeSync,
  fdatasync,
  fdatasyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  write,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeError, WeftError } from '../common/errors.js';
import type { Retention, ServiceStore, StoredRecord } from './request-store.js';

const writeAsync = (fd: number, text: string) =>
  new Promise<void>((resolve, reject) => write(fd, text, (error) => (error ? reject(error) : resolve())));
const fdatasyncAsync = promisify(fdatasync);

export const JOURNAL_FILE = 'requests.jsonl';
/** The journal is compacted once it exceeds this many bytes and four times its live content. */
const COMPACT_MIN_BYTES = 16 * 1024 * 1024;

function failure(message: string, context: Record<string, unknown>, cause: unknown): WeftError {
  return new WeftError('STORE_FAILED', `${message}: ${describeError(cause)}`, context, { cause });
}

/** Each record's last version in a journal file, in the order of their last change; none without a file. */
function readRecords<T extends StoredRecord>(file: string): Map<string, T> {
  const live = new Map<string, T>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return live;
    throw error;
  }
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.length === 0) continue;
    let record: T;
    try {
      record = JSON.parse(line) as T;
    } catch (error) {
      // Only the last line can be torn (a crash, a write under way); anything else is damage: no guessing.
      if (i >= lines.length - 2) break;
      throw failure(`${file}: line ${i + 1} is not JSON`, { file }, error);
    }
    live.delete(record.key);
    live.set(record.key, record);
  }
  return live;
}

/**
 * The last version of every record of the journal in `dir`, in the order of their last change, read without
 * opening the store: nothing is locked, written or compacted, so the journal of a running relay can be read.
 * Final records stay until their owner compacts them away; a torn last line is ignored; no journal, none.
 *
 * @throws {WeftError} STORE_FAILED when the journal cannot be read, or a line but the last is not JSON.
 */
export function readJournal<T extends StoredRecord>(dir: string): T[] {
  try {
    return [...readRecords<T>(join(dir, JOURNAL_FILE)).values()];
  } catch (error) {
    if (error instanceof WeftError) throw error;
    throw failure(`cannot read the journal in ${dir}`, { dir }, error);
  }
}

export class JournalStore<T extends StoredRecord> implements ServiceStore<T> {
  /** Insertion order is update order: a record moves to the end whenever it changes. */
  private readonly records = new Map<string, T>();
  private readonly lineBytes = new Map<string, number>();
  private liveBytes = 0;
  private journalBytes = 0;
  private finalCount = 0;
  private pending: Array<{ line: string; resolve: () => void; reject: (e: unknown) => void }> = [];
  private flushing = false;
  private closed = false;
  /** Why the last batch could not be written, until one is. */
  private lastFailure: string | undefined;
  /** Told the time of each batch's write and sync, in seconds: what a put waits for. */
  onSync: ((seconds: number, records: number) => void) | undefined;

  private constructor(
    private readonly file: string,
    private fd: number,
    private readonly retention: Retention,
  ) {}

  /**
   * @throws {WeftError} STORE_FAILED when the folder cannot be created or the journal cannot be read.
   */
  static open<T extends StoredRecord>(dir: string, retention: Retention, now = Date.now()): JournalStore<T> {
    const file = join(dir, JOURNAL_FILE);
    let live: Map<string, T>;
    try {
      mkdirSync(dir, { recursive: true });
      live = readRecords<T>(file);
    } catch (error) {
      if (error instanceof WeftError) throw error;
      throw failure(`cannot open the request store in ${dir}`, { dir }, error);
    }
    const store = new JournalStore<T>(file, -1, retention);
    for (const record of live.values()) store.remember(record);
    store.expire(now);
    try {
      store.fd = store.rewrite();
    } catch (error) {
      throw failure(`cannot compact ${file}`, { file }, error);
    }
    return store;
  }

  async get(key: string): Promise<T | undefined> {
    return this.records.get(key);
  }

  async unfinished(): Promise<T[]> {
    const open: T[] = [];
    for (const record of this.records.values()) if (!record.final) open.push(record);
    return open;
  }

  /** One process holds a journal: every open record is its own. */
  listOpen(): Promise<T[]> {
    return this.unfinished();
  }

  async finished(): Promise<T[]> {
    const final: T[] = [];
    for (const record of this.records.values()) if (record.final) final.push(record);
    return final;
  }

  async count(): Promise<number> {
    return this.records.size;
  }

  /**
   * Records the new version of a record: visible to `get` at once, durable when the promise resolves.
   * @throws {WeftError} STORE_FAILED (rejection) when the journal cannot be written.
   */
  put(record: T): Promise<void> {
    if (this.closed) return Promise.reject(new WeftError('STORE_FAILED', 'the request store is closed'));
    const line = `${JSON.stringify(record)}\n`;
    this.remember(record, line.length);
    if (record.final) this.expire(Date.now());
    return new Promise((resolve, reject) => {
      this.pending.push({ line, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private remember(record: T, bytes = JSON.stringify(record).length + 1): void {
    const before = this.records.get(record.key);
    if (before) {
      if (before.final) this.finalCount--;
      this.liveBytes -= this.lineBytes.get(record.key) ?? 0;
      this.records.delete(record.key);
    }
    this.records.set(record.key, record);
    this.lineBytes.set(record.key, bytes);
    this.liveBytes += bytes;
    if (record.final) this.finalCount++;
  }

  /** Forgets final records past the retention, oldest first; open records are never forgotten. */
  private expire(now: number): void {
    if (this.finalCount === 0) return;
    for (const [key, record] of this.records) {
      if (this.finalCount <= this.retention.finalCount && now - record.updatedAt <= this.retention.finalMs)
        break;
      if (!record.final) continue;
      this.records.delete(key);
      this.liveBytes -= this.lineBytes.get(key) ?? 0;
      this.lineBytes.delete(key);
      this.finalCount--;
    }
  }

  /** Writes the live records to a new journal, synced, renamed over the old one; returns its descriptor. */
  private rewrite(): number {
    const compacted = `${this.file}.compact`;
    const fd = openSync(compacted, 'w', 0o600);
    const body = [...this.records.values()].map((r) => `${JSON.stringify(r)}\n`).join('');
    if (body.length > 0) writeSync(fd, body);
    fdatasyncSync(fd);
    closeSync(fd);
    renameSync(compacted, this.file);
    this.journalBytes = body.length;
    return openSync(this.file, 'a', 0o600);
  }

  /** Off the event loop: the sync of one batch overlaps the requests that form the next. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const text = batch.map((p) => p.line).join('');
      try {
        const started = performance.now();
        await writeAsync(this.fd, text);
        await fdatasyncAsync(this.fd);
        this.onSync?.((performance.now() - started) / 1000, batch.length);
        this.journalBytes += text.length;
        this.lastFailure = undefined;
        for (const p of batch) p.resolve();
      } catch (error) {
        const failed = failure(`cannot write ${this.file}`, { file: this.file }, error);
        this.lastFailure = failed.message;
        for (const p of batch) p.reject(failed);
      }
      if (this.journalBytes > Math.max(COMPACT_MIN_BYTES, 4 * this.liveBytes)) {
        try {
          const old = this.fd;
          this.fd = this.rewrite();
          closeSync(old);
        } catch {
          // The old journal stays valid and in use; compaction is tried again after the next batch.
        }
      }
    }
    this.flushing = false;
  }

  /** Undefined while the journal takes writes; else why not (closed, or its last write failed). */
  notWritable(): string | undefined {
    if (this.closed) return 'the journal is closed';
    return this.lastFailure;
  }

  /** Waits for pending writes, then closes the journal. */
  async close(): Promise<void> {
    if (this.closed) return;
    while (this.flushing || this.pending.length > 0) await new Promise((r) => setImmediate(r));
    this.closed = true;
    closeSync(this.fd);
  }
}
