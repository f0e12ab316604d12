import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Wallet } from 'ethers';
import { describe, expect, it } from 'vitest';
import { isWeftError } from '../../common/errors.js';
import { parseWithSchema } from '../../common/schema.js';
import { tempDir } from '../../test/support/temp.js';
import { loadSingleApiConfig, serviceSettings, singleApiConfigSchema } from './config.js';

const fabricFile = {
  networkId: 'fabric-b',
  org: 'Org1MSP',
  party: { kind: 'fabric', certificateFile: 'party.pem', privateKeyFile: 'party.key' },
  ledger: {
    kind: 'fabric',
    peerEndpoint: '127.0.0.1:7051',
    peerHostAlias: 'peer0.org1.fabric-b.weft.test',
    tlsCaFile: 'tls/ca.pem',
    mspId: 'Org1MSP',
    certFile: 'msp/cert.pem',
    keyFile: 'msp/key.pem',
    channel: 'weft',
  },
};

/** The problems a CONFIG_INVALID error lists. */
function problemsOf(value: unknown): string[] {
  try {
    parseWithSchema(singleApiConfigSchema('/etc/weft'), value, 'api.yaml');
  } catch (error) {
    if (isWeftError(error, 'CONFIG_INVALID') && Array.isArray(error.context.problems)) {
      return error.context.problems.map(String);
    }
    throw error;
  }
  throw new Error('expected CONFIG_INVALID');
}

describe('singleApiConfigSchema', () => {
  it('takes a Fabric party on a Fabric ledger and fills in the defaults', () => {
    expect(parseWithSchema(singleApiConfigSchema('/etc/weft'), fabricFile, 'api.yaml')).toMatchObject({
      host: '127.0.0.1',
      port: 0,
      timeoutMs: 10_000,
      maxRequestBytes: 16 * 1024,
      party: { kind: 'fabric' },
    });
  });

  it('reports every problem with its path, unknown keys included', () => {
    const problems = problemsOf({
      ...fabricFile,
      networkId: 'not a network id',
      org: '',
      port: 70_000,
      timeoutMs: 50,
      maxRequestBytes: 4 * 1024 * 1024,
      party: { kind: 'fabric', privateKeyFile: 'party.key', certFile: 'party.pem' },
      ledger: { ...fabricFile.ledger, peerEndpoint: 'no port', channel: 7 },
      debug: true,
    });
    const paths = problems.map((p) => p.slice(0, p.indexOf(':')));
    expect(paths.sort()).toEqual(
      [
        'debug',
        'ledger.channel',
        'ledger.peerEndpoint',
        'maxRequestBytes',
        'networkId',
        'org',
        'party.certFile',
        'party.certificateFile',
        'port',
        'timeoutMs',
      ].sort(),
    );
    expect(problems).toContain('debug: unknown key');
  });

  it('holds each kind to its own keys', () => {
    expect(
      problemsOf({ ...fabricFile, party: { kind: 'evm', privateKeyFile: 'k', certificateFile: 'c' } }),
    ).toEqual(['party.certificateFile: unknown key']);
    const evmLedger = { kind: 'evm', rpcUrl: 'ftp://node', chainId: 0, channel: 'weft' };
    expect(
      problemsOf({ ...fabricFile, ledger: evmLedger })
        .map((p) => p.slice(0, p.indexOf(':')))
        .sort(),
    ).toEqual(['ledger.chainId', 'ledger.channel', 'ledger.rpcUrl']);
    expect(problemsOf({ ...fabricFile, ledger: { kind: 'besu' } })[0]).toMatch(/^ledger\.kind: /);
  });
});

describe('loadSingleApiConfig', () => {
  it('reads the key files the file names, relative to its folder, and resolves the ledger files', async () => {
    const dir = await tempDir('api-config');
    await mkdir(join(dir, 'keys'));
    const key = Wallet.createRandom().privateKey;
    await writeFile(join(dir, 'keys', 'party.key'), `${key}\n`);
    await writeFile(
      join(dir, 'api.yaml'),
      [
        'networkId: evm-c',
        'org: Org1',
        'port: 8080',
        'party: { kind: evm, privateKeyFile: keys/party.key }',
        'ledger: { kind: evm, rpcUrl: "http://127.0.0.1:8545", chainId: 31001 }',
        '',
      ].join('\n'),
    );
    expect(await loadSingleApiConfig(join(dir, 'api.yaml'))).toEqual({
      networkId: 'evm-c',
      org: 'Org1',
      host: '127.0.0.1',
      port: 8080,
      timeoutMs: 10_000,
      maxRequestBytes: 16 * 1024,
      party: { kind: 'evm', privateKey: key },
      ledger: { kind: 'evm', rpcUrl: 'http://127.0.0.1:8545', chainId: 31001 },
    });

    await writeFile(join(dir, 'fabric.json'), JSON.stringify(fabricFile));
    await writeFile(join(dir, 'party.pem'), 'CERTIFICATE');
    await writeFile(join(dir, 'party.key'), 'KEY\n');
    const fabric = await loadSingleApiConfig(join(dir, 'fabric.json'));
    expect(fabric.party).toEqual({ kind: 'fabric', certificate: 'CERTIFICATE', privateKey: 'KEY' });
    expect(fabric.ledger).toMatchObject({
      tlsCaFile: join(dir, 'tls/ca.pem'),
      keyFile: join(dir, 'msp/key.pem'),
    });
  });

  it('refuses a file that is not valid, or whose key file is missing, with CONFIG_INVALID', async () => {
    const dir = await tempDir('api-config');
    await writeFile(join(dir, 'bad.yaml'), 'networkId: [\n');
    await expect(loadSingleApiConfig(join(dir, 'bad.yaml'))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
    await writeFile(join(dir, 'missing.json'), JSON.stringify(fabricFile));
    await expect(loadSingleApiConfig(join(dir, 'missing.json'))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      context: { file: join(dir, 'party.key') },
    });
  });
});

describe('serviceSettings', () => {
  const config = {
    networkId: 'evm-c',
    org: 'Org1',
    party: { kind: 'evm', privateKey: '0x01' },
    ledger: { kind: 'evm', rpcUrl: 'http://127.0.0.1:8545', chainId: 31001n },
  } as const;

  it("applies the file's rules and defaults to a configuration given in memory", () => {
    expect(serviceSettings(config)).toEqual({
      networkId: 'evm-c',
      org: 'Org1',
      host: '127.0.0.1',
      port: 0,
      timeoutMs: 10_000,
      maxRequestBytes: 16 * 1024,
    });
    expect(() => serviceSettings({ ...config, networkId: '../etc' })).toThrow(/networkId: /);
  });
});
