import { X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDriverConfig } from '../../drivers/config.js';
import { loadAttestorConfig } from '../../drivers/evm/attestor.js';
import { loadRelayConfig } from '../../relay/config.js';
import { createCertificateAuthority } from '../certificates.js';
import { attestorHost } from '../evm/interop.js';
import { type EvmNetworkState, isEvmNetwork, isFabricNetwork, type NetworkState } from '../state.js';
import { evmOrgs, loadTopology, type Topology } from '../topology.js';
import { writeComposeInterop } from './interop.js';
import {
  CONTAINER_PORTS,
  composeInteropDir,
  composeNetworks,
  composeServiceName,
  evmDeploymentFile,
  STORE_DIR,
} from './networks.js';

let generated: string;
let topology: Topology;
let networks: NetworkState[];

/** What the ledgers' setup services leave in .generated: package IDs, org CAs, deployments. */
async function fakeSetupOutput(): Promise<void> {
  for (const spec of topology.networks) {
    if (spec.type === 'evm') {
      await writeFile(
        evmDeploymentFile(generated, spec.id),
        JSON.stringify({ chainId: spec.chainId, contracts: { WeftInterop: '0x01', AssetStore: '0x02' } }),
      );
      continue;
    }
    await mkdir(join(generated, spec.id), { recursive: true });
    for (const cc of ['assets', 'interop']) {
      await writeFile(join(generated, spec.id, `${cc}.package-id`), `${cc}_1:abc\n`);
    }
  }
}

/** An EVM network's orgs as prepareInterop leaves them, without a node to fund their clients. */
function withOrgs(network: EvmNetworkState): EvmNetworkState {
  const spec = topology.networks.find((n) => n.id === network.id);
  const orgs = spec?.type === 'evm' ? evmOrgs(spec) : [];
  return {
    ...network,
    orgs: orgs.map((name) => {
      const wallet = Wallet.createRandom();
      return {
        name,
        attestor: {
          address: wallet.address.toLowerCase(),
          keyFile: join(composeInteropDir(generated, network.id), 'attestors', `${name.toLowerCase()}.key`),
        },
        client: { address: wallet.address.toLowerCase(), privateKey: wallet.privateKey },
      };
    }),
  };
}

beforeAll(async () => {
  generated = await mkdtemp(join(tmpdir(), 'weft-compose-interop-'));
  topology = await loadTopology();
  await fakeSetupOutput();
  const described = await composeNetworks(topology, generated);
  // Each Fabric org's CA certificate, as cryptogen writes it: the membership records read it.
  for (const network of described.filter(isFabricNetwork)) {
    for (const org of network.orgs) {
      await mkdir(join(org.caCertFile, '..'), { recursive: true });
      await writeFile(org.caCertFile, (await createCertificateAuthority(org.mspId, `ca.${org.domain}`)).cert);
    }
  }
  networks = described.map((n) => (isEvmNetwork(n) ? withOrgs(n) : n));
  await writeComposeInterop(topology, networks, generated);
}, 60_000);

afterAll(async () => {
  await rm(generated, { recursive: true, force: true });
});

const configFile = (networkId: string, service: string) =>
  join(composeInteropDir(generated, networkId), `${service}.json`);

