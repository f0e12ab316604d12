import { parseArgs } from 'node:util';
import { WeftError } from '../common/errors.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ParsedCommand<T extends OptionSpec> {
  readonly values: { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string };
  readonly positionals: string[];
}

/** Parses a command's arguments strictly: unknown options and stray positionals are USAGE errors. */
export function parseCommand<T extends OptionSpec>(
  command: string,
  args: readonly string[],
  options: T,
  positionals = 0,
): ParsedCommand<T> {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) {
      throw new Error(`unexpected argument ${parsed.positionals[positionals]}`);
    }
    return parsed;
  } catch (error) {
    throw new WeftError('USAGE', `weft ${command}: ${(error as Error).message}`, { command });
  }
}
