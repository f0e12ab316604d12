/**
 * WeftInterop on real anvil nodes: Fabric views (real cryptogen identities, endorsements signed as Fabric
 * peers sign them) and EVM views (EIP-712 attestations) verified on chain, on Osaka (P256VERIFY precompile)
 * and on Prague (OpenZeppelin's Solidity fallback), and each forgery rejected with its own custom error.
 */
import { randomUUID } from 'node:crypto';
import {
  AbiCoder,
  Contract,
  getBytes,
  hexlify,
  Interface,
  randomBytes,
  toBeHex,
  toUtf8Bytes,
  Wallet,
  ZeroAddress,
} from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeftError } from '../../common/errors.js';
import { attestationDigest, type EvmStatement, signAttestation } from '../../proofs/evm-attestation.js';
import { messageType } from '../../protos/index.js';
import {
  evmViewInput,
  fabricEndorserKey,
  fabricViewArgs,
  registerEvmNetwork,
  registerFabricEndorser,
  registerFabricNetwork,
  revokeFabricEndorser,
  setPolicy,
  submitEvmView,
  submitFabricView,
} from '../../sdk/evm-interop.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import {
  type Endorser,
  endorse,
  fabricView,
  generateOrgs,
  responsePayload,
  type ViewContent,
} from '../support/fabric-views.js';
import { printGas } from '../support/gas.js';

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

const encode = (type: string, value: object) =>
  messageType(type).encode(messageType(type).create(value)).finish();

const identity = (endorser: Endorser) =>
  encode('msp.SerializedIdentity', { mspid: endorser.mspId, id_bytes: Buffer.from(endorser.certificate) });

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
  const prp = messageType('protos.ProposalResponsePayload').decode(fabricViewArgs(view).prp) as unknown as {
    extension: Uint8Array;
  };
  const action = messageType('protos.ChaincodeAction').decode(prp.extension) as unknown as {
    response: { payload: Uint8Array };
  };
  return messageType('common.interop_payload.InteropPayload').decode(action.response.payload) as unknown as {
    address: string;
    nonce: string;
  };
};

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

describe('EVM views', () => {
  const assetStore = new Interface(['function get(string key) view returns (string)']);
  const coder = AbiCoder.defaultAbiCoder();

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

  it("rejects a network id other than the address's", async () => {
    const s = statement(osaka, { viewAddress: `127.0.0.1:9081/evm-c/${hexlify(randomBytes(20))}:get` });
    expect(
      await rejectedWith(submitEvmView(osaka.submitter, s, sign(s, [attestors.a, attestors.b]), ZeroAddress)),
    ).toBe('NetworkMismatch');
  });
});

describe('governance', () => {
  it("is the owner's alone", async () => {
    expect(await rejectedWith(registerFabricEndorser(osaka.stranger, FABRIC, identity(extra.Org2!)))).toBe(
      'NotOwner',
    );
    expect(await rejectedWith(setPolicy(osaka.stranger, FABRIC, 1, ORGS))).toBe('NotOwner');
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
