/**
 * The interop chaincode.
 *
 * Source side: answers a view request by calling the application chaincode the address names and wrapping
 * its result in an InteropPayload that binds it to the request's address, nonce and requester. The payload is
 * returned inside the endorsed result, so every endorsement covers the binding. The requester must sign the
 * request with a certificate of the requesting network's recorded membership, and this network's access
 * rules must let the requester's org read the view. A confidential view is sealed to the requester's key
 * (proofs/confidential.ts), with a commitment to the value inside the endorsed result.
 *
 * Destination side: records the memberships and verification policies of foreign networks (admins only),
 * verifies a submitted view with the same proofs/ code the SDK uses, consumes its nonce so it is accepted
 * once, and keeps the verified value; for a confidential view, the value the requester decrypted, once it
 * opens the endorsed commitment.
 *
 * Freshness: the source binds its transaction's timestamp into the payload, and endorses only when that
 * timestamp is near its peer's clock; a destination refuses a view older than the maximum age it records
 * for the view's pattern (VIEW_EXPIRED) or older than the value it recorded for the view (VIEW_OUTDATED).
 * The peer's clock makes endorsements differ only at a boundary (a proposal MAX_CLOCK_SKEW_MS old, a view
 * exactly at its maximum age): there one peer may refuse while another endorses, the endorsements do not
 * match and the transaction is not formed; the caller asks again, and a fresh proposal (or view) is not at
 * the boundary.
 *
 * Single-API mode, for comparison: admins record one trusted party per foreign network, and a value that
 * party signed (proofs/trusted-party.ts) is accepted as the view, once per nonce, with no proof that it is
 * on the party's ledger.
 */
import { X509Certificate } from 'node:crypto';
import type { Context } from 'fabric-contract-api';
import { describeRefusal, parseRefusal } from '../../../common/refusal.js';
import { type FabricView, isFabricView } from '../../../ledgers/fabric/address.js';
import {
  type BatchRequest,
  batchLeaves,
  decodeBatchQuery,
  endorsedBatchBytes,
  interopPayloadBytes,
} from '../../../ledgers/fabric/batch.js';
import { membershipFromRecord, requesterVerifierOf, viewVerifierOf } from '../../../ledgers/registry.js';
import {
  parseTrustedParty,
  type TrustedParty,
  trustedPartyRecord,
  verifyTrustedAnswer,
} from '../../../ledgers/trusted-party.js';
import { NETWORK_ID, parseAddress, type ViewAddress } from '../../../proofs/address.js';
import { MAX_BATCH } from '../../../proofs/batch.js';
import { checkCommandSources } from '../../../proofs/commands.js';
import { checkConfidential, sealConfidential } from '../../../proofs/confidential.js';
import {
  decodeEventRun,
  type EventRecord,
  encodeEventRecord,
  MAX_RUN,
  nextOfRun,
} from '../../../proofs/events.js';
import {
  checkFreshness,
  checkFreshnessRules,
  type FreshnessRule,
  MAX_CLOCK_SKEW_MS,
  maxAgeFor,
  parseViewTimeRecord,
  type ViewTime,
  viewTimeFields,
  viewTimeRecord,
} from '../../../proofs/freshness.js';
import { checkPattern, type PolicyRule, parsePolicy, ruleFor } from '../../../proofs/policy.js';
import { accessAllowed, checkAccessRules } from '../../../proofs/requester.js';
import { uint64, weft } from '../../../protos/index.js';
import { isRefusal, RefusingContract, refuse } from '../refusal.js';

export const INTEROP_CHAINCODE = 'interop';

const MEMBERSHIP = 'membership';
const POLICY = 'verification-policy';
const NONCE = 'nonce';
const VIEW = 'view';
const ACCESS = 'access-control';
const TRUSTED_PARTY = 'trusted-party';
const FRESHNESS = 'freshness';
const VIEW_TIME = 'view-time';
const STREAM = 'stream';
const LOCAL_NETWORK = 'local-network';
const COMMAND_SOURCES = 'command-sources';

type StoredPolicy = ReadonlyArray<{ readonly pattern: string; readonly policy: string }>;

/** Only an admin of a member org of this network may change what the network trusts. */
function assertAdmin(ctx: Context): void {
  const certificate = new X509Certificate(Buffer.from(ctx.clientIdentity.getIDBytes()));
  if (!/^OU=admin$/m.test(certificate.subject)) {
    throw refuse('NOT_ADMIN', `the ${ctx.clientIdentity.getMSPID()} client is not an admin`);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw refuse('INVALID_JSON', `the ${what} is not JSON`);
  }
}

