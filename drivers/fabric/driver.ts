/**
 * The Fabric driver of one network (drivers/service.ts serves its relay). For each query it asks the
 * network's interop chaincode through one long-lived Gateway connection, gathering endorsements from the
 * orgs the requester's policy names (endorsed, never submitted: a read leaves no transaction), and answers
 * with the endorsed result as a Fabric view.
 */
import { z } from 'zod';
import { endpointSchema, filePath, integer, mapping, parseConfig, text } from '../../common/config.js';
import { WeftError } from '../../common/errors.js';
import { type FabricView, isFabricView } from '../../ledgers/fabric/address.js';
import { batchQueryBytes } from '../../ledgers/fabric/batch.js';
import { MAX_BATCH } from '../../proofs/batch.js';
import type { AddressedQuery, WireView } from '../../transport/edge.js';
import {
  type DriverLog,
  type DriverService,
  driverServiceFields,
  readFiles,
  startDriverService,
} from '../service.js';
import { createFabricEventSource } from './events.js';
import { connectFabricGateway, describeGatewayError } from './gateway.js';
import { fabricBatchViews, fabricWireView } from './view.js';

/** Paths in the file are relative to `baseDir`, the file's folder. */
export function fabricDriverConfigSchema(baseDir: string) {
  return mapping({
    ledger: z.literal('fabric', { error: 'expected "fabric"' }),
    ...driverServiceFields(baseDir),
    fabric: mapping({
      channel: text(),
      interopChaincode: text(),
      mspId: text(),
      peer: endpointSchema.extend({ tlsCaFile: filePath(baseDir) }),
      identity: mapping({ certFile: filePath(baseDir), keyFile: filePath(baseDir) }),
      /**
       * The batch form (proofs/batch.ts): requests that may share an endorsement and arrive while `slots`
       * endorsements of their kind are under way go out together, at most `maxRequests` at a time
       * (1: every request alone).
       */
      batch: mapping({
        maxRequests: integer(1, MAX_BATCH).default(MAX_BATCH),
        slots: integer(1, 64).default(2),
      }).default({ maxRequests: MAX_BATCH, slots: 2 }),
    }),
  });
}

export type FabricDriverConfig = z.output<ReturnType<typeof fabricDriverConfigSchema>>;
export type FabricDriverConfigFile = z.input<ReturnType<typeof fabricDriverConfigSchema>>;

export function parseFabricDriverConfig(value: unknown, source: string, baseDir: string): FabricDriverConfig {
  return parseConfig(fabricDriverConfigSchema, value, source, baseDir);
}

export type FabricDriver = DriverService;

export async function startFabricDriver(
  config: FabricDriverConfig,
  options: { log?: DriverLog } = {},
): Promise<FabricDriver> {
  const [peerCa, idCert, idKey] = (await readFiles([
    config.fabric.peer.tlsCaFile,
    config.fabric.identity.certFile,
    config.fabric.identity.keyFile,
  ])) as [Buffer, Buffer, Buffer];
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

  const viewOf = (query: AddressedQuery): FabricView => {
    const { view } = query.parsedAddress;
    if (!isFabricView(view)) throw new WeftError('REQUEST_INVALID', `${query.address} is not a Fabric view`);
    if (view.channel !== config.fabric.channel) {
      throw new WeftError(
        'REQUEST_INVALID',
        `this driver reads channel ${config.fabric.channel}, not ${view.channel}`,
      );
    }
    return view;
  };
  const endorsers = (query: AddressedQuery) =>
    query.policy.length > 0 ? { endorsingOrganizations: [...query.policy] } : {};

  const one = async (query: AddressedQuery): Promise<WireView> => {
    viewOf(query);
    const proposal = contract.newProposal('Query', {
      arguments: [
        query.address,
        query.nonce,
        query.requestingNetwork,
        query.certificate,
        query.signature,
        String(query.confidential),
      ],
      ...endorsers(query),
    });
    const endorsed = await proposal.endorse();
    return fabricWireView(endorsed.getBytes());
  };

  /** Requests of one kind (keyOf): one view, one requesting network, the same endorsing orgs. */
  const many = async (queries: readonly AddressedQuery[]): Promise<WireView[]> => {
    const first = queries[0]!;
    viewOf(first);
    const requests = queries.map((q) => ({
      nonce: q.nonce,
      certificate: q.certificate,
      signature: q.signature,
    }));
    const proposal = contract.newProposal('QueryBatch', {
      arguments: [
        first.address,
        first.requestingNetwork,
        Buffer.from(batchQueryBytes(requests)).toString('base64'),
      ],
      ...endorsers(first),
    });
    const endorsed = await proposal.endorse();
    return fabricBatchViews(
      endorsed.getBytes(),
      endorsed.getResult(),
      proposal.getTransactionId(),
      first.address,
      requests,
    );
  };

  const { maxRequests, slots } = config.fabric.batch;
  return startDriverService(config, one, {
    batch: {
      // A confidential view is sealed to its requester alone; a requester that did not say it verifies the
      // batch form (Weaver's) gets the single form.
      keyOf: (q) =>
        q.batchable && !q.confidential
          ? JSON.stringify([q.address, q.requestingNetwork, [...q.policy].sort()])
          : undefined,
      maxBatch: maxRequests,
      slots,
      many,
    },
    ...(options.log ? { log: options.log } : {}),
    describe: describeGatewayError,
    events: createFabricEventSource(
      connection.gateway.getNetwork(config.fabric.channel),
      config.fabric.channel,
      config.fabric.interopChaincode,
    ),
    ledgerReady: () => connection.connected(1_500),
    close: () => connection.close(),
  });
}
