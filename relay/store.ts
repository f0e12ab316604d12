/**
 * The relay's embedded request store: an append-only journal of JSON lines, one whole record per line, the
 * last line of a key winning. A write resolves only once it is on disk (fdatasync); writes that arrive
 * together share one sync (group commit), so a busy relay pays one sync per batch, not per request.
 *
 * Opening replays the journal (a torn last line from a crash is dropped), then compacts it: final records
 * older than the retention are forgotten, the rest rewritten to a new file renamed over the old one.
 */
import {
  closeSync,
  existsSync,
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
import { WeftError } from '../common/errors.js';

export interface StoredRecord {
  readonly key: string;
  /** Final records are kept only for the retention period. */
  readonly final: boolean;
  readonly updatedAt: number;
}

const writeAsync = promisify(write) as (fd: number, text: string) => Promise<unknown>;
const fdatasyncAsync = promisify(fdatasync);

export const JOURNAL_FILE = 'requests.jsonl';

export class JournalStore<T extends StoredRecord> {
  private readonly records = new Map<string, T>();
  private fd: number;
  private pending: Array<{ line: string; resolve: () => void; reject: (e: unknown) => void }> = [];
  private flushing = false;
  private closed = false;

  private constructor(
    private readonly file: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /**
   * @throws {WeftError} STORE_FAILED when the folder cannot be created or the journal cannot be read.
   */
  static open<T extends StoredRecord>(dir: string, retentionMs: number, now = Date.now()): JournalStore<T> {
    const file = join(dir, JOURNAL_FILE);
    const live = new Map<string, T>();
    try {
      mkdirSync(dir, { recursive: true });
      if (existsSync(file)) {
        const lines = readFileSync(file, 'utf8').split('\n');
        for (const [i, line] of lines.entries()) {
          if (line.length === 0) continue;
          let record: T;
          try {
            record = JSON.parse(line) as T;
          } catch (error) {
            // Only the last line can be torn (a crash mid-write); anything else is damage, not ours to guess.
            if (i >= lines.length - 2) break;
            throw new WeftError(
              'STORE_FAILED',
              `${file}: line ${i + 1} is not JSON`,
              { file },
              { cause: error },
            );
          }
          live.set(record.key, record);
        }
      }
      for (const [key, record] of live) {
        if (record.final && now - record.updatedAt > retentionMs) live.delete(key);
      }
      const compacted = `${file}.compact`;
      const fd = openSync(compacted, 'w', 0o600);
      const body = [...live.values()].map((r) => `${JSON.stringify(r)}\n`).join('');
      if (body.length > 0) writeSync(fd, body);
      fdatasyncSync(fd);
      closeSync(fd);
      renameSync(compacted, file);
      const store = new JournalStore<T>(file, openSync(file, 'a', 0o600));
      for (const [key, record] of live) store.records.set(key, record);
      return store;
    } catch (error) {
      if (error instanceof WeftError) throw error;
      throw new WeftError(
        'STORE_FAILED',
        `cannot open the request store in ${dir}: ${(error as Error).message}`,
        { dir },
        { cause: error },
      );
    }
  }

  get(key: string): T | undefined {
    return this.records.get(key);
  }

  values(): IterableIterator<T> {
    return this.records.values();
  }

  get size(): number {
    return this.records.size;
  }

  /**
   * Records the new version of a record: visible to `get` at once, durable when the promise resolves.
   * @throws {WeftError} STORE_FAILED (rejection) when the journal cannot be written.
   */
  put(record: T): Promise<void> {
    if (this.closed) return Promise.reject(new WeftError('STORE_FAILED', 'the request store is closed'));
    this.records.set(record.key, record);
    return new Promise((resolve, reject) => {
      this.pending.push({ line: `${JSON.stringify(record)}\n`, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Off the event loop: the sync of one batch overlaps the requests that form the next. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await writeAsync(this.fd, batch.map((p) => p.line).join(''));
        await fdatasyncAsync(this.fd);
        for (const p of batch) p.resolve();
      } catch (error) {
        const failure = new WeftError(
          'STORE_FAILED',
          `cannot write ${this.file}: ${(error as Error).message}`,
          { file: this.file },
          { cause: error },
        );
        for (const p of batch) p.reject(failure);
      }
    }
    this.flushing = false;
  }

  /** Waits for pending writes, then closes the journal. */
  async close(): Promise<void> {
    if (this.closed) return;
    while (this.flushing || this.pending.length > 0) await new Promise((r) => setImmediate(r));
    this.closed = true;
    closeSync(this.fd);
  }
}
