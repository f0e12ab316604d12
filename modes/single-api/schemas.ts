/**
 * The single-API service's wire format as zod schemas: the query of a view request, the signed answer, the
 * error body and the health check. The routes validate and serialize with them, the OpenAPI document is
 * generated from them (with the descriptions registered here), and the client decodes answers with them.
 */
import { z } from 'zod';
import { type ErrorCode, isWeftError } from '../../common/errors.js';
import { MAX_ADDRESS_LENGTH, parseAddress, type ViewAddress } from '../../proofs/address.js';
import { MAX_NONCE_LENGTH } from '../../proofs/trusted-party.js';

/** What the OpenAPI document says of a schema: its component id, its description, examples. */
export interface DocumentedMeta {
  id?: string | undefined;
  description?: string;
  examples?: unknown[];
  [key: string]: unknown;
}

/** The registry the OpenAPI document is generated from; zod's global registry is left to others. */
export const apiSchemaRegistry = z.registry<DocumentedMeta>();

function documented<T extends z.ZodType>(schema: T, meta: DocumentedMeta): T {
  apiSchemaRegistry.add(schema, meta);
  return schema;
}

const REQUIRED_ONCE = 'required, exactly once';

function toViewAddress(text: string, ctx: z.RefinementCtx<string>): ViewAddress {
  try {
    return parseAddress(text);
  } catch (error) {
    if (!isWeftError(error, 'ADDRESS_INVALID')) throw error;
    ctx.issues.push({ code: 'custom', message: error.message, input: text });
    return z.NEVER;
  }
}

/** `GET /v1/view`'s query: the address decoded into a view, the nonce checked as a signed answer needs it. */
/** `relay-host:port/network-id/view`: a host, a port, a network id, and a view with no slash. */
const ADDRESS_ENVELOPE = /^[^/]+:[0-9]{1,5}\/[A-Za-z0-9][A-Za-z0-9._-]{0,63}\/[^/]+$/;

export const viewQuerySchema = z.strictObject({
  address: documented(
    z
      .string({ error: REQUIRED_ONCE })
      .min(1)
      .max(MAX_ADDRESS_LENGTH)
      // The envelope only (proofs/address.ts); the view's grammar is its ledger kind's.
      .regex(ADDRESS_ENVELOPE, 'expected relay-host:port/network-id/view'),
    {
      description:
        'The canonical weft address of the view, `relay-host:port/network-id/view`, URL-encoded (a `+` left ' +
        "unencoded reads as a space). It must name this party's network (channel or chain id included).",
      examples: ['127.0.0.1:9080/fabric-b/weft:assets:Get:k1'],
    },
  ).transform(toViewAddress),
  nonce: documented(
    z
      .string({ error: REQUIRED_ONCE })
      .min(1)
      .max(MAX_NONCE_LENGTH)
      .regex(/^[^\n]+$/, 'a nonce holds no line feed'),
    {
      description: `The caller's nonce, signed with the answer; the destination spends it once. 1 to ${MAX_NONCE_LENGTH} characters, no line feed.`,
      examples: ['2f6c1c1e-2d0a-4d5b-9a47-7b1f0c2b8e11'],
    },
  ),
});

export type ViewQuery = z.output<typeof viewQuerySchema>;

/**
 * The weft code of a view query's problems: the address's own (malformed, too long) are ADDRESS_INVALID, as
 * parseAddress names them; a parameter missing, repeated, unknown or malformed otherwise is REQUEST_INVALID,
 * which wins when both occur.
 */
export function codeOfQueryProblems(
  issues: readonly z.core.$ZodIssue[],
): 'ADDRESS_INVALID' | 'REQUEST_INVALID' {
  const addressOnly = issues.every((issue) => issue.path[0] === 'address' && issue.code !== 'invalid_type');
  return addressOnly ? 'ADDRESS_INVALID' : 'REQUEST_INVALID';
}

function isCanonicalBase64(text: string): boolean {
  return Buffer.from(text, 'base64').toString('base64') === text;
}

const base64Bytes = (description: string) =>
  documented(z.base64().refine(isCanonicalBase64, 'not canonical base64'), { description });

export const partySchema = documented(
  z.strictObject({
    networkId: documented(z.string(), { description: "The weft id of the party's network." }),
    org: documented(z.string(), { description: "The party's org." }),
    kind: z.enum(['fabric', 'evm']),
    identity: documented(z.string(), {
      description:
        "The party's PEM certificate (Fabric) or lower-case 0x address (EVM): what a destination records as " +
        'the trusted party.',
    }),
  }),
  {
    id: 'Party',
    description: 'The party an answer names itself as: informative, never what a destination trusts.',
  },
);

export const trustedAnswerBodySchema = documented(
  z.strictObject({
    address: documented(z.string(), { description: 'The address asked for, as given.' }),
    nonce: documented(z.string(), { description: 'The nonce asked for, as given.' }),
    value: base64Bytes(
      "The value: the chaincode's response payload (Fabric), the ABI return data (EVM call) or the slot's 32 " +
        'bytes (EVM storage).',
    ),
    party: partySchema,
    signature: base64Bytes(
      'Fabric party: DER ECDSA P-256 over SHA-256 of the signed bytes, low-S. EVM party: 65 bytes r ‖ s ‖ v ' +
        'over the EIP-191 message of the signed bytes, low s.',
    ),
  }),
  { id: 'TrustedAnswer', description: "A value of the party's ledger and the party's signature over it." },
);

export type TrustedAnswerBody = z.output<typeof trustedAnswerBodySchema>;

/** Every code the service answers with. */
export const SERVICE_ERROR_CODES = [
  'REQUEST_INVALID',
  'ADDRESS_INVALID',
  'NOT_FOUND',
  'MESSAGE_TOO_LARGE',
  'LEDGER_CALL_FAILED',
  'DEADLINE_EXCEEDED',
  'REMOTE_ERROR',
] as const satisfies readonly ErrorCode[];

export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

export function isServiceErrorCode(code: string): code is ServiceErrorCode {
  return SERVICE_ERROR_CODES.some((known) => known === code);
}

export const errorBodySchema = documented(
  z.strictObject({
    code: documented(z.enum(SERVICE_ERROR_CODES), { description: 'A weft error code.' }),
    message: z.string(),
  }),
  { id: 'Error', description: 'Every error the service answers: a weft error code and what went wrong.' },
);

export type ErrorBody = z.output<typeof errorBodySchema>;

export const healthBodySchema = documented(z.strictObject({ status: z.literal('ok') }), { id: 'Health' });

/** An OpenAPI document, described no further than that. */
export const apiDocumentSchema = z.looseObject({ openapi: z.string() });
