import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import { tempDir } from '../test/support/temp.js';
import { JOURNAL_FILE, JournalStore, readJournal } from './journal.js';
import type { StoredRecord } from './request-store.js';

interface Row extends StoredRecord {
  readonly value: string;
}

const keep = { finalMs: 60_000, finalCount: 100 };

const row = (key: string, value: string, final = false, updatedAt = Date.now()): Row => ({
  key,
  value,
  final,
  updatedAt,
});

describe('the request journal', () => {
  it('keeps the last version of every record across reopening', async () => {
    const dir = await tempDir('journal');
    const store = JournalStore.open<Row>(dir, keep);
    await Promise.all([store.put(row('a', '1')), store.put(row('b', '1')), store.put(row('a', '2'))]);
    expect((await store.get('a'))?.value).toBe('2');
    await store.close();
    const reopened = JournalStore.open<Row>(dir, keep);
    expect((await reopened.get('a'))?.value).toBe('2');
    expect((await reopened.get('b'))?.value).toBe('1');
    expect(await reopened.count()).toBe(2);
    await reopened.close();
  });

  it('reads a put before it is durable, and lists open records in the order of their last change', async () => {
    const store = JournalStore.open<Row>(await tempDir('journal'), keep);
    let durable = false;
    const put = store.put(row('a', '1')).then(() => {
      durable = true;
    });
    expect((await store.get('a'))?.value).toBe('1');
    expect(durable).toBe(false);
    await put;
    await store.put(row('b', '1'));
    await store.put(row('done', '1', true));
    await store.put(row('a', '2'));
    expect((await store.unfinished()).map((r) => `${r.key}=${r.value}`)).toEqual(['b=1', 'a=2']);
    expect(await store.count()).toBe(3);
    await store.close();
  });

  it('puts a write on disk before it resolves', async () => {
    const dir = await tempDir('journal');
    const store = JournalStore.open<Row>(dir, keep);
    await store.put(row('a', 'durable'));
    // Read by another reader while the store is still open, as after a crash.
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8')).toContain('"durable"');
    await store.close();
  });

  it('drops a torn last line from a crash, but refuses damage elsewhere', async () => {
    const dir = await tempDir('journal');
    const store = JournalStore.open<Row>(dir, keep);
    await store.put(row('a', '1'));
    await store.close();
    appendFileSync(join(dir, JOURNAL_FILE), '{"key":"b","val');
    const reopened = JournalStore.open<Row>(dir, keep);
    expect((await reopened.get('a'))?.value).toBe('1');
    expect(await reopened.get('b')).toBeUndefined();
    await reopened.close();

    writeFileSync(join(dir, JOURNAL_FILE), `garbage\n${JSON.stringify(row('a', '1'))}\n`);
    let error: unknown;
    try {
      JournalStore.open<Row>(dir, keep);
    } catch (e) {
      error = e;
    }
    expect(isWeftError(error, 'STORE_FAILED')).toBe(true);
  });

  it('forgets final records after the retention, never open ones', async () => {
    const dir = await tempDir('journal');
    const store = JournalStore.open<Row>(dir, keep);
    const old = Date.now() - 120_000;
    await store.put(row('old-final', 'x', true, old));
    await store.put(row('old-open', 'x', false, old));
    await store.put(row('new-final', 'x', true));
    await store.close();
    const reopened = JournalStore.open<Row>(dir, keep);
    expect(await reopened.get('old-final')).toBeUndefined();
    expect(await reopened.get('new-final')).toBeDefined();
    expect((await reopened.unfinished()).map((r) => r.key)).toEqual(['old-open']);
    await reopened.close();
    // Compaction rewrote the file with the live records only.
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('refuses writes after close', async () => {
    const store = JournalStore.open<Row>(await tempDir('journal'), keep);
    await store.close();
    await expect(store.put(row('a', '1'))).rejects.toMatchObject({ code: 'STORE_FAILED' });
  });

  it('keeps at most the configured count of final records, oldest out, in memory and on disk', async () => {
    const dir = await tempDir('journal');
    const store = JournalStore.open<Row>(dir, { finalMs: 60_000, finalCount: 3 });
    await store.put(row('open', 'x'));
    for (let i = 0; i < 10; i++) await store.put(row(`final-${i}`, 'x', true));
    const kept = await Promise.all(Array.from({ length: 10 }, (_, i) => store.get(`final-${i}`)));
    expect(kept.flatMap((r) => (r ? [r.key] : []))).toEqual(['final-7', 'final-8', 'final-9']);
    expect((await store.unfinished()).map((r) => r.key)).toEqual(['open']);
    await store.close();
    const reopened = JournalStore.open<Row>(dir, { finalMs: 60_000, finalCount: 3 });
    expect(await reopened.count()).toBe(4);
    await reopened.close();
  });

  it('compacts the journal while running once it outgrows its live content', async () => {
    const dir = await tempDir('journal');
    const store = JournalStore.open<Row>(dir, { finalMs: 60_000, finalCount: 10 });
    const big = 'v'.repeat(64 * 1024);
    // 400 versions of one record: 25 MB written, one record live.
    for (let i = 0; i < 400; i++) await store.put(row('a', `${i}${big}`));
    await store.close();
    const size = readFileSync(join(dir, JOURNAL_FILE)).length;
    expect(size).toBeLessThan(20 * 1024 * 1024);
    const reopened = JournalStore.open<Row>(dir, keep);
    expect((await reopened.get('a'))?.value.startsWith('399')).toBe(true);
    await reopened.close();
  });

  it('is read while open elsewhere: last versions, a torn last line ignored, nothing written', async () => {
    const dir = await tempDir('journal');
    expect(readJournal<Row>(dir)).toEqual([]);
    expect(readJournal<Row>(join(dir, 'absent'))).toEqual([]);
    const store = JournalStore.open<Row>(dir, keep);
    await store.put(row('a', '1'));
    await store.put(row('b', '1'));
    await store.put(row('a', '2', true));
    const file = join(dir, JOURNAL_FILE);
    // A write under way when the reader looks.
    appendFileSync(file, '{"key":"c","val');
    const before = statSync(file);
    expect(readJournal<Row>(dir).map((r) => `${r.key}=${r.value}${r.final ? ' final' : ''}`)).toEqual([
      'b=1',
      'a=2 final',
    ]);
    expect(statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    expect(readdirSync(dir)).toEqual([JOURNAL_FILE]);
    await store.close();

    writeFileSync(file, `garbage\n${JSON.stringify(row('a', '1'))}\n`);
    expect(() => readJournal<Row>(dir)).toThrow(expect.objectContaining({ code: 'STORE_FAILED' }));
  });
});
