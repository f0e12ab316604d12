/**
 * WeftInterop on real anvil nodes: Fabric views (real cryptogen identities, endorsements signed as Fabric
 * peers sign them) and EVM views (EIP-712 attestations) verified on chain, on Osaka (P256VERIFY precompile)
 * and on Prague (OpenZeppelin's Solidity fallback), and each forgery rejected with its own custom error;
 * views too old for their max age, older than the recorded value or dated in the future refused. Views of the
 * batch form (proofs/batch.ts): the first verified in full and its root recorded, the further ones by their
 * leaf under the recorded root, and every forged leaf, path, requester or lapsed root refused.
 */
import { randomUUID } from 'node:crypto';
import {
  AbiCoder,
  Contract,
  getBytes,
  hexlify,
  Interface,
  randomBytes,
  Signature,
  toBeHex,
  toUtf8Bytes,
  Wallet,
  ZeroAddress,
} from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeftError } from '../../common/errors.js';
import { attestationDigest, type EvmStatement, signAttestation } from '../../ledgers/evm/attestation.js';
import { endorsedBatchBytes, interopPayloadBytes } from '../../ledgers/fabric/batch.js';
import { signTrustedAnswer } from '../../ledgers/trusted-party.js';
import { batchLeaf, batchTree } from '../../proofs/batch.js';
import { common, msp, protos, weft } from '../../protos/index.js';
import {
  acceptOwnership,
  batchRootRecorded,
  evmViewInput,
  fabricEndorserKey,
  fabricViewArgs,
  maxAgeOf,
  ownership,
  recordedTime,
  registerEvmNetwork,
  registerFabricEndorser,
  registerFabricNetwork,
  revokeFabricEndorser,
  setMaxAge,
  setPolicy,
  setTrustedParty,
  submitEvmView,
  submitFabricView,
  submitFabricViewCheapest,
  submitRecordedBatchView,
  submitTrustedView,
  transferOwnership,
} from '../../sdk/evm-interop.js';
import { encodeMessage as encode } from '../../transport/grpc.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import {
  batchResponse,
  type Endorser,
  endorse,
  fabricView,
  generateOrgs,
  responsePayload,
  type ViewContent,
} from '../support/fabric-views.js';
import { calldataGas, printGas } from '../support/gas.js';

const FABRIC = 'fabric-a'; // policy: 2 of Org1MSP, Org2MSP, Org3MSP
const FABRIC_ANY = 'fabric-b'; // the same orgs, policy: 1 of them
const EVM = 'evm-b'; // policy: 2 of OrgA, OrgB, OrgC
const EVM_SOURCE_CHAIN_ID = 1337n;
const ORGS = ['Org1MSP', 'Org2MSP', 'Org3MSP'];
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const VALUE = 'asset value 1';

interface Chain {
  readonly label: string;
  readonly anvil: TestAnvil;
  /** WeftInterop as its owner. */
  readonly owner: Contract;
  /** WeftInterop as the requester of the views (account 1). */
  readonly submitter: Contract;
  /** WeftInterop as another account, neither owner nor requester. */
  readonly stranger: Contract;
  /** AssetStore, receiving verified values from WeftInterop. */
  readonly store: Contract;
  readonly requester: string;
}

const anvils: TestAnvil[] = [];
const chains: Chain[] = [];
let osaka: Chain;
let orgs: Record<string, Endorser>;
/** Second identities of the same orgs: Org1's is registered, Org2's never, Org3's registered and revoked. */
let extra: Record<string, Endorser>;
const attestors = {
  a: Wallet.createRandom(),
  aSecond: Wallet.createRandom(),
  b: Wallet.createRandom(),
  c: Wallet.createRandom(),
  outsider: Wallet.createRandom(),
};

const identity = (endorser: Endorser) =>
  msp.SerializedIdentity.encode(
    msp.SerializedIdentity.create({ mspid: endorser.mspId, id_bytes: Buffer.from(endorser.certificate) }),
  ).finish();

async function deployChain(label: string, anvil: TestAnvil): Promise<Chain> {
  const interop = await anvil.deploy('WeftInterop');
  const store = await anvil.deploy('AssetStore', [interop.address]);
  const contract = (i: number) => new Contract(interop.address, interop.abi as never[], anvil.signer(i));
  const chain: Chain = {
    label,
    anvil,
    owner: contract(0),
    submitter: contract(1),
    stranger: contract(2),
    store: new Contract(store.address, store.abi as never[], anvil.signer(1)),
    requester: anvil.wallets[1]!.address.toLowerCase(),
  };
  const [org1, org2, org3] = [orgs.Org1!, orgs.Org2!, orgs.Org3!];
  const registered = await registerFabricNetwork(chain.owner, {
    networkId: FABRIC,
    interopChaincode: 'interop',
    orgs: {
      Org1MSP: [identity(org1), identity(extra.Org1!)],
      Org2MSP: [identity(org2)],
      Org3MSP: [identity(org3), identity(extra.Org3!)],
    },
  });
  printGas(`register fabric endorser (${label})`, registered[1]!.gasUsed);
  await setPolicy(chain.owner, FABRIC, 2, ORGS);
  await registerFabricNetwork(chain.owner, {
    networkId: FABRIC_ANY,
    interopChaincode: 'interop',
    orgs: { Org1MSP: [identity(org1)], Org2MSP: [identity(org2)], Org3MSP: [identity(org3)] },
  });
  await setPolicy(chain.owner, FABRIC_ANY, 1, ORGS);
  await registerEvmNetwork(chain.owner, {
    networkId: EVM,
    chainId: EVM_SOURCE_CHAIN_ID,
    orgs: {
      OrgA: [attestors.a.address, attestors.aSecond.address],
      OrgB: [attestors.b.address],
      OrgC: [attestors.c.address],
    },
  });
  await setPolicy(chain.owner, EVM, 2, ['OrgA', 'OrgB', 'OrgC']);
  return chain;
}

beforeAll(async () => {
  const started = (options?: Parameters<typeof startAnvil>[0]) =>
    startAnvil(options).then((anvil) => {
      anvils.push(anvil);
      return anvil;
    });
  const [osakaNode, pragueNode, generated, generatedExtra] = await Promise.all([
    started(),
    started({ hardfork: 'prague' }),
    generateOrgs('a.weft.test', ['Org1', 'Org2', 'Org3']),
    generateOrgs('b.weft.test', ['Org1', 'Org2', 'Org3']),
  ]);
  orgs = generated;
  extra = generatedExtra;
  // One after the other: the first compiles the contracts, the second finds them cached.
  osaka = await deployChain('precompile', osakaNode);
  chains.push(osaka, await deployChain('fallback (prague)', pragueNode));
}, 120_000);

afterAll(async () => {
  await Promise.all(anvils.map((anvil) => anvil.stop()));
});

let views = 0;
const viewAddress = (network: string) => `127.0.0.1:9080/${network}/weft:assets:Get:key-${++views}`;

/** A Fabric view's payload, bound to `chain`'s requester unless the content says otherwise. */
function payload(chain: Chain, content: Partial<ViewContent> = {}): Uint8Array {
  return responsePayload({
    address: viewAddress(FABRIC),
    nonce: randomUUID(),
    requesterCertificate: chain.requester,
    value: VALUE,
    ...content,
  });
}

function endorsedView(chain: Chain, endorsers: readonly Endorser[], content: Partial<ViewContent> = {}) {
  const signed = payload(chain, content);
  return fabricView(endorsers.map((endorser) => endorse(signed, endorser)));
}

/** The address and nonce a Fabric view's InteropPayload binds. */
const bindingOf = (view: Uint8Array) => {
  const prp = protos.ProposalResponsePayload.decode(fabricViewArgs(view).prp);
  const action = protos.ChaincodeAction.decode(prp.extension);
  return common.interop_payload.InteropPayload.decode(action.response?.payload ?? new Uint8Array());
};

/** The checksummed address of `chain`'s account `i`. */
const anvilAddress = (chain: Chain, i: number) => chain.anvil.wallets[i]!.address;

/** A view function's result (or a simulated call's). */
const call = (contract: Contract, method: string, ...args: unknown[]): Promise<unknown> =>
  contract.getFunction(method).staticCall(...args);

/** The WeftError a rejected submission threw. */
async function rejection(promise: Promise<unknown>): Promise<WeftError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WeftError) return error;
    throw error;
  }
  throw new Error('accepted, expected a rejection');
}

const rejectedWith = async (promise: Promise<unknown>) => (await rejection(promise)).context.error;

const assetStore = new Interface(['function get(string key) view returns (string)']);
const coder = AbiCoder.defaultAbiCoder();

