/**
 * A driver's configuration file names the ledger its driver reads (`ledger: fabric` or `ledger: evm`); the
 * rest of the file is that driver's.
 */
import { z } from 'zod';
import { loadConfig, parseConfig } from '../common/config.js';
import { evmDriverConfigSchema } from './evm/driver.js';
import { fabricDriverConfigSchema } from './fabric/driver.js';

/** Paths in the file are relative to `baseDir`, the file's folder. */
export function driverConfigSchema(baseDir: string) {
  return z.discriminatedUnion('ledger', [fabricDriverConfigSchema(baseDir), evmDriverConfigSchema(baseDir)], {
    error: (issue) => {
      if (issue.code === 'invalid_union') return 'expected "fabric" or "evm": the ledger the driver reads';
      if (issue.code === 'invalid_type') return 'expected a mapping';
      return undefined;
    },
  });
}

export type DriverConfig = z.output<ReturnType<typeof driverConfigSchema>>;
export type DriverKind = DriverConfig['ledger'];

export function parseDriverConfig(value: unknown, source: string, baseDir: string): DriverConfig {
  return parseConfig(driverConfigSchema, value, source, baseDir);
}

export function loadDriverConfig(file: string): Promise<DriverConfig> {
  return loadConfig(file, driverConfigSchema);
}
