/**
 * Forgeries `weft compare` carries out against the running system: a view whose value was changed in
 * transit, and a view of a false value signed by keys an attacker holds (one org's peer or client key, an
 * attestor's key, keys of no member at all). Each is built exactly as the real thing is built, so only the
 * destination's checks stand between it and acceptance.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getBytes, Wallet } from 'ethers';
import { WeftError } from '../../common/errors.js';
import { type EvmStatement, signAttestation } from '../../ledgers/evm/attestation.js';
import { type DecodedEvmView, decodeEvmView, encodeEvmView } from '../../ledgers/evm/proof.js';
import { decodeDerSignature, encodeDerSignature, toLowS } from '../../proofs/ecdsa.js';
import { msp, protos, weft } from '../../protos/index.js';
import { tlsDir } from '../../topology/interop.js';
import type { EvmNetworkState, FabricNetworkState, NetworkState } from '../../topology/state.js';

/** The same number of bytes, each changed: what a tampering relay would put in place of the value. */
export function falseValueOf(value: Uint8Array): Uint8Array {
  return Uint8Array.from(value, (b) => (b === 0x58 ? 0x59 : 0x58));
}

/**
 * A proof with its value's bytes replaced in place wherever they occur (every endorsed copy of the
 * payload), so the proof stays well formed; the signatures are left as they were.
 */
export function tamperedProof(proof: Uint8Array, value: Uint8Array): Uint8Array {
  const copy = Buffer.from(proof);
  const needle = Buffer.from(value);
  let at = value.length === 0 ? -1 : copy.indexOf(needle);
  if (at < 0) throw new WeftError('VIEW_INVALID', 'the value is not in the proof');
  for (; at >= 0; at = copy.indexOf(needle, at + needle.length)) copy.set(falseValueOf(value), at);
  return copy;
}

const { FabricViewBytes } = weft.fabric;

/** A signer of Fabric endorsements: a key, and the identity it claims (an MSP id and a certificate). */
export interface FabricSigner {
  readonly mspId: string;
  readonly certificate: Uint8Array;
  readonly key: string;
}

async function firstFile(dir: string): Promise<string> {
  const [file] = await readdir(dir);
  if (!file) throw new WeftError('STATE_CORRUPT', `${dir} is empty`);
  return join(dir, file);
}

/** An org's peer (its signing identity) or client of a Fabric network, from the topology's crypto material. */
export async function fabricSigner(
  network: FabricNetworkState,
  org: number,
  who: 'peer' | 'client',
): Promise<FabricSigner> {
  const o = network.orgs[org]!;
  const msp = who === 'peer' ? o.peer.mspDir : o.client.mspDir;
  return {
    mspId: o.mspId,
    certificate: await readFile(await firstFile(join(msp, 'signcerts'))),
    key: await readFile(await firstFile(join(msp, 'keystore')), 'utf8'),
  };
}

/**
 * A view of a false value: the honest view's payload with its value changed, endorsed by `signers`, each
 * signing as Fabric peers sign (ECDSA P-256 over payload ‖ serialized identity, low-S).
 */
export function forgedFabricView(
  proof: Uint8Array,
  value: Uint8Array,
  signers: readonly FabricSigner[],
): Uint8Array {
  const honest = FabricViewBytes.decode(proof).endorsed_proposal_responses[0];
  if (!honest) throw new WeftError('VIEW_INVALID', 'the view has no endorsement');
  const payload = tamperedProof(honest.payload, value);
  const endorsed = signers.map((signer) => {
    const endorser = msp.SerializedIdentity.encode(
      msp.SerializedIdentity.create({ mspid: signer.mspId, id_bytes: signer.certificate }),
    ).finish();
    const der = sign('sha256', Buffer.concat([payload, endorser]), createPrivateKey(signer.key));
    const signature = encodeDerSignature(toLowS(decodeDerSignature(der)!));
    return FabricViewBytes.EndorsedProposalResponseBytes.create({
      payload,
      endorsement: protos.Endorsement.encode(protos.Endorsement.create({ endorser, signature })).finish(),
    });
  });
  return FabricViewBytes.encode(FabricViewBytes.create({ endorsed_proposal_responses: endorsed })).finish();
}

/**
 * A network's relay, driver and attestor TLS identities (topology/interop.ts, under its interop folder):
 * real keys and certificates, from a CA no org of the network uses.
 */
export async function relayTlsIdentities(
  network: NetworkState,
): Promise<Array<{ readonly certFile: string; readonly keyFile: string }>> {
  const dir = tlsDir(join(network.dir, 'interop'));
  const hosts = (await readdir(dir).catch(() => []))
    .filter((f) => f.endsWith('.crt') && f !== 'ca.crt')
    .map((f) => f.slice(0, -'.crt'.length))
    .sort();
  if (hosts.length === 0) throw new WeftError('STATE_CORRUPT', `no relay TLS material in ${dir}`);
  return hosts.map((host) => ({ certFile: join(dir, `${host}.crt`), keyFile: join(dir, `${host}.key`) }));
}

/** An attestor's key, read from the file only that attestor reads. */
export async function attestorKey(network: EvmNetworkState, org: number): Promise<string> {
  return (await readFile(network.orgs![org]!.attestor.keyFile, 'utf8')).trim();
}

/** `view` with `statement` in place of its own, attested by the holders of `keys` (0x private keys) alone. */
export function reattested(
  view: DecodedEvmView,
  statement: EvmStatement,
  keys: readonly string[],
): Uint8Array {
  return encodeEvmView({
    ...view,
    statement,
    attestations: keys.map((key) => ({
      signer: getBytes(new Wallet(key).address),
      signature: signAttestation(statement, key),
    })),
  });
}

/** An EVM view of a false value, attested by the holders of `keys` (0x private keys). */
export function forgedEvmView(proof: Uint8Array, keys: readonly string[]): Uint8Array {
  const decoded = decodeEvmView(proof);
  if (!decoded) throw new WeftError('VIEW_INVALID', 'not an EVM view');
  const statement = { ...decoded.statement, result: falseValueOf(decoded.statement.result) };
  return reattested({ statement, attestations: [] }, statement, keys);
}
