/**
 * Validating untrusted structured input (configuration files, HTTP bodies) against a zod schema: one typed
 * value out, or one WeftError listing every problem with its path (`relay.peers[1].address: ...`). Schemas are
 * strict objects, so a misspelt key is a problem rather than a silently ignored default.
 */
import type { z } from 'zod';
import { type ErrorCode, WeftError } from './errors.js';

export interface SchemaProblem {
  /** Dotted path with array indices, e.g. `peers[1].address`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out.length === 0 ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Every problem zod found, one line each; unknown keys are reported one by one, at their own path. */
export function schemaProblems(error: z.core.$ZodError): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...issue.path, key]), message: 'unknown key' });
      }
    } else {
      problems.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return problems;
}

/**
 * Parses `value` with `schema`.
 *
 * @throws {WeftError} `code` (CONFIG_INVALID unless told otherwise) with `context.problems`, every problem found.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: string,
  code: ErrorCode = 'CONFIG_INVALID',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = schemaProblems(result.error);
  const lines = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  throw new WeftError(code, `${source}: ${lines.join('; ')}`, { source, problems: lines });
}
