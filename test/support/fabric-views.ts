/**
 * Fabric views for tests of the verifier: real cryptogen material (the cached Fabric build), endorsements
 * built and signed exactly as Fabric peers sign them, and knobs to build the forgeries an attacker would try.
 */
import { createPrivateKey, randomBytes, sign } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { cacheDir } from '../../common/paths.js';
import { type BatchRequest, batchLeaves, endorsedBatchBytes } from '../../ledgers/fabric/batch.js';
import { decodeDerSignature, encodeDerSignature, P256_N, toLowS } from '../../proofs/ecdsa.js';
import { runCommand } from '../../topology/command.js';
import { ensureFabric } from '../../topology/fabric/binaries.js';
import { encodeMessage as encode } from '../../transport/grpc.js';
import { tempDir } from './temp.js';

export interface Endorser {
  readonly mspId: string;
  readonly certificate: string;
  readonly key: string;
  /** The org's CA certificate. */
  readonly ca: string;
}

/** Generates orgs with cryptogen under `domain`; returns each org's peer identity and CA. */
export async function generateOrgs(
  domain: string,
  names: readonly string[],
): Promise<Record<string, Endorser>> {
  const fabric = await ensureFabric({ cacheDir: cacheDir() });
  const dir = await tempDir('views');
  await writeFile(
    join(dir, 'crypto-config.yaml'),
    stringify({
      PeerOrgs: names.map((name) => ({
        Name: name,
        Domain: `${name.toLowerCase()}.${domain}`,
        EnableNodeOUs: true,
        Template: { Count: 1 },
      })),
    }),
  );
  await runCommand(fabric.bin('cryptogen'), [
    'generate',
    `--config=${join(dir, 'crypto-config.yaml')}`,
    `--output=${dir}`,
  ]);
  const endorsers: Record<string, Endorser> = {};
  for (const name of names) {
    const orgDomain = `${name.toLowerCase()}.${domain}`;
    const orgDir = join(dir, 'peerOrganizations', orgDomain);
    const msp = join(orgDir, 'peers', `peer0.${orgDomain}`, 'msp');
    endorsers[name] = {
      mspId: `${name}MSP`,
      certificate: await readFile(join(msp, 'signcerts', `peer0.${orgDomain}-cert.pem`), 'utf8'),
      key: await readFile(join(msp, 'keystore', 'priv_sk'), 'utf8'),
      ca: await readFile(join(orgDir, 'msp', 'cacerts', `ca.${orgDomain}-cert.pem`), 'utf8'),
    };
  }
  return endorsers;
}

export interface ViewContent {
  readonly address: string;
  readonly nonce: string;
  readonly requesterCertificate?: string;
  readonly value?: string | Uint8Array;
  readonly chaincode?: string;
  readonly status?: number;
  /** The source time the payload binds (default: now; 0: none). */
  readonly sourceTimeMs?: number;
}

/** A ProposalResponsePayload of the interop chaincode whose response carries `result`. */
function actionPayload(
  result: Uint8Array,
  options: { chaincode?: string; status?: number } = {},
): Uint8Array {
  const action = encode('protos.ChaincodeAction', {
    results: randomBytes(8),
    response: { status: options.status ?? 200, payload: result },
    chaincode_id: { name: options.chaincode ?? 'interop', version: '1' },
  });
  return encode('protos.ProposalResponsePayload', { proposal_hash: randomBytes(32), extension: action });
}

/** The ProposalResponsePayload an interop chaincode's endorsement covers. */
export function responsePayload(content: ViewContent): Uint8Array {
  const interop = encode('common.interop_payload.InteropPayload', {
    payload: Buffer.from(content.value ?? 'value'),
    address: content.address,
    nonce: content.nonce,
    requestor_certificate: content.requesterCertificate ?? '',
    source_time_ms: content.sourceTimeMs ?? Date.now(),
  });
  return actionPayload(interop, content);
}

/**
 * What the interop chaincode's QueryBatch answers for `requests` of `address` (ledgers/fabric/batch.ts),
 * and each request's leaf as its view carries it.
 */
export function batchResponse(
  address: string,
  requests: readonly BatchRequest[],
  options: { value?: string; txId?: string; sourceTimeMs?: number } = {},
) {
  const value = {
    address,
    payload: Buffer.from(options.value ?? 'value'),
    sourceTimeMs: options.sourceTimeMs ?? Date.now(),
  };
  const { leaves, tree } = batchLeaves(options.txId ?? randomBytes(32).toString('hex'), value, requests);
  return {
    payload: actionPayload(endorsedBatchBytes(value, tree.root, requests.length)),
    root: tree.root,
    leaves: leaves.map((leaf, i) => ({ payload: leaf.payload, salt: leaf.salt, path: tree.path(i) })),
  };
}

export interface EndorsementOptions {
  /** Identity the endorsement claims (default: the signer's own). */
  readonly claimedMspId?: string;
  /** Sign these bytes instead of the payload (a valid signature over something else). */
  readonly signOver?: Uint8Array;
  /** Emit the high-S twin of the signature. */
  readonly highS?: boolean;
}

export function endorse(payload: Uint8Array, signer: Endorser, options: EndorsementOptions = {}) {
  const endorser = encode('msp.SerializedIdentity', {
    mspid: options.claimedMspId ?? signer.mspId,
    id_bytes: Buffer.from(signer.certificate),
  });
  const der = sign(
    'sha256',
    Buffer.concat([options.signOver ?? payload, endorser]),
    createPrivateKey(signer.key),
  );
  const low = toLowS(decodeDerSignature(der)!);
  const s = options.highS ? { r: low.r, s: P256_N - low.s } : low;
  return {
    payload,
    endorsement: encode('protos.Endorsement', { endorser, signature: encodeDerSignature(s) }),
  };
}

/** A FabricView (Weaver's wire format) of the given endorsed responses. */
export function fabricView(
  entries: ReadonlyArray<{ payload: Uint8Array; endorsement: Uint8Array }>,
  batchLeaf?: { payload: Uint8Array; salt: Uint8Array; path: readonly Uint8Array[] },
): Uint8Array {
  return encode('weft.fabric.FabricViewBytes', {
    endorsed_proposal_responses: entries,
    ...(batchLeaf ? { batch_leaf: batchLeaf } : {}),
  });
}