/** An EVM call view's statement of the current time, bound to `chain`'s requester. */
function statement(chain: Chain, overrides: Partial<EvmStatement> = {}): EvmStatement {
  const target = hexlify(randomBytes(20));
  return {
    networkId: EVM,
    chainId: EVM_SOURCE_CHAIN_ID,
    blockNumber: 1234n,
    blockHash: hexlify(randomBytes(32)),
    blockTimestamp: BigInt(Math.floor(Date.now() / 1000)),
    viewAddress: `127.0.0.1:9081/${EVM}/${target}:get(string):key-${++views}`,
    target,
    kind: 'call',
    callData: getBytes(assetStore.encodeFunctionData('get', ['key-1'])),
    result: getBytes(coder.encode(['string'], [VALUE])),
    nonce: randomUUID(),
    requester: chain.requester,
    ...overrides,
  };
}

const storageView = (chain: Chain) =>
  statement(chain, { kind: 'storage', callData: randomBytes(32), result: getBytes(toBeHex(42n, 32)) });

const sign = (s: EvmStatement, wallets: readonly { privateKey: string }[]) =>
  wallets.map((wallet) => signAttestation(s, wallet.privateKey));

/** Registers (again) `networkId` on `chain` with the source's three orgs, one endorser each. */
async function registerSourceOrgs(chain: Chain, networkId: string): Promise<void> {
  await registerFabricNetwork(chain.owner, {
    networkId,
    interopChaincode: 'interop',
    orgs: {
      Org1MSP: [identity(orgs.Org1!)],
      Org2MSP: [identity(orgs.Org2!)],
      Org3MSP: [identity(orgs.Org3!)],
    },
  });
}

describe('Fabric views', () => {
  it('are accepted with 2 of 3 orgs endorsing, with and without the P-256 precompile', async () => {
    for (const chain of chains) {
      const view = endorsedView(chain, [orgs.Org1!, orgs.Org2!]);
      const { address, nonce } = bindingOf(view);
      const submitted = await submitFabricView(chain.submitter, view, await chain.store.getAddress());
      expect(Buffer.from(submitted.value).toString()).toBe(VALUE);
      expect(await call(chain.store, 'getRemote', address)).toBe(hexlify(toUtf8Bytes(VALUE)));
      // The spent nonce records what it was spent on: this address with this value, nothing else.
      expect(await call(chain.owner, 'verified', FABRIC, nonce, address, toUtf8Bytes(VALUE))).toBe(true);
      expect(await call(chain.owner, 'verified', FABRIC, nonce, address, toUtf8Bytes('forged'))).toBe(false);
      expect(await call(chain.owner, 'nonceUsed', FABRIC, nonce)).toBe(true);
    }
  });

  it('cost: 1, 2 and 3 endorsements, on Osaka and on Prague', async () => {
    for (const chain of chains) {
      const store = await chain.store.getAddress();
      const cases = [
        { network: FABRIC_ANY, endorsers: [orgs.Org1!] },
        { network: FABRIC, endorsers: [orgs.Org1!, orgs.Org2!] },
        { network: FABRIC, endorsers: [orgs.Org1!, orgs.Org2!, orgs.Org3!] },
      ];
      for (const { network, endorsers } of cases) {
        const view = endorsedView(chain, endorsers, { address: viewAddress(network) });
        const { gasUsed } = await submitFabricView(chain.submitter, view, store);
        const plural = endorsers.length === 1 ? '' : 's';
        printGas(`fabric view, ${endorsers.length} endorsement${plural}, ${chain.label}`, gasUsed);
      }
    }
    // What the storage writes cost: the same address verified again (its values overwritten), and no app.
    const address = viewAddress(FABRIC);
    const store = await osaka.store.getAddress();
    const twice = [orgs.Org1!, orgs.Org2!];
    await submitFabricView(osaka.submitter, endorsedView(osaka, twice, { address }), store);
    const again = await submitFabricView(osaka.submitter, endorsedView(osaka, twice, { address }), store);
    printGas('fabric view, 2 endorsements, precompile, address verified before', again.gasUsed);
    const alone = await submitFabricView(osaka.submitter, endorsedView(osaka, twice), ZeroAddress);
    printGas('fabric view, 2 endorsements, precompile, no app', alone.gasUsed);
  });

  it('rejects an endorser whose key is not registered', async () => {
    const view = endorsedView(osaka, [orgs.Org1!, extra.Org2!]);
    const error = await rejection(submitFabricView(osaka.submitter, view, ZeroAddress));
    expect(error.code).toBe('VIEW_INVALID');
    expect(error.context.error).toBe('UnknownEndorser');
    expect(error.message).toBe(
      `rejected by the interop contract: UnknownEndorser(${fabricEndorserKey(identity(extra.Org2!)).keyId})`,
    );
  });

  it('rejects a high-S signature', async () => {
    const signed = payload(osaka);
    const view = fabricView([endorse(signed, orgs.Org1!), endorse(signed, orgs.Org2!, { highS: true })]);
    const error = await rejection(submitFabricView(osaka.submitter, view, ZeroAddress));
    expect(error.message).toBe('rejected by the interop contract: HighS(1)');
  });

  it('rejects a signature over other bytes', async () => {
    const signed = payload(osaka);
    const view = fabricView([
      endorse(signed, orgs.Org1!, { signOver: payload(osaka) }),
      endorse(signed, orgs.Org2!),
    ]);
    const error = await rejection(submitFabricView(osaka.submitter, view, ZeroAddress));
    expect(error.message).toBe('rejected by the interop contract: BadSignature(0)');
  });

  it('rejects a view only one org endorsed, once or twice', async () => {
    for (const endorsers of [[orgs.Org1!], [orgs.Org1!, extra.Org1!], [orgs.Org1!, orgs.Org1!]]) {
      const view = endorsedView(osaka, endorsers);
      const error = await rejection(submitFabricView(osaka.submitter, view, ZeroAddress));
      expect(error.message).toBe('rejected by the interop contract: PolicyNotSatisfied(1)');
    }
  });

  it("rejects a response of another chaincode than the network's interop chaincode", async () => {
    const view = endorsedView(osaka, [orgs.Org1!, orgs.Org2!], { chaincode: 'assets' });
    expect(await rejectedWith(submitFabricView(osaka.submitter, view, ZeroAddress))).toBe('WrongChaincode');
  });

  it('rejects a failed chaincode response', async () => {
    const view = endorsedView(osaka, [orgs.Org1!, orgs.Org2!], { status: 500 });
    const error = await rejection(submitFabricView(osaka.submitter, view, ZeroAddress));
    expect(error.message).toBe('rejected by the interop contract: ChaincodeFailed(500)');
  });

  it('rejects a replayed view', async () => {
    const view = endorsedView(osaka, [orgs.Org1!, orgs.Org2!]);
    await submitFabricView(osaka.submitter, view, ZeroAddress);
    expect(await rejectedWith(submitFabricView(osaka.submitter, view, ZeroAddress))).toBe('NonceReplayed');
  });

  it('rejects a view submitted by someone other than its requester', async () => {
    const view = endorsedView(osaka, [orgs.Org1!, orgs.Org2!]);
    expect(await rejectedWith(submitFabricView(osaka.stranger, view, ZeroAddress))).toBe('WrongRequester');
  });

  it('rejects an address naming an unregistered network', async () => {
    const view = endorsedView(osaka, [orgs.Org1!, orgs.Org2!], { address: viewAddress('fabric-z') });
    const error = await rejection(submitFabricView(osaka.submitter, view, ZeroAddress));
    expect(error.message).toBe('rejected by the interop contract: UnknownNetwork("fabric-z")');
  });

  it('rejects a revoked endorser, accepted before its revocation', async () => {
    await submitFabricView(osaka.submitter, endorsedView(osaka, [orgs.Org1!, extra.Org3!]), ZeroAddress);
    const { keyId } = fabricEndorserKey(identity(extra.Org3!));
    await revokeFabricEndorser(osaka.owner, FABRIC, keyId);
    expect(await call(osaka.owner, 'isFabricEndorser', FABRIC, keyId)).toBe(false);
    const view = endorsedView(osaka, [orgs.Org1!, extra.Org3!]);
    expect(await rejectedWith(submitFabricView(osaka.submitter, view, ZeroAddress))).toBe('UnknownEndorser');
  });

  it('rejects a malformed response payload', async () => {
    // Field 2 (extension) announces 5 bytes; 1 follows.
    const malformed = Uint8Array.from([0x0a, 0x01, 0x00, 0x12, 0x05, 0x01]);
    const view = fabricView([endorse(malformed, orgs.Org1!), endorse(malformed, orgs.Org2!)]);
    expect(await rejectedWith(submitFabricView(osaka.submitter, view, ZeroAddress))).toBe('MalformedPayload');
  });

  it('rejects a confidential payload', async () => {
    const interopPayload = encode('common.interop_payload.InteropPayload', {
      payload: Buffer.from('sealed'),
      address: viewAddress(FABRIC),
      confidential: true,
      requestor_certificate: osaka.requester,
      nonce: randomUUID(),
    });
    const action = encode('protos.ChaincodeAction', {
      response: { status: 200, payload: interopPayload },
      chaincode_id: { name: 'interop', version: '1' },
    });
    const signed = encode('protos.ProposalResponsePayload', {
      proposal_hash: randomBytes(32),
      extension: action,
    });
    const view = fabricView([endorse(signed, orgs.Org1!), endorse(signed, orgs.Org2!)]);
    expect(await rejectedWith(submitFabricView(osaka.submitter, view, ZeroAddress))).toBe(
      'ConfidentialNotSupported',
    );
  });

  it('are refused before submission when the endorsers signed different payloads', () => {
    const view = fabricView([endorse(payload(osaka), orgs.Org1!), endorse(payload(osaka), orgs.Org2!)]);
    expect(() => fabricViewArgs(view)).toThrow(WeftError);
  });
});

