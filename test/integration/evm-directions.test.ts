/**
 * Views between Fabric and EVM networks, for real: a Fabric network (two orgs) and two anvil networks (three
 * orgs each, an attestor per org), with relays and drivers. Each direction is requested through both relays,
 * verified by the client, committed on the destination ledger and read back by its application; then the
 * forgeries an attacker would try are submitted to the destination ledgers and refused there, by name.
 * EVM views carry their block's number and time: the Fabric destination refuses one older than the value it
 * recorded or than its maximum age.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getBytes, hexlify, Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayValue, openEvmClient, openLocalClient, queryView } from '../../cli/query.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { storageSlotOfMapping } from '../../drivers/evm/storage-proof.js';
import { attestorKey, reattested } from '../../lab/compare/forge.js';
import { signAttestation } from '../../ledgers/evm/attestation.js';
import { decodeEvmView, encodeEvmView } from '../../ledgers/evm/proof.js';
import { createWeftClient, submitView, type VerifiedView } from '../../sdk/client.js';
import { maxAgeOf, recordedTime, submitEvmView, submitFabricView } from '../../sdk/evm-interop.js';
import { staticTrust, trustFromRecord } from '../../sdk/trust.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { topologyOf } from '../../topology/facets.js';
import { membershipRecords } from '../../topology/interop.js';
import { down, up } from '../../topology/launcher.js';
import { stopProcess } from '../../topology/process.js';
import {
  type EvmNetworkState,
  evmNetwork,
  fabricNetwork,
  relayOf,
  type TopologyState,
} from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { defaultPolicy, membershipRecord } from '../../topology/trust.js';
import { printGas } from '../support/gas.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let state: TopologyState;

beforeAll(async () => {
  stateDir = await tempDir('evm-directions');
  state = await up(
    parseTopology(
      `networks:
  - { id: fabric-a, type: fabric, orgs: [Org1, Org2] }
  - { id: evm-c, type: evm, chainId: 41001 }
  - { id: evm-d, type: evm, chainId: 41002 }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
}, 180_000);

afterAll(async () => {
  if (state) await down({ stateDir });
}, 60_000);

/** Writes `value` under a fresh key on a network's sample application; returns the key. */
async function putSample(networkId: string, value: string): Promise<string> {
  const key = `k-${randomUUID().slice(0, 8)}`;
  await writeSample(state.networks.find((n) => n.id === networkId)!, key, value);
  return key;
}

async function viewOf(source: string, from: string, value: string): Promise<VerifiedView> {
  const key = await putSample(source, value);
  const network = state.networks.find((n) => n.id === source)!;
  return (await queryView(state, { address: sampleAddress(network, key), from })).view;
}

/** The real keys of a network's first two attestors: enough for its policy. */
const firstAttestorKeys = (network: EvmNetworkState) =>
  Promise.all([attestorKey(network, 0), attestorKey(network, 1)]);

