/**
 * The dApp developer's entry point. A client of one network's relay asks for a view of another network's
 * state, waits for it (pushed by the relay; polled where the relay offers only Weaver's GetState), verifies
 * its proof against what its own ledger trusts, and can submit it to its ledger's interop chaincode.
 *
 *   const client = createWeftClient({ relay, networkId: 'fabric-a', identity, trust: ledgerTrust(interop) });
 *   const view = await client.requestView('relay-b:9080/fabric-b/weft:assets:Get:key-1');
 *   await submitView(interop, view); // verified again, on the ledger, and its nonce consumed
 */
import { createPrivateKey, type KeyObject, randomBytes, randomUUID, sign } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import type { Contract } from '@hyperledger/fabric-gateway';
import { getBytes, Wallet } from 'ethers';
import { backoffDelay } from '../common/backoff.js';
import { isErrorCode, WeftError } from '../common/errors.js';
import { describeGatewayError, gatewayRefusal } from '../common/gateway-error.js';
import { parseAddress } from '../proofs/address.js';
import { checkConfidential, openConfidential } from '../proofs/confidential.js';
import { verifyEvmView } from '../proofs/evm-view.js';
import type { FabricViewVerdict, FabricViewVerifier } from '../proofs/fabric-view.js';
import { checkFreshness, FRESHNESS_FAILURES, type FreshnessFailure } from '../proofs/freshness.js';
import { formatPolicy, orgsToAsk, type Policy, ruleFor } from '../proofs/policy.js';
import { requestSigningBytes } from '../proofs/requester.js';
import { common, networks } from '../protos/index.js';
import { call, clientConstructor, fromServiceError, Network, streamCall, Watch } from '../transport/grpc.js';
import { serverRoleRefusal } from '../transport/roles.js';
import { channelArgs } from '../transport/tls.js';
import type { TrustSource } from './trust.js';

/** The source network's interop chaincode, whose endorsements a view must carry. */
export const INTEROP_CHAINCODE = 'interop';

/** A client of a Fabric network: its certificate is the requester the source checks and the view is bound to. */
export interface FabricClientIdentity {
  readonly mspId: string;
  /** PEM certificate. */
  readonly certificate: string;
  readonly privateKey: KeyObject | string;
}

/** A client of an EVM network: an account of one of its orgs; it signs requests as EIP-191 messages. */
export interface EvmClientIdentity {
  readonly kind: 'evm';
  readonly org: string;
  /** 0x-prefixed secp256k1 private key. */
  readonly privateKey: string;
}

export type ClientIdentity = FabricClientIdentity | EvmClientIdentity;

interface Requester {
  readonly org: string;
  /** The identity text the source checks and binds the view to: a PEM certificate or a lower-case address. */
  readonly identity: string;
  sign(address: string, nonce: string): string;
  /** The key a confidential view is sealed to; Fabric identities only. */
  readonly key?: KeyObject;
}

function requesterOf(identity: ClientIdentity): Requester {
  if ('kind' in identity && identity.kind === 'evm') {
    const wallet = new Wallet(identity.privateKey);
    return {
      org: identity.org,
      identity: wallet.address.toLowerCase(),
      sign: (address, nonce) =>
        Buffer.from(getBytes(wallet.signMessageSync(requestSigningBytes(address, nonce)))).toString('base64'),
    };
  }
  const fabric = identity as FabricClientIdentity;
  const key = typeof fabric.privateKey === 'string' ? createPrivateKey(fabric.privateKey) : fabric.privateKey;
  return {
    org: fabric.mspId,
    identity: fabric.certificate,
    key,
    sign: (address, nonce) => sign('sha256', requestSigningBytes(address, nonce), key).toString('base64'),
  };
}

export interface WeftClientOptions {
  /** The local relay's client port. */
  readonly relay: { readonly address: string; readonly serverName: string; readonly ca: Buffer | string };
  /** The client's own network. */
  readonly networkId: string;
  readonly identity: ClientIdentity;
  /** Memberships and verification policies of source networks. */
  readonly trust: TrustSource;
  readonly maxMessageBytes?: number;
}

export interface RequestViewOptions {
  /** Wait at most this long for the view (default 60 s). */
  readonly timeoutMs?: number;
  /** Have the source encrypt the value to this client's key, so that relays cannot read it. */
  readonly confidential?: boolean;
  /**
   * Refuse (VIEW_EXPIRED) a view whose source time is older than this when it has been verified; the
   * destination ledger applies its own recorded maximum age again when the view is submitted.
   */
  readonly maxAgeMs?: number;
}

