/**
 * The Fabric driver of one network: serves DriverCommunication to its relay (mutual TLS, the relay's
 * certificate issued by the network's relay CA). For each query it asks the network's interop chaincode
 * through one long-lived Gateway connection, gathering endorsements from the orgs the requester's policy
 * names (endorsed, never submitted: a read leaves no transaction), and sends the endorsed result back to the
 * relay as a Fabric view through DataTransfer.SendDriverState.
 */
import { readFile } from 'node:fs/promises';
import * as grpc from '@grpc/grpc-js';
import { backoffDelay } from '../../common/backoff.js';
import { ConfigReader, type Endpoint, loadConfigFile } from '../../common/config.js';
import { describeError, WeftError } from '../../common/errors.js';
import { parseAddress } from '../../proofs/address.js';
import {
  clientConstructor,
  type Message,
  serverDefinition,
  toServiceError,
  unary,
} from '../../protos/grpc.js';
import { callerCertificate, channelArgs, createIssuerLookup, serverCredentials } from '../../protos/tls.js';
import { decodeQuery, type ViewAnswer, type ViewQuery, viewPayloadMessage } from '../../relay/wire.js';
import { connectFabricGateway, describeGatewayError } from './gateway.js';
import { fabricViewFromEndorsedTransaction } from './view.js';

export interface FabricDriverConfig {
  readonly networkId: string;
  readonly host: string;
  readonly port: number;
  readonly tls: { readonly certFile: string; readonly keyFile: string; readonly caFile: string };
  /** This network's relay (its mutual-TLS port). */
  readonly relay: Endpoint;
  readonly fabric: {
    readonly channel: string;
    readonly interopChaincode: string;
    readonly mspId: string;
    readonly peer: Endpoint & { readonly tlsCaFile: string };
    readonly identity: { readonly certFile: string; readonly keyFile: string };
  };
  /** Queries endorsed at once; more wait their turn. */
  readonly concurrency: number;
  readonly maxMessageBytes: number;
}

export function parseFabricDriverConfig(value: unknown, source: string, baseDir: string): FabricDriverConfig {
  const r = new ConfigReader(baseDir);
  const root = r.object(value, source);
  const tls = r.object(root.tls, 'tls');
  const fabric = r.object(root.fabric, 'fabric');
  const peer = r.object(fabric.peer, 'fabric.peer');
  const identity = r.object(fabric.identity, 'fabric.identity');
  const config: FabricDriverConfig = {
    networkId: r.string(root, 'networkId', source),
    host: typeof root.host === 'string' ? root.host : '127.0.0.1',
    port: r.integer(root, 'port', source, 0, 65535),
    tls: {
      certFile: r.file(tls, 'certFile', 'tls'),
      keyFile: r.file(tls, 'keyFile', 'tls'),
      caFile: r.file(tls, 'caFile', 'tls'),
    },
    relay: r.endpoint(r.object(root.relay, 'relay'), 'relay'),
    fabric: {
      channel: r.string(fabric, 'channel', 'fabric'),
      interopChaincode: r.string(fabric, 'interopChaincode', 'fabric'),
      mspId: r.string(fabric, 'mspId', 'fabric'),
      peer: { ...r.endpoint(peer, 'fabric.peer'), tlsCaFile: r.file(peer, 'tlsCaFile', 'fabric.peer') },
      identity: {
        certFile: r.file(identity, 'certFile', 'fabric.identity'),
        keyFile: r.file(identity, 'keyFile', 'fabric.identity'),
      },
    },
    concurrency: r.integer(root, 'concurrency', source, 1, 1024, 64),
    maxMessageBytes: r.integer(root, 'maxMessageBytes', source, 1024, 64 * 1024 * 1024, 4 * 1024 * 1024),
  };
  r.done(source);
  return config;
}

export function loadFabricDriverConfig(file: string): Promise<FabricDriverConfig> {
  return loadConfigFile(file, parseFabricDriverConfig);
}

export interface FabricDriver {
  readonly port: number;
  stop(): Promise<void>;
}

const FABRIC_PROTOCOL = 3;
const ANSWER_ATTEMPTS = 8;

