/**
 * Fabric's binaries (peer, orderer, configtxgen, cryptogen, osnadmin), built once from the Fabric Go module
 * and cached per version, so that every checkout and CI run on the machine reuses them.
 */
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isWeftError, WeftError } from '../../common/errors.js';
import { runCommand } from '../command.js';

/**
 * Fabric 2.5 (LTS). The module has no /v2 suffix, so releases are addressed by pseudo-version: this is the
 * commit of tag v2.5.9.
 */
export const FABRIC = {
  version: '2.5.9',
  module: 'github.com/hyperledger/fabric',
  pseudoVersion: 'v1.4.0-rc1.0.20240618194258-7c3876255bf0',
  commit: '7c3876255bf0',
} as const;

export const FABRIC_COMMANDS = ['peer', 'orderer', 'configtxgen', 'cryptogen', 'osnadmin'] as const;
export type FabricCommand = (typeof FABRIC_COMMANDS)[number];

export interface FabricInstall {
  readonly binDir: string;
  /** Fabric's sampleconfig core.yaml and orderer.yaml, the base of every node's configuration. */
  readonly configDir: string;
  bin(command: FabricCommand): string;
}

const COMPLETE_MARKER = '.complete';
/** A cold build downloads ~120 modules and compiles for minutes on 2 cores. */
const GO_TIMEOUT_MS = 30 * 60_000;

export function fabricInstallDir(cacheDir: string): string {
  return join(cacheDir, 'fabric', FABRIC.version);
}

function install(dir: string): FabricInstall {
  const binDir = join(dir, 'bin');
  return { binDir, configDir: join(dir, 'config'), bin: (command) => join(binDir, command) };
}

/** The cached install, if complete. */
export function findFabric(cacheDir: string): FabricInstall | undefined {
  const dir = fabricInstallDir(cacheDir);
  return existsSync(join(dir, COMPLETE_MARKER)) ? install(dir) : undefined;
}

async function goVersion(env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await runCommand('go', ['version'], { env, inheritEnv: false });
    return stdout.trim();
  } catch (error) {
    throw new WeftError(
      'GO_MISSING',
      'the Go toolchain is needed once, to build Fabric\'s binaries, and "go" was not found on PATH; install Go >= 1.22 (https://go.dev/doc/install) and run again',
      { PATH: env.PATH },
      { cause: error },
    );
  }
}

export interface BuildOptions {
  /** weft's cache folder; the install goes to fabric/<version>/ below it. */
  readonly cacheDir: string;
  /** The environment the Go toolchain runs in (PATH, GOPROXY, GOCACHE...); default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
  readonly onProgress?: (message: string) => void;
}

/**
 * Returns the cached Fabric install, building it first when missing. The build goes to a private folder that
 * is renamed into place only when complete, so an interrupted build leaves nothing half-written.
 *
 * @throws {WeftError} GO_MISSING when Go is not on PATH; FABRIC_BUILD_FAILED when the module proxy or the
 *   compiler fails (the message carries go's last lines).
 */
export async function ensureFabric(options: BuildOptions): Promise<FabricInstall> {
  const env = options.env ?? process.env;
  const found = findFabric(options.cacheDir);
  if (found) return found;
  const progress = options.onProgress ?? (() => {});
  const version = await goVersion(env);
  const target = fabricInstallDir(options.cacheDir);
  await mkdir(join(target, '..'), { recursive: true });
  // A folder without the marker is the remains of an older layout or a crash: never half-trusted.
  await rm(target, { recursive: true, force: true });
  const work = await mkdtemp(join(target, '..', `.build-${FABRIC.version}-`));
  const started = Date.now();
  try {
    progress(`building Fabric ${FABRIC.version} with ${version} (once; cached in ${target})`);
    // A wrapper module rather than `go install pkg@version`: go install also reads the module's version
    // list for deprecation notices, which proxies serving only pinned versions refuse.
    await writeFile(
      join(work, 'go.mod'),
      `module weft.invalid/fabric-build\n\ngo 1.22\n\nrequire ${FABRIC.module} ${FABRIC.pseudoVersion}\n`,
    );
    const goEnv = { ...env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' };
    let downloads = 0;
    const onStderrLine = (line: string) => {
      if (line.startsWith('go: downloading') && ++downloads % 20 === 0)
        progress(`  ${downloads} modules downloaded`);
    };
    const go = (args: string[]) =>
      runCommand('go', args, {
        cwd: work,
        env: goEnv,
        inheritEnv: false,
        onStderrLine,
        timeoutMs: GO_TIMEOUT_MS,
      });
    const download = await go(['mod', 'download', '-json', FABRIC.module]);
    const moduleDir = (JSON.parse(download.stdout) as { Dir?: string }).Dir;
    if (!moduleDir) throw new Error(`go mod download gave no folder for ${FABRIC.module}`);
    progress(`  downloading dependencies and compiling ${FABRIC_COMMANDS.join(', ')}`);
    const ldflags = `-X ${FABRIC.module}/common/metadata.Version=${FABRIC.version} -X ${FABRIC.module}/common/metadata.CommitSHA=${FABRIC.commit}`;
    const packages = FABRIC_COMMANDS.map((c) => `${FABRIC.module}/cmd/${c}`);
    const result = install(work);
    await mkdir(result.binDir);
    await go(['build', '-trimpath', '-ldflags', ldflags, '-o', `${result.binDir}/`, ...packages]);
    await mkdir(result.configDir);
    for (const file of ['core.yaml', 'orderer.yaml']) {
      await copyFile(join(moduleDir, 'sampleconfig', file), join(result.configDir, file));
      await chmod(join(result.configDir, file), 0o644);
    }
    await rm(join(work, 'go.mod'));
    await rm(join(work, 'go.sum'), { force: true });
    await writeFile(join(work, COMPLETE_MARKER), `${FABRIC.version} ${FABRIC.pseudoVersion}\n`);
    try {
      await rename(work, target);
    } catch (error) {
      // Another build finished first; its result is as good as ours.
      if (!findFabric(options.cacheDir)) throw error;
    }
    progress(`built Fabric ${FABRIC.version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return install(target);
  } catch (error) {
    if (isWeftError(error, 'GO_MISSING')) throw error;
    throw new WeftError(
      'FABRIC_BUILD_FAILED',
      `building Fabric ${FABRIC.version} failed: ${(error as Error).message}; check that the Go module proxy (GOPROXY) is reachable`,
      { goLastLines: isWeftError(error) ? error.context.lastLines : undefined },
      { cause: error },
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