export interface VerifiedView {
  /** The source's ledger: which proof `proof` holds. */
  readonly ledger: 'fabric' | 'evm';
  readonly requestId: string;
  /** Canonical address: what was signed and what the view is bound to. */
  readonly address: string;
  readonly nonce: string;
  /** The view's value, verified. */
  readonly value: Uint8Array;
  /** Orgs whose endorsements (Fabric) or attestations (EVM) verified. */
  readonly orgs: readonly string[];
  /** The policy the view satisfied. */
  readonly policy: string;
  /** The time of the state the view shows, ms since the epoch, as the source vouches for it. */
  readonly sourceTimeMs: number;
  /** The source block the view is of (EVM views). */
  readonly height?: bigint;
  /** The view with its proof (a serialized FabricView or EvmView), for submitting to the ledger. */
  readonly proof: Uint8Array;
  /** For a confidential view: the decrypted ConfidentialPayloadContents, which open the endorsed commitment. */
  readonly confidentialContents?: Uint8Array;
  readonly timings: { readonly ackMs: number; readonly deliveredMs: number; readonly verifiedMs: number };
}

export interface WeftClient {
  requestView(address: string, options?: RequestViewOptions): Promise<VerifiedView>;
  close(): void;
}

const { COMPLETED, ERROR } = common.state.RequestState.STATUS;

/** One ask of the relay; with no ack by then it is asked again, with the same id and nonce. */
const ACK_ATTEMPT_MS = 5_000;
/** Between asks, and between watches of a request: the relay is restarting, or its connection dropped. */
const RETRY = { initialMs: 50, maxMs: 1_000 };
/** What a call that never reached the relay, or whose answer was lost, fails with. */
const RETRIABLE = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED]);

const stateOf = (requestId: string) => networks.networks.GetStateMessage.create({ request_id: requestId });

/** A relay's answer of failure: its code travels as data; a relay that sends none (Weaver's) is remote. */
function errorFromState(state: common.state.RequestState, requestId: string): WeftError {
  const code = isErrorCode(state.error_code) ? state.error_code : 'REMOTE_ERROR';
  return new WeftError(code, `request ${requestId} failed: ${state.error || 'no view'}`, { requestId });
}

