/**
 * Reading the configuration files of long-running services (relay, driver): YAML or JSON in, typed objects
 * out, every problem reported with its path, file paths resolved against the file's folder.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { WeftError } from './errors.js';

export interface Endpoint {
  /** host:port */
  readonly address: string;
  /** Name the remote certificate is checked against (connections go to an IP address). */
  readonly serverName: string;
}

export class ConfigReader {
  readonly problems: string[] = [];
  constructor(private readonly base: string) {}

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.problems.push(`${path}: expected a mapping`);
    return {};
  }

  string(o: Record<string, unknown>, key: string, path: string, pattern?: RegExp): string {
    const value = o[key];
    if (typeof value !== 'string' || value.length === 0 || (pattern && !pattern.test(value))) {
      this.problems.push(`${path}.${key}: expected ${pattern ? `a string matching ${pattern}` : 'a string'}`);
      return '';
    }
    return value;
  }

  file(o: Record<string, unknown>, key: string, path: string): string {
    const value = this.string(o, key, path);
    return value && resolve(this.base, value);
  }

  integer(
    o: Record<string, unknown>,
    key: string,
    path: string,
    min: number,
    max: number,
    fallback?: number,
  ) {
    const value = o[key] ?? fallback;
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      this.problems.push(`${path}.${key}: expected an integer from ${min} to ${max}`);
      return min;
    }
    return value as number;
  }

  /** Throws one CONFIG_INVALID error listing every problem found. */
  done(source: string): void {
    if (this.problems.length > 0) {
      throw new WeftError('CONFIG_INVALID', `${source}: ${this.problems.join('; ')}`, {
        source,
        problems: this.problems,
      });
    }
  }

  endpoint(o: Record<string, unknown>, path: string): Endpoint {
    return {
      address: this.string(o, 'address', path, /^[A-Za-z0-9.[\]:-]+:\d{1,5}$/),
      serverName: this.string(o, 'serverName', path, /^[A-Za-z0-9.-]+$/),
    };
  }
}

export async function loadConfigFile<T>(
  file: string,
  parseConfig: (value: unknown, source: string, baseDir: string) => T,
): Promise<T> {
  let value: unknown;
  try {
    value = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new WeftError(
      'CONFIG_INVALID',
      `cannot read ${file}: ${(error as Error).message}`,
      { file },
      { cause: error },
    );
  }
  return parseConfig(value, file, dirname(file));
}
