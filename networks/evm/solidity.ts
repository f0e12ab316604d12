/**
 * Compiles weft's Solidity contracts with solc-js (the compiler ships inside the npm package) and caches the
 * artefacts by compiler version, settings and source hash: a compile costs about a second and 200 MB.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { WeftError } from '../../common/errors.js';
import { packageRoot } from '../../common/paths.js';

export interface CompiledContract {
  readonly abi: readonly unknown[];
  /** Creation bytecode, 0x-prefixed. */
  readonly bytecode: string;
}

/** The oldest EVM the contracts must run on; solc's own default follows the newest fork. */
export const EVM_VERSION = 'cancun';

const SETTINGS = {
  evmVersion: EVM_VERSION,
  optimizer: { enabled: true, runs: 200 },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

interface SolcOutput {
  errors?: Array<{ severity: string; formattedMessage: string }>;
  contracts?: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>;
}

export const CONTRACTS_DIR = join(packageRoot(), 'contracts', 'evm');

/** Compiles `contracts/evm/<name>.sol` and returns contract `name` from it, cached below `cacheDir`. */
export async function compileContract(name: string, cacheDir: string): Promise<CompiledContract> {
  const file = `${name}.sol`;
  const source = await readFile(join(CONTRACTS_DIR, file), 'utf8');
  const solc = createRequire(import.meta.url)('solc') as {
    version(): string;
    compile(input: string): string;
  };
  const key = createHash('sha256')
    .update(JSON.stringify([solc.version(), SETTINGS, file, source]))
    .digest('hex')
    .slice(0, 16);
  const cached = join(cacheDir, 'solc', `${name}-${key}.json`);
  if (existsSync(cached)) return JSON.parse(await readFile(cached, 'utf8')) as CompiledContract;

  const input = { language: 'Solidity', sources: { [file]: { content: source } }, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as SolcOutput;
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
