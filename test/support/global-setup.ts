/**
 * Builds Fabric's binaries once before any test file runs (minutes on a fresh machine, seconds when cached),
 * so the build never counts against a test's timeout and its progress is visible.
 */
import { cacheDir } from '../../common/paths.js';
import { ensureFabric } from '../../topology/fabric/binaries.js';

export default async function setup(): Promise<void> {
  await ensureFabric({ cacheDir: cacheDir(), onProgress: (message) => console.error(`[fabric] ${message}`) });
}
