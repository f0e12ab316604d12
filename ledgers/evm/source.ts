/** The EVM source: its driver (drivers/evm/driver.ts), which has views attested by the orgs' attestors. */
import type { DriverConfig } from '../../drivers/config.js';
import { type EvmDriverConfig, startEvmDriver } from '../../drivers/evm/driver.js';
import type { DriverLog, DriverService } from '../../drivers/service.js';
import { owned } from '../owned.js';

const isEvmDriver = (config: DriverConfig): config is EvmDriverConfig => config.ledger === 'evm';

export const startSource: (config: DriverConfig, options: { log: DriverLog }) => Promise<DriverService> =
  owned('evm', isEvmDriver, startEvmDriver);