export function createWeftClient(options: WeftClientOptions): WeftClient {
  const requester = requesterOf(options.identity);
  const { credentials, args } = channelArgs({
    address: options.relay.address,
    serverName: options.relay.serverName,
    serverRole: 'relay',
    ca: Buffer.from(options.relay.ca),
    maxMessageBytes: options.maxMessageBytes ?? 4 * 1024 * 1024,
  });
  const network = new (clientConstructor('networks.networks.Network'))(
    options.relay.address,
    credentials,
    args,
  );
  const watch = new (clientConstructor('weft.relay.Watch'))(options.relay.address, credentials, args);

  const reachable = () => network.getChannel().getConnectivityState(false) === grpc.connectivityState.READY;

  /**
   * Asks the relay until it acknowledges or the deadline passes. Calls wait for the channel to connect, so
   * a relay back from a restart is asked as soon as it serves; it keeps one request per id, so asking again
   * after a lost ack is safe. Resolves to the id the relay acknowledged (a Weaver relay assigns its own).
   */
  const acknowledged = async (query: networks.networks.NetworkQuery, deadline: number): Promise<string> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const ack = await call(
          network,
          Network.RequestState,
          query,
          Math.max(1, Math.min(ACK_ATTEMPT_MS, deadline - Date.now())),
          // Every other attempt fails fast instead of waiting for the channel: a waiting call never sees
          // why the connection fails, and a relay in the wrong role (WRONG_ROLE) is not worth waiting for.
          { waitForReady: attempt % 2 === 1 },
        );
        if (ack.status !== common.ack.Ack.STATUS.OK)
          throw new WeftError('REMOTE_ERROR', `the relay refused the request: ${ack.message}`);
        return ack.request_id || query.request_id;
      } catch (error) {
        if (error instanceof WeftError) throw error;
        const wrongRole = serverRoleRefusal(error);
        if (wrongRole) throw wrongRole;
        const remaining = deadline - Date.now();
        if (!RETRIABLE.has((error as grpc.ServiceError).code)) {
          throw fromServiceError(error, 'the relay refused the request');
        }
        if (remaining <= 0) {
          if (!reachable()) {
            throw new WeftError(
              'UNREACHABLE',
              `the relay at ${options.relay.address} could not be reached before the request's deadline`,
              { requestId: query.request_id },
            );
          }
          throw fromServiceError(error, 'the relay did not acknowledge the request in time');
        }
        await sleep(Math.min(backoffDelay(attempt, RETRY), remaining));
      }
    }
  };

  /**
   * The final state: pushed by WatchState, polled if Watch is absent. A stream that drops (the relay
   * restarts) or ends early (it shuts down) is watched again, waiting for the relay to serve, until the
   * deadline: the request is stored there and resumed.
   */
  const awaitFinal = async (requestId: string, deadline: number): Promise<common.state.RequestState> => {
    let polling = false;
    for (let failures = 0; ; ) {
      if (Date.now() >= deadline) {
        throw new WeftError('DEADLINE_EXCEEDED', `no answer to request ${requestId} in time`, { requestId });
      }
      try {
        const state = polling
          ? await call(network, Network.GetState, stateOf(requestId), deadline - Date.now(), {
              waitForReady: true,
            })
          : await watchOnce(requestId, deadline);
        if (state && (state.status === COMPLETED || state.status === ERROR)) return state;
        if (polling) {
          failures = 0;
          await sleep(50);
          continue;
        }
      } catch (error) {
        const status = (error as grpc.ServiceError).code;
        if (status === grpc.status.UNIMPLEMENTED) {
          polling = true;
          continue;
        }
        if (
          status === grpc.status.INVALID_ARGUMENT ||
          status === grpc.status.NOT_FOUND ||
          status === grpc.status.UNAUTHENTICATED
        )
          throw fromServiceError(error, `request ${requestId}`);
      }
      // The relay is restarting or unreachable: wait a little and watch again.
      await sleep(Math.min(backoffDelay(failures++, RETRY), Math.max(0, deadline - Date.now())));
    }
  };

  const watchOnce = (requestId: string, deadline: number) =>
    new Promise<common.state.RequestState | undefined>((resolve, reject) => {
      const stream = streamCall(watch, Watch.WatchState, stateOf(requestId), deadline, {
        waitForReady: true,
      });
      let last: common.state.RequestState | undefined;
      stream.on('data', (state: common.state.RequestState) => {
        last = state;
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(last));
    });

  return {
    async requestView(address, requestOptions = {}) {
      const started = performance.now();
      const parsed = parseAddress(address);
      const wanted = requestOptions.confidential ?? false;
      if (wanted && (parsed.view.ledger !== 'fabric' || !requester.key)) {
        throw new WeftError(
          'REQUEST_INVALID',
          'confidential views are sealed by a Fabric source to a Fabric client certificate',
          { address: parsed.text },
        );
      }
      const trust = await options.trust.forNetwork(parsed.networkId);
      const rule = ruleFor(trust.rules, parsed.viewText);
      if (!rule) {
        throw new WeftError(
          'POLICY_INVALID',
          `no verification policy of ${parsed.networkId} matches ${parsed.viewText}`,
          {
            address: parsed.text,
          },
        );
      }
      const nonce = randomBytes(16).toString('hex');
      const signature = requester.sign(parsed.text, nonce);
      const deadline = Date.now() + (requestOptions.timeoutMs ?? 60_000);
      // Chosen here, not by the relay, so that the request can be asked for again under the same id.
      const requestId = await acknowledged(
        networks.networks.NetworkQuery.create({
          policy: orgsToAsk(rule.policy),
          address: parsed.text,
          requesting_relay: '',
          requesting_network: options.networkId,
          certificate: requester.identity,
          requestor_signature: signature,
          nonce,
          requesting_org: requester.org,
          confidential: requestOptions.confidential ?? false,
          request_id: randomUUID(),
        }),
        deadline,
      );
      const acked = performance.now();
      const state = await awaitFinal(requestId, deadline);
      const delivered = performance.now();
      if (state.status === ERROR || !state.view) throw errorFromState(state, requestId);
      const proof = new Uint8Array(state.view.data);
      const refused = (failure: string, reason: string) =>
        new WeftError('VIEW_INVALID', `the view of ${parsed.text} failed ${failure}: ${reason}`, {
          failure,
          requestId,
        });
      let value: Uint8Array;
      let orgs: readonly string[];
      let confidentialContents: Uint8Array | undefined;
      let sourceTimeMs: number;
      let height: bigint | undefined;
      if (trust.membership.kind === 'evm') {
        const verdict = await verifyEvmView(proof, trust.membership, {
          address: parsed.text,
          nonce,
          requester: requester.identity,
          policy: rule.policy,
        });
        if (!verdict.valid) throw refused(verdict.failure, verdict.reason);
        value = verdict.value;
        orgs = verdict.orgs;
        sourceTimeMs = verdict.sourceTimeMs;
        height = verdict.blockNumber;
      } else {
        const verdict = verifyView(proof, {
          verifier: trust.verifier!,
          address: parsed.text,
          nonce,
          requesterCertificate: requester.identity,
          policy: rule.policy,
        });
        if (!verdict.valid) throw refused(verdict.failure, verdict.reason);
        if (verdict.result.confidential !== wanted) {
          throw new WeftError(
            'VIEW_INVALID',
            `the view of ${parsed.text} is ${verdict.result.confidential ? '' : 'not '}confidential, as was ${wanted ? '' : 'not '}asked`,
            { failure: 'CONFIDENTIALITY_MISMATCH', requestId },
          );
        }
        value = verdict.result.payload;
        orgs = verdict.orgs;
        sourceTimeMs = verdict.result.sourceTimeMs;
        if (wanted) {
          confidentialContents = openConfidential(verdict.result.payload, requester.key!);
          const opened = checkConfidential(verdict.result.payload, confidentialContents);
          if (!opened.valid) {
            throw new WeftError('VIEW_INVALID', `the confidential view of ${parsed.text}: ${opened.reason}`, {
              failure: opened.failure,
              requestId,
            });
          }
          value = opened.payload;
        }
      }
      const fresh = checkFreshness(
        { sourceTimeMs },
        {
          nowMs: Date.now(),
          ...(requestOptions.maxAgeMs === undefined ? {} : { maxAgeMs: requestOptions.maxAgeMs }),
        },
      );
      if (!fresh.valid) throw freshnessError(fresh.failure, `the view of ${parsed.text}: ${fresh.reason}`);
      return {
        ledger: trust.membership.kind,
        requestId,
        address: parsed.text,
        nonce,
        value,
        sourceTimeMs,
        ...(height === undefined ? {} : { height }),
        ...(confidentialContents ? { confidentialContents } : {}),
        orgs,
        policy: formatPolicy(rule.policy),
        proof,
        timings: {
          ackMs: acked - started,
          deliveredMs: delivered - started,
          verifiedMs: performance.now() - started,
        },
      };
    },
    close() {
      network.close();
      watch.close();
    },
  };
}