export async function startFabricDriver(
  config: FabricDriverConfig,
  options: { log?: (event: Record<string, unknown>) => void } = {},
): Promise<FabricDriver> {
  const log = options.log ?? (() => {});
  const [cert, key, ca, peerCa, idCert, idKey] = (await Promise.all(
    [
      config.tls.certFile,
      config.tls.keyFile,
      config.tls.caFile,
      config.fabric.peer.tlsCaFile,
      config.fabric.identity.certFile,
      config.fabric.identity.keyFile,
    ].map((f) =>
      readFile(f).catch((error) => {
        throw new WeftError('CONFIG_INVALID', `cannot read ${f}: ${error.message}`, { file: f });
      }),
    ),
  )) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
  const isOwnRelay = createIssuerLookup([{ ca, value: true }]);
  const connection = connectFabricGateway({
    address: config.fabric.peer.address,
    serverName: config.fabric.peer.serverName,
    tlsCa: peerCa,
    mspId: config.fabric.mspId,
    certificate: idCert,
    key: idKey,
  });
  const contract = connection.gateway
    .getNetwork(config.fabric.channel)
    .getContract(config.fabric.interopChaincode);
  const DataTransfer = clientConstructor('relay.datatransfer.DataTransfer');
  const { credentials, args } = channelArgs({
    address: config.relay.address,
    serverName: config.relay.serverName,
    ca,
    identity: { cert, key },
    maxMessageBytes: config.maxMessageBytes,
  });
  const relay = new DataTransfer(config.relay.address, credentials, args);

  let active = 0;
  const queue: ViewQuery[] = [];
  let stopping = false;

  const endorse = async (query: ViewQuery): Promise<ViewAnswer> => {
    const requestId = query.requestId;
    try {
      const { view } = parseAddress(query.address);
      if (view.ledger !== 'fabric')
        throw new WeftError('REQUEST_INVALID', `${query.address} is not a Fabric view`);
      if (view.channel !== config.fabric.channel) {
        throw new WeftError(
          'REQUEST_INVALID',
          `this driver reads channel ${config.fabric.channel}, not ${view.channel}`,
        );
      }
      const proposal = contract.newProposal('Query', {
        arguments: [
          query.address,
          query.nonce,
          query.requestingNetwork,
          query.certificate,
          query.signature,
          String(query.confidential),
        ],
        ...(query.policy.length > 0 ? { endorsingOrganizations: [...query.policy] } : {}),
      });
      const endorsed = await proposal.endorse();
      return {
        requestId,
        view: {
          meta: {
            protocol: FABRIC_PROTOCOL,
            timestamp: new Date().toISOString(),
            proofType: 'Notarization',
            serializationFormat: 'STRING',
          },
          data: fabricViewFromEndorsedTransaction(endorsed.getBytes()),
        },
      };
    } catch (error) {
      return {
        requestId,
        error: error instanceof WeftError ? error.describe() : describeGatewayError(error),
      };
    }
  };

  const answer = async (result: ViewAnswer) => {
    for (let attempt = 0; attempt < ANSWER_ATTEMPTS && !stopping; attempt++) {
      try {
        await unary(relay, 'SendDriverState', viewPayloadMessage(result), 10_000);
        log({
          event: 'answered',
          requestId: result.requestId,
          error: 'error' in result ? result.error : undefined,
        });
        return;
      } catch (error) {
        log({ event: 'answer-retry', requestId: result.requestId, error: describeError(error) });
        await new Promise((r) => setTimeout(r, backoffDelay(attempt, { initialMs: 100, maxMs: 3_000 })));
      }
    }
    // The relay asks again when it hears nothing: nothing is lost by giving up here.
    log({ event: 'answer-dropped', requestId: result.requestId });
  };

  const pump = () => {
    while (active < config.concurrency && queue.length > 0 && !stopping) {
      const query = queue.shift()!;
      active++;
      // The slot bounds work on the peers; sending the answer back holds none.
      void endorse(query).then((result) => {
        active--;
        pump();
        return answer(result);
      });
    }
  };

  const server = new grpc.Server({
    'grpc.max_receive_message_length': config.maxMessageBytes,
    'grpc.max_send_message_length': config.maxMessageBytes,
  });
  server.addService(serverDefinition('driver.driver.DriverCommunication'), {
    RequestDriverState: (
      call: grpc.ServerUnaryCall<Buffer, Message>,
      callback: grpc.sendUnaryData<Message>,
    ) => {
      try {
        if (!isOwnRelay(callerCertificate(call))) {
          throw new WeftError('UNAUTHENTICATED', `only the relay of ${config.networkId} may ask this driver`);
        }
        const query = decodeQuery(call.request);
        queue.push(query);
        pump();
        callback(null, { status: 0, request_id: query.requestId, message: '' });
      } catch (error) {
        log({ event: 'refused', error: describeError(error) });
        callback(toServiceError(error));
      }
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(
      `${config.host}:${config.port}`,
      serverCredentials({ cert, key }, [ca]),
      (error, bound) =>
        error
          ? reject(
              new WeftError(
                'PORT_IN_USE',
                `cannot listen on ${config.host}:${config.port}: ${error.message}`,
              ),
            )
          : resolve(bound),
    ),
  ).catch((error) => {
    connection.close();
    relay.close();
    throw error;
  });
  log({ event: 'started', network: config.networkId, port });
  return {
    port,
    async stop() {
      stopping = true;
      await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      relay.close();
      connection.close();
    },
  };
}