/** Records what this network's admins recorded of a foreign network, as JSON: what readText reads. */
async function writeRecord(ctx: Context, kind: string, networkId: string, value: unknown): Promise<void> {
  await ctx.stub.putState(ctx.stub.createCompositeKey(kind, [networkId]), Buffer.from(JSON.stringify(value)));
}

async function readText(ctx: Context, kind: string, networkId: string): Promise<string> {
  const bytes = await ctx.stub.getState(ctx.stub.createCompositeKey(kind, [networkId]));
  if (bytes.length === 0) throw refuse('NOT_RECORDED', `no ${kind} for network ${networkId}`);
  return Buffer.from(bytes).toString('utf8');
}

/**
 * What is derived from a record (parsed certificates, verifiers with their caches), kept per exact recorded
 * text: the ledger stays the only source (a changed record is a new key), and every peer derives the same.
 */
const derived = new Map<string, unknown>();

async function fromRecord<T>(
  ctx: Context,
  kind: string,
  networkId: string,
  purpose: string,
  build: (text: string) => T,
): Promise<T> {
  const text = await readText(ctx, kind, networkId);
  const key = `${kind}\u0000${purpose}\u0000${networkId}\u0000${text}`;
  if (derived.has(key)) return derived.get(key) as T;
  const value = build(text);
  if (derived.size >= 256) derived.clear();
  derived.set(key, value);
  return value;
}

interface VerifiedResult {
  readonly payload: Uint8Array;
  readonly confidential: boolean;
  readonly time: ViewTime;
}

/** The transaction's timestamp in ms: what every peer executing it reads alike. */
function txTimeMs(ctx: Context): number {
  return ctx.stub.getDateTimestamp().getTime();
}

/**
 * The keys of a view's recorded value and of its source time: by network and view text, whatever relay the
 * address names, so two spellings of one view share one record and cannot roll each other back.
 */
function viewKey(ctx: Context, kind: typeof VIEW | typeof VIEW_TIME, view: ViewAddress): string {
  return ctx.stub.createCompositeKey(kind, [view.networkId, view.viewText]);
}

/**
 * Refuses a view older than the maximum age recorded for its pattern, measured on this peer's clock (the
 * submitter chooses the transaction's timestamp, so it cannot be the measure), or older than the value
 * recorded for the same view.
 */
async function checkViewTime(ctx: Context, view: ViewAddress, time: ViewTime): Promise<void> {
  const rules = await ctx.stub.getState(ctx.stub.createCompositeKey(FRESHNESS, [view.networkId]));
  const maxAgeMs =
    rules.length === 0
      ? undefined
      : maxAgeFor(JSON.parse(Buffer.from(rules).toString('utf8')) as FreshnessRule[], view.viewText);
  const stored = await ctx.stub.getState(viewKey(ctx, VIEW_TIME, view));
  const recorded =
    stored.length === 0 ? undefined : parseViewTimeRecord(Buffer.from(stored).toString('utf8'));
  const verdict = checkFreshness(time, {
    nowMs: Date.now(),
    ...(maxAgeMs === undefined ? {} : { maxAgeMs }),
    ...(recorded ? { recorded } : {}),
  });
  if (!verdict.valid) throw refuse(verdict.failure, verdict.reason);
}

/**
 * Checks a submitted view as the submitting client's, against what this network records for its source,
 * by the verifier of the source's ledger kind (ledgers/registry.ts).
 */
async function verifySubmitted(
  ctx: Context,
  viewBase64: string,
  parsed: ViewAddress,
  nonce: string,
  { freshness = true } = {},
): Promise<VerifiedResult> {
  const rules = await fromRecord(ctx, POLICY, parsed.networkId, 'rules', (text): PolicyRule[] =>
    (JSON.parse(text) as StoredPolicy).map((r) => ({ pattern: r.pattern, policy: parsePolicy(r.policy) })),
  );
  const rule = ruleFor(rules, parsed.viewText);
  if (!rule)
    throw refuse('NO_POLICY', `no verification policy of ${parsed.networkId} matches ${parsed.viewText}`);
  const requester = Buffer.from(ctx.clientIdentity.getIDBytes()).toString('utf8');
  const verifier = await fromRecord(ctx, MEMBERSHIP, parsed.networkId, 'views', (text) =>
    viewVerifierOf(membershipFromRecord(parsed.networkId, text)),
  );
  const verdict = await verifier.verify(Buffer.from(viewBase64, 'base64'), {
    address: parsed,
    nonce,
    requester,
    policy: rule.policy,
    // Every endorsing peer must reach the same verdict: the transaction's time, never the clock.
    at: ctx.stub.getDateTimestamp(),
  });
  if (!verdict.valid) throw refuse(verdict.failure, verdict.reason);
  if (freshness) await checkViewTime(ctx, parsed, verdict.time);
  return { payload: verdict.value, confidential: verdict.confidential, time: verdict.time };
}