/** The message of a rejection, for matching the ledger's named reason. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('every direction, verified and committed', () => {
  it('EVM -> Fabric: an attested call result is accepted by the interop chaincode and read by the app', async () => {
    const key = await putSample('evm-c', 'from evm-c');
    const outcome = await queryView(state, {
      address: sampleAddress(evmNetwork(state, 'evm-c'), key),
      from: 'fabric-a',
      commit: true,
    });
    expect(outcome.view.ledger).toBe('evm');
    expect(outcome.view.orgs.length).toBeGreaterThanOrEqual(2);
    expect(displayValue(outcome.view.address, outcome.view.value)).toBe('from evm-c');
    expect(outcome.committed?.readBack).toBe('from evm-c');
  });

  it('EVM -> Fabric: a storage view is proven under the attested block and accepted', async () => {
    const key = await putSample('evm-c', 'short value');
    const network = evmNetwork(state, 'evm-c');
    // AssetStore's `values` mapping is slot 0; a short string lives in its slot with its length.
    const slot = storageSlotOfMapping(key, 0);
    const outcome = await queryView(state, {
      address: `evm-c/${network.chainId}:${network.contracts.AssetStore}:${slot}`,
      from: 'fabric-a',
      commit: true,
    });
    const value = Buffer.from(outcome.view.value);
    expect(value.subarray(0, 11).toString()).toBe('short value');
    expect(value[31]).toBe(22);
    expect(outcome.committed?.readBack).toBe(hexlify(value));
  });

  it('Fabric -> EVM: endorsements are verified by the interop contract, which hands the value to the app', async () => {
    const key = await putSample('fabric-a', 'from fabric-a');
    const outcome = await queryView(state, {
      address: sampleAddress(fabricNetwork(state, 'fabric-a'), key),
      from: 'evm-c',
      commit: true,
    });
    expect(outcome.view.ledger).toBe('fabric');
    expect([...outcome.view.orgs].sort()).toEqual(['Org1MSP', 'Org2MSP']);
    expect(outcome.committed?.readBack).toBe('from fabric-a');
    printGas(
      'Fabric view, 2 endorsements, committed on evm-c through the relays',
      outcome.committed!.gasUsed!,
    );
  });

  it('EVM -> EVM: attestations of evm-d are verified on evm-c', async () => {
    const key = await putSample('evm-d', 'from evm-d');
    const outcome = await queryView(state, {
      address: sampleAddress(evmNetwork(state, 'evm-d'), key),
      from: 'evm-c',
      commit: true,
    });
    expect(outcome.committed?.readBack).toBe('from evm-d');
    printGas(
      'EVM call view, 2 attestations, committed on evm-c through the relays',
      outcome.committed!.gasUsed!,
    );
  });

  it('evm-d -> Fabric: a second EVM network, its attestors recorded apart from evm-c', async () => {
    const view = await viewOf('evm-d', 'fabric-a', 'round trip');
    expect(displayValue(view.address, view.value)).toBe('round trip');
  });
});

describe('forgeries, refused by the destination ledger', () => {
  it('Fabric refuses a replayed EVM view, k-1 attestations, a changed result and a tampered header', async () => {
    const local = await openLocalClient(state, 'fabric-a');
    try {
      const view = await viewOf('evm-c', 'fabric-a', 'once');
      await submitView(local.interop, view);
      await expect(submitView(local.interop, view)).rejects.toMatchObject({
        code: 'LEDGER_CALL_FAILED',
        context: { refusal: 'NONCE_REPLAYED' },
      });

      const fresh = await viewOf('evm-c', 'fabric-a', 'honest');
      const decoded = decodeEvmView(fresh.proof)!;
      const oneShort = encodeEvmView({ ...decoded, attestations: decoded.attestations.slice(0, 1) });
      expect(await refusal(submitView(local.interop, { ...fresh, proof: oneShort }))).toContain(
        'POLICY_NOT_SATISFIED',
      );
      const lying = encodeEvmView({
        ...decoded,
        statement: {
          ...decoded.statement,
          result: getBytes(hexlify(decoded.statement.result).replace(/6f/g, '6e')),
        },
      });
      expect(await refusal(submitView(local.interop, { ...fresh, proof: lying }))).toContain('BAD_SIGNATURE');

      const network = evmNetwork(state, 'evm-c');
      const storageKey = await putSample('evm-c', 'proven');
      const storage = (
        await queryView(state, {
          address: `evm-c/${network.chainId}:${network.contracts.AssetStore}:${storageSlotOfMapping(storageKey, 0)}`,
          from: 'fabric-a',
        })
      ).view;
      const proven = decodeEvmView(storage.proof)!;
      const header = new Uint8Array(proven.storageProof!.header);
      header[header.length - 1] = header.at(-1)! ^ 1;
      const tampered = encodeEvmView({ ...proven, storageProof: { ...proven.storageProof!, header } });
      expect(await refusal(submitView(local.interop, { ...storage, proof: tampered }))).toContain(
        'HEADER_MISMATCH',
      );
      // The honest views are still accepted: the refusals consumed nothing.
      await submitView(local.interop, fresh);
      await submitView(local.interop, storage);
    } finally {
      local.close();
    }
  });

  it('Fabric refuses attestations of the right members over another chain id', async () => {
    const local = await openLocalClient(state, 'fabric-a');
    try {
      const view = await viewOf('evm-c', 'fabric-a', 'chain');
      const decoded = decodeEvmView(view.proof)!;
      const network = evmNetwork(state, 'evm-c');
      const statement = { ...decoded.statement, chainId: 41002n };
      const proof = reattested(decoded, statement, await firstAttestorKeys(network));
      expect(await refusal(submitView(local.interop, { ...view, proof }))).toContain('WRONG_CHAIN');
    } finally {
      local.close();
    }
  });

  it('an EVM interop contract refuses a replayed Fabric view, a view of another requester and a non-member attestor', async () => {
    const local = await openEvmClient(state, 'evm-c');
    try {
      const app = await local.assets.getAddress();
      const view = await viewOf('fabric-a', 'evm-c', 'once on evm');
      await submitFabricView(local.interop, view.proof, app);
      expect(await refusal(submitFabricView(local.interop, view.proof, app))).toContain('NonceReplayed');

      const other = await viewOf('fabric-a', 'evm-c', 'not yours');
      const stranger = evmNetwork(state, 'evm-c').orgs![1]!;
      const asStranger = local.interop.connect(
        new Wallet(stranger.client.privateKey, local.interop.runner!.provider),
      );
      expect(await refusal(submitFabricView(asStranger as typeof local.interop, other.proof, app))).toContain(
        'WrongRequester',
      );

      const evmView = await viewOf('evm-d', 'evm-c', 'attested');
      const decoded = decodeEvmView(evmView.proof)!;
      const outsider = Wallet.createRandom();
      const forged = [
        decoded.attestations[0]!.signature,
        signAttestation(decoded.statement, outsider.privateKey),
      ];
      expect(await refusal(submitEvmView(local.interop, decoded.statement, forged, app))).toContain(
        'UnknownAttestor',
      );
      expect(
        await refusal(
          submitEvmView(local.interop, decoded.statement, [decoded.attestations[0]!.signature], app),
        ),
      ).toContain('PolicyNotSatisfied');
    } finally {
      local.close();
    }
  });

  it('an attestor refuses a requester its org does not know, before reading anything', async () => {
    const network = evmNetwork(state, 'evm-c');
    const relay = relayOf(state, 'evm-d');
    const client = createWeftClient({
      relay: {
        address: `127.0.0.1:${relay.clientPort}`,
        serverName: relay.serverName,
        ca: await readFile(relay.caFile),
      },
      networkId: 'evm-d',
      identity: { kind: 'evm', org: 'Org1', privateKey: Wallet.createRandom().privateKey },
      trust: staticTrust({
        'evm-c': trustFromRecord(
          'evm-c',
          JSON.stringify(await membershipRecord(network)),
          defaultPolicy(network),
        ),
      }),
    });
    try {
      const key = await putSample('evm-c', 'secret?');
      const address = `127.0.0.1:${relayOf(state, 'evm-c').relayPort}/${sampleAddress(network, key)}`;
      await expect(client.requestView(address, { timeoutMs: 20_000 })).rejects.toMatchObject({
        // The source's refusal reaches the requester as the remote error it is, with its reason.
        code: 'REMOTE_ERROR',
        message: expect.stringMatching(/UNAUTHENTICATED.*UNTRUSTED_REQUESTER/),
      });
    } finally {
      client.close();
    }
  });
});

describe('the freshness of EVM views on Fabric', () => {
  /** Records, as fabric-a's admins, the maximum ages of evm-c's views. */
  async function setFreshness(rules: ReadonlyArray<{ pattern: string; maxAgeMs: number }>) {
    const fabric = fabricNetwork(state, 'fabric-a');
    const org = fabric.orgs[0]!;
    const connection = await connectGateway(org, org.admin);
    try {
      const interop = connection.gateway.getNetwork(fabric.channel).getContract('interop');
      await submitOnEveryPeer(fabric, interop, 'SetFreshnessPolicy', 'evm-c', JSON.stringify(rules));
    } finally {
      connection.close();
    }
  }

  it("carries the attested block's number and time, and the app reads them with the value", async () => {
    const local = await openLocalClient(state, 'fabric-a');
    try {
      const view = await viewOf('evm-c', 'fabric-a', 'timed');
      const decoded = decodeEvmView(view.proof)!;
      expect(view.height).toBe(decoded.statement.blockNumber);
      expect(view.sourceTimeMs).toBe(Number(decoded.statement.blockTimestamp) * 1000);
      expect(Math.abs(view.sourceTimeMs - Date.now())).toBeLessThan(60_000);
      await submitView(local.interop, view);
      const record = JSON.parse(
        Buffer.from(await local.assets.evaluateTransaction('GetRemoteRecord', view.address)).toString(),
      ) as { sourceTimeMs: number; height: string };
      expect(record).toMatchObject({ sourceTimeMs: view.sourceTimeMs, height: view.height!.toString() });
    } finally {
      local.close();
    }
  });

  it('refuses a view of an earlier block than the recorded one, however late it was requested', async () => {
    const network = evmNetwork(state, 'evm-c');
    const local = await openLocalClient(state, 'fabric-a');
    try {
      const key = await putSample('evm-c', 'v1');
      const address = sampleAddress(network, key);
      const old = (await queryView(state, { address, from: 'fabric-a' })).view;
      await writeSample(network, key, 'v2');
      const newer = (await queryView(state, { address, from: 'fabric-a' })).view;
      expect(newer.height).toBeGreaterThan(old.height!);
      await submitView(local.interop, newer);
      await expect(submitView(local.interop, old)).rejects.toMatchObject({ code: 'VIEW_OUTDATED' });
      expect(
        Buffer.from(await local.assets.evaluateTransaction('GetRemote', newer.address)).toString(),
      ).toContain('v2');
    } finally {
      local.close();
    }
  });

  it("refuses a view older than fabric-a's maximum age, and a block time the attested header does not have", async () => {
    const network = evmNetwork(state, 'evm-c');
    const local = await openLocalClient(state, 'fabric-a');
    try {
      await setFreshness([{ pattern: `${network.chainId}:*`, maxAgeMs: 2_000 }]);
      const kept = await viewOf('evm-c', 'fabric-a', 'kept too long');
      await new Promise((r) => setTimeout(r, 3_000));
      await expect(submitView(local.interop, kept)).rejects.toMatchObject({ code: 'VIEW_EXPIRED' });
      await setFreshness([{ pattern: '*', maxAgeMs: 600_000 }]);

      // The attestors' own keys over a storage view whose block time is not its header's.
      const storageKey = await putSample('evm-c', 'proven in time');
      const storage = (
        await queryView(state, {
          address: `evm-c/${network.chainId}:${network.contracts.AssetStore}:${storageSlotOfMapping(storageKey, 0)}`,
          from: 'fabric-a',
        })
      ).view;
      const decoded = decodeEvmView(storage.proof)!;
      const statement = { ...decoded.statement, blockTimestamp: decoded.statement.blockTimestamp + 1n };
      const proof = reattested(decoded, statement, await firstAttestorKeys(network));
      expect(await refusal(submitView(local.interop, { ...storage, proof }))).toContain(
        'BLOCK_TIMESTAMP_MISMATCH',
      );
      await submitView(local.interop, storage);
    } finally {
      await setFreshness([{ pattern: '*', maxAgeMs: 600_000 }]);
      local.close();
    }
  });
});

