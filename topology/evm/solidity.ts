/**
 * Compiles weft's Solidity contracts with solc-js (the compiler ships inside the npm package) and caches the
 * artefacts by compiler version, settings and the content of every source involved: a compile costs about a
 * second and 200 MB. Imports resolve beside the contract (`import "./X.sol"`) or from an npm package
 * (`import "@openzeppelin/contracts/..."`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import type { JsonFragment } from 'ethers';
import { WeftError } from '../../common/errors.js';
import { packageRoot } from '../../common/paths.js';

export interface CompiledContract {
  readonly abi: readonly JsonFragment[];
  /** Creation bytecode, 0x-prefixed. */
  readonly bytecode: string;
}

/** The oldest EVM the contracts must run on; solc's own default follows the newest fork. */
export const EVM_VERSION = 'cancun';

const OPTIMIZER = { enabled: true, runs: 200 };

interface SolcOutput {
  errors?: Array<{ severity: string; formattedMessage: string }>;
  contracts?: Record<string, Record<string, { abi: JsonFragment[]; evm: { bytecode: { object: string } } }>>;
}

interface Solc {
  version(): string;
  compile(
    input: string,
    callbacks?: { import(path: string): { contents: string } | { error: string } },
  ): string;
}

export const CONTRACTS_DIR = join(packageRoot(), 'contracts', 'evm');

const require = createRequire(import.meta.url);

/**
 * The file behind a solc source unit name: a file below contracts/evm when there is one, else an installed
 * npm package's file (`@scope/pkg/...` or `pkg/...`). Undefined for names that are not normalized paths.
 */
function sourceFile(unit: string): string | undefined {
  const normalized = posix.normalize(unit);
  if (normalized.startsWith('../') || normalized.startsWith('/') || normalized !== unit) return undefined;
  const segments = normalized.split('/');
  const local = join(CONTRACTS_DIR, ...segments);
  if (existsSync(local)) return local;
  const packageLength = segments[0]?.startsWith('@') ? 2 : 1;
  if (segments.length <= packageLength) return undefined;
  try {
    const packageDir = dirname(require.resolve(`${segments.slice(0, packageLength).join('/')}/package.json`));
    return join(packageDir, ...segments.slice(packageLength));
  } catch {
    return undefined;
  }
}

const IMPORT = /^\s*import\s+(?:[^;'"]*?\s+from\s+)?["']([^"']+)["']/gm;

/** The unit name an import statement of `importer` refers to, as solc resolves it. */
function importedUnit(importer: string, path: string): string {
  return path.startsWith('./') || path.startsWith('../')
    ? posix.normalize(posix.join(posix.dirname(importer), path))
    : path;
}

/** `unit` and everything it imports, transitively, by unit name; unreadable imports are left to solc. */
async function collectSources(unit: string, source: string): Promise<Map<string, string>> {
  const sources = new Map([[unit, source]]);
  const pending = [unit];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const match of sources.get(next)!.matchAll(IMPORT)) {
      const imported = importedUnit(next, match[1]!);
      const file = sourceFile(imported);
      if (sources.has(imported) || !file || !existsSync(file)) continue;
      sources.set(imported, await readFile(file, 'utf8'));
      pending.push(imported);
    }
  }
  return sources;
}

/**
 * Compiles `contracts/evm/<file>` (default `<name>.sol`) and returns contract `name` from it, cached below
 * `cacheDir`.
 */
export async function compileContract(
  name: string,
  cacheDir: string,
  file = `${name}.sol`,
): Promise<CompiledContract> {
  const source = await readFile(join(CONTRACTS_DIR, file), 'utf8');
  const sources = await collectSources(file, source);
  const solc = require('solc') as Solc;
  const settings = {
    evmVersion: EVM_VERSION,
    optimizer: OPTIMIZER,
    outputSelection: { [file]: { [name]: ['abi', 'evm.bytecode.object'] } },
  };
  const key = createHash('sha256')
    .update(JSON.stringify([solc.version(), settings, file, name, [...sources].sort()]))
    .digest('hex')
    .slice(0, 16);
  const cached = join(cacheDir, 'solc', `${name}-${key}.json`);
  if (existsSync(cached)) return JSON.parse(await readFile(cached, 'utf8')) as CompiledContract;

  const input = { language: 'Solidity', sources: { [file]: { content: source } }, settings };
  const output = JSON.parse(
    solc.compile(JSON.stringify(input), {
      // solc asks synchronously; everything reachable was read above, the disk is the fallback.
      import(unit) {
        const known = sources.get(unit);
        if (known !== undefined) return { contents: known };
        const path = sourceFile(unit);
        if (!path || !existsSync(path)) return { error: `source not found: ${unit}` };
        return { contents: readFileSync(path, 'utf8') };
      },
    }),
  ) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  const contract = output.contracts?.[file]?.[name];
  if (errors.length > 0 || !contract) {
    throw new WeftError('SOLIDITY_COMPILE_FAILED', `cannot compile ${file}`, {
      errors: errors.map((e) => e.formattedMessage).join('\n') || `no contract ${name} in ${file}`,
    });
  }
  const compiled: CompiledContract = { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
  await mkdir(join(cacheDir, 'solc'), { recursive: true });
  const temporary = `${cached}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(compiled));
  await rename(temporary, cached);
  return compiled;
}
