import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.js';

interface Call {
  readonly requests: string[];
  resolve(): void;
  reject(error: Error): void;
}

/** A ledger whose calls end when the test says: what shows which requests went out together. */
function ledger(
  options: { maxBatch?: number; slots?: number; keyOf?: (r: string) => string | undefined } = {},
) {
  const calls: Call[] = [];
  const sizes: number[] = [];
  const call = (requests: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({
        requests,
        resolve: () => resolve(requests.map((r) => `view of ${r}`)),
        reject,
      });
    });
  const ask = createBatcher<string, string>({
    keyOf: options.keyOf ?? ((r) => r.split(':')[0]),
    maxBatch: options.maxBatch ?? 64,
    slots: options.slots ?? 1,
    one: async (r) => (await call([r]))[0]!,
    many: (rs) => call([...rs]),
    onCall: (size) => sizes.push(size),
  });
  return { calls, sizes, ask };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('createBatcher', () => {
  it('sends a request at once and alone when its kind has a free slot', async () => {
    const { calls, ask } = ledger();
    const answer = ask('a:1');
    expect(calls.map((c) => c.requests)).toEqual([['a:1']]);
    calls[0]!.resolve();
    expect(await answer).toBe('view of a:1');
  });

  it('sends what arrived while the slot was taken together, each answered with its own view', async () => {
    const { calls, sizes, ask } = ledger();
    const answers = ['a:1', 'a:2', 'a:3', 'a:4'].map(ask);
    expect(calls.map((c) => c.requests)).toEqual([['a:1']]);
    calls[0]!.resolve();
    await turn();
    expect(calls.map((c) => c.requests)).toEqual([['a:1'], ['a:2', 'a:3', 'a:4']]);
    calls[1]!.resolve();
    expect(await Promise.all(answers)).toEqual(['view of a:1', 'view of a:2', 'view of a:3', 'view of a:4']);
    expect(sizes).toEqual([1, 3]);
  });

  it('never puts requests of two kinds, or of no kind, in one call', async () => {
    const { calls, ask } = ledger({ keyOf: (r) => (r.startsWith('x') ? undefined : r.split(':')[0]) });
    ask('a:1');
    ask('b:1');
    ask('a:2');
    ask('b:2');
    ask('x:1');
    ask('x:2');
    expect(calls.map((c) => c.requests)).toEqual([['a:1'], ['b:1'], ['x:1'], ['x:2']]);
    calls[0]!.resolve();
    calls[1]!.resolve();
    await turn();
    expect(calls.slice(4).map((c) => c.requests)).toEqual([['a:2'], ['b:2']]);
  });

  it('keeps to maxBatch and to the slots of a kind', async () => {
    const { calls, ask } = ledger({ maxBatch: 2, slots: 2 });
    for (let i = 1; i <= 7; i++) ask(`a:${i}`);
    expect(calls.map((c) => c.requests)).toEqual([['a:1'], ['a:2']]);
    calls[0]!.resolve();
    await turn();
    expect(calls.slice(2).map((c) => c.requests)).toEqual([['a:3', 'a:4']]);
    calls[1]!.resolve();
    await turn();
    expect(calls.slice(3).map((c) => c.requests)).toEqual([['a:5', 'a:6']]);
  });

  it('asks again one by one when a batch fails, so that each request gets its own answer', async () => {
    const { calls, ask } = ledger();
    const first = ask('a:1');
    const rest = [ask('a:2'), ask('a:3')];
    calls[0]!.resolve();
    await first;
    await turn();
    calls[1]!.reject(new Error('one of them was refused'));
    await turn();
    expect(calls.slice(2).map((c) => c.requests)).toEqual([['a:2'], ['a:3']]);
    calls[2]!.reject(new Error('a:2 refused'));
    calls[3]!.resolve();
    const settled = await Promise.allSettled(rest);
    expect(settled[0]).toMatchObject({ status: 'rejected', reason: { message: 'a:2 refused' } });
    expect(settled[1]).toEqual({ status: 'fulfilled', value: 'view of a:3' });
  });

  it('with maxBatch 1 sends every request alone, at once', () => {
    const { calls, ask } = ledger({ maxBatch: 1 });
    ask('a:1');
    ask('a:2');
    expect(calls.map((c) => c.requests)).toEqual([['a:1'], ['a:2']]);
  });
});