/** The trusted party recorded for a foreign network (single-API mode). */
async function trustedPartyOf(ctx: Context, networkId: string): Promise<TrustedParty> {
  try {
    return await fromRecord(ctx, TRUSTED_PARTY, networkId, 'party', (text) =>
      parseTrustedParty(networkId, text),
    );
  } catch (error) {
    if (isRefusal(error, 'NOT_RECORDED')) {
      throw refuse('UNTRUSTED_PARTY', `no trusted party of ${networkId} is recorded`);
    }
    throw error;
  }
}

/** Base64 in its one canonical form: a value has one text, as an address has. */
function base64Argument(text: string, what: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw refuse('INVALID_ARGUMENT', `the ${what} is not base64`);
  return bytes;
}

/**
 * Consumes the view's nonce (once per source network) and records the verified value, with the source time
 * it shows when the view carries one (a trusted party's answer does not).
 */
async function accept(
  ctx: Context,
  view: ViewAddress,
  nonce: string,
  value: Uint8Array,
  time?: ViewTime,
): Promise<Uint8Array> {
  const { networkId } = view;
  const nonceKey = ctx.stub.createCompositeKey(NONCE, [networkId, nonce]);
  if ((await ctx.stub.getState(nonceKey)).length > 0) {
    throw refuse('NONCE_REPLAYED', `a view with nonce ${nonce} of ${networkId} was already accepted`);
  }
  await ctx.stub.putState(nonceKey, Buffer.from(ctx.stub.getTxID()));
  await ctx.stub.putState(viewKey(ctx, VIEW, view), Buffer.from(value));
  // A trusted party's answer carries no source time: its value replaces the time of the one before.
  if (time) await ctx.stub.putState(viewKey(ctx, VIEW_TIME, view), Buffer.from(viewTimeRecord(time)));
  else await ctx.stub.deleteState(viewKey(ctx, VIEW_TIME, view));
  ctx.stub.setEvent('ViewAccepted', Buffer.from(view.text));
  return value;
}

/** A request for a view as the source's interop chaincode receives it. */
interface SourceRequest {
  readonly address: string;
  readonly nonce: string;
  readonly requestingNetwork: string;
  readonly requesterCertificate: string;
  readonly signatureBase64: string;
}

/**
 * The checks of the source that do not depend on the requester: the address is of this channel and of an
 * application chaincode, and the proposal's time (the time this network vouches for) is near this peer's
 * clock.
 */
function checkSourceView(
  ctx: Context,
  address: string,
): { readonly parsed: ViewAddress; readonly view: FabricView; readonly sourceTimeMs: number } {
  const parsed = parseAddress(address);
  const { view } = parsed;
  if (!isFabricView(view)) throw refuse('VIEW_NOT_FABRIC', `${address}`);
  const channel = ctx.stub.getChannelID();
  if (view.channel !== channel)
    throw refuse('WRONG_CHANNEL', `the view is on ${view.channel}, not ${channel}`);
  if (view.chaincode === INTEROP_CHAINCODE) throw refuse('VIEW_NOT_ALLOWED', 'the interop chaincode itself');
  const sourceTimeMs = txTimeMs(ctx);
  const skew = Math.abs(Date.now() - sourceTimeMs);
  if (skew > MAX_CLOCK_SKEW_MS) {
    throw refuse(
      'CLOCK_SKEW',
      `the proposal's timestamp is ${skew} ms from this peer's clock (at most ${MAX_CLOCK_SKEW_MS})`,
    );
  }
  return { parsed, view, sourceTimeMs };
}

/** What a requester of `requestingNetwork` is checked against: its membership, and this network's rules for it. */
async function requesterRules(ctx: Context, requestingNetwork: string) {
  const verify = await fromRecord(ctx, MEMBERSHIP, requestingNetwork, 'requesters', (text) =>
    requesterVerifierOf(membershipFromRecord(requestingNetwork, text)),
  );
  const rules = await fromRecord(ctx, ACCESS, requestingNetwork, 'rules', (text) =>
    checkAccessRules(JSON.parse(text)),
  );
  return { verify, rules };
}

/**
 * The requester's checks: it signed address ‖ nonce with a certificate of its network's recorded
 * membership, and this network's access rules let its org read the view.
 */
function checkRequester(
  ctx: Context,
  request: SourceRequest,
  parsed: ViewAddress,
  { verify, rules }: Awaited<ReturnType<typeof requesterRules>>,
): void {
  const { address, nonce, requestingNetwork } = request;
  if (nonce.length === 0 || nonce.length > 256) throw refuse('INVALID_NONCE', '1 to 256 characters');
  const requester = verify({
    certificate: request.requesterCertificate,
    signature: Buffer.from(request.signatureBase64, 'base64'),
    address,
    nonce,
    at: ctx.stub.getDateTimestamp(),
  });
  if (!requester.valid) throw refuse(requester.failure, requester.reason);
  if (!accessAllowed(rules, requester.mspId, parsed.viewText)) {
    throw refuse(
      'ACCESS_DENIED',
      `${requester.mspId} of ${requestingNetwork} may not read ${parsed.viewText}`,
    );
  }
}

