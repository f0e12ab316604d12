/**
 * One ledger call for many requests of the same kind, with no added latency: a request whose kind has a
 * free call slot goes out at once, alone; requests that arrive while every slot of their kind is taken wait,
 * and go out together when a slot frees (at most `maxBatch` a call). So an idle driver answers as it did
 * one request at a time, and a busy one answers many requests per endorsement: batches form from load,
 * not from a timer. A batch that fails is asked again one request at a time, so that each request gets its
 * own answer (its own refusal, when one of them was refused).
 */

export interface BatcherOptions<Q, R> {
  /** The kind of a request: only requests of one kind share a call; undefined: it always goes alone. */
  keyOf(request: Q): string | undefined;
  /** Requests one call takes at most (1: no batching). */
  readonly maxBatch: number;
  /** Calls of one kind under way at once. */
  readonly slots: number;
  one(request: Q): Promise<R>;
  /** The answers of `requests` (2 or more), in their order. */
  many(requests: readonly Q[]): Promise<R[]>;
  /** Called with each call's size, for metrics; and with the error of a batch asked again alone. */
  onCall?(size: number): void;
  onBatchFailed?(size: number, error: unknown): void;
}

interface Waiting<Q, R> {
  readonly request: Q;
  resolve(answer: R): void;
  reject(error: unknown): void;
}

interface Kind<Q, R> {
  busy: number;
  readonly waiting: Array<Waiting<Q, R>>;
}

export function createBatcher<Q, R>(options: BatcherOptions<Q, R>): (request: Q) => Promise<R> {
  const kinds = new Map<string, Kind<Q, R>>();

  const run = (key: string, kind: Kind<Q, R>, taken: Array<Waiting<Q, R>>) => {
    kind.busy++;
    options.onCall?.(taken.length);
    const settle =
      taken.length === 1
        ? options.one(taken[0]!.request).then(
            (answer) => taken[0]!.resolve(answer),
            (error: unknown) => taken[0]!.reject(error),
          )
        : options.many(taken.map((w) => w.request)).then(
            (answers) => {
              if (answers.length !== taken.length)
                throw new Error(`${answers.length} answers for ${taken.length}`);
              for (const [i, w] of taken.entries()) w.resolve(answers[i]!);
            },
            // Each alone, at once (outside the kind's slots: they are this call's, and its answers are owed).
            (error: unknown) => {
              options.onBatchFailed?.(taken.length, error);
              for (const w of taken) options.one(w.request).then(w.resolve, w.reject);
            },
          );
    void settle
      .catch((error: unknown) => {
        for (const w of taken) w.reject(error);
      })
      .finally(() => {
        kind.busy--;
        next(key, kind);
      });
  };

  const next = (key: string, kind: Kind<Q, R>) => {
    while (kind.busy < options.slots && kind.waiting.length > 0) {
      run(key, kind, kind.waiting.splice(0, options.maxBatch));
    }
    if (kind.busy === 0 && kind.waiting.length === 0) kinds.delete(key);
  };

  return (request) => {
    const key = options.maxBatch > 1 ? options.keyOf(request) : undefined;
    if (key === undefined) {
      options.onCall?.(1);
      return options.one(request);
    }
    return new Promise<R>((resolve, reject) => {
      let kind = kinds.get(key);
      if (!kind) {
        kind = { busy: 0, waiting: [] };
        kinds.set(key, kind);
      }
      kind.waiting.push({ request, resolve, reject });
      next(key, kind);
    });
  };
}
