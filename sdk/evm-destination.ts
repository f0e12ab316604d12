/**
 * A verified view of any source network, submitted to an EVM destination's interop contract: the call its
 * proof needs (a Fabric view's endorsements, an EVM view's attested statement and signatures).
 */
import type { Contract } from 'ethers';
import { WeftError } from '../common/errors.js';
import { decodeEvmView } from '../proofs/evm-view.js';
import type { VerifiedView } from './client.js';
import { type SubmittedView, submitEvmView, submitFabricView } from './evm-interop.js';

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
  if (view.ledger === 'fabric') return submitFabricView(interop, view.proof, app);
  const decoded = decodeEvmView(view.proof);
  if (!decoded) throw new WeftError('VIEW_INVALID', 'the EVM view cannot be decoded');
  return submitEvmView(
    interop,
    decoded.statement,
    decoded.attestations.map((a) => a.signature),
    app,
  );
}
