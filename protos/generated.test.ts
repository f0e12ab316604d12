import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../common/paths.js';

const run = promisify(execFile);
const root = packageRoot();
const checkedIn = join(root, 'protos', 'generated');

describe('the generated wire code', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = await mkdtemp(join(tmpdir(), 'weft-protos-'));
    await run('sh', [join(root, 'protos', 'generate.sh'), fresh]);
  }, 120_000);
  afterAll(() => rm(fresh, { recursive: true, force: true }));

  it('is what `npm run protos` generates from the .proto files now', async () => {
    const files = (await readdir(checkedIn)).sort();
    expect(files).toEqual((await readdir(fresh)).sort());
    for (const file of files) {
      const [kept, made] = await Promise.all([readFile(join(checkedIn, file)), readFile(join(fresh, file))]);
      expect(kept.equals(made), `protos/generated/${file} is stale: run npm run protos`).toBe(true);
    }
  });

  it('type-checks under the strict tsconfig, declaration files included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weft-protos-tsc-'));
    const config = join(dir, 'tsconfig.json');
    await writeFile(
      config,
      JSON.stringify({
        extends: join(root, 'tsconfig.json'),
        // The declarations need no ambient types; a config outside the checkout finds none.
        compilerOptions: { noEmit: true, skipLibCheck: false, types: [] },
        files: [join(checkedIn, 'protos.d.ts')],
        include: [],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', config]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    await rm(dir, { recursive: true, force: true });
    expect(result).toBe('');
  }, 120_000);
});
