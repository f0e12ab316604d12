/**
 * The service's OpenAPI 3.1 document: what @fastify/swagger generates from the route schemas, with the
 * document's own fields and the response headers the routes set. `openapi.json` beside this file is that
 * document, checked in; `write-openapi.ts` regenerates it.
 */
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { OpenAPIV3_1 } from 'openapi-types';
import { packageRoot } from '../../common/paths.js';

export const OPENAPI_FIELDS = {
  openapi: '3.1.0',
  info: {
    title: 'weft single-API service',
    version: '1.0.0',
    summary:
      'One party of a network answers for it: values read from its own ledger, signed with its own key.',
    description:
      'The single-API integration mode. One party (one org) of a source network runs this service: it reads ' +
      'its own ledger with its own identity and answers with the value and its signature over ' +
      '`weft-single-api-v1\\n<address>\\n<nonce>\\n` followed by the value bytes. A Fabric party signs with ' +
      'ECDSA P-256 over SHA-256 (DER, low-S); an EVM party signs the bytes as an EIP-191 message (65 bytes ' +
      'r ‖ s ‖ v, low s). A destination accepts the answer through the trusted-party entry point of its ' +
      'interop chaincode (`SubmitTrustedView`) or interop contract (`submitTrustedView`), once per nonce, if ' +
      'the party is the one its governance recorded for the network. Every error is a JSON object with a weft ' +
      'error code.',
    license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
  },
  servers: [
    {
      url: 'http://127.0.0.1:{port}',
      description: 'The service listens on 127.0.0.1 by default.',
      variables: { port: { default: '8080' } },
    },
  ],
} satisfies Partial<OpenAPIV3_1.Document>;

/** Response headers as JSON schemas, as @fastify/swagger reads them beside a response's content. */
type Headers = Readonly<
  Record<string, { readonly description: string; readonly type: 'string'; readonly const: string }>
>;

const ALLOW_GET: Headers = {
  Allow: { description: 'The only method served.', type: 'string', const: 'GET' },
};

/** The headers the service sets on its responses, by path and status: route schemas have no place for them. */
const RESPONSE_HEADERS: Readonly<Record<string, Readonly<Record<string, Headers>>>> = {
  '/v1/view': {
    200: { 'Cache-Control': { description: 'Answers are never cached.', type: 'string', const: 'no-store' } },
    405: ALLOW_GET,
  },
  '/openapi.json': { 405: ALLOW_GET },
  '/healthz': { 405: ALLOW_GET },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `transform`, then the headers of RESPONSE_HEADERS on the route's responses. */
export function withResponseHeaders(transform: SwaggerTransform): SwaggerTransform {
  return (input) => {
    const output = transform(input);
    const responses = output.schema.response;
    for (const [status, headers] of Object.entries(RESPONSE_HEADERS[output.url] ?? {})) {
      const response = isRecord(responses) ? responses[status] : undefined;
      if (!isRecord(response)) throw new Error(`GET ${output.url} documents no response ${status}`);
      response.headers = headers;
    }
    return output;
  };
}

/**
 * `transformObject`, then without the component schemas nothing refers to: the type provider adds an input
 * twin of every registered schema, and the service takes none of them as input.
 */
export function withoutUnreferencedSchemas(transformObject: SwaggerTransformObject): SwaggerTransformObject {
  return (input) => {
    const document = transformObject(input);
    const schemas = 'components' in document ? document.components?.schemas : undefined;
    if (schemas === undefined) return document;
    for (let removed = true; removed; ) {
      removed = false;
      const text = JSON.stringify(document);
      for (const name of Object.keys(schemas)) {
        if (!text.includes(JSON.stringify(`#/components/schemas/${name}`))) {
          delete schemas[name];
          removed = true;
        }
      }
    }
    return document;
  };
}

/** The document as served and as checked in. */
export function openApiText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The checked-in document. */
export function openApiFile(): string {
  return `${packageRoot()}/modes/single-api/openapi.json`;
}