describe('Fabric batch views', () => {
  /** WeftInterop on `chain` as its account `i` (1: the submitter, 2: the stranger, 3: a third requester). */
  const as = (chain: Chain, i: number) =>
    new Contract(chain.owner.target, chain.owner.interface, chain.anvil.signer(i)) as Contract;
  const requesterOf = (chain: Chain, i: number) => anvilAddress(chain, i).toLowerCase();
  const leafSignature = () => Buffer.from(randomBytes(64)).toString('base64');

  interface Batch {
    readonly root: Uint8Array;
    /** Per request, in order: its view (the shared endorsement and its own leaf), leaf and nonce. */
    readonly views: readonly Uint8Array[];
    readonly leaves: ReadonlyArray<{ payload: Uint8Array; salt: Uint8Array; path: Uint8Array[] }>;
    readonly nonces: readonly string[];
    readonly entries: ReadonlyArray<{ payload: Uint8Array; endorsement: Uint8Array }>;
  }

  /** What the interop chaincode's QueryBatch answers (test/support batchResponse), endorsed by `endorsers`. */
  function batchOf(
    requesters: readonly string[],
    endorsers: readonly Endorser[],
    address = viewAddress(FABRIC),
  ): Batch {
    const requests = requesters.map((certificate) => ({
      nonce: randomUUID(),
      certificate,
      signature: leafSignature(),
    }));
    const batch = batchResponse(address, requests, { value: VALUE });
    const entries = endorsers.map((endorser) => endorse(batch.payload, endorser));
    return {
      root: batch.root,
      leaves: batch.leaves,
      nonces: requests.map((r) => r.nonce),
      entries,
      views: batch.leaves.map((leaf) => fabricView(entries, leaf)),
    };
  }

  /**
   * A batch no chaincode of ours builds: one leaf per (address, requester), of any network, endorsed as the
   * result of chaincode `chaincode`; what a forger could ask endorsers to sign, were they to sign anything.
   */
  function forgedBatch(
    leaves: ReadonlyArray<{ address: string; requester: string }>,
    endorsers: readonly Endorser[],
    chaincode = 'interop',
  ): Batch {
    const sourceTimeMs = Date.now();
    const value = { payload: Buffer.from(VALUE), confidential: false };
    const nonces = leaves.map(() => randomUUID());
    const own = leaves.map((leaf, i) => ({
      payload: interopPayloadBytes(
        { address: leaf.address, nonce: nonces[i]!, certificate: leaf.requester },
        sourceTimeMs,
        value,
      ),
      salt: randomBytes(32),
    }));
    const tree = batchTree(own.map((leaf) => batchLeaf(leaf.salt, leaf.payload)));
    const result = endorsedBatchBytes(
      { address: leaves[0]!.address, payload: value.payload, sourceTimeMs },
      tree.root,
      own.length,
    );
    const action = encode('protos.ChaincodeAction', {
      response: { status: 200, payload: result },
      chaincode_id: { name: chaincode, version: '1' },
    });
    const prp = encode('protos.ProposalResponsePayload', {
      proposal_hash: randomBytes(32),
      extension: action,
    });
    const entries = endorsers.map((endorser) => endorse(prp, endorser));
    const withPaths = own.map((leaf, i) => ({ ...leaf, path: tree.path(i) }));
    return {
      root: tree.root,
      leaves: withPaths,
      nonces,
      entries,
      views: withPaths.map((leaf) => fabricView(entries, leaf)),
    };
  }

  /** `batch`'s endorsement with another leaf (a forged one, or another batch's). */
  const withLeaf = (batch: Batch, leaf: { payload: Uint8Array; salt: Uint8Array; path: Uint8Array[] }) =>
    fabricView(batch.entries, leaf);

  /** What a submission's execution cost: its gas but for the 21,000 and the call data (test/support/gas.ts). */
  async function executionGas(chain: Chain, submitted: { gasUsed: bigint; receipt: { hash: string } }) {
    const tx = await chain.anvil.provider.getTransaction(submitted.receipt.hash);
    return calldataGas(tx!.data, submitted.gasUsed).execution;
  }

  /** The function a mined submission called. */
  async function calledFunction(chain: Chain, submitted: { receipt: { hash: string } }) {
    const tx = await chain.anvil.provider.getTransaction(submitted.receipt.hash);
    return chain.owner.interface.parseTransaction({ data: tx!.data })?.name;
  }

  it('are accepted for each requester: the first in full (its root recorded), the others by their leaf', async () => {
    for (const chain of chains) {
      const store = await chain.store.getAddress();
      const requesters = [as(chain, 1), as(chain, 2), as(chain, 3)];
      const address = viewAddress(FABRIC);
      // The address has a value already: a further view of the batch rewrites its record.
      await submitFabricView(
        chain.submitter,
        endorsedView(chain, [orgs.Org1!, orgs.Org2!], { address }),
        store,
      );
      const batch = batchOf(
        [1, 2, 3].map((i) => requesterOf(chain, i)),
        [orgs.Org1!, orgs.Org2!],
        address,
      );
      expect(await batchRootRecorded(chain.owner, FABRIC, batch.root)).toBe(false);
      const first = await submitFabricView(requesters[0]!, batch.views[0]!, store);
      expect(await calledFunction(chain, first)).toBe('submitFabricBatchView');
      expect(Buffer.from(first.value).toString()).toBe(VALUE);
      expect(await batchRootRecorded(chain.owner, FABRIC, batch.root)).toBe(true);
      expect(await batchRootRecorded(chain.owner, FABRIC_ANY, batch.root)).toBe(false);
      printGas(`fabric batch view, 2 endorsements, first (records the root), ${chain.label}`, first.gasUsed);
      // The second without an application, the third handed to AssetStore, which stores the value.
      for (const [i, app, label] of [
        [1, ZeroAddress, 'no app'],
        [2, store, 'value handed to AssetStore'],
      ] as const) {
        const further = await submitRecordedBatchView(requesters[i]!, FABRIC, batch.views[i]!, app);
        expect(Buffer.from(further.value).toString()).toBe(VALUE);
        const execution = await executionGas(chain, further);
        printGas(`fabric batch view, further (recorded root), ${label}, ${chain.label}`, further.gasUsed);
        printGas(
          `fabric batch view, further (recorded root), ${label}, ${chain.label}, execution`,
          execution ?? 0n,
        );
        // The contract's own work: beyond the 21,000 and the call data any transaction pays.
        if (app === ZeroAddress) expect(execution!).toBeLessThanOrEqual(40_000n);
      }
      // Each request's nonce spent once, on this address and value.
      for (const nonce of batch.nonces) {
        expect(await call(chain.owner, 'nonceUsed', FABRIC, nonce)).toBe(true);
        expect(await call(chain.owner, 'verified', FABRIC, nonce, address, toUtf8Bytes(VALUE))).toBe(true);
      }
      expect(await call(chain.store, 'getRemote', address)).toBe(hexlify(toUtf8Bytes(VALUE)));
    }
  });

  it('are submitted the cheapest way: by their leaf once the root is recorded, else in full', async () => {
    const store = await osaka.store.getAddress();
    const batch = batchOf(
      [1, 2].map((i) => requesterOf(osaka, i)),
      [orgs.Org1!, orgs.Org2!],
    );
    const first = await submitFabricViewCheapest(as(osaka, 1), batch.views[0]!, store);
    expect(await calledFunction(osaka, first)).toBe('submitFabricBatchView');
    const second = await submitFabricViewCheapest(as(osaka, 2), batch.views[1]!, store);
    expect(await calledFunction(osaka, second)).toBe('submitRecordedBatchView');
    expect(second.gasUsed).toBeLessThan(first.gasUsed / 2n);
    // A single view goes its own way.
    const single = await submitFabricViewCheapest(
      osaka.submitter,
      endorsedView(osaka, [orgs.Org1!, orgs.Org2!]),
      store,
    );
    expect(await calledFunction(osaka, single)).toBe('submitFabricView');
  });

  it('refuses a leaf of another batch, in full and under a recorded root (NotInBatch)', async () => {
    const requester = requesterOf(osaka, 1);
    const recorded = batchOf([requester, requesterOf(osaka, 2)], [orgs.Org1!, orgs.Org2!]);
    await submitFabricView(osaka.submitter, recorded.views[0]!, ZeroAddress);
    const other = batchOf([requester, requesterOf(osaka, 2)], [orgs.Org1!, orgs.Org2!]);
    const error = await rejection(
      submitFabricView(osaka.submitter, withLeaf(recorded, other.leaves[0]!), ZeroAddress),
    );
    expect(error.code).toBe('NOT_IN_BATCH');
    expect(error.message).toBe('rejected by the interop contract: NotInBatch()');
    expect(
      await rejectedWith(
        submitRecordedBatchView(osaka.submitter, FABRIC, withLeaf(recorded, other.leaves[0]!), ZeroAddress),
      ),
    ).toBe('NotInBatch');
    expect(await call(osaka.owner, 'nonceUsed', FABRIC, other.nonces[0]!)).toBe(false);
  });

  it('refuses a wrong path: a changed sibling, reversed, truncated, lengthened (NotInBatch)', async () => {
    const requester = requesterOf(osaka, 1);
    // Four leaves: every path holds two siblings.
    const batch = batchOf([requester, requester, requester, requester], [orgs.Org1!, orgs.Org2!]);
    await submitFabricView(osaka.submitter, batch.views[3]!, ZeroAddress);
    const leaf = batch.leaves[0]!;
    expect(leaf.path).toHaveLength(2);
    const changed = leaf.path.map((hash) => Uint8Array.from(hash));
    changed[1]![31]! ^= 1;
    const wrong = [
      changed,
      [...leaf.path].reverse(),
      leaf.path.slice(0, 1),
      [],
      [...leaf.path, randomBytes(32)],
    ];
    for (const path of wrong) {
      const view = withLeaf(batch, { ...leaf, path });
      expect(await rejectedWith(submitFabricView(osaka.submitter, view, ZeroAddress))).toBe('NotInBatch');
      expect(await rejectedWith(submitRecordedBatchView(osaka.submitter, FABRIC, view, ZeroAddress))).toBe(
        'NotInBatch',
      );
    }
    // Longer than any batch's: refused by the SDK, and by the contract when called without it.
    const tooLong = Array.from({ length: 8 }, () => randomBytes(32));
    expect(
      (
        await rejection(
          submitRecordedBatchView(
            osaka.submitter,
            FABRIC,
            withLeaf(batch, { ...leaf, path: tooLong }),
            ZeroAddress,
          ),
        )
      ).code,
    ).toBe('BATCH_INVALID');
    await expect(
      call(
        osaka.submitter,
        'submitRecordedBatchView',
        FABRIC,
        batch.root,
        leaf.payload,
        leaf.salt,
        tooLong,
        ZeroAddress,
      ),
    ).rejects.toMatchObject({ revert: { name: 'NotInBatch' } });
    // Another salt, or a payload changed by one byte, is another leaf.
    const payload = Uint8Array.from(leaf.payload);
    payload[payload.length - 1]! ^= 1;
    for (const forged of [
      { ...leaf, salt: randomBytes(32) },
      { ...leaf, payload },
    ]) {
      expect(
        await rejectedWith(
          submitRecordedBatchView(osaka.submitter, FABRIC, withLeaf(batch, forged), ZeroAddress),
        ),
      ).toBe('NotInBatch');
    }
    // The leaf itself, with its own path, is taken.
    await submitRecordedBatchView(osaka.submitter, FABRIC, batch.views[0]!, ZeroAddress);
  });

  it("refuses a requester's leaf submitted by another account (WrongRequester)", async () => {
    const batch = batchOf([requesterOf(osaka, 1), requesterOf(osaka, 3)], [orgs.Org1!, orgs.Org2!]);
    // In full, before the root is recorded; and by its leaf once it is.
    expect(await rejectedWith(submitFabricView(osaka.stranger, batch.views[0]!, ZeroAddress))).toBe(
      'WrongRequester',
    );
    await submitFabricView(osaka.submitter, batch.views[0]!, ZeroAddress);
    for (const stranger of [osaka.stranger, osaka.submitter]) {
      expect(
        await rejectedWith(submitRecordedBatchView(stranger, FABRIC, batch.views[1]!, ZeroAddress)),
      ).toBe('WrongRequester');
    }
    await submitRecordedBatchView(as(osaka, 3), FABRIC, batch.views[1]!, ZeroAddress);
  });

  it('refuses a leaf whose nonce is spent, under the recorded root or in full (NonceReplayed)', async () => {
    const batch = batchOf([requesterOf(osaka, 1), requesterOf(osaka, 1)], [orgs.Org1!, orgs.Org2!]);
    await submitFabricView(osaka.submitter, batch.views[0]!, ZeroAddress);
    await submitRecordedBatchView(osaka.submitter, FABRIC, batch.views[1]!, ZeroAddress);
    for (const view of batch.views) {
      expect(await rejectedWith(submitRecordedBatchView(osaka.submitter, FABRIC, view, ZeroAddress))).toBe(
        'NonceReplayed',
      );
      expect(await rejectedWith(submitFabricView(osaka.submitter, view, ZeroAddress))).toBe('NonceReplayed');
    }
  });

  it('refuses a root under another network id than the one it was recorded for', async () => {
    const requester = requesterOf(osaka, 1);
    const batch = batchOf([requester, requester], [orgs.Org1!, orgs.Org2!]);
    await submitFabricView(osaka.submitter, batch.views[0]!, ZeroAddress);
    const error = await rejection(
      submitRecordedBatchView(osaka.submitter, FABRIC_ANY, batch.views[1]!, ZeroAddress),
    );
    expect(error.code).toBe('NOT_RECORDED');
    expect(error.message).toBe('rejected by the interop contract: BatchNotRecorded()');
    expect(
      await rejectedWith(submitRecordedBatchView(osaka.submitter, 'fabric-z', batch.views[1]!, ZeroAddress)),
    ).toBe('BatchNotRecorded');
    // A root recorded for a network holds no leaf of another: each leaf's address must name the network.
    const mixed = forgedBatch(
      [
        { address: viewAddress(FABRIC_ANY), requester },
        { address: viewAddress(FABRIC), requester },
      ],
      [orgs.Org1!],
    );
    await submitFabricView(osaka.submitter, mixed.views[0]!, ZeroAddress);
    expect(await batchRootRecorded(osaka.owner, FABRIC_ANY, mixed.root)).toBe(true);
    expect(
      await rejectedWith(submitRecordedBatchView(osaka.submitter, FABRIC_ANY, mixed.views[1]!, ZeroAddress)),
    ).toBe('NetworkMismatch');
    expect(
      await rejectedWith(submitRecordedBatchView(osaka.submitter, FABRIC, mixed.views[1]!, ZeroAddress)),
    ).toBe('BatchNotRecorded');
    // In full, the other network's leaf needs that network's policy: 2 orgs, where one endorsed.
    expect(await rejectedWith(submitFabricView(osaka.submitter, mixed.views[1]!, ZeroAddress))).toBe(
      'PolicyNotSatisfied',
    );
  });

  it('never records a root of another chaincode than the interop chaincode', async () => {
    const requester = requesterOf(osaka, 1);
    const batch = forgedBatch(
      [
        { address: viewAddress(FABRIC), requester },
        { address: viewAddress(FABRIC), requester },
      ],
      [orgs.Org1!, orgs.Org2!],
      'assets',
    );
    expect(await rejectedWith(submitFabricView(osaka.submitter, batch.views[0]!, ZeroAddress))).toBe(
      'WrongChaincode',
    );
    expect(await batchRootRecorded(osaka.owner, FABRIC, batch.root)).toBe(false);
    expect(
      await rejectedWith(submitRecordedBatchView(osaka.submitter, FABRIC, batch.views[1]!, ZeroAddress)),
    ).toBe('BatchNotRecorded');
  });

  it('no longer honours a root recorded before an endorser was revoked or replaced, or the policy changed', async () => {
    const networkId = `fabric-batch-${++views}`;
    await registerFabricNetwork(osaka.owner, {
      networkId,
      interopChaincode: 'interop',
      orgs: {
        Org1MSP: [identity(orgs.Org1!), identity(extra.Org1!)],
        Org2MSP: [identity(orgs.Org2!)],
        Org3MSP: [identity(orgs.Org3!)],
      },
    });
    await setPolicy(osaka.owner, networkId, 2, ORGS);
    const requester = requesterOf(osaka, 1);
    const address = () => viewAddress(networkId);
    const byRevoked = batchOf([requester, requester, requester], [extra.Org1!, orgs.Org2!], address());
    const byOthers = batchOf([requester, requester, requester], [orgs.Org1!, orgs.Org2!], address());
    await submitFabricView(osaka.submitter, byRevoked.views[0]!, ZeroAddress);
    await submitFabricView(osaka.submitter, byOthers.views[0]!, ZeroAddress);
    await submitRecordedBatchView(osaka.submitter, networkId, byRevoked.views[1]!, ZeroAddress);

    await revokeFabricEndorser(osaka.owner, networkId, fabricEndorserKey(identity(extra.Org1!)).keyId);
    // Every root of the network lapses: its endorsers' standing is checked again by a full view.
    for (const batch of [byRevoked, byOthers]) {
      expect(await batchRootRecorded(osaka.owner, networkId, batch.root)).toBe(false);
      expect(
        await rejectedWith(submitRecordedBatchView(osaka.submitter, networkId, batch.views[2]!, ZeroAddress)),
      ).toBe('BatchNotRecorded');
    }
    expect(await rejectedWith(submitFabricView(osaka.submitter, byRevoked.views[2]!, ZeroAddress))).toBe(
      'UnknownEndorser',
    );
    expect(
      await rejectedWith(submitFabricViewCheapest(osaka.submitter, byRevoked.views[2]!, ZeroAddress)),
    ).toBe('UnknownEndorser');
    // A batch of endorsers still registered is recorded again by its next full view.
    const again = await submitFabricViewCheapest(osaka.submitter, byOthers.views[1]!, ZeroAddress);
    expect(await calledFunction(osaka, again)).toBe('submitFabricBatchView');
    expect(await batchRootRecorded(osaka.owner, networkId, byOthers.root)).toBe(true);

    // A policy changed lapses the roots recorded under the former one.
    await setPolicy(osaka.owner, networkId, 3, ORGS);
    expect(await batchRootRecorded(osaka.owner, networkId, byOthers.root)).toBe(false);
    expect(
      await rejectedWith(
        submitRecordedBatchView(osaka.submitter, networkId, byOthers.views[2]!, ZeroAddress),
      ),
    ).toBe('BatchNotRecorded');
    expect(await rejectedWith(submitFabricView(osaka.submitter, byOthers.views[2]!, ZeroAddress))).toBe(
      'PolicyNotSatisfied',
    );

    // An endorser's key registered again (another key for its identity) lapses them too.
    await setPolicy(osaka.owner, networkId, 2, ORGS);
    const fresh = batchOf([requester, requester], [orgs.Org1!, orgs.Org2!], address());
    await submitFabricView(osaka.submitter, fresh.views[0]!, ZeroAddress);
    expect(await batchRootRecorded(osaka.owner, networkId, fresh.root)).toBe(true);
    await registerFabricEndorser(osaka.owner, networkId, identity(orgs.Org3!));
    expect(await batchRootRecorded(osaka.owner, networkId, fresh.root)).toBe(false);
    // Re-registering the network lapses them as well, whatever it records.
    await submitFabricView(osaka.submitter, fresh.views[1]!, ZeroAddress);
    const last = batchOf([requester, requester], [orgs.Org1!, orgs.Org2!], address());
    await submitFabricView(osaka.submitter, last.views[0]!, ZeroAddress);
    await registerSourceOrgs(osaka, networkId);
    expect(await batchRootRecorded(osaka.owner, networkId, last.root)).toBe(false);
  });

  it('refuses a batch submitted as a single view, and a single view submitted with a leaf', async () => {
    const requester = requesterOf(osaka, 1);
    const batch = batchOf([requester, requester], [orgs.Org1!, orgs.Org2!]);
    // The contract's single path, called without the SDK's routing: an EndorsedBatch is no InteropPayload.
    const { prp, endorsements } = fabricViewArgs(batch.views[0]!);
    await expect(
      call(osaka.submitter, 'submitFabricView', prp, endorsements, ZeroAddress),
    ).rejects.toMatchObject({
      revert: { name: 'MissingSourceTime' },
    });
    expect(await call(osaka.owner, 'nonceUsed', FABRIC, batch.nonces[0]!)).toBe(false);
    // A single view's prp with a leaf attached (its own InteropPayload, any salt, no path).
    const single = payload(osaka);
    const entries = [endorse(single, orgs.Org1!), endorse(single, orgs.Org2!)];
    const interop = bindingOf(fabricView(entries));
    const leaf = {
      payload: common.interop_payload.InteropPayload.encode(interop).finish(),
      salt: randomBytes(32),
      path: [],
    };
    const error = await rejection(submitFabricView(osaka.submitter, fabricView(entries, leaf), ZeroAddress));
    expect(error.code).toBe('BATCH_INVALID');
    expect(error.message).toBe('rejected by the interop contract: NotABatch()');
    expect(await call(osaka.owner, 'nonceUsed', FABRIC, interop.nonce)).toBe(false);
    // A view without a leaf cannot be taken as a further view of a batch.
    expect(
      (await rejection(submitRecordedBatchView(osaka.submitter, FABRIC, fabricView(entries), ZeroAddress)))
        .code,
    ).toBe('BATCH_INVALID');
  });

  it('refuses a further view of a root never recorded', async () => {
    const batch = batchOf([requesterOf(osaka, 1), requesterOf(osaka, 1)], [orgs.Org1!, orgs.Org2!]);
    expect(
      await rejectedWith(submitRecordedBatchView(osaka.submitter, FABRIC, batch.views[1]!, ZeroAddress)),
    ).toBe('BatchNotRecorded');
  });
});

