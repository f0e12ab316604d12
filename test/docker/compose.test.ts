/**
 * docker-compose.yml driven by testcontainers where a Docker engine answers: the default topology of `weft up`
 * with the official images and weft's own (built from this folder). A value endorsed by both orgs is committed
 * and read back on each Fabric network through the Gateway of Org1's peer, anvil is asked for its chain id and
 * moves ether, and every relay, driver and attestor answers ready on its operations endpoint. Without an
 * engine the suite is skipped and says so in one line.
 *
 * WEFT_COMPOSE_EXTERNAL=1 tests a topology that is already up (`docker compose up -d`), neither starting nor
 * stopping it.
 */
import { createPrivateKey, randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { connect, type Gateway, hash, signers } from '@hyperledger/fabric-gateway';
import { Contract, HDNodeWallet, JsonRpcProvider, parseEther, Wallet } from 'ethers';
import {
  DockerComposeEnvironment,
  getContainerRuntimeClient,
  type StartedDockerComposeEnvironment,
  Wait,
} from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../common/paths.js';

/** Whether a container engine answers; testcontainers looks where Docker's own client would. */
async function engineAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), 15_000);
    timer.unref();
  });
  const probe = getContainerRuntimeClient().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const external = process.env.WEFT_COMPOSE_EXTERNAL === '1';
const engine = external || (await engineAnswers());
if (!engine) console.info('docker-compose suite skipped: no Docker engine on this machine');

const ROOT = packageRoot();
const GENERATED = join(ROOT, 'topology', 'docker', '.generated');

/** The Fabric networks of docker-compose.yml and the host port of each one's Org1 peer. */
const FABRIC_NETWORKS = [
  { id: 'fabric-a', org1PeerPort: 27051 },
  { id: 'fabric-b', org1PeerPort: 28051 },
] as const;
const ANVIL_URL = 'http://127.0.0.1:29545';
const ANVIL_CHAIN_ID = 31001;
/** anvil's default, publicly known development mnemonic, and the address of its first (funded) account. */
const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';
const ANVIL_FIRST_ACCOUNT = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

/** Containers with a health check (compose names them `<service>-1`). */
const HEALTH_CHECKED = [
  ...FABRIC_NETWORKS.flatMap(({ id }) => [
    `${id}-orderer-1`,
    `${id}-peer0-org1-1`,
    `${id}-peer0-org2-1`,
    `${id}-chaincode-assets-1`,
    `${id}-chaincode-interop-1`,
  ]),
  'evm-c-anvil-1',
  'evm-d-anvil-1',
];

/**
 * The relays, drivers and attestors, each with the host port of its operations endpoint: network N
 * (fabric-a 1 ... evm-d 4) publishes its relay's on 26N10, its driver's on 26N11, its attestors' from 26N12.
 */
const INTEROP_SERVICES = ['fabric-a', 'fabric-b', 'evm-c', 'evm-d'].flatMap((id, i) => {
  const base = 26_000 + (i + 1) * 100;
  const attestors = id.startsWith('evm-') ? [1, 2, 3] : [];
  return [
    { name: `${id}-relay`, operationsPort: base + 10 },
    { name: `${id}-driver`, operationsPort: base + 11 },
    ...attestors.map((n) => ({ name: `${id}-attestor-org${n}`, operationsPort: base + 11 + n })),
  ];
});
HEALTH_CHECKED.push(...INTEROP_SERVICES.map((s) => `${s.name}-1`));

interface Connection {
  readonly gateway: Gateway;
  close(): void;
}

/** A Gateway connection as User1 of Org1 to Org1's peer, with the material the init service generated. */
async function connectAsOrg1User(networkId: string, port: number): Promise<Connection> {
  const orgDomain = `org1.${networkId}.weft.test`;
  const peerHost = `peer0.${orgDomain}`;
  const user = `User1@${orgDomain}`;
  const orgDir = join(GENERATED, networkId, 'crypto', 'peerOrganizations', orgDomain);
  const userMsp = join(orgDir, 'users', user, 'msp');
  const [tlsCa, cert, key] = await Promise.all([
    readFile(join(orgDir, 'peers', peerHost, 'tls', 'ca.crt')),
    readFile(join(userMsp, 'signcerts', `${user}-cert.pem`)),
    readFile(join(userMsp, 'keystore', 'priv_sk')),
  ]);
  // Connect by IP, verify the peer by its host name (in its certificate's SANs).
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createSsl(tlsCa), {
    'grpc.ssl_target_name_override': peerHost,
  });
  const gateway = connect({
    client,
    identity: { mspId: 'Org1MSP', credentials: cert },
    signer: signers.newPrivateKeySigner(createPrivateKey(key)),
    hash: hash.sha256,
    evaluateOptions: () => ({ deadline: Date.now() + 10_000 }),
    endorseOptions: () => ({ deadline: Date.now() + 30_000 }),
    submitOptions: () => ({ deadline: Date.now() + 10_000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 60_000 }),
  });
  return {
    gateway,
    close: () => {
      gateway.close();
      client.close();
    },
  };
}

