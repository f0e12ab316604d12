/**
 * The call data an EVM call view names: the function selector and the ABI encoding of the address's text
 * arguments, converted by the parameter types of the signature. One address has exactly one call data, so
 * the attestor that runs the call and every verifier that checks it derive the same bytes. Pure: no I/O.
 */
import { AbiCoder, FunctionFragment, getBytes, isHexString } from 'ethers';
import { WeftError } from '../../common/errors.js';
import type { EvmCallView } from './address.js';

const fragments = new Map<string, FunctionFragment>();

function fragmentOf(signature: string): FunctionFragment {
  let fragment = fragments.get(signature);
  if (!fragment) {
    try {
      fragment = FunctionFragment.from(`function ${signature}`);
    } catch (error) {
      throw new WeftError('ADDRESS_INVALID', `${signature} is not a Solidity function signature`, {
        signature,
        reason: (error as Error).message,
      });
    }
    if (fragments.size >= 256) fragments.clear();
    fragments.set(signature, fragment);
  }
  return fragment;
}

const INTEGER = /^(u?)int([0-9]*)$/;
const FIXED_BYTES = /^bytes([0-9]+)$/;

function convert(signature: string, type: string, text: string, index: number): unknown {
  const bad = (expected: string) =>
    new WeftError('ADDRESS_INVALID', `argument ${index} of ${signature} is not ${expected}`, {
      signature,
      index,
      type,
    });
  if (type === 'string') return text;
  if (type === 'bool') {
    if (text !== 'true' && text !== 'false') throw bad('true or false');
    return text === 'true';
  }
  if (type === 'address') {
    if (!/^0x[0-9a-f]{40}$/.test(text)) throw bad('a lower-case 0x address');
    return text;
  }
  if (INTEGER.test(type)) {
    // Decimal only, without needless zeros: one text per number.
    if (!/^(0|-?[1-9][0-9]*)$/.test(text)) throw bad('a decimal integer');
    return BigInt(text);
  }
  if (type === 'bytes' || FIXED_BYTES.test(type)) {
    if (!isHexString(text) || text !== text.toLowerCase()) throw bad('lower-case 0x hex bytes');
    return text;
  }
  throw new WeftError(
    'ADDRESS_INVALID',
    `parameter type ${type} of ${signature} is not supported in addresses`,
    {
      signature,
      type,
    },
  );
}

/**
 * The ABI call data of a call view.
 *
 * @throws {WeftError} ADDRESS_INVALID when the arguments do not fit the signature.
 */
export function evmCallData(view: EvmCallView): Uint8Array {
  const fragment = fragmentOf(view.signature);
  if (fragment.inputs.length !== view.args.length) {
    throw new WeftError(
      'ADDRESS_INVALID',
      `${view.signature} takes ${fragment.inputs.length} arguments, the address gives ${view.args.length}`,
      { signature: view.signature },
    );
  }
  const values = fragment.inputs.map((input, i) => convert(view.signature, input.type, view.args[i]!, i));
  let encoded: string;
  try {
    encoded = AbiCoder.defaultAbiCoder().encode(fragment.inputs, values);
  } catch (error) {
    throw new WeftError('ADDRESS_INVALID', `the arguments do not fit ${view.signature}`, {
      signature: view.signature,
      reason: (error as Error).message,
    });
  }
  return getBytes(fragment.selector + encoded.slice(2));
}
