/**
 * The Fabric source: its driver (drivers/fabric/), which has views endorsed through the Gateway, and the
 * single-API party's reads of its own peer (an evaluation with its own identity, never submitted).
 */
import { WeftError } from '../../common/errors.js';
import type { DriverConfig } from '../../drivers/config.js';
import { type FabricDriverConfig, startFabricDriver } from '../../drivers/fabric/driver.js';
import { connectFabricGateway } from '../../drivers/fabric/gateway.js';
import type { DriverLog, DriverService } from '../../drivers/service.js';
import type { FabricLedgerConfig, SingleApiLedgerConfig } from '../../modes/single-api/config.js';
import {
  configError,
  fabricFailure,
  type LedgerReader,
  readIdentityFile,
} from '../../modes/single-api/ledger.js';
import { owned } from '../owned.js';
import { isFabricView } from './address.js';
import { INTEROP_CHAINCODE } from './index.js';

const isFabricDriver = (config: DriverConfig): config is FabricDriverConfig => config.ledger === 'fabric';

export const startSource: (config: DriverConfig, options: { log: DriverLog }) => Promise<DriverService> =
  owned('fabric', isFabricDriver, startFabricDriver);

async function openFabricReader(config: FabricLedgerConfig): Promise<LedgerReader> {
  const [tlsCa, certificate, key] = await Promise.all([
    readIdentityFile(config.tlsCaFile, 'peer TLS CA'),
    readIdentityFile(config.certFile, 'certificate'),
    readIdentityFile(config.keyFile, 'private key'),
  ]);
  let connection: ReturnType<typeof connectFabricGateway>;
  try {
    connection = connectFabricGateway({
      address: config.peerEndpoint,
      serverName: config.peerHostAlias,
      tlsCa,
      mspId: config.mspId,
      certificate,
      key,
    });
  } catch (error) {
    throw configError('cannot use the Fabric identity', error);
  }
  const network = connection.gateway.getNetwork(config.channel);
  return {
    refuses(view) {
      if (!isFabricView(view)) return 'this service reads Fabric views';
      if (view.channel !== config.channel) return `this service reads channel ${config.channel}`;
      // As in the consensus mode, views are of applications, not of the interop chaincode itself.
      if (view.chaincode === INTEROP_CHAINCODE) return 'no views of the interop chaincode';
      return undefined;
    },
    async read(view, timeoutMs) {
      if (!isFabricView(view)) throw new WeftError('NOT_FOUND', 'this network has no EVM views');
      try {
        return await network
          .getContract(view.chaincode)
          .newProposal(view.function, { arguments: [...view.args] })
          .evaluate({ deadline: Date.now() + timeoutMs });
      } catch (error) {
        throw fabricFailure(error, timeoutMs);
      }
    },
    ready: () => connection.connected(1_500),
    close: () => connection.close(),
  };
}

const isFabricLedger = (config: SingleApiLedgerConfig): config is FabricLedgerConfig =>
  config.kind === 'fabric';

/** @throws {WeftError} CONFIG_INVALID when the identity files cannot be read or used. */
export const openPartyReader: (config: SingleApiLedgerConfig) => Promise<LedgerReader> = owned(
  'fabric',
  isFabricLedger,
  openFabricReader,
);
