/**
 * The EVM source: its driver (drivers/evm/driver.ts), which has views attested by the orgs' attestors, and
 * the single-API party's reads of its own node (`eth_call`, `eth_getStorageAt`).
 */
import { getBytes, hexlify, isCallException } from 'ethers';
import { describeError, isWeftError, WeftError } from '../../common/errors.js';
import type { DriverConfig } from '../../drivers/config.js';
import { type EvmDriverConfig, startEvmDriver } from '../../drivers/evm/driver.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import type { DriverLog, DriverService } from '../../drivers/service.js';
import type { EvmLedgerConfig, SingleApiLedgerConfig } from '../../modes/single-api/config.js';
import { type LedgerReader, withDeadline } from '../../modes/single-api/ledger.js';
import { owned } from '../owned.js';
import { isEvmView } from './address.js';
import { evmCallData } from './call.js';

const isEvmDriver = (config: DriverConfig): config is EvmDriverConfig => config.ledger === 'evm';

export const startSource: (config: DriverConfig, options: { log: DriverLog }) => Promise<DriverService> =
  owned('evm', isEvmDriver, startEvmDriver);

function openEvmReader(config: EvmLedgerConfig): LedgerReader {
  const provider = evmProvider(config.rpcUrl, BigInt(config.chainId));
  return {
    refuses(view) {
      if (!isEvmView(view)) return 'this service reads EVM views';
      if (view.chainId !== BigInt(config.chainId)) return `this service reads chain ${config.chainId}`;
      return undefined;
    },
    async read(view, timeoutMs) {
      if (!isEvmView(view)) throw new WeftError('NOT_FOUND', 'this network has no Fabric views');
      if (view.kind === 'log')
        throw new WeftError('REQUEST_INVALID', 'a log stream is subscribed to, not read');
      let result: string;
      try {
        result = await withDeadline(
          view.kind === 'call'
            ? provider.call({ to: view.contract, data: hexlify(evmCallData(view)) })
            : provider.getStorage(view.contract, view.slot),
          timeoutMs,
          'the node',
        );
      } catch (error) {
        if (isWeftError(error)) throw error;
        if (isCallException(error)) {
          throw new WeftError('NOT_FOUND', `the call reverted: ${error.shortMessage}`, {
            data: error.data ?? undefined,
          });
        }
        throw new WeftError(
          'LEDGER_CALL_FAILED',
          `the node failed: ${describeError(error)}`,
          {},
          { cause: error },
        );
      }
      if (result === '0x')
        throw new WeftError('NOT_FOUND', 'the call returned nothing: no contract answers it');
      return getBytes(result);
    },
    ready: () =>
      withDeadline(provider.getBlockNumber(), 1_500, 'the node').then(
        () => undefined,
        (error: unknown) => `${config.rpcUrl} does not answer: ${describeError(error)}`,
      ),
    close: () => provider.destroy(),
  };
}

const isEvmLedger = (config: SingleApiLedgerConfig): config is EvmLedgerConfig => config.kind === 'evm';

export const openPartyReader: (config: SingleApiLedgerConfig) => Promise<LedgerReader> = owned(
  'evm',
  isEvmLedger,
  async (config) => openEvmReader(config),
);
