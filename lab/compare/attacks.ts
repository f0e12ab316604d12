/**
 * The attack table of `weft compare`: five attacks, each carried out against the running system in each
 * mode, and whether the destination accepted the false value. An attack a mode has no place for (there is
 * no relay in the multi-membership mode) is reported as such, not counted as caught.
 */
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { Wallet } from 'ethers';
import { expandAddress } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import { isErrorCode, isWeftError, WeftError } from '../../common/errors.js';
import { describeGatewayError, gatewayDetails, gatewayRefusal } from '../../common/gateway-error.js';
import { signTrustedAnswer } from '../../ledgers/trusted-party.js';
import type { PreparedWrite } from '../../modes/multi-membership/workflow.js';
import { fetchTrustedView } from '../../modes/single-api/client.js';
import type { VerifiedView } from '../../sdk/client.js';
import type { TopologyState } from '../../topology/state.js';
import { comparisonOf } from './facets.js';
import { falseValueOf, tamperedProof } from './forge.js';
import type { ForgeryHolders } from './ledger-facet.js';
import type { Direction, ModeName } from './modes.js';
import type { SingleApiSetup } from './single-api.js';

export const ATTACKS = [
  'tampering relay',
  'lying API party',
  'compromised enterprise',
  'forged endorser',
  'replayed answer',
] as const;
export type AttackName = (typeof ATTACKS)[number];

export type AttackOutcome =
  | { readonly accepted: true; readonly how: string }
  | { readonly accepted: false; readonly how: string }
  | { readonly accepted: 'not applicable'; readonly how: string };

export interface AttackRow {
  readonly mode: ModeName;
  readonly attack: AttackName;
  readonly direction: string;
  readonly outcome: AttackOutcome;
}

/**
 * The destination's own reason in an error, read as data: the code a chaincode refused with, the
 * contract's custom error (`NonceReplayed()`), the peer's words for an identity it refused before any
 * chaincode ran, or a weft code.
 */
export function refusalReason(error: unknown): string {
  if (isWeftError(error)) {
    const { refusal, error: contractError, args } = error.context;
    if (typeof contractError === 'string') {
      return `${contractError}(${Array.isArray(args) ? args.join(', ') : ''})`;
    }
    return isErrorCode(refusal) ? refusal : error.code;
  }
  const refusal = gatewayRefusal(error);
  if (refusal) return refusal.code;
  const [peer] = gatewayDetails(error);
  return (peer?.message ?? describeGatewayError(error)).slice(0, 80);
}

/** Rows of the attack table for one mode in one direction. */
function rowOf(mode: ModeName, direction: Direction) {
  return (attack: AttackName, outcome: AttackOutcome): AttackRow => ({
    mode,
    attack,
    direction: `${direction.source.id} -> ${direction.destination.id}`,
    outcome,
  });
}

/** gRPC statuses and ethers/Node codes of a call that did not reach the destination or got no answer. */
const UNANSWERED = new Set<unknown>([
  grpc.status.CANCELLED,
  grpc.status.DEADLINE_EXCEEDED,
  grpc.status.RESOURCE_EXHAUSTED,
  grpc.status.UNAVAILABLE,
  'TIMEOUT',
  'NETWORK_ERROR',
  'SERVER_ERROR',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UNREACHABLE',
  'DEADLINE_EXCEEDED',
  'OVERLOADED',
]);

/**
 * Whether an error, or any error it wraps, says the destination was not reached or did not answer: a
 * failure of the attempt, not the destination's refusal, and never to be counted as the attack caught.
 */
export function isUnanswered(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (UNANSWERED.has(Reflect.get(e, 'code'))) return true;
  }
  return false;
}

const ATTEMPTS = 3;

/**
 * Carries out an attack and reports: accepted, or refused with the destination's reason. `prepare` builds
 * the false value (a failure there is not the destination's refusal: it is thrown); `submit` offers it. An
 * attempt that got no answer is made again from `prepare`, so each is a whole attack; after the last, the
 * table cannot be drawn.
 */
export async function attemptOn<T>(
  prepare: () => Promise<T>,
  submit: (prepared: T) => Promise<unknown>,
): Promise<AttackOutcome> {
  for (let tried = 1; ; tried++) {
    let error: unknown;
    try {
      const prepared = await prepare();
      try {
        await submit(prepared);
        return { accepted: true, how: 'the destination took the false value' };
      } catch (refused) {
        if (!isUnanswered(refused)) return { accepted: false, how: refusalReason(refused) };
        error = refused;
      }
    } catch (failed) {
      if (!isUnanswered(failed)) throw failed;
      error = failed;
    }
    if (tried === ATTEMPTS) {
      throw new WeftError(
        'UNREACHABLE',
        `the attack got no answer in ${ATTEMPTS} attempts: ${refusalReason(error)}`,
        {},
        { cause: error },
      );
    }
  }
}

/** An attack whose false value needs no preparing. */
export const attempt = (submit: () => Promise<unknown>): Promise<AttackOutcome> =>
  attemptOn(async () => undefined, submit);