describe('EVM views', () => {
  it('are accepted with 2 of 3 orgs attesting, call and storage views', async () => {
    for (const chain of chains) {
      const store = await chain.store.getAddress();
      const callView = statement(chain);
      const submitted = await submitEvmView(
        chain.submitter,
        callView,
        sign(callView, [attestors.a, attestors.b]),
        store,
      );
      expect(submitted.value).toEqual(callView.result);
      expect(await call(chain.store, 'getRemote', callView.viewAddress)).toBe(hexlify(callView.result));
      printGas(`evm view, call, 2 attestations, ${chain.label}`, submitted.gasUsed);
      const storage = storageView(chain);
      const read = await submitEvmView(
        chain.submitter,
        storage,
        sign(storage, [attestors.b, attestors.c]),
        store,
      );
      expect(
        await call(
          chain.owner,
          'verified',
          storage.networkId,
          storage.nonce,
          storage.viewAddress,
          toBeHex(42n, 32),
        ),
      ).toBe(true);
      printGas(`evm view, storage, 2 attestations, ${chain.label}`, read.gasUsed);
    }
  });

  it("computes the attestors' EIP-712 digest exactly", async () => {
    for (const s of [statement(osaka), storageView(osaka)]) {
      expect(await call(osaka.owner, 'attestationDigest', evmViewInput(s))).toBe(attestationDigest(s));
    }
  });

  it('rejects an attestation by a key that is no member', async () => {
    const s = statement(osaka);
    const error = await rejection(
      submitEvmView(osaka.submitter, s, sign(s, [attestors.a, attestors.outsider]), ZeroAddress),
    );
    expect(error.message).toBe(
      `rejected by the interop contract: UnknownAttestor(${attestors.outsider.address})`,
    );
  });

  it('rejects fewer attestations than the policy asks, or two of one org', async () => {
    for (const wallets of [[attestors.a], [attestors.a, attestors.aSecond]]) {
      const s = statement(osaka);
      const error = await rejection(submitEvmView(osaka.submitter, s, sign(s, wallets), ZeroAddress));
      expect(error.message).toBe('rejected by the interop contract: PolicyNotSatisfied(1)');
    }
  });

  it('rejects a statement about another chain', async () => {
    const s = statement(osaka, { chainId: 1n });
    const error = await rejection(
      submitEvmView(osaka.submitter, s, sign(s, [attestors.a, attestors.b]), ZeroAddress),
    );
    expect(error.message).toBe(`rejected by the interop contract: WrongChainId(${EVM_SOURCE_CHAIN_ID}, 1)`);
  });

  it('rejects a result other than the attested one', async () => {
    const s = statement(osaka);
    const forged = { ...s, result: getBytes(coder.encode(['string'], ['forged'])) };
    const signatures = sign(s, [attestors.a, attestors.b]);
    expect(await rejectedWith(submitEvmView(osaka.submitter, forged, signatures, ZeroAddress))).toBe(
      'UnknownAttestor',
    );
  });

  it('rejects a replayed view', async () => {
    const s = statement(osaka);
    const signatures = sign(s, [attestors.a, attestors.b]);
    await submitEvmView(osaka.submitter, s, signatures, ZeroAddress);
    expect(await rejectedWith(submitEvmView(osaka.submitter, s, signatures, ZeroAddress))).toBe(
      'NonceReplayed',
    );
  });

  it('rejects a high-s signature', async () => {
    const s = statement(osaka);
    const [first, second] = sign(s, [attestors.a, attestors.b]);
    const flipped = Uint8Array.from(second!);
    flipped.set(getBytes(toBeHex(SECP256K1_N - BigInt(hexlify(second!.subarray(32, 64))), 32)), 32);
    flipped[64] = second![64] === 27 ? 28 : 27;
    const error = await rejection(submitEvmView(osaka.submitter, s, [first!, flipped], ZeroAddress));
    expect(error.message).toBe('rejected by the interop contract: HighS(1)');
  });

  it('rejects a signature in another encoding: compact (64 bytes), or with v other than 27 or 28', async () => {
    const s = statement(osaka);
    const [first, second] = sign(s, [attestors.a, attestors.b]);
    const compact = getBytes(Signature.from(hexlify(second!)).compactSerialized);
    const zeroV = Uint8Array.from(second!);
    zeroV[64] = second![64]! - 27;
    for (const other of [compact, zeroV]) {
      const error = await rejection(submitEvmView(osaka.submitter, s, [first!, other], ZeroAddress));
      expect(error.message).toBe('rejected by the interop contract: BadSignature(1)');
    }
    await submitEvmView(osaka.submitter, s, [first!, second!], ZeroAddress);
  });

  it("rejects a network id other than the address's", async () => {
    const s = statement(osaka, { viewAddress: `127.0.0.1:9081/evm-c/${hexlify(randomBytes(20))}:get` });
    expect(
      await rejectedWith(submitEvmView(osaka.submitter, s, sign(s, [attestors.a, attestors.b]), ZeroAddress)),
    ).toBe('NetworkMismatch');
  });
});

