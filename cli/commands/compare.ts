import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { WeftError } from '../../common/errors.js';
import { compareModes } from '../../lab/compare/compare.js';
import { markdownReport, svgReport } from '../../lab/compare/report.js';
import { readState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

function count(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new WeftError('USAGE', `weft compare: --${name} must be an integer from 1 to 10000`);
  }
  return n;
}

/**
 * The three integration modes side by side on the running topology: the same workload measured through
 * each, and five attacks carried out against each; a Markdown report (or JSON), and an SVG chart with --svg.
 */
export async function compareCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('compare', args, {
    json: { type: 'boolean' },
    svg: { type: 'string' },
    reads: { type: 'string' },
    writes: { type: 'string' },
    ...STATE_DIR_OPTION,
  });
  const stateDir = stateDirFrom(values);
  const state = await readState(stateDir);
  if (state?.status !== 'running') {
    throw new WeftError('USAGE', `no topology is running from ${stateDir}; start one with \`weft up\``);
  }
  if (state.networks.length < 2)
    throw new WeftError('USAGE', 'weft compare needs a topology of two networks or more');
  const result = await compareModes(state, {
    reads: count('reads', values.reads, 20),
    writes: count('writes', values.writes, 3),
    concurrency: 8,
    workDir: join(stateDir, 'compare'),
    progress: (message) => process.stderr.write(`· ${message}\n`),
  });
  if (values.svg) {
    await writeFile(resolve(values.svg), svgReport(result));
    process.stderr.write(`chart written to ${resolve(values.svg)}\n`);
  }
  if (values.json) {
    console.log(JSON.stringify(result, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
    return;
  }
  console.log(markdownReport(result));
}
