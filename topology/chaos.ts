/**
 * Chaos on a running topology: cut one infrastructure's link, and restore it. The nodes there keep
 * running; the state records which links are cut so that `weft status` shows it.
 */
import { WeftError } from '../common/errors.js';
import { type InfrastructureState, setLink } from './infrastructures.js';
import { readState, writeState } from './state.js';

export type ChaosAction = 'isolate' | 'restore';

/**
 * Cuts (`isolate`) or restores an infrastructure of the topology in `stateDir`; returns it as it now is.
 *
 * @throws {WeftError} USAGE when no topology runs there, it is still starting, or it has no such infrastructure
 */
export async function chaos(options: {
  stateDir: string;
  action: ChaosAction;
  infrastructure: string;
}): Promise<InfrastructureState> {
  const state = await readState(options.stateDir);
  if (!state) {
    throw new WeftError('USAGE', `no topology is running from ${options.stateDir}`, {
      stateDir: options.stateDir,
    });
  }
  // `up` writes the whole state after every process it starts: a write here would race with it.
  if (state.status === 'starting') {
    throw new WeftError('USAGE', `the topology in ${options.stateDir} is still starting`, {
      stateDir: options.stateDir,
    });
  }
  const infrastructures = await setLink(
    state.infrastructures,
    options.infrastructure,
    options.action === 'restore',
  );
  await writeState(options.stateDir, { ...state, infrastructures });
  return infrastructures.members.find((m) => m.name === options.infrastructure)!;
}
