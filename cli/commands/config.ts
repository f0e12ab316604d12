/**
 * `weft config check KIND FILE`: reads a configuration file as the service (or `weft up`) that uses it
 * would, and starts nothing. Prints `ok`, or fails with every problem and its path.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WeftError } from '../../common/errors.js';
import { loadDriverConfig } from '../../drivers/config.js';
import { loadAttestorConfig } from '../../drivers/evm/attestor.js';
import { loadSingleApiConfig } from '../../modes/single-api/config.js';
import { loadRelayConfig } from '../../relay/config.js';
import { loadTopology } from '../../topology/topology.js';
import { parseCommand } from '../args.js';

/** Each kind of file, read by the loader its reader starts from. */
const KINDS: Readonly<Record<string, (file: string) => Promise<unknown>>> = {
  relay: loadRelayConfig,
  driver: loadDriverConfig,
  attestor: loadAttestorConfig,
  topology: loadTopology,
  'single-api': loadSingleApiConfig,
};

export async function configCommand(args: readonly string[]): Promise<void> {
  const { positionals } = parseCommand('config', args, {}, 3);
  const [action, kind, file] = positionals;
  if (action !== 'check') throw new WeftError('USAGE', 'weft config: expected `check`');
  const kinds = Object.keys(KINDS).join(', ');
  if (kind === undefined || file === undefined) {
    throw new WeftError('USAGE', `weft config check: expected a KIND (${kinds}) and a FILE`);
  }
  const load = KINDS[kind];
  if (!load)
    throw new WeftError('USAGE', `weft config check: unknown kind ${JSON.stringify(kind)} (${kinds})`);
  const path = resolve(file);
  const isFile = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) throw new WeftError('USAGE', `weft config check: no such file ${path}`, { file: path });
  await load(path);
  process.stdout.write('ok\n');
}