describe('the interop set-up of docker-compose.yml', () => {
  it('describes the ledgers by their compose addresses', () => {
    const fabric = networks.find(isFabricNetwork)!;
    expect(fabric.orgs[0]!.peer.address).toBe(`peer0.org1.${fabric.id}.weft.test:7051`);
    const evm = networks.find(isEvmNetwork)!;
    expect(evm.rpcUrl).toBe(`http://${evm.id}-anvil:8545`);
  });

  it('writes relay configurations the relay accepts, with compose addresses', async () => {
    for (const network of networks) {
      const config = await loadRelayConfig(configFile(network.id, 'relay'));
      expect(config.host).toBe('0.0.0.0');
      expect([config.clientPort, config.relayPort]).toEqual([
        CONTAINER_PORTS.relayClient,
        CONTAINER_PORTS.relayPeer,
      ]);
      expect(config.driver?.address).toBe(`${network.id}-driver:${CONTAINER_PORTS.driver}`);
      expect(config.peers.map((p) => p.address).sort()).toEqual(
        networks
          .filter((n) => n.id !== network.id)
          .map((n) => `${n.id}-relay:${CONTAINER_PORTS.relayPeer}`)
          .sort(),
      );
      expect(config.operations).toEqual({ host: '0.0.0.0', port: CONTAINER_PORTS.operations });
      expect(config.storeDir).toBe(STORE_DIR);
      expect(config.webhooks.trustFile).toBe(
        join(composeInteropDir(generated, network.id), 'webhook-trust.json'),
      );
      const trust = JSON.parse(await readFile(config.webhooks.trustFile!, 'utf8')) as Record<string, unknown>;
      expect(Object.keys(trust).sort()).toEqual(
        networks
          .filter((n) => n.id !== network.id)
          .map((n) => n.id)
          .sort(),
      );
      expect((await readFile(config.operatorTokenFile!, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('writes driver and attestor configurations their services accept', async () => {
    for (const network of networks) {
      const driver = await loadDriverConfig(configFile(network.id, 'driver'));
      expect(driver.host).toBe('0.0.0.0');
      expect(driver.relay.address).toBe(`${network.id}-relay:${CONTAINER_PORTS.relayPeer}`);
      expect(driver.operations).toEqual({ host: '0.0.0.0', port: CONTAINER_PORTS.operations });
      if (driver.ledger === 'fabric') {
        expect(driver.fabric.peer.address).toBe(`peer0.org1.${network.id}.weft.test:7051`);
        continue;
      }
      expect(driver.evm.rpcUrl).toBe(`http://${network.id}-anvil:8545`);
      const orgs = isEvmNetwork(network) ? (network.orgs ?? []) : [];
      expect(driver.evm.attestors.map((a) => a.address)).toEqual(
        orgs.map(
          (o, i) => `${composeServiceName(network.id, attestorHost(o.name))}:${CONTAINER_PORTS.attestor + i}`,
        ),
      );
      for (const [i, org] of orgs.entries()) {
        const attestor = await loadAttestorConfig(configFile(network.id, attestorHost(org.name)));
        expect(attestor).toMatchObject({
          host: '0.0.0.0',
          port: CONTAINER_PORTS.attestor + i,
          org: org.name,
          operations: { host: '0.0.0.0', port: CONTAINER_PORTS.operations },
        });
        expect(Object.keys(attestor.requesters).sort()).toEqual(
          networks
            .filter((n) => n.id !== network.id)
            .map((n) => n.id)
            .sort(),
        );
      }
    }
  });

  it("issues role certificates from each network's relay CA, named by their compose service", async () => {
    for (const network of networks) {
      const dir = join(composeInteropDir(generated, network.id), 'tls');
      const ca = new X509Certificate(await readFile(join(dir, 'ca.crt')));
      const services = [
        'relay',
        'driver',
        ...(isEvmNetwork(network) ? (network.orgs ?? []).map((o) => attestorHost(o.name)) : []),
      ];
      for (const service of services) {
        const cert = new X509Certificate(await readFile(join(dir, `${service}.crt`)));
        expect(cert.verify(ca.publicKey)).toBe(true);
        expect(cert.subject).toContain(`OU=${service.startsWith('attestor') ? 'attestor' : service}`);
        const sans = cert.subjectAltName?.split(', ') ?? [];
        expect(sans).toEqual(
          expect.arrayContaining([
            `DNS:${service}.relays.${network.id}.weft.test`,
            `DNS:${composeServiceName(network.id, service)}`,
            'IP Address:127.0.0.1',
          ]),
        );
      }
    }
  });
});
