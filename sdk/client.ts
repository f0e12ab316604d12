/**
 * The dApp developer's entry point. A client of one network's relay asks for a view of another network's
 * state, waits for it (pushed by the relay; polled where the relay offers only Weaver's GetState), verifies
 * its proof against what its own ledger trusts, and can submit it to its ledger's interop chaincode.
 *
 *   const client = createWeftClient({ relay, networkId: 'fabric-a', identity, trust: ledgerTrust(interop) });
 *   const view = await client.requestView('relay-b:9080/fabric-b/weft:assets:Get:key-1');
 *   await submitView(interop, view); // verified again, on the ledger, and its nonce consumed
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import type { Contract } from '@hyperledger/fabric-gateway';
import { backoffDelay } from '../common/backoff.js';
import { isErrorCode, WeftError } from '../common/errors.js';
import { describeGatewayError, gatewayRefusal } from '../common/gateway-error.js';
import {
  type ClientIdentity,
  type LedgerKind,
  ledgerOfIdentity,
  ledgerOfView,
  requestSignerOf,
} from '../ledgers/registry.js';
import { parseAddress } from '../proofs/address.js';
import { checkConfidential, openConfidential } from '../proofs/confidential.js';
import { checkFreshness, FRESHNESS_FAILURES, type FreshnessFailure } from '../proofs/freshness.js';
import { formatPolicy, orgsToAsk, ruleFor } from '../proofs/policy.js';
import { common, networks } from '../protos/index.js';
import { call, clientConstructor, fromServiceError, Network, streamCall, Watch } from '../transport/grpc.js';
import { serverRoleRefusal } from '../transport/roles.js';
import { channelArgs, channelTarget } from '../transport/tls.js';
import {
  type EventSubscription,
  type SubscribeOptions,
  subscribeToStream,
  subscribeWebhook,
  type WebhookSubscription,
} from './events.js';
import type { TrustSource } from './trust.js';

export type { EvmClientIdentity } from '../ledgers/evm/identity.js';
export type { FabricClientIdentity } from '../ledgers/fabric/identity.js';
export { INTEROP_CHAINCODE } from '../ledgers/fabric/index.js';
export type { ClientIdentity, LedgerKind } from '../ledgers/registry.js';

export interface WeftClientOptions {
  /** The local relay's client port, and with `failover` its replicas', tried in turn when one is unreachable. */
  readonly relay: {
    readonly address: string;
    readonly failover?: readonly string[];
    readonly serverName: string;
    readonly ca: Buffer | string;
  };
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
  /** The source's ledger kind: which proof `proof` holds. */
  readonly ledger: LedgerKind;
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
  /** Subscribes to a stream of another network: its events verified, in order, once (sdk/events.ts). */
  subscribe(streamAddress: string, options?: SubscribeOptions): Promise<EventSubscription>;
  /**
   * Subscribes with a webhook as the target: the client's relay verifies each event and POSTs it, signed
   * with the secret answered here once (sdk/events.ts subscribeWebhook).
   */
  subscribeWebhook(
    streamAddress: string,
    webhook: { readonly url: string; readonly check?: boolean },
    options?: SubscribeOptions,
  ): Promise<WebhookSubscription>;
  close(): void;
}

const { COMPLETED, ERROR } = common.state.RequestState.STATUS;

/** One ask of the relay; with no ack by then it is asked again, with the same id and nonce. */
const ACK_ATTEMPT_MS = 5_000;
/** Between asks, and between watches of a request: the relay is restarting, or its connection dropped. */
const RETRY = { initialMs: 50, maxMs: 1_000 };
/** What a call that never reached the relay, or whose answer was lost, fails with; ABORTED: a replica of
 * the relay took the request on meanwhile (STORE_CONFLICT), asking again finds it. */
const RETRIABLE = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED, grpc.status.ABORTED]);

const stateOf = (requestId: string) => networks.networks.GetStateMessage.create({ request_id: requestId });

/** A relay's answer of failure: its code travels as data; a relay that sends none (Weaver's) is remote. */
function errorFromState(state: common.state.RequestState, requestId: string): WeftError {
  const code = isErrorCode(state.error_code) ? state.error_code : 'REMOTE_ERROR';
  return new WeftError(code, `request ${requestId} failed: ${state.error || 'no view'}`, { requestId });
}

export function createWeftClient(options: WeftClientOptions): WeftClient {
  const requester = requestSignerOf(options.identity);
  // Views this client verifies go on to its own ledger: the batch form only where that ledger verifies it.
  const batchable = ledgerOfIdentity(options.identity).verifiesBatchedViews;
  const { credentials, args } = channelArgs({
    address: options.relay.address,
    serverName: options.relay.serverName,
    serverRole: 'relay',
    ca: Buffer.from(options.relay.ca),
    maxMessageBytes: options.maxMessageBytes ?? 4 * 1024 * 1024,
  });
  const target = channelTarget(options.relay);
  const network = new (clientConstructor('networks.networks.Network'))(target, credentials, args);
  const watch = new (clientConstructor('weft.relay.Watch'))(target, credentials, args);
  // Event RPCs of the Network service and weft.events.Events share the relay's client port.
  const events = new grpc.Client(target, credentials, args);

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
      if (wanted && (!ledgerOfView(parsed.view).confidentialViews || !requester.sealKey)) {
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
          batchable,
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
      const verdict = await trust.verifier.verify(proof, {
        address: parsed,
        nonce,
        requester: requester.identity,
        policy: rule.policy,
      });
      if (!verdict.valid) throw refused(verdict.failure, verdict.reason);
      if (verdict.confidential !== wanted) {
        throw new WeftError(
          'VIEW_INVALID',
          `the view of ${parsed.text} is ${verdict.confidential ? '' : 'not '}confidential, as was ${wanted ? '' : 'not '}asked`,
          { failure: 'CONFIDENTIALITY_MISMATCH', requestId },
        );
      }
      const { orgs, time } = verdict;
      let { value } = verdict;
      let confidentialContents: Uint8Array | undefined;
      if (wanted && requester.sealKey) {
        confidentialContents = openConfidential(verdict.value, requester.sealKey);
        const opened = checkConfidential(verdict.value, confidentialContents);
        if (!opened.valid) {
          throw new WeftError('VIEW_INVALID', `the confidential view of ${parsed.text}: ${opened.reason}`, {
            failure: opened.failure,
            requestId,
          });
        }
        value = opened.payload;
      }
      const { sourceTimeMs, height } = time;
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
    subscribe(streamAddress, subscribeOptions) {
      return subscribeToStream(
        { client: events, requester, trust: options.trust, networkId: options.networkId },
        streamAddress,
        subscribeOptions,
      );
    },
    subscribeWebhook(streamAddress, webhook, subscribeOptions) {
      return subscribeWebhook(
        { client: events, requester, trust: options.trust, networkId: options.networkId },
        streamAddress,
        webhook,
        subscribeOptions,
      );
    },
    close() {
      network.close();
      watch.close();
      events.close();
    },
  };
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
