/**
 * The relay's edge: every message it receives is decoded and validated here, once, into typed objects.
 * Anything malformed becomes a WeftError (REQUEST_INVALID, ADDRESS_INVALID) naming the field; a message
 * bigger, deeper or with more fields than its kind ever needs is refused before it is decoded
 * (MESSAGE_TOO_LARGE, MESSAGE_TOO_DEEP; protos/bounds.ts).
 */
import { type ErrorCode, isErrorCode, WeftError } from '../common/errors.js';
import { parseAddress, type ViewAddress } from '../proofs/address.js';
import { decodeBounded, EDGE_BOUNDS, type WireBounds } from '../protos/bounds.js';
import { common, networks } from '../protos/index.js';

export const MAX_NONCE_LENGTH = 256;
export const MAX_CERTIFICATE_LENGTH = 16 * 1024;
const MAX_SIGNATURE_LENGTH = 1024;
const MAX_POLICY_ORGS = 32;
const MAX_ERROR_LENGTH = 4096;
const ORG_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** An EVM requester is known by its account's address. */
const EVM_ACCOUNT = /^0x[0-9a-f]{40}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A query is its fields' limits above and little else (under 30 KiB); 64 KiB leaves room for fields a
 * newer sender adds, and is far below the 4 MiB a view may take.
 */
export const QUERY_MAX_BYTES = 64 * 1024;
/** A request id and nothing else. */
export const REQUEST_ID_MAX_BYTES = 1024;
/** Whatever a client sends a relay's client port: a query or a request id. */
export const CLIENT_REQUEST_MAX_BYTES = Math.max(QUERY_MAX_BYTES, REQUEST_ID_MAX_BYTES);

export const QUERY_BOUNDS: WireBounds = { ...EDGE_BOUNDS, maxBytes: QUERY_MAX_BYTES };
const REQUEST_ID_BOUNDS: WireBounds = { ...EDGE_BOUNDS, maxBytes: REQUEST_ID_MAX_BYTES };
/** A view's size is bounded by the server's message limit (the relay's maxMessageBytes). */
export const VIEW_PAYLOAD_BOUNDS: WireBounds = { ...EDGE_BOUNDS, maxBytes: Number.POSITIVE_INFINITY };

/**
 * A request for a view as it travels between relays and to the driver (common.query.Query). Plain data
 * (strings, a boolean): what a relay journals as JSON.
 */
export interface ViewQuery {
  readonly requestId: string;
  /** Canonical address text: exactly what the requester signed. */
  readonly address: string;
  /** The network the address names: where the request goes. */
  readonly sourceNetwork: string;
  /** Org ids of the source network whose proofs the requester needs. */
  readonly policy: readonly string[];
  readonly requestingRelay: string;
  readonly requestingNetwork: string;
  readonly requestingOrg: string;
  readonly certificate: string;
  readonly signature: string;
  readonly nonce: string;
  readonly confidential: boolean;
  /** The requester's verifiers accept the batch form (proofs/batch.ts); false in records of older runs too. */
  readonly batchable?: boolean;
}

/**
 * A query with its address as the edge parsed it, for the component that reads the ledger (a driver): it
 * acts on the parsed view, never on a second parse of the text. Lives inside one process; the parsed
 * address holds bigints (chain ids), so a journal keeps the ViewQuery.
 */
export interface AddressedQuery extends ViewQuery {
  readonly parsedAddress: ViewAddress;
}

export interface WireView {
  readonly meta: {
    readonly protocol: number;
    readonly timestamp: string;
    readonly proofType: string;
    readonly serializationFormat: string;
  };
  readonly data: Uint8Array;
}

/** A view or the source's error, for one request (common.state.ViewPayload). */
export type ViewAnswer =
  | { readonly requestId: string; readonly view: WireView }
  | { readonly requestId: string; readonly error: string; readonly code: ErrorCode };

function invalid(message: string, field?: string): WeftError {
  return new WeftError('REQUEST_INVALID', message, field === undefined ? {} : { field });
}

function text(value: string, field: string, max: number, required = true): string {
  if (required && value.length === 0) throw invalid(`${field} is required`, field);
  if (value.length > max) throw invalid(`${field} is longer than ${max} characters`, field);
  return value;
}

/** The address must be canonical: it is signed as is, so a relay never rewrites it. */
function address(raw: string): ViewAddress {
  const parsed = parseAddress(text(raw, 'address', 8192));
  if (parsed.text !== raw) {
    throw new WeftError('ADDRESS_INVALID', `the address is not canonical; send ${parsed.text}`, {
      address: raw,
    });
  }
  return parsed;
}

/** The request fields common.query.Query and networks.networks.NetworkQuery share (by name, not number). */
type QueryMessage = common.query.Query | networks.networks.NetworkQuery;

