import { WeftError } from '../../common/errors.js';
import { chaos } from '../../topology/chaos.js';
import { parseCommand } from '../args.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

export async function chaosCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommand('chaos', args, STATE_DIR_OPTION, 2);
  const [action, infrastructure] = positionals;
  if ((action !== 'isolate' && action !== 'restore') || !infrastructure) {
    throw new WeftError('USAGE', 'weft chaos: expected isolate INFRA or restore INFRA', { action });
  }
  const member = await chaos({ stateDir: stateDirFrom(values), action, infrastructure });
  console.log(
    `${member.name} (${member.ip}, namespace ${member.namespace}): link ${member.isolated ? 'cut' : 'restored'}`,
  );
}
