/**
 * EVM storage views on a real anvil: an attestor fetches the proof of an AssetStore slot at a block hash
 * (header rebuilt from eth_getBlockByHash, eth_getProof by EIP-1898 block hash), every relying party
 * verifies it from the block hash alone, and each forgery gets its own failure. Headers of several forks
 * (Berlin to Prague, and anvil's default) are rebuilt byte for byte.
 */
import { Contract, decodeRlp, encodeRlp, getBytes, hexlify, randomBytes, toBeHex, ZeroAddress } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWeftError } from '../../common/errors.js';
import { encodeHeader, fetchStorageProof, storageSlotOfMapping } from '../../drivers/evm/storage-proof.js';
import { type StorageClaim, type StorageProof, verifyStorageProof } from '../../ledgers/evm/storage.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import { failureOf, shortString, ZERO } from '../support/storage-values.js';

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'RESOLVED';
  } catch (error) {
    return isWeftError(error) ? error.code : `foreign: ${String(error)}`;
  }
}

describe('EVM storage proofs on anvil', () => {
  let anvil: TestAnvil;
  let store: Contract;
  let storeAddress: string;
  let otherAddress: string;

  /** Writes `key` = `value` and returns the hash and number of the block that holds the write. */
  async function put(key: string, value: string, target = store) {
    const receipt = await (await target.getFunction('put')(key, value)).wait();
    return { blockHash: receipt.blockHash as string, blockNumber: BigInt(receipt.blockNumber) };
  }

  async function fetchAndClaim(key: string, blockHash: string) {
    const slot = storageSlotOfMapping(key, 0);
    const fetched = await fetchStorageProof(anvil.provider, storeAddress, slot, blockHash);
    const claim: StorageClaim = {
      blockHash,
      blockNumber: fetched.blockNumber,
      contract: storeAddress,
      slot,
      value: fetched.value,
    };
    return { ...fetched, slot, claim };
  }

  beforeAll(async () => {
    anvil = await startAnvil();
    // No interop contract: the store only takes local puts.
    const deployed = await anvil.deploy('AssetStore', [ZeroAddress]);
    storeAddress = deployed.address;
    store = new Contract(storeAddress, deployed.abi as never[], anvil.signer());
    const other = await anvil.deploy('AssetStore', [ZeroAddress]);
    otherAddress = other.address;
    // A storage trie with a branch at its root, so proofs of different slots take different paths.
    for (let i = 0; i < 8; i++) await put(`filler-${i}`, `filler value ${i}`);
    await put(
      'asset-1',
      'in the other store',
      new Contract(otherAddress, other.abi as never[], anvil.signer()),
    );
  });

  afterAll(async () => {
    await anvil?.stop();
  });

  it('fetches and verifies the value of a slot at the block that wrote it', async () => {
    const at = await put('asset-1', 'value 1');
    const { proof, value, blockNumber, slot, claim } = await fetchAndClaim('asset-1', at.blockHash);
    expect(blockNumber).toBe(at.blockNumber);
    expect(hexlify(value)).toBe(hexlify(shortString('value 1')));
    expect(hexlify(value)).toBe(
      await anvil.provider.send('eth_getStorageAt', [storeAddress, slot, toBeHex(blockNumber)]),
    );
    const verdict = await verifyStorageProof(claim, proof);
    const block = await anvil.provider.send('eth_getBlockByHash', [at.blockHash, false]);
    const onNode = await anvil.provider.send('eth_getProof', [
      storeAddress,
      [slot],
      { blockHash: at.blockHash },
    ]);
    expect(verdict).toEqual({ valid: true, stateRoot: block.stateRoot, storageRoot: onNode.storageHash });
  });

  it('proves a long string slot (length * 2 + 1) and an empty slot as zero', async () => {
    const long = 'a value that takes more than thirty-two bytes';
    const at = await put('asset-long', long);
    const stored = await fetchAndClaim('asset-long', at.blockHash);
    expect(hexlify(stored.value)).toBe(toBeHex(BigInt(long.length * 2 + 1), 32));
    expect(await failureOf(stored.claim, stored.proof)).toBe('VALID');

    const empty = await fetchAndClaim('no-such-asset', at.blockHash);
    expect(empty.value).toEqual(ZERO);
    expect(await failureOf(empty.claim, empty.proof)).toBe('VALID');
    expect(await failureOf({ ...empty.claim, value: shortString('x') }, empty.proof)).toBe('VALUE_MISMATCH');
  });

  it('verifies a historical proof against its own block after the slot changed', async () => {
    const before = await put('asset-h', 'first');
    const after = await put('asset-h', 'second');
    const old = await fetchAndClaim('asset-h', before.blockHash);
    const current = await fetchAndClaim('asset-h', after.blockHash);
    expect(hexlify(old.value)).toBe(hexlify(shortString('first')));
    expect(hexlify(current.value)).toBe(hexlify(shortString('second')));
    expect(await failureOf(old.claim, old.proof)).toBe('VALID');
    expect(await failureOf(current.claim, current.proof)).toBe('VALID');
    // The old value cannot pass for the current block, nor the current block's proof for the old hash.
    expect(await failureOf({ ...current.claim, value: old.value }, current.proof)).toBe('VALUE_MISMATCH');
    expect(await failureOf({ ...old.claim, value: current.value }, current.proof)).toBe('HEADER_MISMATCH');
    // The old header with the current state's account proof.
    expect(await failureOf(old.claim, { ...old.proof, accountProof: current.proof.accountProof })).toBe(
      'ACCOUNT_PROOF_INVALID',
    );
  });

  describe('attacks', () => {
    let good: Awaited<ReturnType<typeof fetchAndClaim>>;
    let at: { blockHash: string; blockNumber: bigint };

    beforeAll(async () => {
      at = await put('asset-a', 'attested value');
      good = await fetchAndClaim('asset-a', at.blockHash);
      expect(await failureOf(good.claim, good.proof)).toBe('VALID');
    });

    it('a header with a tampered field, or of another block', async () => {
      const fields = decodeRlp(good.proof.header) as string[];
      const tampered = [...fields];
      tampered[3] = hexlify(randomBytes(32)); // another state root
      const header = getBytes(encodeRlp(tampered));
      expect(await failureOf(good.claim, { ...good.proof, header })).toBe('HEADER_MISMATCH');

      const next = await put('asset-other-block', 'x');
      const nextProof = (await fetchAndClaim('asset-a', next.blockHash)).proof;
      expect(await failureOf(good.claim, nextProof)).toBe('HEADER_MISMATCH');
    });

    it('a wrong block number', async () => {
      for (const blockNumber of [at.blockNumber - 1n, at.blockNumber + 1n]) {
        expect(await failureOf({ ...good.claim, blockNumber }, good.proof)).toBe('BLOCK_NUMBER_MISMATCH');
      }
    });

    it('a changed value', async () => {
      expect(await failureOf({ ...good.claim, value: shortString('attested valuf') }, good.proof)).toBe(
        'VALUE_MISMATCH',
      );
      expect(await failureOf({ ...good.claim, value: ZERO }, good.proof)).toBe('VALUE_MISMATCH');
    });

    it("another contract's account proof, and a claim for another contract", async () => {
      const other = await fetchStorageProof(anvil.provider, otherAddress, good.slot, at.blockHash);
      expect(await failureOf(good.claim, { ...good.proof, accountProof: other.proof.accountProof })).toBe(
        'ACCOUNT_PROOF_INVALID',
      );
      expect(await failureOf({ ...good.claim, contract: otherAddress }, good.proof)).toBe(
        'ACCOUNT_PROOF_INVALID',
      );
      // The other contract's own proof of the slot is valid, for its own value only.
      const otherClaim = { ...good.claim, contract: otherAddress, value: other.value };
      expect(await failureOf(otherClaim, other.proof)).toBe('VALID');
      expect(await failureOf({ ...otherClaim, value: good.claim.value }, other.proof)).toBe('VALUE_MISMATCH');
    });

    it('the storage proof of another slot', async () => {
      const filler = await fetchAndClaim('filler-3', at.blockHash);
      expect(await failureOf(good.claim, { ...good.proof, storageProof: filler.proof.storageProof })).toBe(
        'STORAGE_PROOF_INVALID',
      );
      expect(await failureOf({ ...good.claim, slot: filler.slot }, good.proof)).toBe('STORAGE_PROOF_INVALID');
    });

    it('truncated and garbage nodes give a verdict, never an exception', async () => {
      const { accountProof, storageProof } = good.proof;
      const cases: Array<[Partial<StorageProof>, string]> = [
        [{ accountProof: accountProof.map((n) => n.subarray(0, n.length - 1)) }, 'ACCOUNT_PROOF_INVALID'],
        [{ storageProof: storageProof.map((n) => n.subarray(1)) }, 'STORAGE_PROOF_INVALID'],
        [{ accountProof: accountProof.slice(0, 1) }, 'ACCOUNT_PROOF_INVALID'],
        [{ storageProof: [] }, 'STORAGE_PROOF_INVALID'],
        [{ accountProof: [randomBytes(200)] }, 'ACCOUNT_PROOF_INVALID'],
        [{ storageProof: [randomBytes(200), ...storageProof] }, 'STORAGE_PROOF_INVALID'],
        [{ accountProof: [new Uint8Array(2000)] }, 'MALFORMED_PROOF'],
        [{ header: good.proof.header.subarray(0, 100) }, 'HEADER_MISMATCH'],
        [{ header: new Uint8Array(0) }, 'MALFORMED_PROOF'],
      ];
      for (const [change, failure] of cases) {
        expect(await failureOf(good.claim, { ...good.proof, ...change })).toBe(failure);
      }
    });

    it('a contract with no account at the block', async () => {
      const nobody = hexlify(randomBytes(20));
      expect(await rejection(fetchStorageProof(anvil.provider, nobody, good.slot, at.blockHash))).toBe(
        'NOT_FOUND',
      );
      // What a lying attestor could still send: the node's valid proof that the account does not exist.
      const absent = await anvil.provider.send('eth_getProof', [
        nobody,
        [good.slot],
        { blockHash: at.blockHash },
      ]);
      const proof = {
        ...good.proof,
        accountProof: (absent.accountProof as string[]).map((n) => getBytes(n)),
        storageProof: [],
      };
      expect(await failureOf({ ...good.claim, contract: nobody, value: ZERO }, proof)).toBe('ACCOUNT_ABSENT');
    });
  });

  describe('the fetching side', () => {
    it('refuses a block whose header has a field it does not know', async () => {
      const block = await anvil.provider.send('eth_getBlockByNumber', ['latest', false]);
      expect(hexlify(encodeHeader(block))).toMatch(/^0x/);
      const { requestsHash: _, ...withoutLastField } = block;
      let error: unknown;
      try {
        encodeHeader(withoutLastField);
      } catch (e) {
        error = e;
      }
      expect(isWeftError(error, 'LEDGER_CALL_FAILED')).toBe(true);
      expect((error as Error).message).toContain(block.hash);
      expect(() => encodeHeader({ ...block, number: 'seven' })).toThrow(/header field number/);
    });

    it('reports node failures, unknown blocks and answers that do not verify', async () => {
      const latest = await anvil.provider.send('eth_getBlockByNumber', ['latest', false]);
      const slot = storageSlotOfMapping('filler-1', 0);
      const unknown = hexlify(randomBytes(32));
      expect(await rejection(fetchStorageProof(anvil.provider, storeAddress, slot, unknown))).toBe(
        'NOT_FOUND',
      );

      const failing = {
        send: async (method: string, params: unknown[]) => {
          if (method === 'eth_getProof') throw new Error('header not found');
          return anvil.provider.send(method, params);
        },
      };
      expect(await rejection(fetchStorageProof(failing, storeAddress, slot, latest.hash))).toBe(
        'LEDGER_CALL_FAILED',
      );

      // A node that lies about the value is caught before anyone attests it.
      const lying = {
        send: async (method: string, params: unknown[]) => {
          const answer = await anvil.provider.send(method, params);
          if (method === 'eth_getProof') answer.storageProof[0].value = '0x1234';
          return answer;
        },
      };
      expect(await rejection(fetchStorageProof(lying, storeAddress, slot, latest.hash))).toBe(
        'LEDGER_CALL_FAILED',
      );

      expect(await rejection(fetchStorageProof(anvil.provider, '0x1234', slot, latest.hash))).toBe(
        'REQUEST_INVALID',
      );
    });

    it('accepts a short slot and pads it to 32 bytes', async () => {
      const latest = await anvil.provider.send('eth_getBlockByNumber', ['latest', false]);
      const fetched = await fetchStorageProof(anvil.provider, storeAddress, '0x00', latest.hash);
      expect(fetched.value).toEqual(ZERO); // slot 0 of a mapping is empty
      const claim = {
        blockHash: latest.hash,
        blockNumber: fetched.blockNumber,
        contract: storeAddress,
        slot: toBeHex(0, 32),
        value: fetched.value,
      };
      expect(await failureOf(claim, fetched.proof)).toBe('VALID');
    });
  });
});

