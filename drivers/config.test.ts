import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../test/support/problems.js';
import { tempDir } from '../test/support/temp.js';
import { loadDriverConfig, parseDriverConfig } from './config.js';
import { type EvmDriverConfigFile, parseEvmDriverConfig } from './evm/driver.js';
import { type FabricDriverConfigFile, parseFabricDriverConfig } from './fabric/driver.js';

const FABRIC_BASE = '/weft-state/fabric-a/interop';
const EVM_BASE = '/weft-state/evm-c/interop';
const tls = { certFile: 'tls/driver.crt', keyFile: 'tls/driver.key', caFile: 'tls/ca.crt' };

/** Driver files as `weft up` writes them (topology/interop.ts, topology/evm/interop.ts), paths relative. */
const fabricWritten: FabricDriverConfigFile = {
  ledger: 'fabric',
  networkId: 'fabric-a',
  host: '127.0.0.1',
  port: 24012,
  tls,
  relay: { address: '127.0.0.1:24011', serverName: 'relay.relays.fabric-a.weft.test' },
  fabric: {
    channel: 'weft',
    interopChaincode: 'interop',
    mspId: 'Org1MSP',
    peer: {
      address: '127.0.0.1:24004',
      serverName: 'peer0.org1.fabric-a.weft.test',
      tlsCaFile: '../org1/peer/tls/ca.crt',
    },
    identity: { certFile: '../org1/users/User1/cert.pem', keyFile: '../org1/users/User1/key.pem' },
  },
  concurrency: 64,
  maxMessageBytes: 4194304,
};

const attestor = (org: string, port: number) => ({
  org,
  address: `127.0.0.1:${port}`,
  serverName: `attestor-${org.toLowerCase()}.relays.evm-c.weft.test`,
  caFile: 'tls/ca.crt',
});

const evmWritten: EvmDriverConfigFile = {
  ledger: 'evm',
  networkId: 'evm-c',
  host: '127.0.0.1',
  port: 24112,
  tls,
  relay: { address: '127.0.0.1:24111', serverName: 'relay.relays.evm-c.weft.test' },
  evm: {
    chainId: 31001,
    rpcUrl: 'http://127.0.0.1:24100',
    confirmations: 0,
    attestors: [attestor('Org1', 24113), attestor('Org2', 24114)],
    attestTimeoutMs: 10000,
  },
  concurrency: 64,
  maxMessageBytes: 4194304,
};

const served = (base: string) => ({
  host: '127.0.0.1',
  tls: {
    certFile: `${base}/tls/driver.crt`,
    keyFile: `${base}/tls/driver.key`,
    caFile: `${base}/tls/ca.crt`,
  },
  concurrency: 64,
  maxMessageBytes: 4194304,
});

/** The files as the drivers read them: paths absolute, the chain id a bigint. */
const fabricRead = {
  ledger: 'fabric',
  networkId: 'fabric-a',
  port: 24012,
  ...served(FABRIC_BASE),
  relay: { address: '127.0.0.1:24011', serverName: 'relay.relays.fabric-a.weft.test' },
  fabric: {
    channel: 'weft',
    interopChaincode: 'interop',
    mspId: 'Org1MSP',
    peer: {
      address: '127.0.0.1:24004',
      serverName: 'peer0.org1.fabric-a.weft.test',
      tlsCaFile: '/weft-state/fabric-a/org1/peer/tls/ca.crt',
    },
    identity: {
      certFile: '/weft-state/fabric-a/org1/users/User1/cert.pem',
      keyFile: '/weft-state/fabric-a/org1/users/User1/key.pem',
    },
    // The batch form's defaults, for files written before it.
    batch: { maxRequests: 64, slots: 2 },
  },
};

const evmRead = {
  ledger: 'evm',
  networkId: 'evm-c',
  port: 24112,
  ...served(EVM_BASE),
  relay: { address: '127.0.0.1:24111', serverName: 'relay.relays.evm-c.weft.test' },
  evm: {
    chainId: 31001n,
    rpcUrl: 'http://127.0.0.1:24100',
    confirmations: 0,
    attestors: [
      { ...attestor('Org1', 24113), caFile: `${EVM_BASE}/tls/ca.crt` },
      { ...attestor('Org2', 24114), caFile: `${EVM_BASE}/tls/ca.crt` },
    ],
    attestTimeoutMs: 10000,
  },
};

const asWritten = (config: object): unknown => JSON.parse(JSON.stringify(config));

