import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding weft's package.json. Code runs from the sources (tests) and from dist/ (the CLI), so
 * files shipped beside the code (topologies, builder scripts, Solidity sources) are found from here.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'weft') {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('weft package root not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** Where built artefacts shared by every checkout live: $WEFT_CACHE_DIR, else the user's cache folder. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WEFT_CACHE_DIR) return resolve(env.WEFT_CACHE_DIR);
  return join(env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache'), 'weft');
}

/** Where `weft up` keeps the state of the running topology: $WEFT_STATE_DIR, else .weft/ in the cwd. */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.WEFT_STATE_DIR ? resolve(env.WEFT_STATE_DIR) : resolve('.weft');
}
