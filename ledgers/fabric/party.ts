/**
 * A Fabric trusted party (single-API mode, proofs/trusted-party.ts), recorded as
 * `{"kind":"fabric","certificate":"-----BEGIN CERTIFICATE-----..."}`: it signs with ECDSA P-256 over
 * SHA-256 of the bytes, DER, low-S only (proofs/ecdsa.ts). Pure: no I/O.
 */
import { createPrivateKey, type KeyObject, sign, verify, X509Certificate } from 'node:crypto';
import { WeftError } from '../../common/errors.js';
import { decodeDerSignature, encodeDerSignature, isLowS, toLowS } from '../../proofs/ecdsa.js';
import {
  badPartySignature,
  invalidPartyRecord,
  malformedAnswer,
  type TrustedAnswerVerdict,
} from '../../proofs/trusted-party.js';
import type { LedgerParty, LedgerPartyConfig, LedgerPartyKey, PartyFacet } from '../adapter.js';
import { owned } from '../owned.js';

export interface FabricTrustedParty {
  readonly kind: 'fabric';
  readonly networkId: string;
  /** The PEM certificate as recorded. */
  readonly certificate: string;
  readonly publicKey: KeyObject;
}

/** A P-256 private key, PEM or KeyObject. */
export interface FabricPartyKey {
  readonly kind: 'fabric';
  readonly privateKey: string | KeyObject;
}

/** A configured Fabric party: its certificate and P-256 key, PEM. */
export interface FabricPartyConfig {
  readonly kind: 'fabric';
  readonly certificate: string;
  readonly privateKey: string;
}

function parseFabricParty(networkId: string, text: unknown): FabricTrustedParty {
  if (typeof text !== 'string') throw invalidPartyRecord(networkId, 'certificate must be a PEM text');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(text);
  } catch {
    throw invalidPartyRecord(networkId, 'certificate is not an X.509 certificate');
  }
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw invalidPartyRecord(networkId, 'the certificate key is not an ECDSA P-256 key');
  }
  return { kind: 'fabric', networkId, certificate: text, publicKey: key };
}

/** Normalized to low-S. */
function signAsFabricParty(key: FabricPartyKey, bytes: Uint8Array): Uint8Array {
  const privateKey = typeof key.privateKey === 'string' ? createPrivateKey(key.privateKey) : key.privateKey;
  const signature = decodeDerSignature(sign('sha256', bytes, privateKey));
  if (!signature) throw new WeftError('REQUEST_INVALID', 'the key is not an ECDSA P-256 key');
  return encodeDerSignature(toLowS(signature));
}

function verifyFabricParty(
  party: FabricTrustedParty,
  bytes: Uint8Array,
  answer: { readonly signature: Uint8Array },
): TrustedAnswerVerdict {
  const signature = decodeDerSignature(answer.signature);
  if (!signature) return malformedAnswer('a Fabric party signature is a DER ECDSA signature');
  if (!isLowS(signature)) return badPartySignature('the signature is high-S');
  let signed = false;
  try {
    signed = verify('sha256', bytes, party.publicKey, answer.signature);
  } catch {
    signed = false;
  }
  return signed
    ? { valid: true }
    : badPartySignature(`the answer is not signed by the party of ${party.networkId}`);
}

const isFabricParty = (party: LedgerParty): party is FabricTrustedParty => party.kind === 'fabric';
const isFabricPartyKey = (key: LedgerPartyKey): key is FabricPartyKey => key.kind === 'fabric';
const isFabricPartyConfig = (config: LedgerPartyConfig): config is FabricPartyConfig =>
  config.kind === 'fabric';

export const fabricParty: PartyFacet<FabricTrustedParty, FabricPartyKey, FabricPartyConfig> = {
  field: 'certificate',
  parse: parseFabricParty,
  is: isFabricParty,
  isKey: isFabricPartyKey,
  isConfig: isFabricPartyConfig,
  configFiles: ['privateKey', 'certificate'],
  config: (fields) => ({
    kind: 'fabric',
    certificate: fields.certificate ?? '',
    privateKey: fields.privateKey ?? '',
  }),
  fromConfig: owned('fabric', isFabricPartyConfig, (config) => ({
    key: { kind: 'fabric', privateKey: createPrivateKey(config.privateKey) },
    record: JSON.stringify({ kind: 'fabric', certificate: config.certificate }),
  })),
  identity: owned('fabric', isFabricParty, (party) => party.certificate),
  sign: owned('fabric', isFabricPartyKey, signAsFabricParty),
  verify: owned('fabric', isFabricParty, verifyFabricParty),
};
