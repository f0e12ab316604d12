/**
 * The default topology, for real: two Fabric networks (two orgs each) and two anvil networks. A value is
 * committed and read back on every network, Fabric writes carry a valid endorsement from each org, the two
 * Fabric networks share nothing (CAs, ledgers, trust), and `weft down` leaves no process behind.
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID, verify, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Contract as FabricContract } from '@hyperledger/fabric-gateway';
import { common, gateway as gatewayProtos, msp, peer } from '@hyperledger/fabric-protos';
import { Contract, Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, packageRoot } from '../../common/paths.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import type { FabricOrgLayout } from '../../topology/fabric/layout.js';
import { up } from '../../topology/launcher.js';
import { isRunning } from '../../topology/process.js';
import {
  evmNetwork,
  type FabricNetworkState,
  fabricNetwork,
  type TopologyState,
} from '../../topology/state.js';
import { loadTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

const run = promisify(execFile);
const WEFT = join(packageRoot(), 'bin', 'weft.js');

let stateDir: string;
let state: TopologyState;
let upSeconds: number;
const connections: FabricConnection[] = [];

async function contractAs(network: FabricNetworkState, org: FabricOrgLayout): Promise<FabricContract> {
  const connection = await connectGateway(org);
  connections.push(connection);
  return connection.gateway.getNetwork(network.channel).getContract('assets');
}

/** The endorsements of an endorsed, not yet submitted, transaction, each checked against its signature. */
function endorsementsOf(preparedTransaction: Uint8Array) {
  const envelope = gatewayProtos.PreparedTransaction.deserializeBinary(preparedTransaction).getEnvelope()!;
  const payload = common.Payload.deserializeBinary(envelope.getPayload_asU8());
  const transaction = peer.Transaction.deserializeBinary(payload.getData_asU8());
  const action = peer.ChaincodeActionPayload.deserializeBinary(
    transaction.getActionsList()[0]!.getPayload_asU8(),
  );
  const endorsed = action.getAction()!;
  const responsePayload = endorsed.getProposalResponsePayload_asU8();
  return endorsed.getEndorsementsList().map((e) => {
    const identity = msp.SerializedIdentity.deserializeBinary(e.getEndorser_asU8());
    const certificate = new X509Certificate(Buffer.from(identity.getIdBytes_asU8()));
    // Fabric endorsers sign the proposal response payload followed by their serialized identity.
    const signed = Buffer.concat([responsePayload, e.getEndorser_asU8()]);
    return {
      mspId: identity.getMspid(),
      certificate,
      signatureValid: verify('sha256', signed, certificate.publicKey, e.getSignature_asU8()),
    };
  });
}

function fingerprint(pem: Buffer): string {
  return createHash('sha256').update(new X509Certificate(pem).raw).digest('hex');
}

beforeAll(async () => {
  stateDir = await tempDir('default');
  const started = performance.now();
  state = await up(await loadTopology(), { stateDir, cacheDir: cacheDir(), topologySource: 'default' });
  upSeconds = (performance.now() - started) / 1000;
  console.info(`default topology up in ${upSeconds.toFixed(1)} s`);
}, 240_000);

afterAll(async () => {
  for (const c of connections) c.close();
  if (!state) return;
  const { stdout } = await run(process.execPath, [WEFT, 'down', '--state-dir', stateDir]);
  expect(stdout).toContain('topology down');
  for (const p of state.processes) expect(isRunning(p), `${p.name} (pid ${p.pid}) survived down`).toBe(false);
  expect(existsSync(stateDir)).toBe(false);
}, 60_000);