describe('time, on an EVM destination', () => {
  /** Two views of one address of `source`, both requested from evm-c before either is submitted. */
  async function keptAndNewer(source: string) {
    const network = state.networks.find((n) => n.id === source)!;
    const key = await putSample(source, 'v1');
    const address = sampleAddress(network, key);
    const kept = (await queryView(state, { address, from: 'evm-c' })).view;
    await writeSample(network, key, 'v2');
    const newer = (await queryView(state, { address, from: 'evm-c' })).view;
    return { kept, newer };
  }

  it('a view kept while the source changed cannot roll back the value a newer one recorded', async () => {
    const local = await openEvmClient(state, 'evm-c');
    try {
      const app = await local.assets.getAddress();
      const { kept, newer } = await keptAndNewer('fabric-a');
      expect(newer.sourceTimeMs).toBeGreaterThan(kept.sourceTimeMs);
      // weft up records a default max age for every source.
      expect(await maxAgeOf(local.interop, newer.address)).toBe(600_000n);
      await submitFabricView(local.interop, newer.proof, app);
      expect(await refusal(submitFabricView(local.interop, kept.proof, app))).toContain('ViewOutdated');
      expect(await local.assets.getFunction('getRemoteWithTime')(newer.address)).toEqual([
        hexlify(Buffer.from('v2')),
        BigInt(newer.sourceTimeMs),
        0n,
      ]);

      const evm = await keptAndNewer('evm-d');
      expect(evm.newer.height).toBeGreaterThan(evm.kept.height!);
      const submitEvm = (view: VerifiedView) => {
        const decoded = decodeEvmView(view.proof)!;
        const signatures = decoded.attestations.map((a) => a.signature);
        return submitEvmView(local.interop, decoded.statement, signatures, app);
      };
      await submitEvm(evm.newer);
      expect(await refusal(submitEvm(evm.kept))).toContain('ViewOutdated');
      expect(await recordedTime(local.interop, evm.newer.address)).toEqual({
        sourceTimeMs: BigInt(evm.newer.sourceTimeMs),
        height: evm.newer.height,
      });
    } finally {
      local.close();
    }
  });
});

