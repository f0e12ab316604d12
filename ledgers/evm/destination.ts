/**
 * The EVM destination: a verified view of any source network submitted to an EVM network's interop
 * contract (contracts/evm/WeftInterop.sol), by the entry point that verifies its source kind's proof: a
 * Fabric view's endorsements, an EVM view's attested statement and signatures; and the value read back
 * through the sample application, as are the assets its remote streams' events carried. Loaded lazily
 * (index.ts): it sends transactions through ethers.
 */
import { type Contract, getBytes, isCallException } from 'ethers';
import { WeftError } from '../../common/errors.js';
import {
  type SubmittedView,
  submitEvmEvent,
  submitEvmView,
  submitFabricEvent,
  submitFabricView,
} from '../../sdk/evm-interop.js';
import type { SampleAsset } from '../adapter.js';
import { ledgerOf } from '../registry.js';
import { decodeEvmView } from './proof.js';

/** The value the destination's application (AssetStore) holds for `address`. */
export async function readRemote(assets: Contract, address: string): Promise<Uint8Array> {
  const stored: string = await assets.getFunction('getRemote')(address);
  return Buffer.from(stored.slice(2), 'hex');
}

/**
 * The payload of event `sequence` of the stream at `streamAddress` (as the events came), as the
 * destination's application (AssetStore) kept it: the bytes its source emitted, decoded off chain.
 *
 * @throws {WeftError} NOT_FOUND when the store took no such event.
 */
export async function readRemoteEvent(
  assets: Contract,
  streamAddress: string,
  sequence: bigint,
): Promise<Uint8Array> {
  try {
    const stored: string = await assets.getFunction('getRemoteEvent')(streamAddress, sequence);
    return getBytes(stored);
  } catch (error) {
    if (!isCallException(error)) throw error;
    throw new WeftError('NOT_FOUND', `no event ${sequence} of ${streamAddress}`, {}, { cause: error });
  }
}

/**
 * The asset carried by event `sequence` of the stream at `streamAddress`, from the payload AssetStore kept,
 * read as the sample application of the stream's source kind (`sourceKind`, Fabric by default) emits it.
 *
 * @throws {WeftError} NOT_FOUND when the store took no such event; EVENT_INVALID when it carries no asset.
 */
export async function readRemoteAssetEvent(
  assets: Contract,
  streamAddress: string,
  sequence: bigint,
  sourceKind = 'fabric',
): Promise<SampleAsset> {
  const payload = await readRemoteEvent(assets, streamAddress, sequence);
  return ledgerOf(sourceKind).topologyFacts.sampleAsset(payload);
}

/** What the contract needs of a verified view: its source kind and its proof. */
export interface ViewToSubmit {
  readonly ledger: string;
  readonly proof: Uint8Array;
}

/**
 * Submits `view` from the contract's signer, who must be the view's requester; the value goes to the
 * application contract `app` too, unless it is the zero address.
 *
 * @throws {WeftError} VIEW_INVALID when the contract refuses the view (its reason decoded), or the proof
 *   cannot be decoded.
 */
export async function submitToEvm(
  interop: Contract,
  view: ViewToSubmit,
  app: string,
): Promise<SubmittedView> {
  if (view.ledger === 'fabric') return submitFabricView(interop, view.proof, app);
  const decoded = decodeEvmView(view.proof);
  if (!decoded) throw new WeftError('VIEW_INVALID', 'the EVM view cannot be decoded');
  return submitEvmView(
    interop,
    decoded.statement,
    decoded.attestations.map((a) => a.signature),
    app,
  );
}

/**
 * Submits a verified event of an open stream from the contract's signer, its subscriber, by the entry point
 * of the event's source kind (a Fabric view, or an EVM source's attested log event); its payload goes to
 * `app` too.
 *
 * @throws {WeftError} VIEW_INVALID when an EVM event's view cannot be decoded; LEDGER_UNKNOWN for a source
 *   kind whose events the contract does not take.
 */
export async function submitEventToEvm(interop: Contract, event: ViewToSubmit, app: string) {
  if (event.ledger === 'fabric') return submitFabricEvent(interop, event.proof, app);
  if (event.ledger !== 'evm') {
    throw new WeftError(
      'LEDGER_UNKNOWN',
      `the interop contract takes events of Fabric and EVM sources, not ${event.ledger}`,
    );
  }
  const decoded = decodeEvmView(event.proof);
  if (!decoded) throw new WeftError('VIEW_INVALID', 'the EVM event cannot be decoded');
  return submitEvmEvent(
    interop,
    decoded.statement,
    decoded.attestations.map((a) => a.signature),
    app,
  );
}
