/** An attested EVM view (or log event) as a driver sends it to its relay. */
import { type DecodedEvmView, encodeEvmView } from '../../ledgers/evm/proof.js';
import type { WireView } from '../../transport/edge.js';

/** Weaver's Meta.Protocol value for Ethereum. */
export const ETHEREUM_PROTOCOL = 1;

export function evmWireView(view: DecodedEvmView): WireView {
  return {
    meta: {
      protocol: ETHEREUM_PROTOCOL,
      timestamp: new Date().toISOString(),
      proofType: 'Attestation',
      serializationFormat: 'PROTOBUF',
    },
    data: encodeEvmView(view),
  };
}
