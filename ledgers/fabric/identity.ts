/**
 * A client of a Fabric network: its certificate is the requester the source checks and the view is bound
 * to; it signs requests with ECDSA over SHA-256 (proofs/requester.ts), and a confidential view is sealed to
 * its key. Pure: no I/O.
 */
import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { requestSigningBytes } from '../../proofs/requester.js';
import type { IdentityFacet, LedgerIdentity } from '../adapter.js';
import { owned } from '../owned.js';

export interface FabricClientIdentity {
  /** Fabric identities may leave their kind out. */
  readonly kind?: 'fabric';
  readonly mspId: string;
  /** PEM certificate. */
  readonly certificate: string;
  readonly privateKey: KeyObject | string;
}

const isFabricIdentity = (identity: LedgerIdentity): identity is FabricClientIdentity =>
  identity.kind === undefined || identity.kind === 'fabric';

export const fabricIdentity: IdentityFacet<FabricClientIdentity> = {
  is: isFabricIdentity,
  signer: owned('fabric', isFabricIdentity, (identity) => {
    const key =
      typeof identity.privateKey === 'string' ? createPrivateKey(identity.privateKey) : identity.privateKey;
    return {
      org: identity.mspId,
      identity: identity.certificate,
      sealKey: key,
      sign: (address, nonce) => sign('sha256', requestSigningBytes(address, nonce), key).toString('base64'),
    };
  }),
};
