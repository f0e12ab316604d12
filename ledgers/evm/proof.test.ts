import { AbiCoder, getBytes, hexlify, TypedDataEncoder, Wallet } from 'ethers';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAddress } from '../../proofs/address.js';
import { parsePolicy } from '../../proofs/policy.js';
import {
  attestationDigest,
  type EvmStatement,
  recoverSigner,
  signAttestation,
  typedAttestation,
} from './attestation.js';
import { evmCallData } from './call.js';
import { evmMembership } from './membership.js';
import { type DecodedEvmView, decodeEvmView, encodeEvmView, verifyEvmView } from './proof.js';

type Signer = { readonly address: string; readonly privateKey: string };
const contract = `0x${'ab'.repeat(20)}`;
const address = `127.0.0.1:9080/evm-c/31001:${contract}:get(string):key-1`;
const requester = `0x${'cd'.repeat(20)}`;
const keys = {
  org1: Wallet.createRandom(),
  org1b: Wallet.createRandom(),
  org2: Wallet.createRandom(),
  org3: Wallet.createRandom(),
  outsider: Wallet.createRandom(),
};
const addr = (w: Signer) => w.address.toLowerCase();
const membership = evmMembership('evm-c', 31001n, {
  Org1: [addr(keys.org1), addr(keys.org1b)],
  Org2: [addr(keys.org2)],
  Org3: [addr(keys.org3)],
});
const twoOfThree = parsePolicy('OutOf(2, Org1, Org2, Org3)');
const expectation = { address, nonce: 'n-1', requester, policy: twoOfThree };

let statement: EvmStatement;

beforeAll(() => {
  const parsed = parseAddress(address);
  if (parsed.view.ledger !== 'evm' || parsed.view.kind !== 'call') throw new Error('not a call view');
  statement = {
    networkId: 'evm-c',
    chainId: 31001n,
    blockNumber: 7n,
    blockHash: `0x${'11'.repeat(32)}`,
    blockTimestamp: 1_700_000_000n,
    viewAddress: address,
    target: contract,
    kind: 'call',
    callData: evmCallData(parsed.view),
    result: getBytes(AbiCoder.defaultAbiCoder().encode(['string'], ['value-1'])),
    nonce: 'n-1',
    requester,
  };
});

function attest(s: EvmStatement, ...signers: Signer[]): DecodedEvmView {
  return {
    statement: s,
    attestations: signers.map((w) => ({
      signer: getBytes(w.address),
      signature: signAttestation(s, w.privateKey),
    })),
  };
}

/** The expectation of a request for the address text `exp.address`, parsed as the SDK and the chaincode do. */
const expecting = (exp: typeof expectation) => ({ ...exp, address: parseAddress(exp.address) });

const verify = (view: DecodedEvmView, exp = expectation) =>
  verifyEvmView(encodeEvmView(view), membership, expecting(exp));

describe('EVM attestation statement', () => {
  it('hashes as EIP-712 typed data does', () => {
    const { domain, types, value } = typedAttestation(statement);
    expect(attestationDigest(statement)).toBe(TypedDataEncoder.hash(domain, types, value));
  });

  it('recovers the signer and refuses the high-s twin', () => {
    const signature = signAttestation(statement, keys.org1.privateKey);
    const digest = attestationDigest(statement);
    expect(recoverSigner(digest, signature)).toBe(addr(keys.org1));
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    const twin = new Uint8Array(signature);
    const s = BigInt(hexlify(signature.subarray(32, 64)));
    twin.set(getBytes(`0x${(n - s).toString(16).padStart(64, '0')}`), 32);
    twin[64] = signature[64] === 27 ? 28 : 27;
    expect(recoverSigner(digest, twin)).toBeUndefined();
    expect(recoverSigner(digest, signature.subarray(0, 64))).toBeUndefined();
  });

  it('binds the block time: the verdict reports it, a changed time breaks every signature', async () => {
    const view = attest(statement, keys.org1, keys.org2);
    const verdict = await verify(view);
    expect(verdict.valid && verdict.sourceTimeMs).toBe(1_700_000_000_000);
    const moved = { ...view, statement: { ...statement, blockTimestamp: statement.blockTimestamp + 60n } };
    expect(await verify(moved)).toMatchObject({ valid: false, failure: 'BAD_SIGNATURE' });
    const untimed = attest({ ...statement, blockTimestamp: 0n }, keys.org1, keys.org2);
    expect(await verify(untimed)).toMatchObject({ valid: false, failure: 'MALFORMED' });
    const now = { ...statement, blockTimestamp: BigInt(Math.floor(Date.now() / 1000)) };
    const added =
      encodeEvmView({ statement: now, attestations: [] }).length -
      encodeEvmView({ statement: { ...now, blockTimestamp: 0n }, attestations: [] }).length;
    expect(added).toBeGreaterThan(0);
    console.log(`freshness: an EVM view carries its block time in ${added} bytes`);
  });

  it('refuses a flood of empty attestations before decoding it', async () => {
    const flood = Buffer.alloc(2_000_000);
    for (let i = 0; i < flood.length; i += 2) flood[i] = 0x62; // field 12 (attestations), length 0
    expect(decodeEvmView(flood)).toBeUndefined();
    expect(await verifyEvmView(flood, membership, expecting(expectation))).toMatchObject({
      valid: false,
      failure: 'MALFORMED',
    });
  });

  it('round-trips through the wire', () => {
    const view = attest(statement, keys.org1);
    const decoded = decodeEvmView(encodeEvmView(view));
    expect(decoded?.statement).toEqual({
      ...statement,
      callData: expect.any(Uint8Array),
      result: expect.any(Uint8Array),
    });
    expect(hexlify(decoded!.statement.result)).toBe(hexlify(statement.result));
    expect(decodeEvmView(new Uint8Array([0xff, 0xff]))).toBeUndefined();
  });
});