/** The view's value: its application chaincode's answer, with `extra` arguments after the address's own. */
async function readView(ctx: Context, view: FabricView, extra: readonly string[]): Promise<Uint8Array> {
  const response = await ctx.stub.invokeChaincode(
    view.chaincode,
    [view.function, ...view.args, ...extra],
    ctx.stub.getChannelID(),
  );
  if (response.status !== 200) {
    const message = response.message ?? '';
    const refused = parseRefusal(message);
    // An application's own refusal keeps its code when it is one of weft's event refusals.
    if (refused?.code === 'EVENT_NOT_YET') throw refuse(refused.code, refused.message);
    throw refuse('VIEW_FAILED', refused ? describeRefusal(refused) : message);
  }
  return response.payload ?? new Uint8Array();
}

/** The value of the view a request names, with `extra` arguments, once the request passes every check. */
async function answer(
  ctx: Context,
  request: SourceRequest,
  extra: readonly string[],
): Promise<{ readonly value: Uint8Array; readonly sourceTimeMs: number; readonly parsed: ViewAddress }> {
  const { parsed, view, sourceTimeMs } = checkSourceView(ctx, request.address);
  checkRequester(ctx, request, parsed, await requesterRules(ctx, request.requestingNetwork));
  return { value: await readView(ctx, view, extra), sourceTimeMs, parsed };
}

/** The endorsed result: the value bound to the request's address, nonce and requester, and the source time. */
function interopPayload(
  request: SourceRequest,
  sourceTimeMs: number,
  value: { readonly payload: Uint8Array; readonly confidential: boolean },
): Uint8Array {
  return interopPayloadBytes(
    { address: request.address, nonce: request.nonce, certificate: request.requesterCertificate },
    sourceTimeMs,
    value,
  );
}

/**
 * The application's event record, checked to be the one asked for and named by its stream: a record the
 * destination reads names the stream the proof binds, whatever the application wrote there.
 */
function stampRecord(value: Uint8Array, stream: string, sequence: string): Uint8Array {
  let record: weft.events.EventRecord;
  try {
    record = weft.events.EventRecord.decode(value);
  } catch {
    throw refuse('EVENT_INVALID', `the stream's function answered no event record`);
  }
  if (String(uint64(record.sequence)) !== sequence) {
    throw refuse(
      'EVENT_INVALID',
      `the stream's function answered event ${uint64(record.sequence)}, not ${sequence}`,
    );
  }
  record.stream = stream;
  return weft.events.EventRecord.encode(record).finish();
}

/** A run the stream's function answered, each record named by the stream, checked to start at `from`. */
function stampRun(value: Uint8Array, stream: string, from: string, max: number): Uint8Array {
  let run: weft.events.EventRecords;
  try {
    run = weft.events.EventRecords.decode(value);
  } catch {
    throw refuse('EVENT_INVALID', `the stream's function answered no run of events`);
  }
  if (run.records.length === 0 || run.records.length > max) {
    throw refuse(
      'EVENT_INVALID',
      `the stream's function answered ${run.records.length} events, not 1 to ${max}`,
    );
  }
  for (const [i, record] of run.records.entries()) {
    if (uint64(record.sequence) !== BigInt(from) + BigInt(i)) {
      throw refuse('EVENT_INVALID', `the stream's function answered a run that does not start at ${from}`);
    }
    record.stream = stream;
  }
  return weft.events.EventRecords.encode(run).finish();
}

/**
 * An event query's answer: the stream's function asked with `extra` arguments, its answer stamped with the
 * stream (a record, or a run of them), in an InteropPayload bound to the request as a view's.
 */
async function eventAnswer(
  ctx: Context,
  request: SourceRequest,
  extra: readonly string[],
  stamp: (value: Uint8Array, stream: string) => Uint8Array,
): Promise<Uint8Array> {
  const { value, sourceTimeMs, parsed } = await answer(ctx, request, extra);
  return interopPayload(request, sourceTimeMs, {
    payload: stamp(value, parsed.viewText),
    confidential: false,
  });
}

/** An open stream's record: the sequence it takes next, and the client whose subscription it is. */
interface StreamRecord {
  readonly next: bigint;
  readonly owner: string;
}

