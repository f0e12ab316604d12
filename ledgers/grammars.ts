/**
 * The view grammars of the kinds `LEDGERS` lists (registry.ts), apart from the rest of their adapters:
 * all that reading an address needs. A relay parses every address it forwards and verifies none, so it
 * loads no kind's cryptography (ethers alone is some 25 MB and 200 ms at start-up). registry.test.ts
 * checks that this list names the adapters' grammars, in the same order.
 */
import { addressInvalid } from '../proofs/address-grammar.js';
import { evmViewGrammar } from './evm/address.js';
import { fabricViewGrammar } from './fabric/address.js';
import { unknownLedger } from './owned.js';

export const VIEW_GRAMMARS = [fabricViewGrammar, evmViewGrammar] as const;

/** A view of any kind: the view segment of an address, parsed. */
export type View = ReturnType<(typeof VIEW_GRAMMARS)[number]['parse']>;

/**
 * The grammar that claims a view text, by its first segment.
 *
 * @throws {WeftError} ADDRESS_INVALID when no kind claims it.
 */
export function grammarOfViewText(viewText: string, address = viewText): (typeof VIEW_GRAMMARS)[number] {
  const [first = ''] = viewText.split(':', 1);
  const grammar = VIEW_GRAMMARS.find((g) => g.claims(first));
  if (!grammar) {
    const kinds = VIEW_GRAMMARS.map((g) => g.firstSegment).join(' nor ');
    throw addressInvalid(address, `${JSON.stringify(first)} is neither ${kinds}`);
  }
  return grammar;
}

/**
 * The view a view text names, by the grammar of the kind that claims it.
 *
 * @throws {WeftError} ADDRESS_INVALID naming what is wrong.
 */
export function parseView(address: string, viewText: string): View {
  return grammarOfViewText(viewText, address).parse(address, viewText.split(':'));
}

/** The canonical text of a view. */
export function formatView(view: View): string {
  const grammar = VIEW_GRAMMARS.find((g) => g.is(view));
  if (!grammar) {
    throw unknownLedger(
      view.ledger,
      VIEW_GRAMMARS.map((g) => g.firstSegment),
    );
  }
  return grammar.format(view);
}
