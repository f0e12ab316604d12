/**
 * The single-API service's HTTP face, on Fastify: three GET routes whose zod schemas validate the query,
 * serialize the answers and generate the OpenAPI document. Every refusal, Fastify's own included, is weft's
 * error body (http-errors.ts); the URL, the header section and the body of a request are bounded.
 */
import type { Socket } from 'node:net';
import fastifySwagger from '@fastify/swagger';
import Fastify, {
  type ConnectionError,
  errorCodes,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifySchemaCompiler,
} from 'fastify';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { OpenAPI } from 'openapi-types';
import type { z } from 'zod';
import { WeftError } from '../../common/errors.js';
import { schemaProblems } from '../../common/schema.js';
import { DEFAULT_MAX_REQUEST_BYTES, DEFAULT_TIMEOUT_MS } from './config.js';
import { type ErrorReply, errorReplyOf } from './http-errors.js';
import { OPENAPI_FIELDS, openApiText, withoutUnreferencedSchemas, withResponseHeaders } from './openapi.js';
import {
  apiDocumentSchema,
  apiSchemaRegistry,
  codeOfQueryProblems,
  errorBodySchema,
  healthBodySchema,
  type TrustedAnswerBody,
  trustedAnswerBodySchema,
  type ViewQuery,
  viewQuerySchema,
} from './schemas.js';

/** Every path the service serves (all GET). */
export const SINGLE_API_PATHS = ['/v1/view', '/openapi.json', '/healthz'] as const;

/** Room for the request line's method and version and for ordinary headers, beyond the URL's own bound. */
const HEADER_ALLOWANCE = 8 * 1024;

export interface SingleApiAppOptions {
  /** Bound on a request's URL and on its body. */
  readonly maxRequestBytes: number;
  /** Deadline of each ledger read: a request may take that and some. */
  readonly timeoutMs: number;
  /** The answer to a valid view query; a WeftError (NOT_FOUND, LEDGER_CALL_FAILED...) says why there is none. */
  answerView(query: ViewQuery): Promise<TrustedAnswerBody>;
}

function isServedPath(path: string): boolean {
  return SINGLE_API_PATHS.some((served) => served === path);
}

/** Validates with the route's zod schema: every problem, by its path, in one WeftError. */
const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const code = httpPart === 'querystring' ? codeOfQueryProblems(result.error.issues) : 'REQUEST_INVALID';
    const lines = schemaProblems(result.error).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    return {
      error: new WeftError(code, `${httpPart ?? 'request'}: ${lines.join('; ')}`, { problems: lines }),
    };
  };

/**
 * Request bodies mean nothing here: read within the bound and dropped (JSON and text through Fastify's own
 * parsers, so malformed JSON is refused). A body declared of another type is refused, except on a path or
 * method the service does not serve, where the 404 or 405 says more.
 */
async function dropBody(request: FastifyRequest, _body: Buffer): Promise<undefined> {
  if (request.headers['content-type'] !== undefined && !request.is404) {
    throw new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE();
  }
  return undefined;
}

function sendError(reply: FastifyReply, failure: ErrorReply): FastifyReply {
  if (failure.close) reply.header('Connection', 'close');
  return reply
    .code(failure.status)
    .header('X-Content-Type-Options', 'nosniff')
    .send({ code: failure.code, message: failure.message });
}

/**
 * Answers a request Node's parser refused (a header section past `headerBytes`, malformed HTTP), then closes.
 */
