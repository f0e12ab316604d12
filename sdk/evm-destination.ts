/**
 * A verified view of any source network, submitted to an EVM destination's interop contract: the call its
 * proof needs (ledgers/evm/destination.ts).
 */
import type { Contract } from 'ethers';
import { evm } from '../ledgers/evm/index.js';
import type { VerifiedView } from './client.js';
import type { SubmittedView } from './evm-interop.js';

/**
 * Submits `view` from the contract's signer, who must be the view's requester; the value goes to the
 * application contract `app` too, unless it is the zero address.
 *
 * @throws {WeftError} VIEW_INVALID when the contract refuses the view (its reason decoded), or the proof
 *   cannot be decoded.
 */
export async function submitViewToEvm(
  interop: Contract,
  view: VerifiedView,
  app: string,
): Promise<SubmittedView> {
  const { submitToEvm } = await evm.destination();
  return submitToEvm(interop, view, app);
}
