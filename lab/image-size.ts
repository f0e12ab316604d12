/**
 * What the runtime stage of the Dockerfile holds besides its base image, measured without building it: the
 * files `npm pack` publishes (package.json `files`: bin/, dist/ without tests, the data files), which the
 * build stage unpacks into the image, and the production dependency tree `npm prune --omit=dev` leaves
 * (the packages `npm ls --omit=dev --all --parseable` lists but extraneous ones, each counted once
 * without its nested node_modules). Sizes are the files' own bytes; the base image is a documented figure, not measured.
 * Run after `npm run build` (dist/ is measured as it is): `npm run image:size`.
 */
import { execFile } from 'node:child_process';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../common/paths.js';

const run = promisify(execFile);
const ROOT = packageRoot();
const MB = 1_000_000;
/** node:20-bookworm-slim, uncompressed, as Docker Hub lists it for linux/amd64: about 200 MB. */
const BASE_IMAGE = { name: 'node:20-bookworm-slim', approxBytes: 200 * MB };

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** The files `npm pack` would publish, by the folder they are in (dist/relay, protos, ...). */
async function publishedFiles(): Promise<{ total: number; count: number; byFolder: Map<string, number> }> {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [pack] = JSON.parse(stdout) as Array<{ files: PackedFile[] }>;
  const byFolder = new Map<string, number>();
  let total = 0;
  for (const file of pack?.files ?? []) {
    const parts = file.path.split('/');
    const folder = parts[0] === 'dist' ? parts.slice(0, 2).join('/') : parts[0]!;
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + file.size);
    total += file.size;
  }
  return { total, count: pack?.files.length ?? 0, byFolder };
}

/** Bytes of the files under `dir`, not counting nested node_modules (their packages are listed apart). */
async function packageBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await packageBytes(path);
    else total += (await lstat(path)).size;
  }
  return total;
}

/** The production dependency tree, each installed package with its size. */
async function productionDependencies(): Promise<Array<{ name: string; bytes: number }>> {
  const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable', '--long'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  // `path:name@version[:flags]`; a package no dependency asks for (EXTRANEOUS) is pruned from the image.
  const lines = stdout.split('\n').filter((line) => line && !line.endsWith(':EXTRANEOUS'));
  const dirs = [...new Set(lines.map((line) => line.split(':')[0]!))].filter((dir) => dir !== ROOT);
  return Promise.all(
    dirs.map(async (dir) => {
      const path = relative(ROOT, dir).split(sep);
      // The package's name: what follows its last node_modules (a scope and a name, or a name).
      const name = path.slice(path.lastIndexOf('node_modules') + 1).join('/');
      return { name, bytes: await packageBytes(dir) };
    }),
  );
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

const [published, dependencies] = await Promise.all([publishedFiles(), productionDependencies()]);
const dependencyBytes = dependencies.reduce((sum, d) => sum + d.bytes, 0);
const largest = [...dependencies].sort((a, b) => b.bytes - a.bytes).slice(0, 10);

console.log(`runtime image contents besides ${BASE_IMAGE.name} (measured from this folder):`);
console.log(`  published files (npm pack): ${mb(published.total)} in ${published.count} files`);
for (const [folder, bytes] of [...published.byFolder].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`    ${folder.padEnd(24)} ${mb(bytes)}`);
}
console.log(`  production dependencies: ${mb(dependencyBytes)} in ${dependencies.length} packages; largest:`);
for (const d of largest) console.log(`    ${d.name.padEnd(40)} ${mb(d.bytes)}`);
console.log(`  weft's layer: ${mb(published.total + dependencyBytes)}`);
console.log(
  `  base image ${BASE_IMAGE.name}: about ${mb(BASE_IMAGE.approxBytes)} uncompressed (documented, not measured)`,
);
console.log(`  image, about: ${mb(BASE_IMAGE.approxBytes + published.total + dependencyBytes)}`);
