/**
 * docker-compose.yml, driven by testcontainers where a Docker engine answers: the same default topology as
 * `weft up`, with the official Fabric images. Without an engine the suite is skipped and says so.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Contract, HDNodeWallet, JsonRpcProvider } from 'ethers';
import {
  DockerComposeEnvironment,
  getContainerRuntimeClient,
  type StartedDockerComposeEnvironment,
  Wait,
} from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../common/paths.js';
import { connectGateway } from '../../networks/fabric/client.js';
import { fabricLayout } from '../../networks/fabric/layout.js';
import { parseTopology } from '../../networks/topology.js';

const engine = await getContainerRuntimeClient().then(
  () => true,
  () => false,
);
if (!engine) console.info('docker-compose suite skipped: no Docker engine on this machine');

const ROOT = packageRoot();
const GENERATED = join(ROOT, 'networks', 'docker', '.generated');
/** Published ports of docker-compose.yml: orderer, then each org's peer. */
const PORTS = { 'fabric-a': [27050, 27051, 27061], 'fabric-b': [28050, 28051, 28061] } as const;

/** The native layout of a default-topology network, pointed at the compose topology's files and ports. */
function composeLayout(id: 'fabric-a' | 'fabric-b') {
  const [spec] = parseTopology(`networks: [{ id: ${id}, type: fabric, orgs: [Org1, Org2] }]`).networks;
  const [orderer, peer1, peer2] = PORTS[id];
  const ports = [orderer, 0, 0, peer1, 0, 0, peer2, 0, 0, 0, 0];
  return fabricLayout(spec as Extract<typeof spec, { type: 'fabric' }>, ports, join(GENERATED, id));
}

describe.skipIf(!engine)('docker-compose topology', () => {
  let environment: StartedDockerComposeEnvironment | undefined;

  beforeAll(async () => {
    const oneShot = Wait.forOneShotStartup();
    environment = await new DockerComposeEnvironment(ROOT, 'docker-compose.yml')
      .withWaitStrategy('fabric-a-setup-1', oneShot)
      .withWaitStrategy('fabric-b-setup-1', oneShot)
      .withWaitStrategy('evm-c-deploy-1', oneShot)
      .withWaitStrategy('fabric-a-init-1', oneShot)
      .withWaitStrategy('fabric-b-init-1', oneShot)
      .withStartupTimeout(600_000)
      .up();
  }, 900_000);

  afterAll(async () => {
    await environment?.down({ removeVolumes: true });
  }, 120_000);

  for (const id of ['fabric-a', 'fabric-b'] as const) {
    it(`${id}: commits a value endorsed by both orgs and reads it back`, async () => {
      const layout = composeLayout(id);
      const connection = await connectGateway(layout.orgs[0]!);
      try {
        const contract = connection.gateway.getNetwork(layout.channel).getContract('assets');
        const key = `compose-${randomUUID()}`;
        const tx = await contract
          .newProposal('Put', { arguments: [key, id], endorsingOrganizations: ['Org1MSP', 'Org2MSP'] })
          .endorse();
        expect((await (await tx.submit()).getStatus()).successful).toBe(true);
        expect(Buffer.from(await contract.evaluateTransaction('Get', key)).toString()).toBe(id);
      } finally {
        connection.close();
      }
    });
  }

  it('evm-c: runs chain 31001 with AssetStore deployed', async () => {
    const provider = new JsonRpcProvider('http://127.0.0.1:29545', 31001, { staticNetwork: true });
    try {
      const deployed = JSON.parse(await readFile(join(GENERATED, 'evm-c.json'), 'utf8')) as {
        AssetStore: string;
      };
      const signer = HDNodeWallet.fromPhrase(
        'test test test test test test test test test test test junk',
      ).connect(provider);
      const abi = [
        'function put(string key, string value)',
        'function get(string key) view returns (string)',
      ];
      const store = new Contract(deployed.AssetStore, abi, signer);
      expect((await (await store.getFunction('put')('k', 'v')).wait())?.status).toBe(1);
      expect(await store.getFunction('get')('k')).toBe('v');
    } finally {
      provider.destroy();
    }
  });
});
