/**
 * Turns a transaction endorsed through the Fabric Gateway (endorsed, never submitted) into a Fabric view in
 * Weaver's wire format: one entry per endorsement, each with the exact ProposalResponsePayload bytes the
 * endorsers signed.
 */
import { common, gateway, peer } from '@hyperledger/fabric-protos';
import { WeftError } from '../../common/errors.js';
import { type BatchRequest, batchLeaves, readEndorsedBatch } from '../../ledgers/fabric/batch.js';
import { protos, weft } from '../../protos/index.js';
import type { WireView } from '../../transport/edge.js';

type EndorsedEntries = weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes[];

/** @param preparedTransaction what `Transaction.getBytes()` of @hyperledger/fabric-gateway returns. */
function endorsedEntries(preparedTransaction: Uint8Array): EndorsedEntries {
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
  return endorsed.getEndorsementsList().map((e) =>
    weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.create({
      payload: responsePayload,
      endorsement: protos.Endorsement.encode(
        protos.Endorsement.create({ endorser: e.getEndorser_asU8(), signature: e.getSignature_asU8() }),
      ).finish(),
    }),
  );
}

function viewBytes(entries: EndorsedEntries): Uint8Array {
  const { FabricViewBytes } = weft.fabric;
  return FabricViewBytes.encode(FabricViewBytes.create({ endorsed_proposal_responses: entries })).finish();
}

/** The view of one endorsed transaction: one entry per endorsement, each with the bytes the endorsers signed. */
export function fabricViewFromEndorsedTransaction(preparedTransaction: Uint8Array): Uint8Array {
  return viewBytes(endorsedEntries(preparedTransaction));
}

const FABRIC_PROTOCOL = 3;

function wireView(data: Uint8Array): WireView {
  return {
    meta: {
      protocol: FABRIC_PROTOCOL,
      timestamp: new Date().toISOString(),
      proofType: 'Notarization',
      serializationFormat: 'STRING',
    },
    data,
  };
}

/** An endorsed transaction as the view a driver answers with: Weaver's meta for a Fabric view, and its bytes. */
export function fabricWireView(preparedTransaction: Uint8Array): WireView {
  return wireView(fabricViewFromEndorsedTransaction(preparedTransaction));
}

/**
 * The views of an endorsed batch (the interop chaincode's QueryBatch, in transaction `txId`), one per
 * request in the batch's order: each the shared endorsements with the request's own leaf. The leaves are
 * built again here, as the chaincode built them; their root must be the endorsed one.
 *
 * @throws {WeftError} LEDGER_CALL_FAILED when the result is no batch, or the leaves lead to another root
 */
export function fabricBatchViews(
  preparedTransaction: Uint8Array,
  result: Uint8Array,
  txId: string,
  address: string,
  requests: readonly BatchRequest[],
): WireView[] {
  const endorsed = readEndorsedBatch(result);
  if (!endorsed || endorsed.leaves !== requests.length) {
    throw new WeftError('LEDGER_CALL_FAILED', `the chaincode's answer is not a batch of ${requests.length}`);
  }
  const value = { address, payload: endorsed.payload, sourceTimeMs: endorsed.sourceTimeMs };
  const { leaves, tree } = batchLeaves(txId, value, requests);
  if (!Buffer.from(tree.root).equals(Buffer.from(endorsed.root))) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      'the batch leaves built here lead to another root than the endorsed one',
    );
  }
  const entries = endorsedEntries(preparedTransaction);
  // Encoded once: a message's fields concatenate, so each view is the shared endorsements' bytes followed
  // by its own leaf's field.
  const shared = viewBytes(entries);
  const { FabricViewBytes } = weft.fabric;
  return leaves.map((leaf, i) => {
    const own = FabricViewBytes.encode(
      FabricViewBytes.create({
        batch_leaf: weft.batch.BatchLeaf.create({
          payload: leaf.payload,
          salt: leaf.salt,
          path: tree.path(i),
        }),
      }),
    ).finish();
    return wireView(Buffer.concat([shared, own]));
  });
}