/** By network, stream (its view text) and subscription nonce. */
function streamKey(ctx: Context, stream: ViewAddress, nonce: string): string {
  return ctx.stub.createCompositeKey(STREAM, [stream.networkId, stream.viewText, nonce]);
}

/** The open stream at `key`, the submitting client's unless `anyone` may read it. */
async function openStream(
  ctx: Context,
  key: string,
  stream: ViewAddress,
  nonce: string,
  { anyone = false } = {},
): Promise<StreamRecord> {
  const stored = await ctx.stub.getState(key);
  if (stored.length === 0) {
    throw refuse('STREAM_NOT_OPEN', `no open stream of subscription ${nonce} for ${stream.text}`);
  }
  const record = JSON.parse(Buffer.from(stored).toString('utf8')) as { next: string; owner: string };
  const client = Buffer.from(ctx.clientIdentity.getIDBytes()).toString('utf8');
  if (!anyone && record.owner !== client) {
    throw refuse('ACCESS_DENIED', `the stream of subscription ${nonce} is another client's`);
  }
  return { next: BigInt(record.next), owner: record.owner };
}

export class InteropContract extends RefusingContract {
  constructor() {
    super(INTEROP_CHAINCODE);
  }

  /**
   * Returns a serialized common.interop_payload.InteropPayload with the value of the view at `address`, for a
   * requester of network `requestingNetwork` who signed address ‖ nonce, if this network's access rules for
   * that network let the requester's org read the view.
   */
  async Query(
    ctx: Context,
    address: string,
    nonce: string,
    requestingNetwork: string,
    requesterCertificate: string,
    signatureBase64: string,
    confidential: string,
  ): Promise<Uint8Array> {
    if (confidential !== 'true' && confidential !== 'false') {
      throw refuse('INVALID_ARGUMENT', 'confidential must be true or false');
    }
    const request = { address, nonce, requestingNetwork, requesterCertificate, signatureBase64 };
    const { value, sourceTimeMs } = await answer(ctx, request, []);
    const sealed = confidential === 'true';
    if (sealed && !requesterCertificate.includes('-----BEGIN CERTIFICATE-----')) {
      throw refuse('CONFIDENTIAL_UNSUPPORTED', 'a confidential view is sealed to a Fabric certificate');
    }
    return interopPayload(request, sourceTimeMs, {
      payload: sealed
        ? sealConfidential(value, requesterCertificate, { txId: ctx.stub.getTxID(), address, nonce })
        : value,
      confidential: sealed,
    });
  }

  /**
   * Query for many requests of one view from one requesting network, answered by one endorsement (the batch
   * form, proofs/batch.ts): every request passes Query's checks, or the batch is refused as a whole (the
   * driver then asks for each alone, so that each requester learns only its own refusal). `requestsBase64`
   * is a base64 weft.batch.BatchQuery; confidential requests are never batched. Returns a serialized
   * weft.batch.EndorsedBatch whose root is over each request's InteropPayload, salted.
   */
  async QueryBatch(
    ctx: Context,
    address: string,
    requestingNetwork: string,
    requestsBase64: string,
  ): Promise<Uint8Array> {
    let requests: BatchRequest[];
    try {
      requests = decodeBatchQuery(base64Argument(requestsBase64, 'batch'));
    } catch (error) {
      if (isRefusal(error)) throw error;
      throw refuse(
        'INVALID_ARGUMENT',
        `the batch is not a BatchQuery of 1 to ${MAX_BATCH}: ${(error as Error).message}`,
      );
    }
    const { parsed, view, sourceTimeMs } = checkSourceView(ctx, address);
    // One requesting network: its records are read once for the whole batch.
    const rules = await requesterRules(ctx, requestingNetwork);
    for (const request of requests) {
      checkRequester(
        ctx,
        {
          address,
          nonce: request.nonce,
          requestingNetwork,
          requesterCertificate: request.certificate,
          signatureBase64: request.signature,
        },
        parsed,
        rules,
      );
    }
    const value = { address, payload: await readView(ctx, view, []), sourceTimeMs };
    const { tree } = batchLeaves(ctx.stub.getTxID(), value, requests);
    return endorsedBatchBytes(value, tree.root, requests.length);
  }

  /**
   * The event of sequence `sequence` of the stream at `streamAddress` (proofs/events.ts), for the subscriber
   * who signed stream address ‖ nonce: an InteropPayload as Query's, whose payload is the event's record,
   * answered by the stream's function with two more arguments, the sequence and an empty run length, and
   * named by the stream.
   */
  async EventQuery(
    ctx: Context,
    streamAddress: string,
    nonce: string,
    sequence: string,
    requestingNetwork: string,
    requesterCertificate: string,
    signatureBase64: string,
  ): Promise<Uint8Array> {
    const request = {
      address: streamAddress,
      nonce,
      requestingNetwork,
      requesterCertificate,
      signatureBase64,
    };
    return eventAnswer(ctx, request, [sequence, ''], (value, stream) => stampRecord(value, stream, sequence));
  }

