/**
 * An EVM trusted party (single-API mode, proofs/trusted-party.ts), recorded as
 * `{"kind":"evm","address":"0x..."}`: it signs the bytes as an EIP-191 message, 65 bytes r ‖ s ‖ v, low s
 * only; what `Wallet.signMessage` produces and `ecrecover` checks on chain. Pure: no I/O.
 */
import { getBytes, hashMessage, Wallet } from 'ethers';
import {
  badPartySignature,
  invalidPartyRecord,
  malformedAnswer,
  type TrustedAnswerVerdict,
} from '../../proofs/trusted-party.js';
import type { LedgerParty, LedgerPartyConfig, LedgerPartyKey, PartyFacet } from '../adapter.js';
import { owned } from '../owned.js';
import { recoverSigner } from './attestation.js';

export interface EvmTrustedParty {
  readonly kind: 'evm';
  readonly networkId: string;
  /** 0x-prefixed, lower case. */
  readonly address: string;
}

/** A secp256k1 private key, 0x-prefixed hex. */
export interface EvmPartyKey {
  readonly kind: 'evm';
  readonly privateKey: string;
}

/** A configured EVM party: its secp256k1 key, 0x-prefixed hex. */
export interface EvmPartyConfig {
  readonly kind: 'evm';
  readonly privateKey: string;
}

const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;

function parseEvmParty(networkId: string, text: unknown): EvmTrustedParty {
  if (typeof text !== 'string' || !EVM_ADDRESS.test(text)) {
    throw invalidPartyRecord(networkId, 'address must be a lower-case 0x address of 20 bytes');
  }
  return { kind: 'evm', networkId, address: text };
}

function verifyEvmParty(
  party: EvmTrustedParty,
  bytes: Uint8Array,
  answer: { readonly signature: Uint8Array },
): TrustedAnswerVerdict {
  if (answer.signature.length !== 65) return malformedAnswer('an EVM party signature is 65 bytes r ‖ s ‖ v');
  const signer = recoverSigner(hashMessage(bytes), answer.signature);
  if (signer === undefined) return badPartySignature('the signature is invalid or high-s');
  if (signer !== party.address) return badPartySignature(`signed by ${signer}, not by ${party.address}`);
  return { valid: true };
}

const isEvmParty = (party: LedgerParty): party is EvmTrustedParty => party.kind === 'evm';
const isEvmPartyKey = (key: LedgerPartyKey): key is EvmPartyKey => key.kind === 'evm';
const isEvmPartyConfig = (config: LedgerPartyConfig): config is EvmPartyConfig => config.kind === 'evm';

export const evmParty: PartyFacet<EvmTrustedParty, EvmPartyKey, EvmPartyConfig> = {
  field: 'address',
  parse: parseEvmParty,
  is: isEvmParty,
  isKey: isEvmPartyKey,
  isConfig: isEvmPartyConfig,
  configFiles: ['privateKey'],
  config: (fields) => ({ kind: 'evm', privateKey: fields.privateKey ?? '' }),
  fromConfig: owned('evm', isEvmPartyConfig, (config) => ({
    key: { kind: 'evm', privateKey: config.privateKey },
    record: JSON.stringify({ kind: 'evm', address: new Wallet(config.privateKey).address.toLowerCase() }),
  })),
  identity: owned('evm', isEvmParty, (party) => party.address),
  sign: owned('evm', isEvmPartyKey, (key, bytes) =>
    getBytes(new Wallet(key.privateKey).signMessageSync(bytes)),
  ),
  verify: owned('evm', isEvmParty, verifyEvmParty),
};