function refuseMalformed(error: ConnectionError, socket: Socket, headerBytes: number): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, body] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          413,
          'Payload Too Large',
          { code: 'MESSAGE_TOO_LARGE', message: `the request URL and headers exceed ${headerBytes} bytes` },
        ]
      : [400, 'Bad Request', { code: 'REQUEST_INVALID', message: 'malformed HTTP request' }];
  const bytes = Buffer.from(JSON.stringify(body));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${bytes.length}\r\nConnection: close\r\n\r\n${bytes.toString()}`,
  );
}

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

const failure = (description: string) => json(description, errorBodySchema);

const MALFORMED = failure('`REQUEST_INVALID`: a request body declared JSON that is not.');
const METHOD_NOT_ALLOWED = failure('`REQUEST_INVALID`: only GET is served.');
const TOO_LARGE = failure(
  "`MESSAGE_TOO_LARGE`: the request's URL or body exceeds the service's limit " +
    `(${DEFAULT_MAX_REQUEST_BYTES / 1024} KiB by default).`,
);
const UNSUPPORTED_BODY = failure(
  '`REQUEST_INVALID`: a request body (which the service ignores) declared of a type other than JSON or text.',
);

/**
 * The service's Fastify instance, routes and document included, not yet listening.
 */
export async function createSingleApiApp(options: SingleApiAppOptions): Promise<FastifyInstance> {
  const { maxRequestBytes } = options;
  const headerBytes = maxRequestBytes + HEADER_ALLOWANCE;
  const base = Fastify({
    // Node refuses an HTTP/1.1 request without a Host header itself, in a bare 400 without weft's body; the
    // service names no host, so such a request is answered like any other.
    http: { maxHeaderSize: headerBytes, requireHostHeader: false },
    bodyLimit: maxRequestBytes,
    requestTimeout: options.timeoutMs + 20_000,
    // Node's own, not Fastify's 72 s: idle connections are not held for long.
    keepAliveTimeout: 5_000,
    // No HEAD twin of the GET routes: HEAD gets the 405 of every method but GET.
    exposeHeadRoutes: false,
    // Stopping closes every connection; no request is answered meanwhile in Fastify's own shape.
    return503OnClosing: false,
    forceCloseConnections: true,
    clientErrorHandler: (error, socket) => refuseMalformed(error, socket, headerBytes),
    frameworkErrors: (error, _request, reply) => {
      sendError(reply, errorReplyOf(error, maxRequestBytes));
    },
  });
  base.server.headersTimeout = 10_000;
  base.setValidatorCompiler(validatorCompiler);
  base.setSerializerCompiler(serializerCompiler);
  // A GET's body is read, within the bound, rather than left on the connection.
  base.addHttpMethod('GET', { hasBody: true, overrideExisting: true });
  base.addContentTypeParser('*', { parseAs: 'buffer' }, dropBody);
  await base.register(fastifySwagger, {
    openapi: OPENAPI_FIELDS,
    transform: withResponseHeaders(createJsonSchemaTransform({ schemaRegistry: apiSchemaRegistry })),
    transformObject: withoutUnreferencedSchemas(
      createJsonSchemaTransformObject({ schemaRegistry: apiSchemaRegistry }),
    ),
  });

  base.addHook('onRequest', async (request) => {
    if (Buffer.byteLength(request.url) > maxRequestBytes) {
      throw new WeftError('MESSAGE_TOO_LARGE', `the request URL exceeds ${maxRequestBytes} bytes`);
    }
  });
  base.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    return payload;
  });
  const refuseUnserved = (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.url.indexOf('?');
    const path = query < 0 ? request.url : request.url.slice(0, query);
    if (!isServedPath(path)) {
      return sendError(reply, {
        status: 404,
        code: 'NOT_FOUND',
        message: `no resource ${path}`,
        close: false,
      });
    }
    const message = `${request.method} is not allowed: only GET`;
    return sendError(reply.header('Allow', 'GET'), {
      status: 405,
      code: 'REQUEST_INVALID',
      message,
      close: false,
    });
  };
  // Before any body is parsed: a method with a body of its own (QUERY) would be refused for its missing
  // Content-Type first, where the 404 or 405 says more.
  base.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET') return refuseUnserved(request, reply);
  });
  base.setNotFoundHandler(refuseUnserved);
  base.setErrorHandler((error, _request, reply) => sendError(reply, errorReplyOf(error, maxRequestBytes)));

  const app = base.withTypeProvider<ZodTypeProvider>();
  app.route({
    method: 'GET',
    url: '/v1/view',
    bodyLimit: maxRequestBytes,
    schema: {
      operationId: 'getTrustedView',
      summary: "The value of a view of this party's network, signed by the party",
      description:
        "Fabric views are evaluated (never submitted) on the party's own peer: the address's chaincode " +
        "function with its arguments. EVM call views are an `eth_call` of the address's function on the " +
        "party's own node, EVM storage views an `eth_getStorageAt` of the slot (32 bytes), both at the latest " +
        'block.',
      querystring: viewQuerySchema,
      response: {
        200: json("The value and the party's signature.", trustedAnswerBodySchema),
        400: failure(
          '`ADDRESS_INVALID`: the address is not a canonical weft address (or its arguments do not fit an EVM ' +
            'function signature). `REQUEST_INVALID`: a parameter is missing, repeated, unknown or malformed, ' +
            'or a request body declared JSON is not.',
        ),
        404: failure(
          '`NOT_FOUND`: the address names another network, channel or chain, a view of the interop ' +
            'chaincode, or state the ledger does not have (a chaincode error naming NOT_FOUND, an EVM call ' +
            'that reverts or returns nothing).',
        ),
        405: METHOD_NOT_ALLOWED,
        413: TOO_LARGE,
        415: UNSUPPORTED_BODY,
        500: failure('`REMOTE_ERROR`: an unexpected failure of the service.'),
        502: failure(
          '`LEDGER_CALL_FAILED`: the ledger failed otherwise (unreachable, or the chaincode failed for ' +
            'another reason).',
        ),
        504: failure("`DEADLINE_EXCEEDED`: the ledger did not answer within the service's timeout."),
      },
    },
    handler: async (request, reply) => {
      const answer = await options.answerView(request.query);
      return reply.header('Cache-Control', 'no-store').send(answer);
    },
  });
  app.route({
    method: 'GET',
    url: '/healthz',
    bodyLimit: maxRequestBytes,
    schema: {
      operationId: 'getHealth',
      summary: 'Whether the service runs',
      response: {
        200: json('The service runs.', healthBodySchema),
        400: MALFORMED,
        405: METHOD_NOT_ALLOWED,
        413: TOO_LARGE,
        415: UNSUPPORTED_BODY,
      },
    },
    handler: async (_request, reply) => reply.send({ status: 'ok' }),
  });
  let document: Buffer | undefined;
  // Sent as the bytes of the checked-in file, hence not through the zod serializer.
  base.route({
    method: 'GET',
    url: '/openapi.json',
    bodyLimit: maxRequestBytes,
    schema: {
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      response: {
        200: json('The OpenAPI 3.1 document of the service.', apiDocumentSchema),
        400: MALFORMED,
        405: METHOD_NOT_ALLOWED,
        413: TOO_LARGE,
        415: UNSUPPORTED_BODY,
      },
    },
    handler: async (_request, reply) => {
      document ??= Buffer.from(openApiText(base.swagger()));
      return reply.type('application/json; charset=utf-8').send(document);
    },
  });
  return base;
}

/**
 * The OpenAPI document the routes generate. It does not depend on who answers: the instance it is read
 * from is never asked a view.
 */
export async function singleApiOpenApiDocument(): Promise<OpenAPI.Document> {
  const app = await createSingleApiApp({
    maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    answerView: () => Promise.reject(new WeftError('NOT_FOUND', 'this instance only describes the service')),
  });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
  }
}
