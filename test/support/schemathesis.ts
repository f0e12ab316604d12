/**
 * Schemathesis (PyPI), the property-based fuzzer of OpenAPI services, installed on first use into a virtual
 * environment of weft's cache (`<cache>/schemathesis/<version>`), as Fabric's binaries are built once. A
 * venv's scripts name its folder, so it is built in place; a marker written last says it is complete, and
 * an incomplete one is built again. Needs `python3` with `venv` (Debian: python3-venv).
 */
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDir } from '../../common/paths.js';
import { runCommand } from '../../topology/command.js';

export const SCHEMATHESIS_VERSION = '4.32.5';

/** The `schemathesis` program, installed if it is not yet. */
export async function schemathesis(): Promise<string> {
  const home = join(cacheDir(), 'schemathesis', SCHEMATHESIS_VERSION);
  const complete = join(home, '.complete');
  const program = join(home, 'bin', 'schemathesis');
  if (
    await access(complete).then(
      () => true,
      () => false,
    )
  )
    return program;
  await rm(home, { recursive: true, force: true });
  await mkdir(join(cacheDir(), 'schemathesis'), { recursive: true });
  await runCommand('python3', ['-m', 'venv', home]);
  await runCommand(
    join(home, 'bin', 'pip'),
    ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`],
    {
      timeoutMs: 600_000,
    },
  );
  await writeFile(complete, `${SCHEMATHESIS_VERSION}\n`);
  return program;
}
