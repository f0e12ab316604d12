/**
 * What the explorer page shows of a running topology, gathered from the services themselves: each node's
 * health and each service's `/readyz`, each relay's requests (its operator API) joined across the two relays
 * of a request, each relay's event subscriptions (its operator API too), and, for every view a client's relay holds,
 * the explorer's own verification of it against the source's recorded membership and policy: which orgs
 * vouched for it and which policy it satisfied are facts the explorer checked, not what a relay claims.
 */
import { describeError } from '../common/errors.js';
import type { SourceTrust } from '../ledgers/trust.js';
import { parseAddress } from '../proofs/address.js';
import { formatPolicy, ruleFor } from '../proofs/policy.js';
import { requestIdOf } from '../relay/records.js';
import type { EventSubscriptionRow } from '../relay/subscription-rows.js';
import { trustFromRecord } from '../sdk/trust.js';
import { status } from '../topology/launcher.js';
import type { NetworkState, TopologyState } from '../topology/state.js';
import { defaultPolicy, evmOrgsOf, membershipRecord } from '../topology/trust.js';
import { displayValue } from './query.js';
import { openOperatorApi, type RequestRow } from './requests.js';

export interface NetworkCard {
  readonly id: string;
  readonly type: string;
  /** Member orgs: MSP ids (Fabric), org names (EVM). */
  readonly orgs: readonly string[];
  /** The verification policy the other networks record for its views. */
  readonly policies: ReadonlyArray<{ readonly pattern: string; readonly policy: string }>;
}

export interface ServiceCard {
  readonly network: string;
  readonly name: string;
  readonly role: string;
  readonly pid: number;
  readonly running: boolean;
  readonly healthy: boolean;
  /** For a service with an operations endpoint: ready, not ready (and why), or not answering. */
  readonly readiness?: {
    readonly ready: boolean;
    readonly notReady: Readonly<Record<string, string>>;
  } | null;
}

/** The explorer's own check of a view a client's relay holds. */
export type ViewCheck =
  | {
      readonly verified: true;
      readonly orgs: readonly string[];
      readonly policy: string;
      /** The value as the source's kind shows it; absent for a confidential view (sealed to its client). */
      readonly value?: string;
    }
  | { readonly verified: false; readonly failure: string; readonly reason: string };

/** One request as both relays know it: the requesting network's (outbound) and the source's (inbound). */
export interface RequestCard {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly address: string;
  /** The address's view part: what was asked of the source. */
  readonly view: string;
  readonly createdAt: string;
  readonly outbound?: Omit<RequestRow, 'view' | 'certificate'>;
  readonly inbound?: Omit<RequestRow, 'view' | 'certificate'>;
  readonly check?: ViewCheck;
}

export interface ExplorerSnapshot {
  readonly at: string;
  readonly networks: readonly NetworkCard[];
  readonly services: readonly ServiceCard[];
  readonly requests: readonly RequestCard[];
  readonly subscriptions: readonly EventSubscriptionRow[];
  /** What could not be read (a relay that does not answer), by where. */
  readonly problems: Readonly<Record<string, string>>;
}

function orgsOf(network: NetworkState): string[] {
  return network.type === 'fabric' ? network.orgs.map((o) => o.mspId) : evmOrgsOf(network).map((o) => o.name);
}

/** Per source network, trust built from the records `weft up` registered on every destination. */
export function topologyTrust(state: TopologyState) {
  const built = new Map<string, Promise<SourceTrust>>();
  return (networkId: string): Promise<SourceTrust> | undefined => {
    const network = state.networks.find((n) => n.id === networkId);
    if (!network) return undefined;
    let trust = built.get(networkId);
    if (!trust) {
      trust = membershipRecord(network).then((record) =>
        trustFromRecord(networkId, JSON.stringify(record), defaultPolicy(network)),
      );
      built.set(networkId, trust);
    }
    return trust;
  };
}

/** Verifies a held view as its client did, but for freshness: the explorer shows views of the past. */
async function checkView(row: RequestRow, trust: SourceTrust | undefined): Promise<ViewCheck | undefined> {
  if (!row.view || row.certificate === undefined) return undefined;
  if (!trust)
    return { verified: false, failure: 'NOT_FOUND', reason: `no membership of ${row.sourceNetwork}` };
  try {
    const address = parseAddress(row.address);
    const rule = ruleFor(trust.rules, address.viewText);
    if (!rule) return { verified: false, failure: 'POLICY_INVALID', reason: 'no policy matches its address' };
    const verdict = await trust.verifier.verify(Buffer.from(row.view.data, 'base64'), {
      address,
      nonce: row.nonce,
      requester: row.certificate,
      policy: rule.policy,
    });
    if (!verdict.valid) return { verified: false, failure: verdict.failure, reason: verdict.reason };
    return {
      verified: true,
      orgs: [...verdict.orgs].sort(),
      policy: formatPolicy(rule.policy),
      ...(verdict.confidential ? {} : { value: displayValue(row.address, verdict.value) }),
    };
  } catch (error) {
    return { verified: false, failure: 'VIEW_INVALID', reason: describeError(error) };
  }
}

