import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWeftError, type WeftError } from '../common/errors.js';
import {
  DEFAULT_TOPOLOGY_FILE,
  fabricPortCount,
  loadTopology,
  parseTopology,
  type TopologyIssue,
} from './topology.js';

function issuesOf(text: string): TopologyIssue[] {
  try {
    parseTopology(text, 'test.yaml');
  } catch (error) {
    if (isWeftError(error, 'TOPOLOGY_INVALID')) return error.context.issues as TopologyIssue[];
    throw error;
  }
  throw new Error('expected the topology to be rejected');
}

describe('parseTopology', () => {
  it('reads the default topology: two Fabric networks of two orgs and two EVM networks of three', async () => {
    const topology = await loadTopology(DEFAULT_TOPOLOGY_FILE);
    expect(topology.networks.map((n) => [n.id, n.type])).toEqual([
      ['fabric-a', 'fabric'],
      ['fabric-b', 'fabric'],
      ['evm-c', 'evm'],
      ['evm-d', 'evm'],
    ]);
    expect(topology.networks[3]).toMatchObject({ chainId: 31002, orgs: ['Org1', 'Org2', 'Org3'] });
    const [a] = topology.networks;
    expect(a).toMatchObject({
      channel: 'weft',
      orgs: [
        { name: 'Org1', mspId: 'Org1MSP' },
        { name: 'Org2', mspId: 'Org2MSP' },
      ],
    });
  });

  it('accepts orgs as names or mappings, and optional ports', () => {
    const topology = parseTopology(`
networks:
  - { id: f, type: fabric, channel: ch.1, orgs: [A, { name: B, mspId: Bank-B.MSP }], basePort: 24000 }
  - { id: e, type: evm, chainId: 7, port: 24100 }
`);
    expect(topology.networks).toEqual([
      {
        type: 'fabric',
        id: 'f',
        channel: 'ch.1',
        orgs: [
          { name: 'A', mspId: 'AMSP' },
          { name: 'B', mspId: 'Bank-B.MSP' },
        ],
        basePort: 24000,
      },
      { type: 'evm', id: 'e', chainId: 7, port: 24100 },
    ]);
  });

  it('defaults the channel to weft', () => {
    const topology = parseTopology('networks: [{ id: f, type: fabric, orgs: [A] }]');
    expect(topology.networks[0]).toMatchObject({ channel: 'weft' });
  });

  it("takes the relays' limits an operator sets, and refuses others by path", () => {
    const topology = parseTopology(
      'networks: [{ id: f, type: fabric, orgs: [A] }]\nrelays: { limits: { maxSubscriptionsPerRequester: 2000 } }',
    );
    expect(topology.relays).toEqual({ limits: { maxSubscriptionsPerRequester: 2000 } });
    expect(
      issuesOf(
        'networks: [{ id: f, type: fabric, orgs: [A] }]\nrelays: { limits: { maxEventsBuffered: 0, other: 1 } }',
      ),
    ).toEqual([
      {
        path: 'relays.limits.maxEventsBuffered',
        message: 'expected an integer from 1 to 1000000, got number 0',
      },
      { path: 'relays.limits.other', message: 'unknown key' },
    ]);
  });

  it('takes where the relays keep their state: journal or postgres, nothing else', () => {
    const net = 'networks: [{ id: f, type: fabric, orgs: [A] }]';
    expect(parseTopology(`${net}\nrelays: { store: postgres }`).relays).toEqual({ store: 'postgres' });
    expect(issuesOf(`${net}\nrelays: { store: sqlite }`)).toEqual([
      { path: 'relays.store', message: expect.stringContaining('journal or postgres') },
    ]);
  });

  it('rejects malformed YAML with TOPOLOGY_PARSE and the line', () => {
    let error: WeftError | undefined;
    try {
      parseTopology('networks:\n  - id: [unclosed\n', 'broken.yaml');
    } catch (e) {
      error = e as WeftError;
    }
    expect(error?.code).toBe('TOPOLOGY_PARSE');
    expect(error?.message).toContain('broken.yaml');
    expect(error?.context.line).toBeTypeOf('number');
  });

  it('rejects duplicate YAML keys instead of keeping the last one', () => {
    expect(() => parseTopology('networks: []\nnetworks: []')).toThrow(/not valid YAML/);
  });

  it('names every problem with its path, unknown keys included', () => {
    const issues = issuesOf(`
networks:
  - id: Fabric_A
    type: fabric
    orgs: [Org1, Org1]
    peers: 3
  - id: e
    type: evm
    chainId: 0
  - id: x
    type: corda
`);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'networks[0].id', message: expect.stringContaining('"Fabric_A"') },
        { path: 'networks[0].peers', message: expect.stringContaining('unknown key') },
        { path: 'networks[0].orgs[1].name', message: expect.stringContaining('duplicate org name') },
        { path: 'networks[1].chainId', message: expect.stringContaining('from 1 to') },
        { path: 'networks[2].type', message: expect.stringContaining('"fabric" or "evm"') },
      ]),
    );
  });

  it('refuses misspelt keys with their paths instead of taking the defaults', () => {
    expect(issuesOf('network: [{ id: e, type: evm, chainId: 5 }]')).toEqual([
      { path: 'networks', message: 'expected a non-empty list of networks, got nothing' },
      { path: 'network', message: 'unknown key' },
    ]);
    expect(
      issuesOf('networks: [{ id: f, type: fabric, chanel: x, orgs: [{ name: A, mspid: AMSP }] }]'),
    ).toEqual([
      { path: 'networks[0].orgs[0].mspid', message: 'unknown key' },
      { path: 'networks[0].chanel', message: 'unknown key' },
    ]);
  });

  it('refuses wrong types with what it got', () => {
    expect(issuesOf('networks: [{ id: 7, type: evm, chainId: "5", orgs: Org1 }]')).toEqual([
      {
        path: 'networks[0].id',
        message: 'expected a network id ([a-z][a-z0-9-]*, at most 31), got number 7',
      },
      { path: 'networks[0].chainId', message: 'expected an integer from 1 to 4294967295, got "5"' },
      { path: 'networks[0].orgs', message: 'expected a list of 1 to 8 orgs, got "Org1"' },
    ]);
    expect(issuesOf('networks: [[]]')).toEqual([
      { path: 'networks[0]', message: 'expected a mapping, got a list' },
    ]);
  });

  it("bounds a Fabric network's port block by its org count, and keeps MSP ids apart ignoring case", () => {
    const last = 65535 - fabricPortCount(3) + 1;
    expect(issuesOf(`networks: [{ id: f, type: fabric, orgs: [A, B, C], basePort: ${last + 1} }]`)).toEqual([
      {
        path: 'networks[0].basePort',
        message: `expected an integer from 1024 to ${last}, got number ${last + 1}`,
      },
    ]);
    expect(
      parseTopology(`networks: [{ id: f, type: fabric, orgs: [A, B, C], basePort: ${last} }]`).networks[0],
    ).toMatchObject({ basePort: last });
    expect(
      issuesOf('networks: [{ id: f, type: fabric, orgs: [{ name: A, mspId: M }, { name: B, mspId: m }] }]'),
    ).toEqual([{ path: 'networks[0].orgs[1].mspId', message: 'duplicate org mspId (also orgs[0])' }]);
  });

  it('rejects an empty or missing network list', () => {
    expect(issuesOf('networks: []')).toEqual([
      { path: 'networks', message: expect.stringContaining('non-empty') },
    ]);
    expect(issuesOf('{}')).toEqual([{ path: 'networks', message: expect.stringContaining('non-empty') }]);
    expect(issuesOf('- just a list')).toEqual([{ path: '', message: expect.stringContaining('mapping') }]);
  });

  it('rejects duplicate network ids and chain ids', () => {
    const issues = issuesOf(`
networks:
  - { id: e, type: evm, chainId: 5 }
  - { id: e, type: evm, chainId: 5 }
`);
    expect(issues.map((i) => i.path).sort()).toEqual(['networks[1].chainId', 'networks[1].id']);
  });

  it('rejects Fabric networks without orgs or with too many', () => {
    expect(issuesOf('networks: [{ id: f, type: fabric, orgs: [] }]')[0]?.path).toBe('networks[0].orgs');
    const nine = Array.from({ length: 9 }, (_, i) => `O${i}`).join(', ');
    expect(issuesOf(`networks: [{ id: f, type: fabric, orgs: [${nine}] }]`)[0]?.path).toBe(
      'networks[0].orgs',
    );
  });

  it('reads the orgs of an EVM network and rejects bad or repeated ones', () => {
    expect(parseTopology('networks: [{ id: e, type: evm, chainId: 5, orgs: [A, B] }]').networks[0]).toEqual({
      type: 'evm',
      id: 'e',
      chainId: 5,
      orgs: ['A', 'B'],
    });
    expect(issuesOf('networks: [{ id: e, type: evm, chainId: 5, orgs: [] }]')[0]?.path).toBe(
      'networks[0].orgs',
    );
    expect(issuesOf('networks: [{ id: e, type: evm, chainId: 5, orgs: [a, A] }]')[0]).toMatchObject({
      path: 'networks[0].orgs',
      message: expect.stringContaining('duplicate org'),
    });
    expect(issuesOf('networks: [{ id: e, type: evm, chainId: 5, orgs: ["bad name"] }]')[0]?.path).toBe(
      'networks[0].orgs[0]',
    );
  });

  it('rejects ports out of range and port blocks that overlap', () => {
    expect(issuesOf('networks: [{ id: e, type: evm, chainId: 1, port: 80 }]')[0]?.path).toBe(
      'networks[0].port',
    );
    // The block of a two-org network spans fabricPortCount(2) ports from its base.
    const span = fabricPortCount(2);
    const issues = issuesOf(`
networks:
  - { id: f, type: fabric, orgs: [A, B], basePort: 24000 }
  - { id: e, type: evm, chainId: 1, port: ${24000 + span - 1} }
`);
    expect(issues).toEqual([
      { path: 'networks[1]', message: expect.stringContaining(`port ${24000 + span - 1}`) },
    ]);
    expect(() =>
      parseTopology(`
networks:
  - { id: f, type: fabric, orgs: [A, B], basePort: 24000 }
  - { id: e, type: evm, chainId: 1, port: ${24000 + span} }
`),
    ).not.toThrow();
  });

  it('fails to load a missing file with TOPOLOGY_PARSE naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weft-topology-'));
    await expect(loadTopology(join(dir, 'absent.yaml'))).rejects.toMatchObject({
      code: 'TOPOLOGY_PARSE',
      context: { source: join(dir, 'absent.yaml') },
    });
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'networks: [{ id: e, type: evm }]');
    await expect(loadTopology(file)).rejects.toMatchObject({
      code: 'TOPOLOGY_INVALID',
      message: expect.stringContaining('networks[0].chainId'),
    });
  });
});