/** The consensus mode's five attacks, against the destination's interop chaincode or contract. */
export async function consensusAttacks(state: TopologyState, direction: Direction): Promise<AttackRow[]> {
  const address = expandAddress(state, sampleAddress(direction.source, direction.key));
  const { source, destination } = direction;
  const [sourceFacet, destinationFacet] = await Promise.all([
    comparisonOf(source),
    comparisonOf(destination),
  ]);
  const local = await destinationFacet.openDestination(state, destination);
  const submit = (view: VerifiedView, proof: Uint8Array) => local.submitView(view, proof);
  const fresh = () => local.client.requestView(address);
  /** A view of a false value signed by the signers an attacker holds. */
  const forged = (view: VerifiedView, holders: ForgeryHolders) => sourceFacet.forge(source, view, holders);
  const row = rowOf('consensus', direction);
  try {
    const rows: AttackRow[] = [];
    // Each attempt asks for a view of its own: an attempt made again after no answer is a whole attack.
    rows.push(
      row(
        'tampering relay',
        await attemptOn(fresh, (honest) => submit(honest, tamperedProof(honest.proof, honest.value))),
      ),
    );
    const forgedBy = (holders: ForgeryHolders) =>
      attemptOn(
        async () => {
          const view = await fresh();
          return { view, proof: await forged(view, holders) };
        },
        ({ view, proof }) => submit(view, proof),
      );
    rows.push(row('lying API party', await forgedBy('one org')));
    rows.push(row('compromised enterprise', await forgedBy('enterprise')));
    rows.push(row('forged endorser', await forgedBy('outsiders')));
    const used = await fresh();
    await submit(used, used.proof);
    rows.push(row('replayed answer', await attempt(() => submit(used, used.proof))));
    return rows;
  } finally {
    local.close();
  }
}

/**
 * The multi-membership mode's attacks. There is no relay and no API party; the enterprise is trusted with
 * the write itself; an outsider can only try to write as it; a replay is the enterprise's signed write sent
 * again.
 */
export async function multiMembershipAttacks(
  direction: Direction,
  enterprise: {
    /** Writes `value` under a key of the destination's application as the enterprise does. */
    write(key: string, value: string): Promise<PreparedWrite>;
    resend(write: PreparedWrite): Promise<void>;
    read(key: string): Promise<string>;
    /** Writes as an identity of no member of the destination. */
    writeAsOutsider(key: string, value: string): Promise<void>;
  },
): Promise<AttackRow[]> {
  const row = rowOf('multi-membership', direction);
  const key = `attack-${randomUUID().slice(0, 8)}`;
  const lie = 'a value the source never held';
  const rows: AttackRow[] = [
    row('tampering relay', {
      accepted: 'not applicable',
      how: 'no relay: the enterprise reads the source itself',
    }),
    row('lying API party', { accepted: 'not applicable', how: 'no API party' }),
  ];
  rows.push(
    row(
      'compromised enterprise',
      await attempt(async () => {
        await enterprise.write(`${key}-lie`, lie);
        if ((await enterprise.read(`${key}-lie`)) !== lie) throw new Error('not written');
      }),
    ),
  );
  rows.push(
    row(
      'forged endorser',
      await attempt(async () => {
        await enterprise.writeAsOutsider(`${key}-outsider`, lie);
        if ((await enterprise.read(`${key}-outsider`)) !== lie) throw new Error('not written');
      }),
    ),
  );
  // A write of an old value, replayed after the value moved on: the ledger runs a signed write once.
  const old = await enterprise.write(`${key}-replay`, 'the old value');
  await enterprise.write(`${key}-replay`, 'the current value');
  rows.push(
    row(
      'replayed answer',
      await attempt(async () => {
        await enterprise.resend(old).catch(() => {});
        if ((await enterprise.read(`${key}-replay`)) !== 'the old value')
          throw new Error('NOT_REPLAYED: the ledger ran the signed write once');
      }),
    ),
  );
  return rows;
}

/**
 * The single-API mode's attacks, against the destination's trusted-party entry point. There is no relay,
 * but an answer crosses the network: the tampering is done to it in transit.
 */
export async function singleApiAttacks(
  direction: Direction,
  setup: SingleApiSetup,
  enterpriseKey: string,
): Promise<AttackRow[]> {
  const row = rowOf('single-api', direction);
  const answer = () =>
    fetchTrustedView(setup.server.url, setup.address, randomUUID(), { party: setup.party });
  const falseAnswer = async (key: string) => {
    const honest = await answer();
    const value = falseValueOf(honest.value);
    return {
      ...honest,
      value,
      signature: signTrustedAnswer({ kind: 'evm', privateKey: key }, { ...honest, value }),
    };
  };
  const signedBy = (key: string) => attemptOn(() => falseAnswer(key), setup.submit);
  const rows: AttackRow[] = [
    row(
      'tampering relay',
      await attemptOn(answer, (honest) => setup.submit({ ...honest, value: falseValueOf(honest.value) })),
    ),
    row('lying API party', await signedBy(setup.partyKey)),
    row('compromised enterprise', await signedBy(enterpriseKey)),
    row('forged endorser', await signedBy(Wallet.createRandom().privateKey)),
  ];
  const used = await answer();
  await setup.submit(used);
  rows.push(row('replayed answer', await attempt(() => setup.submit(used))));
  return rows;
}
