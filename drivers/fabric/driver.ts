/**
 * The Fabric driver of one network (drivers/service.ts serves its relay). For each query it asks the
 * network's interop chaincode through one long-lived Gateway connection, gathering endorsements from the
 * orgs the requester's policy names (endorsed, never submitted: a read leaves no transaction), and answers
 * with the endorsed result as a Fabric view.
 */
import { z } from 'zod';
import { endpointSchema, filePath, mapping, parseConfig, text } from '../../common/config.js';
import { WeftError } from '../../common/errors.js';
import { isFabricView } from '../../ledgers/fabric/address.js';
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
import { fabricWireView } from './view.js';

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

  const endorse = async (query: AddressedQuery): Promise<WireView> => {
    const { view } = query.parsedAddress;
    if (!isFabricView(view)) throw new WeftError('REQUEST_INVALID', `${query.address} is not a Fabric view`);
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
    return fabricWireView(endorsed.getBytes());
  };

  return startDriverService(config, endorse, {
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