describe('verifyEvmView', () => {
  it('accepts attestations of enough distinct orgs', async () => {
    const verdict = await verify(attest(statement, keys.org1, keys.org3));
    expect(verdict).toMatchObject({ valid: true, orgs: ['Org1', 'Org3'], blockNumber: 7n });
    if (verdict.valid) expect(hexlify(verdict.value)).toBe(hexlify(statement.result));
  });

  it('refuses an attestation by a key of no member org', async () => {
    expect(await verify(attest(statement, keys.org1, keys.outsider))).toMatchObject({
      valid: false,
      failure: 'NON_MEMBER',
      attestation: 1,
    });
  });

  it('refuses a member named as signer of another key`s signature', async () => {
    const view = attest(statement, keys.org1, keys.outsider);
    const forged = {
      ...view,
      attestations: [
        view.attestations[0]!,
        { ...view.attestations[1]!, signer: getBytes(keys.org2.address) },
      ],
    };
    expect(await verify(forged)).toMatchObject({ valid: false, failure: 'BAD_SIGNATURE', attestation: 1 });
  });

  it('refuses k-1 attestations and counts two attestations of one org once', async () => {
    expect(await verify(attest(statement, keys.org2))).toMatchObject({
      valid: false,
      failure: 'POLICY_NOT_SATISFIED',
    });
    expect(await verify(attest(statement, keys.org1, keys.org1b))).toMatchObject({
      valid: false,
      failure: 'POLICY_NOT_SATISFIED',
    });
  });

  it('refuses a statement about another chain', async () => {
    const other = { ...statement, chainId: 31002n };
    expect(await verify(attest(other, keys.org1, keys.org2))).toMatchObject({
      valid: false,
      failure: 'WRONG_CHAIN',
    });
  });

  it('refuses a result other than the attested one', async () => {
    const view = attest(statement, keys.org1, keys.org2);
    const lying = {
      ...view,
      statement: {
        ...statement,
        result: getBytes(AbiCoder.defaultAbiCoder().encode(['string'], ['forged'])),
      },
    };
    expect(await verify(lying)).toMatchObject({ valid: false, failure: 'BAD_SIGNATURE', attestation: 0 });
  });

  it('refuses a view of another request, call or contract', async () => {
    const view = attest(statement, keys.org1, keys.org2);
    expect(await verify(view, { ...expectation, nonce: 'n-2' })).toMatchObject({ failure: 'NONCE_MISMATCH' });
    expect(await verify(view, { ...expectation, requester: `0x${'ef'.repeat(20)}` })).toMatchObject({
      failure: 'REQUESTER_MISMATCH',
    });
    expect(await verify(view, { ...expectation, address: address.replace('key-1', 'key-2') })).toMatchObject({
      failure: 'ADDRESS_MISMATCH',
    });
    const fabricAddress = '127.0.0.1:9080/evm-c/weft:assets:Get:key-1';
    const ofFabric = { ...statement, viewAddress: fabricAddress };
    expect(
      await verify(attest(ofFabric, keys.org1, keys.org2), { ...expectation, address: fabricAddress }),
    ).toMatchObject({ failure: 'VIEW_MISMATCH', reason: 'the address names no EVM view' });
    const otherCall = { ...statement, callData: new Uint8Array([1, 2, 3, 4]) };
    expect(await verify(attest(otherCall, keys.org1, keys.org2))).toMatchObject({ failure: 'VIEW_MISMATCH' });
    const otherTarget = { ...statement, target: `0x${'ee'.repeat(20)}` };
    expect(await verify(attest(otherTarget, keys.org1, keys.org2))).toMatchObject({
      failure: 'VIEW_MISMATCH',
    });
    const otherNetwork = { ...statement, networkId: 'evm-d' };
    expect(await verify(attest(otherNetwork, keys.org1, keys.org2))).toMatchObject({
      failure: 'WRONG_NETWORK',
    });
  });

  it('refuses a storage view without its Merkle proof', async () => {
    const slot = `0x${'00'.repeat(31)}05`;
    const storageAddress = `127.0.0.1:9080/evm-c/31001:${contract}:${slot}`;
    const storage: EvmStatement = {
      ...statement,
      viewAddress: storageAddress,
      kind: 'storage',
      callData: getBytes(slot),
      result: new Uint8Array(32),
    };
    expect(
      await verify(attest(storage, keys.org1, keys.org2), { ...expectation, address: storageAddress }),
    ).toMatchObject({
      valid: false,
      failure: 'STORAGE_PROOF_MISSING',
    });
  });

  it('refuses an empty or malformed view', async () => {
    expect(await verify(attest(statement))).toMatchObject({ failure: 'NO_ATTESTATIONS' });
    expect(await verifyEvmView(new Uint8Array([1, 2, 3]), membership, expecting(expectation))).toMatchObject({
      failure: 'MALFORMED',
    });
  });
});
