import { WeftError } from '../../common/errors.js';
import { parseCommand } from '../args.js';
import { startExplorer } from '../explorer-server.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

/** `weft explorer [--port N] [--host H]`: serves the explorer page until interrupted. */
export async function explorerCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('explorer', args, {
    port: { type: 'string' },
    host: { type: 'string' },
    ...STATE_DIR_OPTION,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new WeftError('USAGE', 'weft explorer: --port is 0 (any free port) to 65535');
  }
  const explorer = await startExplorer({
    stateDir: stateDirFrom(values),
    port,
    ...(values.host ? { host: values.host } : {}),
  });
  console.log(`weft explorer: ${explorer.url}`);
  console.log("(the token in the address is the page's key to the API; Ctrl-C stops the explorer)");
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void explorer.stop().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