/** Verifies a Fabric view locally, exactly as the destination's interop chaincode will. */
export function verifyView(
  proof: Uint8Array,
  expectation: {
    readonly verifier: FabricViewVerifier;
    readonly address: string;
    readonly nonce: string;
    readonly requesterCertificate: string;
    readonly policy: Policy;
  },
): FabricViewVerdict {
  return expectation.verifier.verify(proof, {
    address: expectation.address,
    nonce: expectation.nonce,
    requesterCertificate: expectation.requesterCertificate,
    chaincode: INTEROP_CHAINCODE,
    policy: expectation.policy,
  });
}

function freshnessError(failure: FreshnessFailure, message: string): WeftError {
  return new WeftError(failure, message, { failure });
}

export interface Submitted {
  readonly value: Uint8Array;
  readonly transactionId: string;
  readonly commitMs: number;
}

/**
 * Submits a verified view to the local interop chaincode, which verifies it again, consumes its nonce and
 * records the value; resolves once the transaction is committed valid.
 *
 * @throws {WeftError} LEDGER_CALL_FAILED with the peers' reason (e.g. NONCE_REPLAYED).
 */
export async function submitView(interop: Contract, view: VerifiedView): Promise<Submitted> {
  const started = performance.now();
  try {
    const proof = Buffer.from(view.proof).toString('base64');
    const proposal = view.confidentialContents
      ? interop.newProposal('SubmitConfidentialView', {
          arguments: [
            proof,
            view.address,
            view.nonce,
            Buffer.from(view.confidentialContents).toString('base64'),
          ],
        })
      : interop.newProposal('SubmitView', { arguments: [proof, view.address, view.nonce] });
    const transaction = await proposal.endorse();
    const status = await (await transaction.submit()).getStatus();
    if (!status.successful) {
      throw new WeftError('LEDGER_CALL_FAILED', `SubmitView was committed invalid (${status.code})`, {
        transactionId: status.transactionId,
      });
    }
    return {
      value: transaction.getResult(),
      transactionId: status.transactionId,
      commitMs: performance.now() - started,
    };
  } catch (error) {
    if (error instanceof WeftError) throw error;
    const refusal = gatewayRefusal(error);
    // The ledger's freshness refusals keep their own code: the caller asks for a fresh view, not again.
    const code = refusal && FRESHNESS_FAILURES.has(refusal.code) ? refusal.code : 'LEDGER_CALL_FAILED';
    throw new WeftError(
      code,
      `SubmitView failed: ${describeGatewayError(error)}`,
      refusal ? { refusal: refusal.code } : {},
      { cause: error },
    );
  }
}
