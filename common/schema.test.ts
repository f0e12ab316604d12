import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isWeftError } from './errors.js';
import { formatPath, parseWithSchema } from './schema.js';

const schema = z.strictObject({
  name: z.string().min(1),
  peers: z.array(z.strictObject({ address: z.string(), port: z.number().int() })),
});

describe('parseWithSchema', () => {
  it('returns the typed value', () => {
    expect(
      parseWithSchema(schema, { name: 'a', peers: [{ address: 'h', port: 1 }] }, 'f.yaml').peers[0]?.port,
    ).toBe(1);
  });

  it('reports every problem with its path, unknown keys included', () => {
    let caught: unknown;
    try {
      parseWithSchema(
        schema,
        { name: '', peers: [{ address: 'h', port: 1.5, prot: 2 }], extra: true },
        'f.yaml',
      );
    } catch (error) {
      caught = error;
    }
    if (!isWeftError(caught, 'CONFIG_INVALID')) throw new Error('expected CONFIG_INVALID');
    const problems = z.array(z.string()).parse(caught.context.problems);
    expect(problems).toHaveLength(4);
    expect(problems.some((p) => p.startsWith('name: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('peers[0].port: '))).toBe(true);
    expect(problems).toContain('peers[0].prot: unknown key');
    expect(problems).toContain('extra: unknown key');
  });

  it('formats paths with indices', () => {
    expect(formatPath(['a', 0, 'b', 12])).toBe('a[0].b[12]');
    expect(formatPath([])).toBe('');
  });
});