describe('governance', () => {
  it("is the owner's alone", async () => {
    const stranger = anvilAddress(osaka, 2);
    // One at a time: a refusal nobody awaits yet would be an unhandled rejection.
    for (const attempt of [
      () => registerFabricEndorser(osaka.stranger, FABRIC, identity(extra.Org2!)),
      () => setPolicy(osaka.stranger, FABRIC, 1, ORGS),
      () => transferOwnership(osaka.stranger, stranger),
    ]) {
      const error = await rejection(attempt());
      expect(error.code).toBe('REQUEST_INVALID');
      expect(error.message).toBe(`rejected by the interop contract: OwnableUnauthorizedAccount(${stranger})`);
    }
  });

  it('passes to a new owner only once it accepts, and never to no owner', async () => {
    // A contract of its own: its ownership changes hands.
    const deployed = await osaka.anvil.deploy('WeftInterop');
    const as = (i: number) => new Contract(deployed.address, deployed.abi, osaka.anvil.signer(i));
    const [first, next, stranger] = [as(0), as(1), as(2)];
    const address = (i: number) => anvilAddress(osaka, i);
    const register = (contract: Contract) =>
      registerEvmNetwork(contract, { networkId: `evm-o${++views}`, chainId: 1n, orgs: { OrgA: [] } });

    await transferOwnership(first, address(1));
    expect(await ownership(first)).toEqual({
      owner: address(0).toLowerCase(),
      pendingOwner: address(1).toLowerCase(),
    });
    // Named is not owning: the first owner still governs, the next one not yet.
    await register(first);
    expect(await rejectedWith(register(next))).toBe('OwnableUnauthorizedAccount');
    // Only the named account accepts.
    expect((await rejection(acceptOwnership(stranger))).message).toBe(
      `rejected by the interop contract: OwnableUnauthorizedAccount(${address(2)})`,
    );
    await acceptOwnership(next);
    expect(await ownership(first)).toEqual({ owner: address(1).toLowerCase(), pendingOwner: ZeroAddress });
    expect(await rejectedWith(register(first))).toBe('OwnableUnauthorizedAccount');
    await register(next);
    // The owner cannot leave the contract without one.
    await expect(call(next, 'renounceOwnership')).rejects.toMatchObject({
      revert: { name: 'OwnableInvalidOwner', args: [ZeroAddress] },
    });
    expect((await ownership(first)).owner).toBe(address(1).toLowerCase());
  });

  it('rejects unknown orgs and impossible thresholds', async () => {
    expect(await rejectedWith(setPolicy(osaka.owner, FABRIC, 1, ['Org9MSP']))).toBe('UnknownOrg');
    expect(await rejectedWith(setPolicy(osaka.owner, FABRIC, 3, ['Org1MSP', 'Org2MSP', 'Org1MSP']))).toBe(
      'InvalidPolicy',
    );
    expect(await rejectedWith(setPolicy(osaka.owner, FABRIC, 0, ORGS))).toBe('InvalidPolicy');
  });
});

