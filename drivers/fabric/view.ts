/**
 * Turns a transaction endorsed through the Fabric Gateway (endorsed, never submitted) into a Fabric view in
 * Weaver's wire format: one entry per endorsement, each with the exact ProposalResponsePayload bytes the
 * endorsers signed.
 */
import { common, gateway, peer } from '@hyperledger/fabric-protos';
import { WeftError } from '../../common/errors.js';
import { protos, weft } from '../../protos/index.js';
import type { WireView } from '../../transport/edge.js';

/** @param preparedTransaction what `Transaction.getBytes()` of @hyperledger/fabric-gateway returns. */
export function fabricViewFromEndorsedTransaction(preparedTransaction: Uint8Array): Uint8Array {
  let endorsed: peer.ChaincodeEndorsedAction | undefined;
  try {
    const envelope = gateway.PreparedTransaction.deserializeBinary(preparedTransaction).getEnvelope();
    const payload = envelope && common.Payload.deserializeBinary(envelope.getPayload_asU8());
    const transaction = payload && peer.Transaction.deserializeBinary(payload.getData_asU8());
    const action = transaction?.getActionsList()[0];
    endorsed = action && peer.ChaincodeActionPayload.deserializeBinary(action.getPayload_asU8()).getAction();
  } catch (error) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      'the endorsed transaction cannot be decoded',
      {},
      { cause: error },
    );
  }
  if (!endorsed || endorsed.getEndorsementsList().length === 0) {
    throw new WeftError('LEDGER_CALL_FAILED', 'the endorsed transaction carries no endorsements');
  }
  const responsePayload = endorsed.getProposalResponsePayload_asU8();
  const { FabricViewBytes } = weft.fabric;
  const entries = endorsed.getEndorsementsList().map((e) =>
    FabricViewBytes.EndorsedProposalResponseBytes.create({
      payload: responsePayload,
      endorsement: protos.Endorsement.encode(
        protos.Endorsement.create({ endorser: e.getEndorser_asU8(), signature: e.getSignature_asU8() }),
      ).finish(),
    }),
  );
  return FabricViewBytes.encode(FabricViewBytes.create({ endorsed_proposal_responses: entries })).finish();
}

const FABRIC_PROTOCOL = 3;

/** An endorsed transaction as the view a driver answers with: Weaver's meta for a Fabric view, and its bytes. */
export function fabricWireView(preparedTransaction: Uint8Array): WireView {
  return {
    meta: {
      protocol: FABRIC_PROTOCOL,
      timestamp: new Date().toISOString(),
      proofType: 'Notarization',
      serializationFormat: 'STRING',
    },
    data: fabricViewFromEndorsedTransaction(preparedTransaction),
  };
}
