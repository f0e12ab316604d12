/**
 * Refusals of weft's chaincodes, sent as data (common/refusal.ts): every transaction that fails leaves with
 * a code its caller reads, whether the chaincode refused itself or a proofs/ check it ran threw a WeftError.
 */
import { type Context, Contract } from 'fabric-contract-api';
import { type ErrorCode, isWeftError } from '../../common/errors.js';
import { parseRefusal, refusalText } from '../../common/refusal.js';

export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
  ) {
    // fabric-shim sends a failed transaction's message as the chaincode response's message.
    super(refusalText({ code, message: reason }));
  }
}

export function refuse(code: ErrorCode, reason: string): Refusal {
  return new Refusal(code, reason);
}

export function isRefusal(error: unknown, code?: ErrorCode): error is Refusal {
  return error instanceof Refusal && (code === undefined || error.code === code);
}

/** Another chaincode's failure message, passed on: its refusal keeps its code. */
export function refusalIn(message: string): Error {
  const refused = parseRefusal(message);
  return refused ? new Refusal(refused.code, refused.message) : new Error(message);
}

/** What a transaction threw, as its refusal: weft's errors keep their code; anything else stays as it is. */
export function asRefusal(error: unknown): unknown {
  if (isWeftError(error)) return new Refusal(error.code, error.message);
  return error;
}

/** A contract whose every transaction refuses with data. */
export class RefusingContract extends Contract {
  override async aroundTransaction(
    ctx: Context,
    fn: Parameters<Contract['aroundTransaction']>[1],
    parameters: unknown,
  ): Promise<void> {
    try {
      return await super.aroundTransaction(ctx, fn, parameters);
    } catch (error) {
      throw asRefusal(error);
    }
  }
}