function viewTextOf(address: string): string {
  try {
    return parseAddress(address).viewText;
  } catch {
    return address;
  }
}

const withoutProof = ({ view: _, certificate: __, ...row }: RequestRow) => row;

/** Checks by request id and nonce, kept between snapshots: a view a relay holds does not change. */
export type CheckCache = Map<string, Promise<ViewCheck | undefined>>;

/**
 * Joins the relays' rows of one request: a client's relay lists it outbound, the source's relay inbound
 * under the same id (a retried request's attempts go to the source as `ID.rN`).
 */
export async function requestCards(
  rowsByRelay: ReadonlyArray<readonly RequestRow[]>,
  trustOf: (networkId: string) => Promise<SourceTrust> | undefined,
  checks: CheckCache = new Map(),
): Promise<RequestCard[]> {
  // By requesting network and request id: a source's relay keeps a retried attempt as `ID.rN`.
  const cards = new Map<string, { outbound?: RequestRow; inbound?: RequestRow }>();
  const keyOf = (network: string, id: string) => `${network}/${requestIdOf(id)}`;
  const rows = rowsByRelay.flat();
  for (const row of rows) {
    if (row.role === 'outbound') cards.set(keyOf(row.requestingNetwork, row.id), { outbound: row });
  }
  for (const row of rows) {
    if (row.role !== 'inbound') continue;
    const key = keyOf(row.origin ?? row.requestingNetwork, row.id);
    cards.set(key, { ...cards.get(key), inbound: row });
  }
  const used: CheckCache = new Map();
  const out = await Promise.all(
    [...cards.values()].map(async ({ outbound, inbound }): Promise<RequestCard> => {
      const row = (outbound ?? inbound)!;
      let check: Promise<ViewCheck | undefined> | undefined;
      if (outbound?.view) {
        const key = `${outbound.id}/${outbound.nonce}`;
        check = checks.get(key);
        if (!check) {
          check = Promise.resolve(trustOf(outbound.sourceNetwork)).then((trust) =>
            checkView(outbound, trust),
          );
        }
        used.set(key, check);
      }
      const checked = await check;
      return {
        id: row.id,
        from: row.requestingNetwork,
        to: row.sourceNetwork,
        address: row.address,
        view: viewTextOf(row.address),
        createdAt: row.createdAt,
        ...(outbound ? { outbound: withoutProof(outbound) } : {}),
        ...(inbound ? { inbound: withoutProof(inbound) } : {}),
        ...(checked ? { check: checked } : {}),
      };
    }),
  );
  // Only the checks of requests the relays still list are kept.
  checks.clear();
  for (const [key, check] of used) checks.set(key, check);
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Gathers one snapshot of the running topology; a part that cannot be read is named in `problems`. */
export function explorerSource(stateDir: string, state: TopologyState, limit = 100) {
  const trustOf = topologyTrust(state);
  const checks: CheckCache = new Map();
  const networks: NetworkCard[] = state.networks.map((n) => ({
    id: n.id,
    type: n.type,
    orgs: orgsOf(n),
    policies: defaultPolicy(n),
  }));
  return async (): Promise<ExplorerSnapshot> => {
    const problems: Record<string, string> = {};
    const [report, perRelay] = await Promise.all([
      status({ stateDir }),
      Promise.all(
        (state.relays ?? []).map(async (relay) => {
          try {
            const api = await openOperatorApi(state, relay.networkId);
            const [requests, subscriptions] = await Promise.all([
              api.list({ limit, proof: true }),
              api.subscriptions(),
            ]);
            return { requests, subscriptions };
          } catch (error) {
            problems[`${relay.networkId}/relay`] = describeError(error);
            return { requests: [], subscriptions: [] };
          }
        }),
      ),
    ]);
    const services: ServiceCard[] = (report?.nodes ?? []).map((node) => ({
      network: node.network,
      name: node.name,
      role: node.role,
      pid: node.pid,
      running: node.running,
      healthy: node.healthy,
      ...(node.operations ? { readiness: node.readiness ?? null } : {}),
    }));
    return {
      at: new Date().toISOString(),
      networks,
      services,
      requests: await requestCards(
        perRelay.map((r) => r.requests),
        trustOf,
        checks,
      ),
      subscriptions: perRelay.flatMap((r) => r.subscriptions),
      problems,
    };
  };
}
