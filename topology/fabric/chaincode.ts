/**
 * Chaincode as a service: the package holds only the address of a chaincode server that weft runs itself;
 * each org installs and approves it, one org commits the definition for the channel. On infrastructures,
 * each site runs its own servers and each org installs the package of its site: the definition is the
 * same, the package (and so its ID) is each org's own, so losing one site takes no other's chaincode.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WeftError } from '../../common/errors.js';
import { packageRoot } from '../../common/paths.js';
import { inNamespace } from '../infrastructures.js';
import type { ProcessSpec } from '../process.js';
import type { FabricInstall } from './binaries.js';
import {
  type FabricChaincodeLayout,
  type FabricNetworkLayout,
  type FabricOrgLayout,
  nodeAddress,
  peerAddress,
} from './layout.js';
import { logFile, ordererArgs, peerAdmin } from './nodes.js';
import { tarGz } from './tar.js';

export interface ChaincodePackage {
  readonly file: string;
  /** label ':' hex(sha256(package bytes)), as Fabric computes it. */
  readonly packageId: string;
}

/** A server's name within its network: `chaincode-assets`, `chaincode-assets-east` on an infrastructure. */
export function chaincodeServerName(cc: Pick<FabricChaincodeLayout, 'name' | 'infrastructure'>): string {
  return `chaincode-${cc.name}${cc.infrastructure ? `-${cc.infrastructure}` : ''}`;
}

/** A package that tells the peers where the chaincode server listens (plaintext, on its site's address). */
export async function packageChaincode(layout: FabricNetworkLayout, cc: FabricChaincodeLayout) {
  const connection = JSON.stringify({
    address: nodeAddress(cc, cc.port),
    dial_timeout: '10s',
    tls_required: false,
  });
  const code = tarGz([{ name: 'connection.json', content: connection }]);
  const bytes = tarGz([
    { name: 'metadata.json', content: JSON.stringify({ type: 'ccaas', label: cc.label }) },
    { name: 'code.tar.gz', content: code },
  ]);
  const file = join(layout.dir, `${chaincodeServerName(cc)}.tgz`);
  await writeFile(file, bytes);
  const packageId = `${cc.label}:${createHash('sha256').update(bytes).digest('hex')}`;
  return { file, packageId } satisfies ChaincodePackage;
}

export const CHAINCODE_SERVER = join(packageRoot(), 'dist', 'contracts', 'fabric', 'serve.js');

export function chaincodeServerProcess(
  layout: FabricNetworkLayout,
  cc: FabricChaincodeLayout,
  packageId: string,
): ProcessSpec {
  if (!existsSync(CHAINCODE_SERVER)) {
    throw new WeftError('BINARY_MISSING', 'the chaincode server is not built: run `npm run build` first', {
      expected: CHAINCODE_SERVER,
    });
  }
  return {
    name: `${layout.id}/${chaincodeServerName(cc)}`,
    ...inNamespace(cc.namespace, process.execPath, [CHAINCODE_SERVER]),
    logFile: logFile(layout, chaincodeServerName(cc)),
    env: {
      WEFT_CHAINCODE: cc.name,
      CORE_CHAINCODE_ID: packageId,
      CORE_CHAINCODE_ADDRESS: nodeAddress(cc, cc.port),
      CORE_CHAINCODE_LOGGING_LEVEL: 'warning',
    },
  };
}

/** Installs, approves (every org, each with the package of its site) and commits the definition, sequence 1. */
export async function deployChaincode(
  fabric: FabricInstall,
  layout: FabricNetworkLayout,
  name: string,
  packageOf: (org: FabricOrgLayout) => ChaincodePackage,
): Promise<void> {
  const definition = ['--channelID', layout.channel, '--name', name, '--version', '1', '--sequence', '1'];
  await Promise.all(
    layout.orgs.map(async (org) => {
      const pkg = packageOf(org);
      const peer = peerAdmin(fabric, layout, org);
      await peer(['lifecycle', 'chaincode', 'install', pkg.file]);
      await peer([
        'lifecycle',
        'chaincode',
        'approveformyorg',
        ...ordererArgs(layout),
        ...definition,
        '--package-id',
        pkg.packageId,
      ]);
    }),
  );
  const [first] = layout.orgs;
  if (!first) throw new RangeError(`network ${layout.id} has no orgs`);
  const endorsers = layout.orgs.flatMap((org) => [
    '--peerAddresses',
    peerAddress(org.peer),
    '--tlsRootCertFiles',
    org.peer.tlsCaFile,
  ]);
  await peerAdmin(
    fabric,
    layout,
    first,
  )(['lifecycle', 'chaincode', 'commit', ...ordererArgs(layout), ...definition, ...endorsers]);
}