  /**
   * EventQuery for a run: the events from `from` on, at most `max` (1 to MAX_RUN), in one InteropPayload
   * whose payload is a weft.events.EventRecords: one endorsement for many events. The stream's function is
   * asked with `max` as one more argument.
   */
  async EventRunQuery(
    ctx: Context,
    streamAddress: string,
    nonce: string,
    from: string,
    max: string,
    requestingNetwork: string,
    requesterCertificate: string,
    signatureBase64: string,
  ): Promise<Uint8Array> {
    if (!/^[1-9][0-9]{0,2}$/.test(max) || Number(max) > MAX_RUN) {
      throw refuse('INVALID_ARGUMENT', `a run is 1 to ${MAX_RUN} events`);
    }
    const request = {
      address: streamAddress,
      nonce,
      requestingNetwork,
      requesterCertificate,
      signatureBase64,
    };
    return eventAnswer(ctx, request, [from, max], (value, stream) =>
      stampRun(value, stream, from, Number(max)),
    );
  }

  /**
   * Records a foreign network's membership: the CA certificates of each org of a Fabric network,
   * `{"orgs":{"Org1MSP":["PEM", ...]}}`, or the chain id and member addresses of each org of an EVM network,
   * `{"type":"evm","chainId":"31001","orgs":{"Org1":["0x...", ...]}}`.
   */
  async SetMembership(ctx: Context, networkId: string, membershipJson: string): Promise<void> {
    assertAdmin(ctx);
    const stored = parseJson(membershipJson, 'membership');
    try {
      membershipFromRecord(networkId, JSON.stringify(stored)); // validates before anything is written
    } catch (error) {
      throw refuse('INVALID_MEMBERSHIP', `${(error as Error).message}`);
    }
    await writeRecord(ctx, MEMBERSHIP, networkId, stored);
  }

  /** Records which orgs of a foreign network may read which views: `[{"principal":"Org1MSP","resource":"weft:assets:*"}]`. */
  async SetAccessControl(ctx: Context, networkId: string, rulesJson: string): Promise<void> {
    assertAdmin(ctx);
    const rules = checkAccessRules(parseJson(rulesJson, 'access rules'));
    await writeRecord(ctx, ACCESS, networkId, rules);
  }

  /** Records a foreign network's verification policy: `[{"pattern":"weft:assets:*","policy":"AND(...)"}]`. */
  async SetVerificationPolicy(ctx: Context, networkId: string, rulesJson: string): Promise<void> {
    assertAdmin(ctx);
    const rules = parseJson(rulesJson, 'verification policy') as StoredPolicy;
    if (!Array.isArray(rules) || rules.length === 0)
      throw refuse('INVALID_POLICY', 'expected a list of rules');
    for (const rule of rules) {
      checkPattern(rule.pattern);
      parsePolicy(rule.policy);
    }
    await writeRecord(ctx, POLICY, networkId, rules);
  }

  /**
   * Verifies a view of a foreign network requested by the submitting client, accepts its nonce once, and
   * records the value. Returns the verified value.
   */
  async SubmitView(ctx: Context, viewBase64: string, address: string, nonce: string): Promise<Uint8Array> {
    const parsed = parseAddress(address);
    const result = await verifySubmitted(ctx, viewBase64, parsed, nonce);
    if (result.confidential) throw refuse('CONFIDENTIAL_VIEW', 'submit it with SubmitConfidentialView');
    return accept(ctx, parsed, nonce, result.payload, result.time);
  }

  /**
   * As SubmitView for a confidential view: `contentsBase64` is the ConfidentialPayloadContents the requester
   * decrypted; the value is accepted only if it opens the commitment the source's endorsers signed.
   */
  async SubmitConfidentialView(
    ctx: Context,
    viewBase64: string,
    address: string,
    nonce: string,
    contentsBase64: string,
  ): Promise<Uint8Array> {
    const parsed = parseAddress(address);
    const result = await verifySubmitted(ctx, viewBase64, parsed, nonce);
    if (!result.confidential) throw refuse('NOT_CONFIDENTIAL', 'submit it with SubmitView');
    const opened = checkConfidential(result.payload, Buffer.from(contentsBase64, 'base64'));
    if (!opened.valid) throw refuse(opened.failure, opened.reason);
    return accept(ctx, parsed, nonce, opened.payload, result.time);
  }

