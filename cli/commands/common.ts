import { defaultStateDir } from '../../common/paths.js';
import type { ProgressEvent } from '../../topology/launch-context.js';
import { seconds } from '../format.js';

export const STATE_DIR_OPTION = { 'state-dir': { type: 'string' } } as const;

export function stateDirFrom(values: { 'state-dir'?: string | undefined }): string {
  return values['state-dir'] ?? defaultStateDir();
}

/** Progress lines on stderr, so that stdout carries only results (and --json stays parseable). */
export function printProgress(event: ProgressEvent): void {
  const where = event.network ? `${event.network}: ` : '';
  const took = event.elapsedMs === undefined ? '' : ` (${seconds(event.elapsedMs)})`;
  const mark = event.elapsedMs === undefined ? '·' : '✓';
  process.stderr.write(`${mark} ${where}${event.message}${took}\n`);
}

/** Cancels a long-running command on Ctrl-C; the command then cleans up what it started. */
export function cancelOnInterrupt(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\ninterrupted: stopping what was started...\n');
    controller.abort();
  });
  return controller.signal;
}
