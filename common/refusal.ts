/**
 * A ledger's refusal as data: what the interop chaincode (and the sample application) sends back when it
 * refuses a transaction, so that a client reads the code instead of matching words in a message. On the
 * wire it is the chaincode response's message, a JSON object `{"code": "...", "message": "..."}`, which a
 * Fabric peer passes on verbatim. Pure: no I/O.
 */
import { type ErrorCode, isErrorCode } from './errors.js';

export interface Refusal {
  readonly code: ErrorCode;
  readonly message: string;
}

export function refusalText(refusal: Refusal): string {
  return JSON.stringify({ code: refusal.code, message: refusal.message });
}

/** The refusal a chaincode response's message holds, or undefined for any other text. */
export function parseRefusal(text: string): Refusal | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const code: unknown = Reflect.get(value, 'code');
  const message: unknown = Reflect.get(value, 'message');
  if (!isErrorCode(code) || typeof message !== 'string') return undefined;
  return { code, message };
}

/** A refusal for people: `CODE: message`. */
export function describeRefusal(refusal: Refusal): string {
  return `${refusal.code}: ${refusal.message}`;
}
