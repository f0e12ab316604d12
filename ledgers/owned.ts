/**
 * An adapter's operations take data of any kind (so the registry holds every adapter as one type) and act
 * only on their own kind's: `owned(kind, guard, act)` narrows with the kind's guard and refuses the rest.
 */
import { WeftError } from '../common/errors.js';

/** Refused: a kind weft does not know. */
export function unknownLedger(kind: unknown, known: readonly string[]): WeftError {
  return new WeftError(
    'LEDGER_UNKNOWN',
    `no ledger kind ${JSON.stringify(kind)}: weft knows ${known.join(', ')}`,
    { kind: String(kind) },
  );
}

export function owned<B, T extends B, A extends unknown[], R>(
  kind: string,
  guard: (thing: B) => thing is T,
  act: (thing: T, ...rest: A) => R,
): (thing: B, ...rest: A) => R {
  return (thing, ...rest) => {
    if (!guard(thing)) {
      throw new WeftError('LEDGER_UNKNOWN', `the ${kind} adapter was handed data of another kind`, { kind });
    }
    return act(thing, ...rest);
  };
}