  /**
   * Records the one party of a foreign network whose signed answers this network accepts (single-API mode):
   * `{"kind":"fabric","certificate":"PEM"}` (ECDSA P-256) or `{"kind":"evm","address":"0x..."}` (secp256k1).
   */
  async SetTrustedParty(ctx: Context, networkId: string, recordJson: string): Promise<void> {
    assertAdmin(ctx);
    let party: TrustedParty;
    try {
      party = parseTrustedParty(networkId, recordJson);
    } catch (error) {
      throw refuse('INVALID_TRUSTED_PARTY', `${(error as Error).message}`);
    }
    await ctx.stub.putState(
      ctx.stub.createCompositeKey(TRUSTED_PARTY, [networkId]),
      Buffer.from(trustedPartyRecord(party)),
    );
  }

  /** The recorded trusted party of a foreign network, as SetTrustedParty stored it. */
  async GetTrustedParty(ctx: Context, networkId: string): Promise<string> {
    return readText(ctx, TRUSTED_PARTY, networkId);
  }

  /**
   * Single-API mode: accepts `value` as the view at `address` because the trusted party recorded for the
   * address's network signed it over address, nonce and value. The nonce is spent as SubmitView spends it.
   * Returns the value.
   */
  async SubmitTrustedView(
    ctx: Context,
    address: string,
    nonce: string,
    valueBase64: string,
    signatureBase64: string,
  ): Promise<Uint8Array> {
    let parsed: ViewAddress;
    try {
      parsed = parseAddress(address);
    } catch (error) {
      throw refuse('ADDRESS_INVALID', `${(error as Error).message}`);
    }
    const party = await trustedPartyOf(ctx, parsed.networkId);
    const value = base64Argument(valueBase64, 'value');
    const signature = base64Argument(signatureBase64, 'signature');
    const verdict = verifyTrustedAnswer(party, { address, nonce, value, signature });
    if (!verdict.valid) throw refuse(verdict.failure, verdict.reason);
    return accept(ctx, parsed, nonce, value);
  }

  /**
   * Opens a foreign network's event stream for a subscription (its nonce) of the submitting client, from
   * `fromSequence` on (proofs/events.ts): SubmitEvent then takes the stream's events as that client's, each
   * once and in order. A subscription's stream is opened once.
   */
  async OpenStream(ctx: Context, streamAddress: string, nonce: string, fromSequence: string): Promise<void> {
    const parsed = parseAddress(streamAddress);
    if (!/^[1-9][0-9]{0,19}$/.test(fromSequence)) {
      throw refuse('INVALID_ARGUMENT', 'a sequence number is a positive integer');
    }
    if (nonce.length === 0 || nonce.length > 256) throw refuse('INVALID_NONCE', '1 to 256 characters');
    const key = streamKey(ctx, parsed, nonce);
    if ((await ctx.stub.getState(key)).length > 0) {
      throw refuse('INVALID_ARGUMENT', `the stream of subscription ${nonce} is open already`);
    }
    const owner = Buffer.from(ctx.clientIdentity.getIDBytes()).toString('utf8');
    await ctx.stub.putState(key, Buffer.from(JSON.stringify({ next: fromSequence, owner })));
  }

  /**
   * Takes the next event of an open stream: the view (base64) must verify as the submitting client's view
   * of the stream address and subscription nonce, and its record must be the stream's next event. Returns
   * the event's record (weft.events.EventRecord) for the application that called.
   */
  async SubmitEvent(
    ctx: Context,
    viewBase64: string,
    streamAddress: string,
    nonce: string,
  ): Promise<Uint8Array> {
    const parsed = parseAddress(streamAddress);
    const key = streamKey(ctx, parsed, nonce);
    const cursor = await openStream(ctx, key, parsed, nonce);
    // An event is history: its order is what counts, however long it took to come.
    const result = await verifySubmitted(ctx, viewBase64, parsed, nonce, { freshness: false });
    let run: EventRecord[];
    try {
      run = decodeEventRun(result.payload);
    } catch (error) {
      throw refuse('EVENT_INVALID', (error as Error).message);
    }
    // A run proves many events; this submission takes the one the stream takes next.
    const verdict = nextOfRun(run, { stream: parsed.viewText, next: cursor.next });
    if (!verdict.valid) throw refuse(verdict.failure, verdict.reason);
    const { record } = verdict;
    await ctx.stub.putState(
      key,
      Buffer.from(JSON.stringify({ next: String(verdict.next.next), owner: cursor.owner })),
    );
    ctx.stub.setEvent('EventAccepted', Buffer.from(`${streamAddress}#${record.sequence}`));
    return encodeEventRecord(record);
  }

  /** Where an open stream stands: `{"next":"7"}`, the sequence it takes next. */
  async GetStream(ctx: Context, streamAddress: string, nonce: string): Promise<string> {
    const parsed = parseAddress(streamAddress);
    const cursor = await openStream(ctx, streamKey(ctx, parsed, nonce), parsed, nonce, { anyone: true });
    return JSON.stringify({ next: String(cursor.next) });
  }