describe('AssetStore', () => {
  it('takes remote values from its interop contract only', async () => {
    await expect(call(osaka.store, 'onVerifiedView', FABRIC, 'a/b/c', '0x01')).rejects.toMatchObject({
      revert: { name: 'NotInterop' },
    });
    await expect(call(osaka.store, 'getRemote', 'a/b/none')).rejects.toMatchObject({
      revert: { name: 'RemoteNotFound', args: ['a/b/none'] },
    });
  });
});

describe('freshness and monotonic state', () => {
  let networks = 0;

  /** A newly registered Fabric network on `chain` (policy 2 of 3), for max-age records no other test sees. */
  async function fabricNetwork(chain: Chain = osaka): Promise<string> {
    const networkId = `fabric-f${++networks}`;
    await registerSourceOrgs(chain, networkId);
    await setPolicy(chain.owner, networkId, 2, ORGS);
    return networkId;
  }

  /** A newly registered EVM network on `chain` (policy 2 of 3). */
  async function evmNetwork(chain: Chain = osaka): Promise<string> {
    const networkId = `evm-f${++networks}`;
    await registerEvmNetwork(chain.owner, {
      networkId,
      chainId: EVM_SOURCE_CHAIN_ID,
      orgs: { OrgA: [attestors.a.address], OrgB: [attestors.b.address], OrgC: [attestors.c.address] },
    });
    await setPolicy(chain.owner, networkId, 2, ['OrgA', 'OrgB', 'OrgC']);
    return networkId;
  }

  /** The time of `chain`'s latest block, in ms: what its next block's time is at least. */
  const chainNowMs = async (chain: Chain = osaka) =>
    (await chain.anvil.provider.getBlock('latest'))!.timestamp * 1000;

  /** A Fabric view of `address` endorsed by Org1 and Org2, of source time `sourceTimeMs`. */
  const fabricViewAt = (address: string, sourceTimeMs: number, value = VALUE, chain: Chain = osaka) =>
    endorsedView(chain, [orgs.Org1!, orgs.Org2!], { address, sourceTimeMs, value });

  /** An EVM call view of `network` (at `text`, the view's text) attested by OrgA and OrgB. */
  function evmViewAt(
    network: string,
    text: string,
    block: { readonly number: bigint; readonly timestampMs: number },
    value = VALUE,
  ) {
    const s = statement(osaka, {
      networkId: network,
      viewAddress: `127.0.0.1:9081/${network}/${text}`,
      blockNumber: block.number,
      blockTimestamp: BigInt(Math.floor(block.timestampMs / 1000)),
      result: getBytes(coder.encode(['string'], [value])),
    });
    return { statement: s, signatures: sign(s, [attestors.a, attestors.b]) };
  }

  const submitEvm = (view: ReturnType<typeof evmViewAt>, app: string = ZeroAddress, chain: Chain = osaka) =>
    submitEvmView(chain.submitter, view.statement, view.signatures, app);

  const evmText = () => `${hexlify(randomBytes(20))}:get(string):key-${++views}`;

  it('refuses a view older than the max age recorded for its network (VIEW_EXPIRED)', async () => {
    const fabric = await fabricNetwork();
    const evm = await evmNetwork();
    await setMaxAge(osaka.owner, fabric, '', 60_000);
    await setMaxAge(osaka.owner, evm, '', 60_000);
    const now = await chainNowMs();

    const old = await rejection(
      submitFabricView(osaka.submitter, fabricViewAt(viewAddress(fabric), now - 61_000), ZeroAddress),
    );
    expect(old.code).toBe('VIEW_EXPIRED');
    expect(old.context.error).toBe('ViewExpired');
    const [ageMs, maxAgeMs] = (old.context.args as string[]).map(Number);
    expect(maxAgeMs).toBe(60_000);
    expect(ageMs).toBeGreaterThan(60_000);
    await submitFabricView(osaka.submitter, fabricViewAt(viewAddress(fabric), now - 50_000), ZeroAddress);

    const oldEvm = evmViewAt(evm, evmText(), { number: 10n, timestampMs: now - 62_000 });
    const refused = await rejection(submitEvm(oldEvm));
    expect(refused.code).toBe('VIEW_EXPIRED');
    expect(refused.context.args).toEqual([expect.any(String), '60000']);
    await submitEvm(evmViewAt(evm, evmText(), { number: 10n, timestampMs: now - 50_000 }));

    // Without a record, only the monotonic rule applies: a day-old view of another network is accepted.
    await submitFabricView(osaka.submitter, fabricViewAt(viewAddress(FABRIC), now - 86_400_000), ZeroAddress);
  });

  it('refuses a view kept until it was too old, as the destination chain moves on (evm_increaseTime)', async () => {
    // A chain of its own: its clock is moved forward for good.
    const anvil = await startAnvil();
    anvils.push(anvil);
    const chain = await deployChain('moved clock', anvil);
    const network = await fabricNetwork(chain);
    await setMaxAge(chain.owner, network, '', 30_000);
    const address = viewAddress(network);
    const kept = fabricViewAt(address, await chainNowMs(chain), VALUE, chain);
    const submittedInTime = fabricViewAt(address, await chainNowMs(chain), VALUE, chain);
    await anvil.provider.send('evm_increaseTime', [20]);
    await submitFabricView(chain.submitter, submittedInTime, ZeroAddress);
    await anvil.provider.send('evm_increaseTime', [15]);
    const error = await rejection(submitFabricView(chain.submitter, kept, ZeroAddress));
    expect(error.code).toBe('VIEW_EXPIRED');
    expect(Number((error.context.args as string[])[0])).toBeGreaterThanOrEqual(35_000);
  });

  it('applies the longest matching pattern; 0 removes one; prefixes only', async () => {
    const network = await fabricNetwork();
    await setMaxAge(osaka.owner, network, '', 600_000);
    await setMaxAge(osaka.owner, network, 'weft:assets:', 60_000);
    await setMaxAge(osaka.owner, network, 'weft:assets:Get:hot', 5_000);
    await setMaxAge(osaka.owner, network, 'assets', 1_000);
    const at = (text: string) => `127.0.0.1:9080/${network}/${text}`;
    const expected: Array<[string, bigint | undefined]> = [
      ['weft:assets:Get:hot-1', 5_000n],
      ['weft:assets:Get:cold', 60_000n],
      ['weft:assets:', 60_000n],
      ['weft:other:Get:k', 600_000n],
      ['weft:asset', 600_000n],
    ];
    for (const [text, maxAge] of expected) expect(await maxAgeOf(osaka.owner, at(text))).toBe(maxAge);
    // Another network's patterns are not this one's.
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${FABRIC}/weft:assets:Get:hot`)).toBeUndefined();

    const now = await chainNowMs();
    const submit = (text: string, ageMs: number) =>
      submitFabricView(osaka.submitter, fabricViewAt(at(`${text}-${++views}`), now - ageMs), ZeroAddress);
    expect((await rejection(submit('weft:assets:Get:hot', 30_000))).context.args).toEqual([
      expect.any(String),
      '5000',
    ]);
    await submit('weft:assets:Get:cold', 30_000);
    expect((await rejection(submit('weft:assets:Get:cold', 90_000))).context.args).toEqual([
      expect.any(String),
      '60000',
    ]);
    await submit('weft:other:Get:k', 120_000);
    expect((await rejection(submit('weft:other:Get:k', 700_000))).code).toBe('VIEW_EXPIRED');

    await setMaxAge(osaka.owner, network, 'weft:assets:Get:hot', 0);
    expect(await maxAgeOf(osaka.owner, at('weft:assets:Get:hot-1'))).toBe(60_000n);
    await submit('weft:assets:Get:hot', 30_000);
    await setMaxAge(osaka.owner, network, '', 0);
    expect(await maxAgeOf(osaka.owner, at('weft:other:Get:k'))).toBeUndefined();
    await submit('weft:other:Get:k', 86_400_000);
    // A changed age replaces the pattern's.
    await setMaxAge(osaka.owner, network, 'weft:assets:', 120_000);
    expect(await maxAgeOf(osaka.owner, at('weft:assets:Get:cold'))).toBe(120_000n);
  });

  it('bounds the patterns per network and their ages', async () => {
    const network = await fabricNetwork();
    for (let i = 0; i < 8; i++) await setMaxAge(osaka.owner, network, `weft:p${i}:`, 60_000);
    expect(await rejectedWith(setMaxAge(osaka.owner, network, 'weft:p8:', 60_000))).toBe('TooManyPatterns');
    // "" is not one of them (it matches every view, and is kept with their lengths).
    await setMaxAge(osaka.owner, network, '', 600_000);
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${network}/weft:p0:x`)).toBe(60_000n);
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${network}/weft:q:x`)).toBe(600_000n);
    // Replacing a recorded pattern's age adds none.
    await setMaxAge(osaka.owner, network, 'weft:p0:', 30_000);
    await setMaxAge(osaka.owner, network, 'weft:p1:', 0);
    await setMaxAge(osaka.owner, network, 'weft:p8:', 60_000);
    expect(await rejectedWith(setMaxAge(osaka.owner, network, 'weft:p9:', 0))).toBe('UnknownPattern');
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${network}/weft:p0:x`)).toBe(30_000n);
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${network}/weft:p1:x`)).toBe(600_000n);
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${network}/weft:p8:x`)).toBe(60_000n);
    await setMaxAge(osaka.owner, network, '', 0);
    expect(await rejectedWith(setMaxAge(osaka.owner, network, '', 0))).toBe('UnknownPattern');
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${network}/weft:q:x`)).toBeUndefined();
    expect(await maxAgeOf(osaka.owner, `127.0.0.1:9080/${network}/weft:p8:x`)).toBe(60_000n);
    // Refused by the SDK, and by the contract when called without it.
    const tooLong = 366n * 86_400_000n;
    await expect(setMaxAge(osaka.owner, network, '', tooLong)).rejects.toMatchObject({
      code: 'REQUEST_INVALID',
    });
    await expect(call(osaka.owner, 'setMaxAge', network, '', tooLong)).rejects.toMatchObject({
      revert: { name: 'InvalidMaxAge' },
    });
    expect(await rejectedWith(setMaxAge(osaka.owner, network, 'x'.repeat(1025), 1_000))).toBe(
      'InvalidPattern',
    );
    expect(await rejectedWith(setMaxAge(osaka.owner, 'fabric-z', '', 1_000))).toBe('UnknownNetwork');
    await expect(setMaxAge(osaka.owner, network, '', -1)).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
  });

  it("is the owner's to record: a stranger cannot lift or tighten a max age", async () => {
    const network = await fabricNetwork();
    await setMaxAge(osaka.owner, network, '', 60_000);
    for (const age of [0, 1, 600_000]) {
      expect(await rejectedWith(setMaxAge(osaka.stranger, network, '', age))).toBe(
        'OwnableUnauthorizedAccount',
      );
      expect(await rejectedWith(setMaxAge(osaka.submitter, network, 'weft:', age))).toBe(
        'OwnableUnauthorizedAccount',
      );
    }
    expect(await maxAgeOf(osaka.owner, viewAddress(network))).toBe(60_000n);
  });

  it('never lets an older Fabric view replace a newer one, whatever order they were requested in (VIEW_OUTDATED)', async () => {
    const store = await osaka.store.getAddress();
    const address = viewAddress(FABRIC);
    const now = await chainNowMs();
    // Both requested before either is submitted: v1 first, v2 a second later.
    const v1 = fabricViewAt(address, now - 2_000, 'v1');
    const v2 = fabricViewAt(address, now - 1_000, 'v2');
    await submitFabricView(osaka.submitter, v2, store);
    const error = await rejection(submitFabricView(osaka.submitter, v1, store));
    expect(error.code).toBe('VIEW_OUTDATED');
    expect(error.message).toBe(
      `rejected by the interop contract: ViewOutdated(${now - 1_000}, ${now - 2_000})`,
    );
    expect(await call(osaka.store, 'getRemote', address)).toBe(hexlify(toUtf8Bytes('v2')));
    // The record is the view's, not its relay's: another spelling of the same view is refused too.
    const respelled = address.replace('127.0.0.1:9080', 'relay.example:443');
    expect(
      (await rejection(submitFabricView(osaka.submitter, fabricViewAt(respelled, now - 2_000), store))).code,
    ).toBe('VIEW_OUTDATED');
    // Of the same time: accepted (no older), and so is a newer one.
    await submitFabricView(osaka.submitter, fabricViewAt(respelled, now - 1_000, 'v2'), store);
    await submitFabricView(osaka.submitter, fabricViewAt(address, now, 'v3'), store);
    expect(await recordedTime(osaka.owner, respelled)).toEqual({ sourceTimeMs: BigInt(now), height: 0n });
    // Another view of the network keeps its own record.
    await submitFabricView(osaka.submitter, fabricViewAt(viewAddress(FABRIC), now - 5_000), store);
  });

  it('never lets a view of an earlier EVM block replace a later one (VIEW_OUTDATED)', async () => {
    const text = evmText();
    const now = await chainNowMs();
    const older = evmViewAt(EVM, text, { number: 100n, timestampMs: now - 2_000 }, 'v1');
    const newer = evmViewAt(EVM, text, { number: 101n, timestampMs: now - 1_000 }, 'v2');
    await submitEvm(newer);
    const error = await rejection(submitEvm(older));
    expect(error.code).toBe('VIEW_OUTDATED');
    expect(error.message).toBe('rejected by the interop contract: ViewOutdated(101, 100)');
    // Heights decide: the same block is accepted again, and a later block whatever its time says.
    await submitEvm(evmViewAt(EVM, text, { number: 101n, timestampMs: now - 1_000 }, 'v2'));
    await submitEvm(evmViewAt(EVM, text, { number: 102n, timestampMs: now - 1_000 }, 'v3'));
    const address = `127.0.0.1:9081/${EVM}/${text}`;
    expect(await recordedTime(osaka.owner, address)).toEqual({
      sourceTimeMs: BigInt(Math.floor((now - 1_000) / 1000) * 1000),
      height: 102n,
    });
  });

  it('refuses a view dated more than 30 s ahead of the destination clock, which then records nothing', async () => {
    const now = await chainNowMs();
    const address = viewAddress(FABRIC);
    const error = await rejection(
      submitFabricView(osaka.submitter, fabricViewAt(address, now + 60_000), ZeroAddress),
    );
    expect(error.code).toBe('VIEW_FROM_FUTURE');
    expect(error.context.error).toBe('ViewFromFuture');
    expect(await recordedTime(osaka.owner, address)).toBeUndefined();
    const ahead = evmViewAt(EVM, evmText(), { number: 5n, timestampMs: now + 3_600_000 });
    expect((await rejection(submitEvm(ahead))).code).toBe('VIEW_FROM_FUTURE');
    // Within the clock skew allowed: accepted.
    await submitFabricView(osaka.submitter, fabricViewAt(address, now + 10_000), ZeroAddress);
  });

  it('refuses a Fabric view without a source time', async () => {
    const view = fabricViewAt(viewAddress(FABRIC), 0);
    const error = await rejection(submitFabricView(osaka.submitter, view, ZeroAddress));
    expect(error.code).toBe('VIEW_INVALID');
    expect(error.context.error).toBe('MissingSourceTime');
  });

  it('refuses a view whose time a relay made newer than its source vouched', async () => {
    const network = await fabricNetwork();
    await setMaxAge(osaka.owner, network, '', 60_000);
    const now = await chainNowMs();
    // The endorsed payload of a kept view, with its time (InteropPayload field 6) rewritten to now.
    const kept = endorsedView(osaka, [orgs.Org1!, orgs.Org2!], {
      address: viewAddress(network),
      sourceTimeMs: now - 120_000,
    });
    const freshened = fabricView(
      weft.fabric.FabricViewBytes.decode(kept).endorsed_proposal_responses.map((entry) => ({
        endorsement: entry.endorsement,
        payload: withSourceTime(entry.payload, now),
      })),
    );
    expect(await rejectedWith(submitFabricView(osaka.submitter, freshened, ZeroAddress))).toBe(
      'BadSignature',
    );
    expect(await rejectedWith(submitFabricView(osaka.submitter, kept, ZeroAddress))).toBe('ViewExpired');

    const evm = await evmNetwork();
    await setMaxAge(osaka.owner, evm, '', 60_000);
    const old = evmViewAt(evm, evmText(), { number: 7n, timestampMs: now - 120_000 });
    const renewed = { ...old.statement, blockTimestamp: BigInt(Math.floor(now / 1000)) };
    expect(await rejectedWith(submitEvmView(osaka.submitter, renewed, old.signatures, ZeroAddress))).toBe(
      'UnknownAttestor',
    );
    expect(await rejectedWith(submitEvm(old))).toBe('ViewExpired');
  });

  it('lets the application read the time of the value it holds', async () => {
    const store = await osaka.store.getAddress();
    const now = await chainNowMs();
    const address = viewAddress(FABRIC);
    await submitFabricView(osaka.submitter, fabricViewAt(address, now - 3_000, 'first'), store);
    expect(await call(osaka.store, 'getRemoteWithTime', address)).toEqual([
      hexlify(toUtf8Bytes('first')),
      BigInt(now - 3_000),
      0n,
    ]);
    const text = evmText();
    const evmAddress = `127.0.0.1:9081/${EVM}/${text}`;
    await submitEvm(evmViewAt(EVM, text, { number: 77n, timestampMs: now - 4_000 }, 'evm value'), store);
    const [value, sourceTimeMs, height] = (await call(
      osaka.store,
      'getRemoteWithTime',
      evmAddress,
    )) as unknown[];
    expect(coder.decode(['string'], value as string)[0]).toBe('evm value');
    expect([sourceTimeMs, height]).toEqual([BigInt(Math.floor((now - 4_000) / 1000) * 1000), 77n]);

    // A value without proof (a trusted party's) carries no time, and never takes the proven value's.
    const party = Wallet.createRandom();
    await setTrustedParty(osaka.owner, FABRIC, party.address);
    const answer = { address, nonce: randomUUID(), value: toUtf8Bytes('unproven') };
    const signature = signTrustedAnswer({ kind: 'evm', privateKey: party.privateKey }, answer);
    await submitTrustedView(osaka.stranger, { ...answer, signature }, store);
    expect(await call(osaka.store, 'getRemoteWithTime', address)).toEqual([
      hexlify(toUtf8Bytes('unproven')),
      0n,
      0n,
    ]);
    await setTrustedParty(osaka.owner, FABRIC, ZeroAddress);
    // The proven record is unchanged: the interop contract still tells its time.
    expect(await recordedTime(osaka.owner, address)).toEqual({
      sourceTimeMs: BigInt(now - 3_000),
      height: 0n,
    });
  });

  it('cost: the first and a later view of an address, with and without a max-age record', async () => {
    const store = await osaka.store.getAddress();
    const bounded = await fabricNetwork();
    await setMaxAge(osaka.owner, bounded, '', 600_000);
    const worst = await fabricNetwork();
    // The most a view can cost: eight patterns of eight lengths, none longer than the view text, none
    // matching; then "".
    for (let i = 0; i < 8; i++) {
      await setMaxAge(osaka.owner, worst, `weft:assets:Get:x${'y'.repeat(i)}`, 600_000);
    }
    await setMaxAge(osaka.owner, worst, '', 600_000);
    const cases = [
      { network: FABRIC, label: 'no max-age record' },
      { network: bounded, label: 'max-age record ""' },
      { network: worst, label: '8 max-age patterns and ""' },
    ];
    const fabricGas: Array<{ first: bigint; later: bigint }> = [];
    for (const { network, label } of cases) {
      const address = viewAddress(network);
      const first = await submitFabricView(osaka.submitter, fabricViewAt(address, Date.now() - 1_000), store);
      const later = await submitFabricView(osaka.submitter, fabricViewAt(address, Date.now()), store);
      printGas(`fabric view, 2 endorsements, precompile, ${label}, first view of its address`, first.gasUsed);
      printGas(`fabric view, 2 endorsements, precompile, ${label}, later view of its address`, later.gasUsed);
      fabricGas.push({ first: first.gasUsed, later: later.gasUsed });
    }
    const [none, onlyDefault, allPatterns] = fabricGas as [
      (typeof fabricGas)[0],
      (typeof fabricGas)[0],
      (typeof fabricGas)[0],
    ];
    // A later view rewrites the view's record instead of creating it (a new slot costs 20,000 more).
    for (const gas of fabricGas) expect(gas.first - gas.later).toBeGreaterThan(15_000n);
    // "" lives in the slot every view reads anyway; each probed pattern is one more storage read.
    expect(onlyDefault.later - none.later).toBeLessThan(1_000n);
    expect(allPatterns.later - onlyDefault.later).toBeGreaterThan(8n * 2_000n);
    const evmBounded = await evmNetwork();
    await setMaxAge(osaka.owner, evmBounded, '', 600_000);
    for (const { network, label } of [
      { network: EVM, label: 'no max-age record' },
      { network: evmBounded, label: 'max-age record ""' },
    ]) {
      const text = evmText();
      const now = await chainNowMs();
      const first = await submitEvm(evmViewAt(network, text, { number: 50n, timestampMs: now }), store);
      const later = await submitEvm(evmViewAt(network, text, { number: 51n, timestampMs: now }), store);
      printGas(
        `evm view, call, 2 attestations, precompile, ${label}, first view of its address`,
        first.gasUsed,
      );
      printGas(
        `evm view, call, 2 attestations, precompile, ${label}, later view of its address`,
        later.gasUsed,
      );
      expect(first.gasUsed - later.gasUsed).toBeGreaterThan(15_000n);
    }
  });
});

/** A ProposalResponsePayload with its InteropPayload's source time replaced, all else kept. */
function withSourceTime(prpBytes: Uint8Array, sourceTimeMs: number): Uint8Array {
  const prp = protos.ProposalResponsePayload.decode(prpBytes);
  const action = protos.ChaincodeAction.decode(prp.extension);
  const response = action.response ?? protos.Response.create();
  const interop = common.interop_payload.InteropPayload.decode(response.payload);
  interop.source_time_ms = sourceTimeMs;
  response.payload = common.interop_payload.InteropPayload.encode(interop).finish();
  action.response = response;
  prp.extension = protos.ChaincodeAction.encode(action).finish();
  return protos.ProposalResponsePayload.encode(prp).finish();
}
