/**
 * `weft bench`: the benchmarks behind one command. Each runs as a process of its own (lab/bench/NAME.js,
 * what `npm run bench:NAME` runs), so that one benchmark's topology, connections and heap never weigh on
 * the next; each prints its figures beside the baselines of the same run.
 */
import { fileURLToPath } from 'node:url';
import { isWeftError, WeftError } from '../../common/errors.js';
import { runCommand } from '../../topology/command.js';
import { parseCommand } from '../args.js';

/** The benchmarks (what each measures: `weft bench --help`), in the order `all` runs them. */
export const BENCHMARKS = ['relay', 'evm', 'verify', 'topology'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

const isBenchmark = (name: string): name is BenchmarkName => (BENCHMARKS as readonly string[]).includes(name);

/**
 * runCommand bounds every command; a benchmark is given a day, since one killed at its bound would leave
 * its topology running. Ctrl-C stops a benchmark and what it started.
 */
const BENCHMARK_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/** Runs one benchmark, its progress passed on to stderr; resolves to what it printed on stdout. */
async function runBenchmark(name: BenchmarkName, json: boolean, passed: readonly string[]): Promise<string> {
  const script = fileURLToPath(new URL(`../../lab/bench/${name}.js`, import.meta.url));
  try {
    const { stdout } = await runCommand(process.execPath, [script, ...(json ? ['--json'] : []), ...passed], {
      timeoutMs: BENCHMARK_TIMEOUT_MS,
      onStderrLine: (line) => process.stderr.write(`${line}\n`),
    });
    return stdout;
  } catch (error) {
    if (!isWeftError(error, 'COMMAND_FAILED')) throw error;
    throw new WeftError(
      'COMMAND_FAILED',
      `weft bench ${name}: the benchmark exited with ${String(error.context.exit)}`,
      { benchmark: name },
      { cause: error },
    );
  }
}

/** A benchmark's JSON document. @throws {WeftError} COMMAND_FAILED when it printed something else */
function parsedFigures(name: BenchmarkName, stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    throw new WeftError('COMMAND_FAILED', `weft bench ${name}: it printed no JSON document`);
  }
}

/** `weft bench [NAME|all] [--json] [-- OPTIONS]`: OPTIONS after `--` go to the one benchmark named. */
export async function benchCommand(args: readonly string[]): Promise<void> {
  const split = args.indexOf('--');
  const own = split < 0 ? args : args.slice(0, split);
  const passed = split < 0 ? [] : args.slice(split + 1);
  const { values, positionals } = parseCommand('bench', own, { json: { type: 'boolean' } }, 1);
  const which = positionals[0] ?? 'relay';
  if (which !== 'all' && !isBenchmark(which)) {
    throw new WeftError('USAGE', `weft bench: no benchmark ${which}; one of ${BENCHMARKS.join(', ')} or all`);
  }
  if (which === 'all' && passed.length > 0) {
    throw new WeftError('USAGE', 'weft bench all: options after -- belong to one benchmark; name it');
  }
  const json = values.json ?? false;
  const names = which === 'all' ? BENCHMARKS : [which];
  const results: Record<string, unknown> = {};
  for (const name of names) {
    const stdout = await runBenchmark(name, json, passed);
    if (json) results[name] = parsedFigures(name, stdout);
    else process.stdout.write(names.length > 1 ? `\n# weft bench ${name}\n\n${stdout}` : stdout);
  }
  if (json) console.log(JSON.stringify(which === 'all' ? results : results[which], null, 2));
}