export function requestFields(message: QueryMessage, requestId: string): AddressedQuery {
  const { policy } = message;
  if (policy.length > MAX_POLICY_ORGS) {
    throw invalid(`policy lists at most ${MAX_POLICY_ORGS} org ids`, 'policy');
  }
  for (const org of policy) {
    if (!ORG_ID.test(org)) throw invalid(`policy: invalid org id ${JSON.stringify(org)}`, 'policy');
  }
  const certificate = text(message.certificate, 'certificate', MAX_CERTIFICATE_LENGTH);
  if (!certificate.includes('-----BEGIN CERTIFICATE-----') && !EVM_ACCOUNT.test(certificate)) {
    throw invalid('certificate must be a PEM certificate or a lower-case 0x address', 'certificate');
  }
  const signature = text(message.requestor_signature, 'requestor_signature', MAX_SIGNATURE_LENGTH);
  if (!BASE64.test(signature)) throw invalid('requestor_signature must be base64', 'requestor_signature');
  const parsedAddress = address(message.address);
  return {
    requestId,
    address: parsedAddress.text,
    sourceNetwork: parsedAddress.networkId,
    policy,
    requestingRelay: text(message.requesting_relay, 'requesting_relay', 256, false),
    requestingNetwork: text(message.requesting_network, 'requesting_network', 64, false),
    requestingOrg: text(message.requesting_org, 'requesting_org', 64, false),
    certificate,
    signature,
    nonce: text(message.nonce, 'nonce', MAX_NONCE_LENGTH),
    confidential: message.confidential,
    ...(message.batchable ? { batchable: true } : {}),
    parsedAddress,
  };
}

/** The query without its parsed address: plain data again. */
export function withoutAddress({ parsedAddress: _, ...query }: AddressedQuery): ViewQuery {
  return query;
}

/** A message's `request_id`: 1 to 128 characters of REQUEST_ID (or empty, when not `required`). */
export function requestIdOf(message: { readonly request_id: string }, required = true): string {
  const requestId = text(message.request_id, 'request_id', 128, required);
  if (requestId && !REQUEST_ID.test(requestId)) {
    throw invalid('request_id has invalid characters', 'request_id');
  }
  return requestId;
}

/**
 * A client's request (networks.networks.NetworkQuery). Its id is the one the client chose (weft's SDK does,
 * so that it can ask again with it after a lost ack), else `assignedId` (Weaver's clients send none).
 */
export function decodeNetworkQuery(bytes: Uint8Array, assignedId: string): ViewQuery {
  const message = decodeBounded(networks.networks.NetworkQuery, bytes, QUERY_BOUNDS);
  return withoutAddress(requestFields(message, requestIdOf(message, false) || assignedId));
}

/** A request from a peer relay (common.query.Query). */
export function decodeQuery(bytes: Uint8Array): ViewQuery {
  return withoutAddress(decodeAddressedQuery(bytes));
}

/** A request to a driver (common.query.Query), with its parsed address. */
export function decodeAddressedQuery(bytes: Uint8Array): AddressedQuery {
  return addressedQueryOf(decodeBounded(common.query.Query, bytes, QUERY_BOUNDS));
}

/** A decoded common.query.Query as the request it holds, with its parsed address; checked as decodeQuery checks it. */
export function addressedQueryOf(message: common.query.Query): AddressedQuery {
  return requestFields(message, requestIdOf(message));
}

export function decodeRequestId(bytes: Uint8Array): string {
  return requestIdOf(decodeBounded(networks.networks.GetStateMessage, bytes, REQUEST_ID_BOUNDS));
}

/** A view or error for a request (common.state.ViewPayload). */
export function decodeViewPayload(bytes: Uint8Array): ViewAnswer {
  return viewAnswerOf(decodeBounded(common.state.ViewPayload, bytes, VIEW_PAYLOAD_BOUNDS));
}

/** A decoded ViewPayload as the answer it holds; checked as decodeViewPayload checks it. */
export function viewAnswerOf(message: common.state.ViewPayload): ViewAnswer {
  const requestId = requestIdOf(message);
  if (message.state === 'error') {
    return {
      requestId,
      error: text(message.error ?? '', 'error', MAX_ERROR_LENGTH, false) || 'unknown error',
      // Weaver's components send no code.
      code: isErrorCode(message.error_code) ? message.error_code : 'REMOTE_ERROR',
    };
  }
  const { view } = message;
  if (message.state !== 'view' || !view)
    throw invalid('the payload holds neither a view nor an error', 'state');
  if (view.data.length === 0) throw invalid('the view has no data', 'view.data');
  const meta = view.meta ?? common.state.Meta.create();
  return {
    requestId,
    view: {
      meta: {
        protocol: meta.protocol,
        timestamp: meta.timestamp,
        proofType: meta.proof_type,
        serializationFormat: meta.serialization_format,
      },
      data: view.data,
    },
  };
}

/** A query as common.query.Query. */
export function queryMessage(query: ViewQuery): common.query.Query {
  return common.query.Query.create({
    request_id: query.requestId,
    address: query.address,
    policy: [...query.policy],
    requesting_relay: query.requestingRelay,
    requesting_network: query.requestingNetwork,
    requesting_org: query.requestingOrg,
    certificate: query.certificate,
    requestor_signature: query.signature,
    nonce: query.nonce,
    confidential: query.confidential,
    batchable: query.batchable === true,
  });
}

export function viewMessage(view: WireView): common.state.View {
  return common.state.View.create({
    meta: common.state.Meta.create({
      protocol: view.meta.protocol,
      timestamp: view.meta.timestamp,
      proof_type: view.meta.proofType,
      serialization_format: view.meta.serializationFormat,
    }),
    data: view.data,
  });
}

export function viewPayloadMessage(answer: ViewAnswer): common.state.ViewPayload {
  return common.state.ViewPayload.create(
    'view' in answer
      ? { request_id: answer.requestId, view: viewMessage(answer.view) }
      : { request_id: answer.requestId, error: answer.error, error_code: answer.code },
  );
}
