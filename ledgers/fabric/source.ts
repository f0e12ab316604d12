/** The Fabric source: its driver (drivers/fabric/), which has views endorsed through the Gateway. */
import type { DriverConfig } from '../../drivers/config.js';
import { type FabricDriverConfig, startFabricDriver } from '../../drivers/fabric/driver.js';
import type { DriverLog, DriverService } from '../../drivers/service.js';
import { owned } from '../owned.js';

const isFabricDriver = (config: DriverConfig): config is FabricDriverConfig => config.ledger === 'fabric';

export const startSource: (config: DriverConfig, options: { log: DriverLog }) => Promise<DriverService> =
  owned('fabric', isFabricDriver, startFabricDriver);
