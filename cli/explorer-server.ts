/**
 * The explorer's server (`weft explorer`): its page, and a JSON API of the running topology behind an access
 * token of its own, made for each run and handed over in the URL's fragment. The page holds nothing; the API
 * shows what the relays' operator API does (requests and their addresses), so it is as guarded.
 */
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { WeftError } from '../common/errors.js';
import { bearerMatches } from '../operations/auth.js';
import { readState } from '../topology/state.js';
import { explorerSource } from './explorer-data.js';
import { startLatencySampler } from './explorer-latency.js';
import { EXPLORER_CSS, EXPLORER_HTML, EXPLORER_JS } from './explorer-page.js';

/** Scripts and styles only from the explorer itself, no inline ones, no frames: the page shows others' text. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface ExplorerOptions {
  readonly stateDir: string;
  readonly host?: string;
  /** 0: a free port. */
  readonly port?: number;
  /** How often the services' histograms are scraped for the charts. */
  readonly sampleMs?: number;
}

export interface Explorer {
  readonly port: number;
  readonly token: string;
  /** The page's address with its token in the fragment. */
  readonly url: string;
  stop(): Promise<void>;
}

/** @throws {WeftError} USAGE when no topology runs from the state folder */
export async function startExplorer(options: ExplorerOptions): Promise<Explorer> {
  const state = await readState(options.stateDir);
  if (state?.status !== 'running') {
    throw new WeftError(
      'USAGE',
      `no topology is running from ${options.stateDir}; start one with \`weft up\``,
    );
  }
  const token = randomBytes(24).toString('base64url');
  const snapshot = explorerSource(options.stateDir, state);
  const sampler = startLatencySampler(state, { intervalMs: options.sampleMs ?? 2_000 });
  const app = Fastify({ logger: false });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cache-control', 'no-store');
  });
  const asset = (type: string, body: string) => async (_: unknown, reply: { type(t: string): unknown }) => {
    reply.type(type);
    return body;
  };
  app.get('/', asset('text/html; charset=utf-8', EXPLORER_HTML));
  app.get('/explorer.js', asset('text/javascript; charset=utf-8', EXPLORER_JS));
  app.get('/explorer.css', asset('text/css; charset=utf-8', EXPLORER_CSS));
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (!bearerMatches(request.headers.authorization, token)) {
      await reply
        .code(401)
        .send({ code: 'UNAUTHENTICATED', message: "the explorer's API needs the token of its URL" });
    }
  });
  app.get('/api/snapshot', () => snapshot());
  app.get('/api/latency', () => ({ series: sampler.series() }));
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ host, port: options.port ?? 0 });
  } catch (error) {
    sampler.stop();
    throw new WeftError(
      'UNREACHABLE',
      `the explorer cannot listen on ${host}:${options.port}: ${(error as Error).message}`,
    );
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    token,
    url: `http://${shown}:${port}/#token=${token}`,
    async stop() {
      sampler.stop();
      await app.close();
    },
  };
}
