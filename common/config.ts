/**
 * The configuration files of long-running services (relay, driver, attestor): YAML or JSON in, checked once
 * against the service's zod schema, a typed object out; every problem is reported with its path
 * (common/schema.ts) and unknown keys are refused. Paths in a file are relative to the file's folder, so a
 * schema with file fields is made for that folder (`(baseDir) => schema`).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { describeError, WeftError } from './errors.js';
import { parseWithSchema } from './schema.js';

/** A schema, or one made for the folder that a file's relative paths start from. */
export type ConfigSchema<S extends z.ZodType = z.ZodType> = S | ((baseDir: string) => S);

/** A non-empty string, matching `pattern` when one is given. */
export function text(pattern?: RegExp) {
  const error = pattern ? `expected a string matching ${pattern}` : 'expected a string';
  const nonEmpty = z.string({ error }).min(1, { error });
  return pattern ? nonEmpty.regex(pattern, { error }) : nonEmpty;
}

/** An integer from `min` to `max`; one problem whatever is wrong with it. */
export function integer(min: number, max: number) {
  const error = `expected an integer from ${min} to ${max}`;
  return z.number({ error }).refine((n) => Number.isInteger(n) && n >= min && n <= max, { error });
}

export const port = () => integer(0, 65535);

export const httpUrl = () => text(/^https?:\/\/\S+$/);

/** A file named relative to `baseDir`; the value is its absolute path. */
export function filePath(baseDir: string) {
  return text().transform((file) => resolve(baseDir, file));
}

/** A mapping of exactly these keys. */
export function mapping<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? 'expected a mapping' : undefined),
  });
}

/** Where a service binds; loopback unless told otherwise. */
export const host = () => z.string({ error: 'expected a string' }).default('127.0.0.1');

const ADDRESS = /^[A-Za-z0-9.[\]:-]+:\d{1,5}$/;
const IPV4_ADDRESS = /^(?:[0-9]{1,3}\.){3}[0-9]{1,3}:\d{1,5}$/;

export const endpointSchema = mapping({
  /** host:port */
  address: text(ADDRESS),
  /**
   * Further addresses of the same service (its replicas, host:port with an IPv4 address, as `address` then
   * must be): a channel connects to the first that answers and moves on to the next when it drops.
   */
  failover: z.array(text(IPV4_ADDRESS), { error: 'expected a list' }).max(7).optional(),
  /** Name the remote certificate is checked against (connections go to an IP address). */
  serverName: text(/^[A-Za-z0-9.-]+$/),
}).superRefine((endpoint, ctx) => {
  if (endpoint.failover?.length && !IPV4_ADDRESS.test(endpoint.address)) {
    ctx.addIssue({
      code: 'custom',
      path: ['address'],
      message: 'expected an IPv4 address and port: the endpoint has failover addresses',
    });
  }
});

export type Endpoint = z.output<typeof endpointSchema>;

/** A service's TLS identity and the CA its peers' certificates are checked against. */
export function tlsFilesSchema(baseDir: string) {
  return mapping({ certFile: filePath(baseDir), keyFile: filePath(baseDir), caFile: filePath(baseDir) });
}

function schemaFor<S extends z.ZodType>(schema: ConfigSchema<S>, baseDir: string): S {
  return typeof schema === 'function' ? schema(baseDir) : schema;
}

/**
 * Checks a configuration document; relative paths start from `baseDir`.
 *
 * @throws {WeftError} CONFIG_INVALID listing every problem.
 */
export function parseConfig<S extends z.ZodType>(
  schema: ConfigSchema<S>,
  value: unknown,
  source: string,
  baseDir: string,
): z.output<S> {
  return parseWithSchema(schemaFor(schema, baseDir), value, source);
}

/** Reads a configuration file (YAML or JSON) and checks it; paths in it are relative to its folder. */
export function loadConfig<S extends z.ZodType>(file: string, schema: ConfigSchema<S>): Promise<z.output<S>> {
  return loadConfigFile(file, (value, source, baseDir) => parseConfig(schema, value, source, baseDir));
}

export async function loadConfigFile<T>(
  file: string,
  parse: (value: unknown, source: string, baseDir: string) => T,
): Promise<T> {
  let value: unknown;
  try {
    value = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new WeftError(
      'CONFIG_INVALID',
      `cannot read ${file}: ${describeError(error)}`,
      { file },
      { cause: error },
    );
  }
  return parse(value, file, dirname(file));
}

/** Where a service's operations endpoint listens (operations/server.ts): port 0 picks a free one. */
export function operationsSchema(baseDir: string) {
  return mapping({
    host: host(),
    port: integer(0, 65_535),
    /** Where the port it listens on is written (for port 0). */
    portFile: filePath(baseDir).optional(),
  });
}
