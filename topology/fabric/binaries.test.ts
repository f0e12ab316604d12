import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureFabric, FABRIC, fabricInstallDir, findFabric } from './binaries.js';

describe('Fabric binaries', () => {
  it('fails with GO_MISSING and writes nothing when Go is not on PATH', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'weft-cache-'));
    const emptyBin = await mkdtemp(join(tmpdir(), 'weft-nogo-'));
    await expect(ensureFabric({ cacheDir, env: { PATH: emptyBin } })).rejects.toMatchObject({
      code: 'GO_MISSING',
      message: expect.stringContaining('"go" was not found on PATH'),
    });
    expect(existsSync(join(cacheDir, 'fabric'))).toBe(false);
  });

  it('trusts only a complete install, never a folder a crashed build left', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'weft-cache-'));
    const dir = fabricInstallDir(cacheDir);
    await mkdir(join(dir, 'bin'), { recursive: true });
    expect(findFabric(cacheDir)).toBeUndefined();
    await writeFile(join(dir, '.complete'), FABRIC.pseudoVersion);
    expect(findFabric(cacheDir)?.bin('peer')).toBe(join(dir, 'bin', 'peer'));
  });

  it('does not leave a partial build behind when the build fails', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'weft-cache-'));
    // A Go that cannot reach any module proxy: the download fails fast.
    const env = { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOMODCACHE: join(cacheDir, 'gomod') };
    await expect(ensureFabric({ cacheDir, env })).rejects.toMatchObject({ code: 'FABRIC_BUILD_FAILED' });
    expect(findFabric(cacheDir)).toBeUndefined();
    expect((await readdir(join(cacheDir, 'fabric'))).filter((f) => f.startsWith('.build'))).toEqual([]);
  });
});
