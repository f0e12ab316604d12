/**
 * The Fabric destination: a verified view of any source submitted to the interop chaincode, which verifies
 * it again, spends its nonce and records the value (sdk/client.ts), and the value read back through the
 * sample application (`assets.GetRemote`).
 */
import type { Contract } from '@hyperledger/fabric-gateway';

export { type Submitted, submitView } from '../../sdk/client.js';

/** The value the destination's application holds for `address`. */
export function readRemote(assets: Contract, address: string): Promise<Uint8Array> {
  return assets.evaluateTransaction('GetRemote', address);
}
