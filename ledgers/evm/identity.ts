/**
 * A client of an EVM network: an account of one of its orgs; its lower-case address is the requester the
 * source checks, and it signs requests as EIP-191 messages (proofs/requester.ts). Pure: no I/O.
 */
import { getBytes, Wallet } from 'ethers';
import { requestSigningBytes } from '../../proofs/requester.js';
import type { IdentityFacet, LedgerIdentity } from '../adapter.js';
import { owned } from '../owned.js';

export interface EvmClientIdentity {
  readonly kind: 'evm';
  readonly org: string;
  /** 0x-prefixed secp256k1 private key. */
  readonly privateKey: string;
}

const isEvmIdentity = (identity: LedgerIdentity): identity is EvmClientIdentity => identity.kind === 'evm';

export const evmIdentity: IdentityFacet<EvmClientIdentity> = {
  is: isEvmIdentity,
  signer: owned('evm', isEvmIdentity, (identity) => {
    const wallet = new Wallet(identity.privateKey);
    return {
      org: identity.org,
      identity: wallet.address.toLowerCase(),
      sign: (address, nonce) =>
        Buffer.from(getBytes(wallet.signMessageSync(requestSigningBytes(address, nonce)))).toString('base64'),
    };
  }),
};
