import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarGz } from './tar.js';

describe('tarGz', () => {
  const files = [
    { name: 'metadata.json', content: '{"type":"ccaas","label":"assets_1"}' },
    { name: 'code.tar.gz', content: Buffer.alloc(1500, 7) },
  ];

  it('writes an archive that tar reads back byte for byte', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'weft-tar-')), 'pkg.tgz');
    await writeFile(file, tarGz(files));
    expect(execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
      'metadata.json',
      'code.tar.gz',
    ]);
    for (const { name, content } of files) {
      expect(execFileSync('tar', ['-xzOf', file, name])).toEqual(Buffer.from(content));
    }
  });

  it('is deterministic, so a package ID is reproducible', () => {
    expect(tarGz(files).equals(tarGz(files))).toBe(true);
  });

  it('refuses names that do not fit a ustar header', () => {
    expect(() => tarGz([{ name: 'x'.repeat(101), content: '' }])).toThrow(RangeError);
  });
});
