/**
 * Errors of @hyperledger/fabric-gateway: described for people, and the chaincode's refusal read as data.
 */
import { describeRefusal, parseRefusal, type Refusal } from './refusal.js';

/** What the Gateway attaches per peer: which peer of which org failed, and its message. */
export interface GatewayDetail {
  readonly address: string;
  readonly mspId: string;
  readonly message: string;
}

function isDetail(value: unknown): value is GatewayDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'address') === 'string' &&
    typeof Reflect.get(value, 'mspId') === 'string' &&
    typeof Reflect.get(value, 'message') === 'string'
  );
}

/** The per-peer details of a Gateway error; none for any other value. */
export function gatewayDetails(error: unknown): readonly GatewayDetail[] {
  if (!(error instanceof Error)) return [];
  const details: unknown = Reflect.get(error, 'details');
  return Array.isArray(details) ? details.filter(isDetail) : [];
}

/**
 * A peer's detail carries a chaincode's failure as Fabric's Gateway frames it,
 * `chaincode response <status>, <the chaincode's message>`; the message is weft's refusal.
 */
const CHAINCODE_RESPONSE = 'chaincode response ';

function refusalOfDetail(detail: GatewayDetail): Refusal | undefined {
  if (!detail.message.startsWith(CHAINCODE_RESPONSE)) return undefined;
  const end = detail.message.indexOf(', ', CHAINCODE_RESPONSE.length);
  return end < 0 ? undefined : parseRefusal(detail.message.slice(end + 2));
}

/** The refusal a weft chaincode answered with, as the first peer that refused sent it. */
export function gatewayRefusal(error: unknown): Refusal | undefined {
  if (!(error instanceof Error)) return undefined;
  for (const detail of gatewayDetails(error)) {
    const refusal = refusalOfDetail(detail);
    if (refusal) return refusal;
  }
  return undefined;
}

/**
 * A Gateway error in one line, with the per-peer details the Gateway attaches (which peer of which org
 * failed and why), which its message alone leaves out; a refusal shows as `CODE: message`.
 */
export function describeGatewayError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = gatewayDetails(error);
  if (details.length === 0) return error.message;
  const described = details.map((d) => {
    const refusal = refusalOfDetail(d);
    return `${d.mspId}@${d.address}: ${refusal ? describeRefusal(refusal) : d.message}`;
  });
  return `${error.message}: ${described.join('; ')}`;
}
