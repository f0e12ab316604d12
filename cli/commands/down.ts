import { down } from '../../topology/launcher.js';
import { parseCommand } from '../args.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

export async function downCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('down', args, STATE_DIR_OPTION);
  const report = await down({ stateDir: stateDirFrom(values) });
  if (!report.wasUp) {
    console.log(`nothing to stop: no topology is running from ${report.stateDir}`);
    return;
  }
  for (const p of report.stopped) console.log(`${p.outcome.padEnd(11)} ${p.name} (pid ${p.pid})`);
  console.log(`topology down; removed ${report.stateDir}`);
}
