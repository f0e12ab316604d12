/**
 * `weft relay start`, `weft driver start`, `weft attestor start` and `weft api start`: one long-lived service, stopped by SIGTERM
 * or SIGINT. A driver's configuration names the ledger it reads (`ledger: fabric` or `ledger: evm`).
 */
import { resolve } from 'node:path';
import { WeftError } from '../../common/errors.js';
import { loadDriverConfig } from '../../drivers/config.js';
import { loadAttestorConfig, startAttestor } from '../../drivers/evm/attestor.js';
import { ledgerOf } from '../../ledgers/registry.js';
import { loadSingleApiConfig } from '../../modes/single-api/config.js';
import { startSingleApiServer } from '../../modes/single-api/server.js';
import { type ServiceLog, serviceLog } from '../../operations/log.js';
import { loadRelayConfig } from '../../relay/config.js';
import { startRelay } from '../../relay/relay.js';
import { parseCommand } from '../args.js';

/** One JSON object per line on stdout (pino): time, level, service, event, request id and details. */
let logLine: ServiceLog = serviceLog('weft');

async function serveUntilSignalled(service: { stop(): Promise<void> }): Promise<void> {
  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      logLine({ event: 'stopping', signal });
      service.stop().then(done, done);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  logLine({ event: 'stopped' });
}

function configFile(command: string, args: readonly string[]): string {
  const { values, positionals } = parseCommand(command, args, { config: { type: 'string' } }, 1);
  if (positionals[0] !== 'start') throw new WeftError('USAGE', `weft ${command}: expected \`start\``);
  if (!values.config) throw new WeftError('USAGE', `weft ${command} start: --config FILE is required`);
  return resolve(values.config);
}

export async function relayCommand(args: readonly string[]): Promise<void> {
  const config = await loadRelayConfig(configFile('relay', args));
  logLine = serviceLog(`relay-${config.networkId}`);
  const relay = await startRelay(config, { log: logLine });
  await serveUntilSignalled(relay);
}

/** The driver of the ledger kind the configuration names, started by that kind's source facet. */
export async function driverCommand(args: readonly string[]): Promise<void> {
  const config = await loadDriverConfig(configFile('driver', args));
  logLine = serviceLog(`driver-${config.networkId}`);
  const { startSource } = await ledgerOf(config.ledger).source();
  await serveUntilSignalled(await startSource(config, { log: logLine }));
}

export async function attestorCommand(args: readonly string[]): Promise<void> {
  const config = await loadAttestorConfig(configFile('attestor', args));
  logLine = serviceLog(`attestor-${config.networkId}-${config.org}`);
  const attestor = await startAttestor(config, { log: logLine });
  await serveUntilSignalled(attestor);
}

/** The single-API mode's REST service of one party (modes/single-api/). */
export async function apiCommand(args: readonly string[]): Promise<void> {
  const server = await startSingleApiServer(await loadSingleApiConfig(configFile('api', args)));
  logLine({ event: 'started', url: server.url });
  await serveUntilSignalled(server);
}