describe.skipIf(!engine)('docker-compose topology', () => {
  let environment: StartedDockerComposeEnvironment | undefined;

  beforeAll(async () => {
    if (external) return;
    // Created by the user running the tests (not by the engine, as root), so the generated files are theirs.
    await mkdir(GENERATED, { recursive: true });
    // `docker compose up -d` returns only once the `ready` service starts, that is once every one-shot
    // service (init, setup, deploy) has completed successfully, and fails if one has not. The one-shot
    // containers have exited by then, so no wait strategy applies to them (testcontainers only lists running
    // containers); the long-running ones are already healthy.
    // Builds weft's image from this folder first.
    let compose = new DockerComposeEnvironment(ROOT, 'docker-compose.yml')
      .withBuild()
      .withStartupTimeout(900_000);
    for (const name of HEALTH_CHECKED) compose = compose.withWaitStrategy(name, Wait.forHealthCheck());
    environment = await compose.up();
  }, 900_000);

  afterAll(async () => {
    await environment?.down({ removeVolumes: true });
  }, 180_000);

  for (const { id, org1PeerPort } of FABRIC_NETWORKS) {
    it(`${id}: commits a value endorsed by Org1MSP and Org2MSP and reads it back`, async () => {
      const connection = await connectAsOrg1User(id, org1PeerPort);
      try {
        const contract = connection.gateway.getNetwork('weft').getContract('assets');
        const key = `compose-${randomUUID()}`;
        const value = `${id} ${new Date().toISOString()}`;
        // submit() returns once the transaction is committed, and throws if it is invalid.
        await contract.submit('Put', {
          arguments: [key, value],
          endorsingOrganizations: ['Org1MSP', 'Org2MSP'],
        });
        const read = await contract.evaluate('Get', { arguments: [key] });
        expect(Buffer.from(read).toString('utf8')).toBe(value);
      } finally {
        connection.close();
      }
    }, 120_000);
  }

  it(`evm-c: runs chain ${ANVIL_CHAIN_ID} and transfers ether from the first default account`, async () => {
    const provider = new JsonRpcProvider(ANVIL_URL, ANVIL_CHAIN_ID, { staticNetwork: true });
    try {
      expect(Number(await provider.send('eth_chainId', []))).toBe(ANVIL_CHAIN_ID);
      const sender = HDNodeWallet.fromPhrase(ANVIL_MNEMONIC).connect(provider);
      expect(sender.address).toBe(ANVIL_FIRST_ACCOUNT);
      const recipient = Wallet.createRandom().address;
      const amount = parseEther('1.5');
      const receipt = await (await sender.sendTransaction({ to: recipient, value: amount })).wait();
      expect(receipt?.status).toBe(1);
      expect(await provider.getBalance(recipient)).toBe(amount);
    } finally {
      provider.destroy();
    }
  }, 60_000);

  for (const { name, operationsPort } of INTEROP_SERVICES) {
    it(`${name}: answers ready on its operations endpoint (127.0.0.1:${operationsPort})`, async () => {
      // A relay is ready once its store is writable and its driver and peer relays are connected: healthy
      // (what `up` waited for) comes first.
      const url = `http://127.0.0.1:${operationsPort}/readyz`;
      const deadline = Date.now() + 45_000;
      let response = await fetch(url);
      while (response.status !== 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        response = await fetch(url);
      }
      expect(response.status, await response.text()).toBe(200);
      const metrics = await (await fetch(`http://127.0.0.1:${operationsPort}/metrics`)).text();
      expect(metrics).toContain('weft_process_cpu_seconds_total');
    }, 60_000);
  }

  it('evm-c: has WeftInterop and AssetStore deployed by the deploy service', async () => {
    const provider = new JsonRpcProvider(ANVIL_URL, ANVIL_CHAIN_ID, { staticNetwork: true });
    try {
      const deployed = JSON.parse(await readFile(join(GENERATED, 'evm-c.json'), 'utf8')) as {
        chainId: number;
        contracts: { AssetStore: string; WeftInterop: string };
      };
      expect(deployed.chainId).toBe(ANVIL_CHAIN_ID);
      const signer = HDNodeWallet.fromPhrase(ANVIL_MNEMONIC).connect(provider);
      const abi = [
        'function put(string key, string value)',
        'function get(string key) view returns (string)',
      ];
      const store = new Contract(deployed.contracts.AssetStore, abi, signer);
      const key = `compose-${randomUUID()}`;
      expect((await (await store.getFunction('put')(key, 'v')).wait())?.status).toBe(1);
      expect(await store.getFunction('get')(key)).toBe('v');
    } finally {
      provider.destroy();
    }
  }, 60_000);
});
