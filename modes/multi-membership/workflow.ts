/**
 * The multi-membership mode: one enterprise that holds identities on both networks moves a value itself. It
 * reads the source with its source identity and writes the destination with its destination identity, in
 * an off-chain workflow. Nothing is proven: the destination trusts the enterprise.
 *
 * Every transfer has an idempotency key and a record in a journal (fsync'd before each step acts), so a
 * crash anywhere resumes without a double write: the write is prepared and signed once, its reference and
 * bytes journaled before it is sent, and on resumption the ledger is asked whether that very transaction
 * committed before the same bytes are sent again (a ledger never executes one signed transaction twice).
 * Reads and sends are retried with backoff.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay } from '../../common/backoff.js';
import { WeftError } from '../../common/errors.js';
import { JournalStore } from '../../store/journal.js';
import type { RequestStore, StoredRecord } from '../../store/request-store.js';

/** The enterprise's access to the source: its own read of a key. */
export interface SourceReader {
  read(key: string): Promise<string>;
}

/** A signed transaction, ready to send as often as needed: the ledger executes it once. */
export interface PreparedWrite {
  /** The transaction id (Fabric) or hash (EVM). */
  readonly ref: string;
  /** The signed transaction, to send again after a crash. */
  readonly bytes: string;
}

/** The enterprise's access to the destination: prepare, send, and ask about a write. */
export interface DestinationWriter {
  prepare(key: string, value: string): Promise<PreparedWrite>;
  /** Sends the transaction and waits until it is committed; idempotent for the same bytes. */
  send(write: PreparedWrite): Promise<void>;
  /** Whether the transaction is committed (and valid) on the ledger. */
  committed(ref: string): Promise<boolean>;
}

export interface TransferPlan {
  /** The idempotency key: one transfer per key, ever. */
  readonly id: string;
  readonly sourceKey: string;
  readonly destinationKey: string;
}

type Step = 'planned' | 'read' | 'prepared' | 'committed';

export interface TransferRecord extends StoredRecord {
  readonly plan: TransferPlan;
  readonly step: Step;
  readonly value?: string;
  readonly write?: PreparedWrite;
  /** Sends of the write, for the record: more than one means a resumption re-sent the same transaction. */
  readonly sends: number;
}

export interface TransferOutcome {
  readonly id: string;
  readonly value: string;
  readonly ref: string;
  /** True when the transfer had already completed: nothing was read or written this time. */
  readonly alreadyDone: boolean;
  readonly sends: number;
}

export interface WorkflowOptions {
  readonly attempts?: number;
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  /** Test hook: stop (as a crash would) right after this step is journaled. */
  readonly crashAfter?: Step;
}

export class SimulatedCrash extends Error {}

const RETENTION = { finalMs: 30 * 24 * 3600_000, finalCount: 100_000 };

export interface MultiMembershipWorkflow {
  transfer(plan: TransferPlan, options?: WorkflowOptions): Promise<TransferOutcome>;
  /** Transfers in the journal that did not finish (after a crash), to resume. */
  unfinished(): Promise<TransferPlan[]>;
  close(): Promise<void>;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Opens the enterprise's workflow over its journal in `dir`. */
export function openWorkflow(
  dir: string,
  source: SourceReader,
  destination: DestinationWriter,
): MultiMembershipWorkflow {
  return createWorkflow(JournalStore.open<TransferRecord>(dir, RETENTION), source, destination);
}

/** The enterprise's workflow over `journal`, which it closes when it is closed. */
export function createWorkflow(
  journal: RequestStore<TransferRecord>,
  source: SourceReader,
  destination: DestinationWriter,
): MultiMembershipWorkflow {
  const retrying = async <T>(what: string, options: WorkflowOptions, call: () => Promise<T>): Promise<T> => {
    const attempts = options.attempts ?? 5;
    const backoff = options.backoff ?? { initialMs: 100, maxMs: 2_000 };
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (error instanceof SimulatedCrash) throw error;
        if (attempt + 1 >= attempts) {
          throw error instanceof WeftError
            ? error
            : new WeftError(
                'LEDGER_CALL_FAILED',
                `${what} failed: ${(error as Error).message}`,
                {},
                { cause: error },
              );
        }
        await sleep(backoffDelay(attempt, backoff));
      }
    }
  };

  const save = async (record: TransferRecord, options: WorkflowOptions) => {
    await journal.put(record);
    if (options.crashAfter === record.step) throw new SimulatedCrash(`simulated crash after ${record.step}`);
  };

  return {
    async transfer(plan, options = {}) {
      if (!ID.test(plan.id)) {
        throw new WeftError('REQUEST_INVALID', `invalid idempotency key ${JSON.stringify(plan.id)}`);
      }
      let record = await journal.get(plan.id);
      if (record && JSON.stringify(record.plan) !== JSON.stringify(plan)) {
        throw new WeftError('REQUEST_INVALID', `idempotency key ${plan.id} was used for another transfer`, {
          id: plan.id,
        });
      }
      if (record?.step === 'committed') {
        return {
          id: plan.id,
          value: record.value!,
          ref: record.write!.ref,
          alreadyDone: true,
          sends: record.sends,
        };
      }
      const next = (fields: Partial<TransferRecord> & { step: Step }): TransferRecord => ({
        key: plan.id,
        plan,
        sends: 0,
        ...record,
        ...fields,
        final: fields.step === 'committed',
        updatedAt: Date.now(),
      });
      if (!record) {
        record = next({ step: 'planned' });
        await save(record, options);
      }
      if (record.step === 'planned') {
        const value = await retrying('reading the source', options, () => source.read(plan.sourceKey));
        record = next({ step: 'read', value });
        await save(record, options);
      }
      if (record.step === 'read') {
        const value = record.value!;
        const write = await retrying('preparing the write', options, () =>
          destination.prepare(plan.destinationKey, value),
        );
        record = next({ step: 'prepared', write });
        await save(record, options);
      }
      // Prepared: sent zero or more times before. Ask the ledger first, then send the same bytes.
      const write = record.write!;
      if (!(record.sends > 0 && (await destination.committed(write.ref)))) {
        record = next({ step: 'prepared', sends: record.sends + 1 });
        await journal.put(record);
        await retrying('writing the destination', options, () => destination.send(write));
      }
      record = next({ step: 'committed' });
      await save(record, options);
      return { id: plan.id, value: record.value!, ref: write.ref, alreadyDone: false, sends: record.sends };
    },
    async unfinished() {
      return (await journal.unfinished()).map((r) => r.plan);
    },
    close: () => journal.close(),
  };
}
