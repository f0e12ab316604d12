/**
 * The interop chaincode, source side: answers a view request by calling the application chaincode the
 * address names and wrapping its result in an InteropPayload that binds it to the request's address, nonce
 * and requester. The payload is returned inside the endorsed result, so every endorsement covers the binding.
 *
 * Authentication of the requester and access control come next; today any client of the network may ask.
 */
import { type Context, Contract } from 'fabric-contract-api';
import { parseAddress } from '../../../proofs/address.js';
import { messageType } from '../../../protos/index.js';

export const INTEROP_CHAINCODE = 'interop';

export class InteropContract extends Contract {
  constructor() {
    super(INTEROP_CHAINCODE);
  }

  /** Returns a serialized common.interop_payload.InteropPayload with the value of the view at `address`. */
  async Query(
    ctx: Context,
    address: string,
    nonce: string,
    requesterCertificate: string,
  ): Promise<Uint8Array> {
    const { view } = parseAddress(address);
    if (view.ledger !== 'fabric') throw new Error(`VIEW_NOT_FABRIC: ${address}`);
    const channel = ctx.stub.getChannelID();
    if (view.channel !== channel)
      throw new Error(`WRONG_CHANNEL: the view is on ${view.channel}, not ${channel}`);
    if (view.chaincode === INTEROP_CHAINCODE)
      throw new Error('VIEW_NOT_ALLOWED: the interop chaincode itself');
    if (nonce.length === 0 || nonce.length > 256) throw new Error('INVALID_NONCE: 1 to 256 characters');
    const response = await ctx.stub.invokeChaincode(view.chaincode, [view.function, ...view.args], channel);
    if (response.status !== 200) throw new Error(`VIEW_FAILED: ${response.message}`);
    const InteropPayload = messageType('common.interop_payload.InteropPayload');
    return InteropPayload.encode(
      InteropPayload.create({
        payload: response.payload,
        address,
        confidential: false,
        requestor_certificate: requesterCertificate,
        nonce,
      }),
    ).finish();
  }
}
