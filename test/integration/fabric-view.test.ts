/**
 * Real endorsements, verified: the interop chaincode of a running Fabric network answers a view request,
 * both orgs' peers endorse it through the Gateway (never submitted), and the proof verifier accepts it, and
 * rejects it once tampered with.
 */
import { createPrivateKey, type KeyObject, randomUUID, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Contract } from '@hyperledger/fabric-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../common/paths.js';
import { fabricViewFromEndorsedTransaction } from '../../drivers/fabric/view.js';
import { membershipFromPems } from '../../ledgers/fabric/membership.js';
import { createFabricViewVerifier, type FabricViewVerifier } from '../../ledgers/fabric/proof.js';
import { parsePolicy } from '../../proofs/policy.js';
import { requestSigningBytes } from '../../proofs/requester.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import { type FabricNetworkState, fabricNetwork } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { orgCas, trustItself } from '../support/self-trust.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let network: FabricNetworkState;
let connection: FabricConnection;
let interop: Contract;
let verifier: FabricViewVerifier;
let requester: string;
let requesterKey: KeyObject;
const key = `asset-${randomUUID()}`;

beforeAll(async () => {
  stateDir = await tempDir('view');
  const state = await up(parseTopology('networks: [{ id: src, type: fabric, orgs: [Org1, Org2] }]'), {
    stateDir,
    cacheDir: cacheDir(),
    topologySource: 'test',
  });
  network = fabricNetwork(state, 'src');
  connection = await connectGateway(network.orgs[0]!);
  const channel = connection.gateway.getNetwork(network.channel);
  await submitOnEveryPeer(network, channel.getContract('assets'), 'Put', key, 'a value worth proving');
  interop = channel.getContract('interop');
  // The requester is a client of this same network: record it as a requesting network that may read assets.
  await trustItself(network, { access: [{ principal: '*', resource: 'weft:assets:*' }] });
  requester = await readFile(network.orgs[0]!.client.certFile, 'utf8');
  requesterKey = createPrivateKey(await readFile(network.orgs[0]!.client.keyFile));
  verifier = createFabricViewVerifier(membershipFromPems('src', await orgCas(network)));
}, 240_000);

afterAll(async () => {
  connection?.close();
  await down({ stateDir });
}, 60_000);

const address = () => `relay.src.weft.test:9080/src/weft:assets:Get:${key}`;

async function endorsedView(nonce: string, endorsingOrganizations = ['Org1MSP', 'Org2MSP']) {
  const signature = sign('sha256', requestSigningBytes(address(), nonce), requesterKey).toString('base64');
  const transaction = await interop
    .newProposal('Query', {
      arguments: [address(), nonce, 'src', requester, signature, 'false'],
      endorsingOrganizations,
    })
    .endorse();
  return fabricViewFromEndorsedTransaction(transaction.getBytes());
}

const expectation = (nonce: string) => ({
  address: address(),
  nonce,
  requesterCertificate: requester,
  chaincode: 'interop',
  policy: parsePolicy('AND(Org1MSP, Org2MSP)'),
});

describe('Fabric views from real endorsements', () => {
  it('verifies a view endorsed by both orgs and yields the ledger value', async () => {
    const verdict = verifier.verify(await endorsedView('nonce-1'), expectation('nonce-1'));
    expect(verdict.valid).toBe(true);
    if (!verdict.valid) return;
    // The Gateway returns endorsements in no particular order.
    expect([...verdict.orgs].sort()).toEqual(['Org1MSP', 'Org2MSP']);
    expect(Buffer.from(verdict.result.payload).toString()).toBe('a value worth proving');
  });

  it('rejects the same view for another request, and one org alone for a policy needing both', async () => {
    const view = await endorsedView('nonce-2');
    expect(verifier.verify(view, expectation('nonce-3'))).toMatchObject({
      valid: false,
      failure: 'NONCE_MISMATCH',
    });
    const single = await endorsedView('nonce-4', ['Org1MSP']);
    expect(verifier.verify(single, expectation('nonce-4'))).toMatchObject({
      valid: false,
      failure: 'POLICY_NOT_SATISFIED',
    });
  });

  it('rejects a view whose value a relay changed in transit', async () => {
    const view = Buffer.from(await endorsedView('nonce-5'));
    const at = view.indexOf('a value worth proving');
    expect(at).toBeGreaterThan(0);
    view.write('a value worth forging', at); // same length: the protobuf framing stays valid
    expect(verifier.verify(view, expectation('nonce-5'))).toMatchObject({
      valid: false,
      failure: 'BAD_SIGNATURE',
    });
  });
});