describe('the driver configuration', () => {
  it('reads the files weft up writes as before, each as its ledger kind', () => {
    expect(parseDriverConfig(asWritten(fabricWritten), 'driver.json', FABRIC_BASE)).toEqual(fabricRead);
    expect(parseDriverConfig(asWritten(evmWritten), 'driver.json', EVM_BASE)).toEqual(evmRead);
    expect(parseFabricDriverConfig(asWritten(fabricWritten), 'driver.json', FABRIC_BASE)).toEqual(fabricRead);
    expect(parseEvmDriverConfig(asWritten(evmWritten), 'driver.json', EVM_BASE)).toEqual(evmRead);
  });

  it('fills in the defaults of a short YAML file', async () => {
    const dir = await tempDir('driver-config');
    const file = join(dir, 'driver.yaml');
    await writeFile(
      file,
      [
        'ledger: evm',
        'networkId: evm-c',
        'port: 0',
        'tls: { certFile: driver.crt, keyFile: driver.key, caFile: ca.crt }',
        'relay: { address: 127.0.0.1:24111, serverName: relay.example }',
        'evm:',
        '  chainId: 31001',
        '  rpcUrl: http://127.0.0.1:8545',
        '  attestors: [{ org: Org1, address: 127.0.0.1:24113, serverName: a.example, caFile: ca.crt }]',
        '',
      ].join('\n'),
    );
    expect(await loadDriverConfig(file)).toMatchObject({
      ledger: 'evm',
      host: '127.0.0.1',
      concurrency: 64,
      maxMessageBytes: 4 * 1024 * 1024,
      tls: { caFile: join(dir, 'ca.crt') },
      evm: { chainId: 31001n, confirmations: 0, attestTimeoutMs: 10_000 },
    });
  });

  it('names the ledger field when it is missing or unknown', () => {
    const { ledger: _, ...unnamed } = fabricWritten;
    const expected = 'ledger: expected "fabric" or "evm": the ledger the driver reads';
    expect(problemsOf(() => parseDriverConfig(unnamed, 'driver.json', FABRIC_BASE))).toEqual([expected]);
    expect(
      problemsOf(() => parseDriverConfig({ ...fabricWritten, ledger: 'corda' }, 'driver.json', FABRIC_BASE)),
    ).toEqual([expected]);
    expect(problemsOf(() => parseFabricDriverConfig(unnamed, 'driver.json', FABRIC_BASE))).toEqual([
      'ledger: expected "fabric"',
    ]);
  });

  it("reads a file by its ledger field only: another ledger's section is an unknown key", () => {
    expect(
      problemsOf(() =>
        parseDriverConfig({ ...fabricWritten, evm: evmWritten.evm }, 'driver.json', FABRIC_BASE),
      ),
    ).toEqual(['evm: unknown key']);
    expect(
      problemsOf(() => parseDriverConfig({ ...fabricWritten, ledger: 'evm' }, 'driver.json', FABRIC_BASE)),
    ).toEqual(['evm: expected a mapping', 'fabric: unknown key']);
  });

  it('refuses a misspelt key with its path instead of taking the default', () => {
    const evm = { ...evmWritten.evm, confirmation: 12 };
    expect(problemsOf(() => parseDriverConfig({ ...evmWritten, evm }, 'driver.json', EVM_BASE))).toEqual([
      'evm.confirmation: unknown key',
    ]);
    const fabric = { ...fabricWritten.fabric, identity: { certFile: 'c.pem', keyfile: 'k.pem' } };
    expect(
      problemsOf(() => parseDriverConfig({ ...fabricWritten, fabric }, 'driver.json', FABRIC_BASE)),
    ).toEqual(['fabric.identity.keyFile: expected a string', 'fabric.identity.keyfile: unknown key']);
  });

  it('refuses a wrong type or a value out of range with its path', () => {
    const evm = (change: object) => ({ ...evmWritten, evm: { ...evmWritten.evm, ...change } });
    expect(
      problemsOf(() => parseDriverConfig(evm({ confirmations: 2000 }), 'driver.json', EVM_BASE)),
    ).toEqual(['evm.confirmations: expected an integer from 0 to 1024']);
    expect(problemsOf(() => parseDriverConfig(evm({ attestors: [] }), 'driver.json', EVM_BASE))).toEqual([
      'evm.attestors: expected a list of at least one attestor',
    ]);
    expect(
      problemsOf(() =>
        parseDriverConfig(evm({ chainId: '31001', rpcUrl: 'ws://x' }), 'driver.json', EVM_BASE),
      ),
    ).toEqual([
      `evm.chainId: expected an integer from 1 to ${Number.MAX_SAFE_INTEGER}`,
      'evm.rpcUrl: expected a string matching /^https?:\\/\\/\\S+$/',
    ]);
    expect(
      problemsOf(() => parseDriverConfig({ ...fabricWritten, concurrency: 0 }, 'driver.json', FABRIC_BASE)),
    ).toEqual(['concurrency: expected an integer from 1 to 1024']);
  });

  it('reports every problem of a file at once', () => {
    const problems = problemsOf(() =>
      parseDriverConfig(
        {
          ledger: 'fabric',
          networkId: '',
          port: 24012.5,
          tls,
          relay: { address: 'relay', serverName: 'relay.example', port: 1 },
          fabric: { channel: 'weft', interopChaincode: 'interop', peer: {}, identity: {} },
          maxMessageBytes: 1,
        },
        'driver.json',
        FABRIC_BASE,
      ),
    );
    expect(problems).toEqual([
      'networkId: expected a string',
      'port: expected an integer from 0 to 65535',
      'relay.address: expected a string matching /^[A-Za-z0-9.[\\]:-]+:\\d{1,5}$/',
      'relay.port: unknown key',
      'maxMessageBytes: expected an integer from 1024 to 67108864',
      'fabric.mspId: expected a string',
      'fabric.peer.address: expected a string matching /^[A-Za-z0-9.[\\]:-]+:\\d{1,5}$/',
      'fabric.peer.serverName: expected a string matching /^[A-Za-z0-9.-]+$/',
      'fabric.peer.tlsCaFile: expected a string',
      'fabric.identity.certFile: expected a string',
      'fabric.identity.keyFile: expected a string',
    ]);
  });
});