describe('the default topology', () => {
  it('runs every node healthy, as `weft status --json` reports', async () => {
    const { stdout } = await run(process.execPath, [WEFT, 'status', '--json', '--state-dir', stateDir]);
    const report = JSON.parse(stdout) as {
      healthy: boolean;
      nodes: Array<{ name: string; healthy: boolean }>;
    };
    expect(report.healthy).toBe(true);
    expect(report.nodes.map((n) => n.name).sort()).toEqual([
      ...['evm-c', 'evm-d'].flatMap((n) => [
        `${n}/anvil`,
        `${n}/attestor-org1`,
        `${n}/attestor-org2`,
        `${n}/attestor-org3`,
        `${n}/driver`,
        `${n}/relay`,
      ]),
      'fabric-a/chaincode-assets',
      'fabric-a/chaincode-interop',
      'fabric-a/driver',
      'fabric-a/orderer',
      'fabric-a/peer0.org1',
      'fabric-a/peer0.org2',
      'fabric-a/relay',
      'fabric-b/chaincode-assets',
      'fabric-b/chaincode-interop',
      'fabric-b/driver',
      'fabric-b/orderer',
      'fabric-b/peer0.org1',
      'fabric-b/peer0.org2',
      'fabric-b/relay',
    ]);
    expect(JSON.stringify(report)).not.toContain(evmNetwork(state, 'evm-c').deployer.privateKey);
    for (const org of evmNetwork(state, 'evm-c').orgs!) {
      expect(JSON.stringify(report)).not.toContain(org.client.privateKey);
    }
  });

  it('refuses a second `weft up` on the same state folder', async () => {
    const failed = await run(process.execPath, [WEFT, 'up', '--state-dir', stateDir]).catch(
      (e: unknown) => e,
    );
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('[ALREADY_UP]') });
  });

  for (const id of ['fabric-a', 'fabric-b']) {
    it(`${id}: commits a value endorsed by both orgs and reads it back from the other org's peer`, async () => {
      const network = fabricNetwork(state, id);
      const [org1, org2] = network.orgs;
      const key = `asset-${randomUUID()}`;
      const value = `value on ${id}`;
      const writer = await contractAs(network, org1!);
      const transaction = await writer
        .newProposal('Put', { arguments: [key, value], endorsingOrganizations: ['Org1MSP', 'Org2MSP'] })
        .endorse();

      const endorsements = endorsementsOf(transaction.getBytes());
      expect(endorsements.map((e) => e.mspId).sort()).toEqual(['Org1MSP', 'Org2MSP']);
      for (const e of endorsements) {
        expect(e.signatureValid).toBe(true);
        const orgCa = network.orgs.find((o) => o.mspId === e.mspId)!.caCertFile;
        expect(e.certificate.checkIssued(new X509Certificate(await readFile(orgCa)))).toBe(true);
      }

      const status = await (await transaction.submit()).getStatus();
      expect(status.successful).toBe(true);
      const reader = await contractAs(network, org2!);
      expect(Buffer.from(await reader.evaluateTransaction('Get', key)).toString()).toBe(value);
    });
  }

  it('keeps the two Fabric networks independent: own CAs, own ledgers, no trust in each other', async () => {
    const a = fabricNetwork(state, 'fabric-a');
    const b = fabricNetwork(state, 'fabric-b');
    for (const [orgA, orgB] of a.orgs.map((o, i) => [o, b.orgs[i]!] as const)) {
      expect(orgA.mspId).toBe(orgB.mspId); // same names on purpose: only the CAs tell them apart
      expect(fingerprint(await readFile(orgA.caCertFile))).not.toBe(
        fingerprint(await readFile(orgB.caCertFile)),
      );
    }

    const key = `only-on-a-${randomUUID()}`;
    const onA = await contractAs(a, a.orgs[0]!);
    await onA.submitTransaction('Put', key, 'a');
    expect(Buffer.from(await onA.evaluateTransaction('Get', key)).toString()).toBe('a');
    const onB = await contractAs(b, b.orgs[0]!);
    await expect(onB.evaluateTransaction('Get', key)).rejects.toMatchObject({
      details: expect.arrayContaining([
        expect.objectContaining({ message: expect.stringContaining('ASSET_NOT_FOUND') }),
      ]),
    });

    // fabric-a's client, presented to fabric-b's peer: its certificate chains to no CA fabric-b knows.
    const intruder = await connectGateway({ ...b.orgs[0]!, client: a.orgs[0]!.client });
    connections.push(intruder);
    const intruding = intruder.gateway.getNetwork(b.channel).getContract('assets');
    await expect(intruding.evaluateTransaction('Get', key)).rejects.toThrow(
      /access denied|creator|identity/i,
    );
  });

  it('evm-c: commits a value with a signed transaction and reads it back', async () => {
    const network = evmNetwork(state, 'evm-c');
    const provider = evmProvider(network.rpcUrl, network.chainId);
    try {
      expect(Number((await provider.getNetwork()).chainId)).toBe(31001);
      const abi = [
        'function put(string key, string value)',
        'function get(string key) view returns (string)',
      ];
      const store = new Contract(
        network.contracts.AssetStore!,
        abi,
        new Wallet(network.deployer.privateKey, provider),
      );
      const key = `asset-${randomUUID()}`;
      const height = await provider.getBlockNumber();
      const receipt = await (await store.getFunction('put')(key, 'value on evm-c')).wait();
      expect(receipt?.status).toBe(1);
      expect(receipt?.blockNumber).toBeGreaterThan(height);
      const reader = new Contract(network.contracts.AssetStore!, abi, provider);
      expect(await reader.getFunction('get')(key)).toBe('value on evm-c');
      await expect(reader.getFunction('get')(`absent-${key}`)).rejects.toThrow();
    } finally {
      provider.destroy();
    }
  });
});
