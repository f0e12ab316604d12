/**
 * Fabric to Fabric, on the ledgers: network b's asset, answered as a view by b's interop chaincode and
 * endorsed by both of b's orgs, is verified by network a's interop chaincode against b's membership and
 * verification policy recorded on a, accepted once, and readable on a. Each forgery is refused by a's peers.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Contract } from '@hyperledger/fabric-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../common/paths.js';
import { fabricViewFromEndorsedTransaction } from '../../drivers/fabric/view.js';
import { connectGateway, describeGatewayError, type FabricConnection } from '../../networks/fabric/client.js';
import { down, up } from '../../networks/launcher.js';
import { type FabricNetworkState, fabricNetwork } from '../../networks/state.js';
import { parseTopology } from '../../networks/topology.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let a: FabricNetworkState;
let b: FabricNetworkState;
const connections: FabricConnection[] = [];
const key = `asset-${randomUUID()}`;
const address = `relay-b.weft.test:9080/b/weft:assets:Get:${key}`;
let requester: string;

async function contract(network: FabricNetworkState, name: string, identity: 'client' | 'admin' = 'client') {
  const org = network.orgs[0]!;
  const connection = await connectGateway(org, org[identity]);
  connections.push(connection);
  return connection.gateway.getNetwork(network.channel).getContract(name);
}

const both = { endorsingOrganizations: ['Org1MSP', 'Org2MSP'] };

/** b's interop chaincode answers the view request, endorsed by both of b's orgs (the source driver's job). */
async function viewFromB(nonce: string, requesterCertificate = requester): Promise<string> {
  const interopB = await contract(b, 'interop');
  const endorsed = await interopB
    .newProposal('Query', { arguments: [address, nonce, requesterCertificate], ...both })
    .endorse();
  return Buffer.from(fabricViewFromEndorsedTransaction(endorsed.getBytes())).toString('base64');
}

async function submitOnA(interopA: Contract, view: string, nonce: string): Promise<string> {
  const tx = await interopA
    .newProposal('SubmitView', { arguments: [view, address, nonce], ...both })
    .endorse();
  const status = await (await tx.submit()).getStatus();
  if (!status.successful) throw new Error(`SubmitView committed as invalid (${status.code})`);
  return Buffer.from(tx.getResult()).toString();
}

async function refusal(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    return describeGatewayError(error);
  }
  throw new Error('expected the peers to refuse');
}

beforeAll(async () => {
  stateDir = await tempDir('cross');
  const topology = parseTopology(
    'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
  );
  const state = await up(topology, { stateDir, cacheDir: cacheDir(), topologySource: 'test' });
  a = fabricNetwork(state, 'a');
  b = fabricNetwork(state, 'b');
  requester = await readFile(a.orgs[0]!.client.certFile, 'utf8');
  await (await contract(b, 'assets')).submitTransaction('Put', key, 'the value on b');

  // a's governance records who b is and what it takes to believe b.
  const adminA = await contract(a, 'interop', 'admin');
  const orgs = Object.fromEntries(
    await Promise.all(b.orgs.map(async (o) => [o.mspId, [await readFile(o.caCertFile, 'utf8')]] as const)),
  );
  await adminA.submitTransaction('SetMembership', 'b', JSON.stringify({ orgs }));
  await adminA.submitTransaction(
    'SetVerificationPolicy',
    'b',
    JSON.stringify([{ pattern: 'weft:assets:*', policy: 'AND(Org1MSP, Org2MSP)' }]),
  );
}, 240_000);

afterAll(async () => {
  for (const c of connections) c.close();
  await down({ stateDir });
}, 60_000);

describe('a Fabric view of b, verified and used on a', () => {
  it("accepts b's view on a once, and keeps the value readable on a", async () => {
    const interopA = await contract(a, 'interop');
    const view = await viewFromB('nonce-1');
    expect(await submitOnA(interopA, view, 'nonce-1')).toBe('the value on b');
    expect(Buffer.from(await interopA.evaluateTransaction('GetVerifiedView', address)).toString()).toBe(
      'the value on b',
    );
    // The same view again: a replay.
    expect(await refusal(submitOnA(interopA, view, 'nonce-1'))).toContain('NONCE_REPLAYED');
  });

  it('refuses a view whose value was changed on the way', async () => {
    const interopA = await contract(a, 'interop');
    const view = Buffer.from(await viewFromB('nonce-2'), 'base64');
    const at = view.indexOf('the value on b');
    view.write('the value on x', at);
    expect(await refusal(submitOnA(interopA, view.toString('base64'), 'nonce-2'))).toContain('BAD_SIGNATURE');
  });

  it("refuses a view issued to another requester, and a view for another request's nonce", async () => {
    const interopA = await contract(a, 'interop');
    const someoneElse = await readFile(a.orgs[1]!.client.certFile, 'utf8');
    expect(await refusal(submitOnA(interopA, await viewFromB('nonce-3', someoneElse), 'nonce-3'))).toContain(
      'REQUESTER_MISMATCH',
    );
    expect(await refusal(submitOnA(interopA, await viewFromB('nonce-4'), 'nonce-5'))).toContain(
      'NONCE_MISMATCH',
    );
  });

  it("lets only a's admins change what a trusts", async () => {
    const clientA = await contract(a, 'interop');
    expect(
      await refusal(clientA.submitTransaction('SetMembership', 'b', JSON.stringify({ orgs: {} }))),
    ).toContain('NOT_ADMIN');
  });
});
