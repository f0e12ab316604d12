/**
 * `weft bench`: the benchmarks behind one command. Each runs as a process of its own (lab/bench/NAME.js,
 * what `npm run bench:NAME` runs), so that one benchmark's topology, connections and heap never weigh on
 * the next; each prints its figures beside the baselines of the same run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WeftError } from '../../common/errors.js';
import { parseCommand } from '../args.js';

/** The benchmarks (what each measures: `weft bench --help`), in the order `all` runs them. */
export const BENCHMARKS = ['relay', 'evm', 'verify', 'topology'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

const isBenchmark = (name: string): name is BenchmarkName => (BENCHMARKS as readonly string[]).includes(name);

/** Runs one benchmark; with `json`, resolves to what it printed on stdout, parsed. */
function runBenchmark(name: BenchmarkName, json: boolean, passed: readonly string[]): Promise<unknown> {
  const script = fileURLToPath(new URL(`../../lab/bench/${name}.js`, import.meta.url));
  const child = spawn(process.execPath, [script, ...(json ? ['--json'] : []), ...passed], {
    stdio: ['ignore', json ? 'pipe' : 'inherit', 'inherit'],
  });
  const out: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(new WeftError('COMMAND_FAILED', `weft bench ${name}: ${error.message}`, {}, { cause: error })),
    );
    child.once('close', (code, signal) => {
      if (code !== 0) {
        reject(
          new WeftError('COMMAND_FAILED', `weft bench ${name}: the benchmark exited with ${code ?? signal}`, {
            benchmark: name,
          }),
        );
        return;
      }
      if (!json) return resolve(undefined);
      const text = Buffer.concat(out).toString('utf8');
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new WeftError('COMMAND_FAILED', `weft bench ${name}: it printed no JSON document`));
      }
    });
  });
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
    if (!json && names.length > 1) process.stdout.write(`\n# weft bench ${name}\n\n`);
    results[name] = await runBenchmark(name, json, passed);
  }
  if (json) console.log(JSON.stringify(which === 'all' ? results : results[which], null, 2));
}