describe('an attestor that is down', () => {
  it('is stood in for by another org`s attestor, and the view still satisfies the policy', async () => {
    const attestor = state.processes.find((p) => p.name === 'evm-d/attestor-org1')!;
    expect(await stopProcess(attestor)).toBe('stopped');
    const view = await viewOf('evm-d', 'fabric-a', 'one attestor down');
    expect(displayValue(view.address, view.value)).toBe('one attestor down');
    expect([...view.orgs].sort()).toEqual(['Org2', 'Org3']);
  });
});

describe('trust recorded again without a toolchain, as docker-compose.yml does at every start', () => {
  it("through the kinds' facets (adopt, then record), and every direction still verifies and commits", async () => {
    // What topology/docker/interop.ts runs on ledgers that already hold the trust of an earlier start.
    const records = await membershipRecords(state.networks);
    for (const local of state.networks) {
      const facet = await topologyOf(local);
      await facet.adoptNetwork(local);
      await facet.registerTrust(
        local,
        state.networks.filter((n) => n.id !== local.id),
        records,
      );
    }
    const toEvm = await queryView(state, {
      address: sampleAddress(fabricNetwork(state, 'fabric-a'), await putSample('fabric-a', 'again to evm')),
      from: 'evm-c',
      commit: true,
    });
    expect(toEvm.committed?.readBack).toBe('again to evm');
    const toFabric = await queryView(state, {
      address: sampleAddress(evmNetwork(state, 'evm-d'), await putSample('evm-d', 'again to fabric')),
      from: 'fabric-a',
      commit: true,
    });
    expect(toFabric.committed?.readBack).toBe('again to fabric');
  });
});
