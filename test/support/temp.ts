import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder for one test's topology state. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `weft-${prefix}-`));
}
