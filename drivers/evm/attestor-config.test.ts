import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../test/support/problems.js';
import { type AttestorConfigFile, parseAttestorConfig } from './attestor.js';

const BASE = '/weft-state/evm-c/interop';

const record = {
  type: 'evm',
  chainId: '31002',
  orgs: { Org1: [`0x${'11'.repeat(20)}`], Org2: [`0x${'22'.repeat(20)}`] },
};

/** An attestor's file as `weft up` writes it (topology/evm/interop.ts), with paths relative to its folder. */
const written: AttestorConfigFile = {
  networkId: 'evm-c',
  org: 'Org1',
  host: '127.0.0.1',
  port: 24113,
  tls: { certFile: 'tls/attestor-org1.crt', keyFile: 'tls/attestor-org1.key', caFile: 'tls/ca.crt' },
  signingKeyFile: 'attestors/org1.key',
  evm: { chainId: 31001, rpcUrl: 'http://127.0.0.1:24100' },
  requesters: {
    'evm-d': { membership: JSON.stringify(record), access: [{ principal: '*', resource: 'weft:*' }] },
  },
  blockWaitMs: 5000,
  maxMessageBytes: 4194304,
};

/** `written` as the attestor reads it: paths absolute, the chain id a bigint, the membership its JSON text. */
const read = {
  networkId: 'evm-c',
  org: 'Org1',
  host: '127.0.0.1',
  port: 24113,
  tls: {
    certFile: `${BASE}/tls/attestor-org1.crt`,
    keyFile: `${BASE}/tls/attestor-org1.key`,
    caFile: `${BASE}/tls/ca.crt`,
  },
  signingKeyFile: `${BASE}/attestors/org1.key`,
  evm: { chainId: 31001n, rpcUrl: 'http://127.0.0.1:24100', confirmations: 0 },
  requesters: {
    'evm-d': { membership: JSON.stringify(record), access: [{ principal: '*', resource: 'weft:*' }] },
  },
  blockWaitMs: 5000,
  maxMessageBytes: 4194304,
};

const parse = (value: unknown) => parseAttestorConfig(value, 'attestor.json', BASE);
const withRequester = (entry: object) => ({ ...written, requesters: { 'evm-d': entry } });

describe('the attestor configuration', () => {
  it('reads the file weft up writes as before', () => {
    expect(parse(JSON.parse(JSON.stringify(written)))).toEqual(read);
  });

  it('takes a membership record inline and keeps its JSON text; defaults the rest', () => {
    const { blockWaitMs: _, maxMessageBytes: __, host: ___, requesters: ____, ...short } = written;
    expect(parse(short)).toEqual({ ...read, requesters: {} });
    const inline = parse(
      withRequester({ membership: record, access: [{ principal: 'Org1', resource: 'weft:a:*' }] }),
    );
    expect(inline.requesters).toEqual({
      'evm-d': { membership: JSON.stringify(record), access: [{ principal: 'Org1', resource: 'weft:a:*' }] },
    });
  });

  it('refuses a requester whose membership or access rules do not hold, naming the field', () => {
    expect(problemsOf(() => parse(withRequester({ membership: { type: 'evm' }, access: [] })))).toEqual([
      'requesters.evm-d.access: INVALID_ACL: expected a list of rules',
    ]);
    expect(
      problemsOf(() =>
        parse(
          withRequester({
            membership: { ...record, chainId: 31002 },
            access: [{ principal: '*', resource: 'weft:*' }],
          }),
        ),
      ),
    ).toEqual(['requesters.evm-d.membership: membership of evm-d: chainId must be a decimal string']);
    expect(problemsOf(() => parse(withRequester({ membership: [], access: [{ principal: '*' }] })))).toEqual([
      'requesters.evm-d.membership: expected a membership record (a mapping) or its JSON text',
      'requesters.evm-d.access: INVALID_ACL: each rule has a principal and a resource',
    ]);
  });

  it('refuses a misspelt key with its path instead of taking the default', () => {
    const { blockWaitMs: _, ...rest } = written;
    expect(problemsOf(() => parse({ ...rest, blockWaitMS: 100 }))).toEqual(['blockWaitMS: unknown key']);
    expect(problemsOf(() => parse(withRequester({ membership: record, access: [], acess: [] })))).toEqual([
      'requesters.evm-d.access: INVALID_ACL: expected a list of rules',
      'requesters.evm-d.acess: unknown key',
    ]);
  });

  it('refuses a wrong type or a value out of range with its path', () => {
    expect(problemsOf(() => parse({ ...written, blockWaitMs: 600_001 }))).toEqual([
      'blockWaitMs: expected an integer from 0 to 600000',
    ]);
    expect(problemsOf(() => parse({ ...written, requesters: ['evm-d'] }))).toEqual([
      'requesters: expected a mapping',
    ]);
  });

  it('reports every problem of a file at once', () => {
    expect(
      problemsOf(() =>
        parse({
          networkId: 'evm-c',
          port: 24113,
          tls: { certFile: 'c', keyFile: 'k', caFile: 'ca' },
          evm: { chainId: 0, rpcUrl: 'http://127.0.0.1:24100', confirmation: 0 },
          maxMessageBytes: 1e9,
        }),
      ),
    ).toEqual([
      'org: expected a string',
      'signingKeyFile: expected a string',
      'evm.chainId: expected an integer from 1 to 9007199254740991',
      'evm.confirmation: unknown key',
      'maxMessageBytes: expected an integer from 1024 to 67108864',
    ]);
  });
});