/**
 * Init code that stores 42 in slot 0 and 7 in slot 1 and deploys a one-byte runtime (STOP); no PUSH0, so it
 * runs on every fork.
 */
const TWO_SLOTS = '0x602a600055600760015560016000f3';

describe.each(['berlin', 'london', 'shanghai', 'cancun', 'prague'])('headers of fork %s', (hardfork) => {
  let anvil: TestAnvil;

  beforeAll(async () => {
    anvil = await startAnvil({ hardfork });
  });

  afterAll(async () => {
    await anvil?.stop();
  });

  it('rebuilds the header and proves a slot written by a transaction', async () => {
    const tx = await anvil.signer().sendTransaction({ data: TWO_SLOTS });
    const receipt = (await tx.wait())!;
    const contract = receipt.contractAddress!.toLowerCase();
    const slot = toBeHex(0, 32);
    const fetched = await fetchStorageProof(anvil.provider, contract, slot, receipt.blockHash);
    expect(fetched.value).toEqual(getBytes(toBeHex(42, 32)));
    const claim = {
      blockHash: receipt.blockHash,
      blockNumber: BigInt(receipt.blockNumber),
      contract,
      slot,
      value: fetched.value,
    };
    expect(await failureOf(claim, fetched.proof)).toBe('VALID');
    expect(await failureOf({ ...claim, value: getBytes(toBeHex(7, 32)) }, fetched.proof)).toBe(
      'VALUE_MISMATCH',
    );
    const fields = decodeRlp(fetched.proof.header) as string[];
    const expected = { berlin: 15, london: 16, shanghai: 17, cancun: 20, prague: 21 }[hardfork];
    expect(fields.length).toBe(expected);
  });
});