  /** The recorded membership of a foreign network, as SetMembership took it: what clients verify against. */
  async GetMembership(ctx: Context, networkId: string): Promise<string> {
    return readText(ctx, MEMBERSHIP, networkId);
  }

  /** The recorded verification policy of a foreign network, as SetVerificationPolicy took it. */
  async GetVerificationPolicy(ctx: Context, networkId: string): Promise<string> {
    return readText(ctx, POLICY, networkId);
  }

  /** The last verified value of the view at `address`. */
  async GetVerifiedView(ctx: Context, address: string): Promise<Uint8Array> {
    const value = await ctx.stub.getState(viewKey(ctx, VIEW, parseAddress(address)));
    if (value.length === 0) throw refuse('NOT_FOUND', `no verified view of ${address}`);
    return value;
  }

  /**
   * The last verified value of the view at `address` with the source time it shows (ms since the epoch)
   * and, for a view of a block, its height: `{"value":"<base64>","sourceTimeMs":...,"height":"..."}`.
   * A trusted party's answer has no source time.
   */
  async GetVerifiedViewRecord(ctx: Context, address: string): Promise<string> {
    const view = parseAddress(address);
    const value = await ctx.stub.getState(viewKey(ctx, VIEW, view));
    if (value.length === 0) throw refuse('NOT_FOUND', `no verified view of ${address}`);
    const stored = await ctx.stub.getState(viewKey(ctx, VIEW_TIME, view));
    const time = stored.length === 0 ? undefined : parseViewTimeRecord(Buffer.from(stored).toString('utf8'));
    return JSON.stringify({
      value: Buffer.from(value).toString('base64'),
      ...(time && viewTimeFields(time)),
    });
  }

  /**
   * Records the maximum age of a foreign network's views this network accepts, per view pattern (longest
   * wins): `[{"pattern":"weft:*","maxAgeMs":600000}]`. Without a record, views of any age are accepted (still
   * never older than the value recorded).
   */
  async SetFreshnessPolicy(ctx: Context, networkId: string, rulesJson: string): Promise<void> {
    assertAdmin(ctx);
    let rules: FreshnessRule[];
    try {
      rules = checkFreshnessRules(parseJson(rulesJson, 'freshness policy'));
    } catch (error) {
      throw refuse('INVALID_FRESHNESS_POLICY', `${(error as Error).message}`);
    }
    await writeRecord(ctx, FRESHNESS, networkId, rules);
  }

  /**
   * Records this network's own id, as other networks name it: what a command must be addressed to and a
   * confirmation must name as its source (contracts/fabric/commands.ts).
   */
  async SetLocalNetwork(ctx: Context, networkId: string): Promise<void> {
    assertAdmin(ctx);
    if (typeof networkId !== 'string' || !NETWORK_ID.test(networkId)) {
      throw refuse('INVALID_ARGUMENT', `a network id matches ${NETWORK_ID}`);
    }
    await ctx.stub.putState(ctx.stub.createCompositeKey(LOCAL_NETWORK, []), Buffer.from(networkId));
  }

  /**
   * Records the command sources of a foreign network (proofs/commands.ts): the prefixes of its streams whose
   * commands and confirmations this network's applications take, `["mychannel:assets:EventAt:"]`.
   */
  async SetCommandSources(ctx: Context, networkId: string, prefixesJson: string): Promise<void> {
    assertAdmin(ctx);
    let prefixes: string[];
    try {
      prefixes = checkCommandSources(parseJson(prefixesJson, 'command sources'));
    } catch (error) {
      throw refuse('INVALID_ARGUMENT', `${(error as Error).message}`);
    }
    await writeRecord(ctx, COMMAND_SOURCES, networkId, prefixes);
  }

  /** The command sources recorded for a foreign network, as JSON; NOT_RECORDED before any. */
  async GetCommandSources(ctx: Context, networkId: string): Promise<string> {
    return readText(ctx, COMMAND_SOURCES, networkId);
  }

  /** This network's own id; LOCAL_NETWORK_UNSET until its admins record it. */
  async GetLocalNetwork(ctx: Context): Promise<string> {
    const stored = await ctx.stub.getState(ctx.stub.createCompositeKey(LOCAL_NETWORK, []));
    if (stored.length === 0) throw refuse('LOCAL_NETWORK_UNSET', "this network's id is not recorded");
    return Buffer.from(stored).toString('utf8');
  }

  /** The recorded freshness policy of a foreign network, as SetFreshnessPolicy stored it. */
  async GetFreshnessPolicy(ctx: Context, networkId: string): Promise<string> {
    return readText(ctx, FRESHNESS, networkId);
  }
}
