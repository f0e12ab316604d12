import { describe, expect, it } from 'vitest';
import { fabricTopologyFacts } from '../ledgers/fabric/facts.js';
import { fabricLayout } from './fabric/layout.js';
import { infrastructureNamed, inNamespace, placementOf, planInfrastructures } from './infrastructures.js';
import { fabricSpecPortCount, parseTopology, type TopologyIssue } from './topology.js';

const SPREAD = `infrastructures: [east, west, south]
networks:
  - type: fabric
    id: spread
    orgs:
      - { name: Org1, infrastructure: east }
      - { name: Org2, infrastructure: west }
      - { name: Org3, infrastructure: south }
    orderers: [east, west, south]
`;

function issuesOf(text: string): TopologyIssue[] {
  try {
    parseTopology(text, 'test.yaml');
  } catch (error) {
    return (error as { context: { issues: TopologyIssue[] } }).context.issues;
  }
  throw new Error('expected the topology to be rejected');
}

describe('infrastructures in a topology', () => {
  it('places a network whole: every org and its orderers on declared infrastructures', () => {
    const topology = parseTopology(SPREAD);
    expect(topology.infrastructures).toEqual(['east', 'west', 'south']);
    const [network] = topology.networks;
    // 3 orderers and 3 peers of 3 ports, 2 chaincode servers on each of the 3 sites.
    expect(fabricSpecPortCount(network as never)).toBe(24);
  });

  it('refuses an unknown infrastructure, a partly placed network and duplicate names, with their paths', () => {
    expect(issuesOf(SPREAD.replace('infrastructure: south', 'infrastructure: north'))).toEqual([
      {
        path: 'networks[0].orgs[2].infrastructure',
        message: 'no infrastructure "north" in infrastructures (east, west, south)',
      },
    ]);
    expect(issuesOf(SPREAD.replace('    orderers: [east, west, south]\n', ''))).toEqual([
      {
        path: 'networks[0].orderers',
        message: 'a network on infrastructures places every org (infrastructure) and its orderers (orderers)',
      },
    ]);
    expect(issuesOf(SPREAD.replace('{ name: Org3, infrastructure: south }', 'Org3'))).toEqual([
      {
        path: 'networks[0].orgs',
        message: 'a network on infrastructures places every org (infrastructure) and its orderers (orderers)',
      },
    ]);
    expect(
      issuesOf(SPREAD.replace('[east, west, south]\nnetworks', '[east, east]\nnetworks')),
    ).toContainEqual({
      path: 'infrastructures[1]',
      message: 'duplicate infrastructure east',
    });
    expect(issuesOf(SPREAD.replace('[east, west, south]\nnetworks', '[East]\nnetworks'))[0]!.message).toMatch(
      /^expected an infrastructure name/,
    );
  });
});

describe('planInfrastructures', () => {
  const plan = planInfrastructures(['east', 'west', 'south'], 'a1b2c3', [203, 7]);

  it('names namespaces and links within the kernel limits, one /24 with the host at .1', () => {
    expect(plan.hostLink).toBe('wfa1b2c3');
    expect(plan.hostLink.length).toBeLessThanOrEqual(15);
    expect(plan.hostIp).toBe('10.203.7.1');
    expect(plan.members.map((m) => [m.namespace, m.hubLink, m.ip])).toEqual([
      ['weft-a1b2c3-east', 'i0', '10.203.7.11'],
      ['weft-a1b2c3-west', 'i1', '10.203.7.12'],
      ['weft-a1b2c3-south', 'i2', '10.203.7.13'],
    ]);
  });

  it('runs a node inside its namespace with `ip netns exec`, and on the host as it is', () => {
    expect(inNamespace('weft-a1b2c3-east', '/bin/peer', ['node', 'start'])).toEqual({
      command: 'ip',
      args: ['netns', 'exec', 'weft-a1b2c3-east', '/bin/peer', 'node', 'start'],
    });
    expect(inNamespace(undefined, '/bin/peer', ['node', 'start'])).toEqual({
      command: '/bin/peer',
      args: ['node', 'start'],
    });
  });

  it('refuses to cut an infrastructure it does not have, naming those it has', () => {
    expect(() => infrastructureNamed(plan, 'north')).toThrow(
      'no infrastructure "north"; infrastructures: east, west, south',
    );
    expect(() => infrastructureNamed(undefined, 'east')).toThrow('infrastructures: none');
  });

  it('lays a spread network out on its sites: each node at its address, a chaincode server per site', () => {
    const [spec] = parseTopology(SPREAD).networks;
    const ports = Array.from({ length: 24 }, (_, i) => 20_000 + i);
    const layout = fabricLayout(spec as never, ports, '/state/spread', placementOf(plan));
    expect(layout.orderers.map((o) => [o.host, o.ip, o.namespace, o.port])).toEqual([
      ['orderer0.spread.weft.test', '10.203.7.11', 'weft-a1b2c3-east', 20_000],
      ['orderer1.spread.weft.test', '10.203.7.12', 'weft-a1b2c3-west', 20_003],
      ['orderer2.spread.weft.test', '10.203.7.13', 'weft-a1b2c3-south', 20_006],
    ]);
    expect(layout.orgs.map((o) => [o.peer.ip, o.peer.port])).toEqual([
      ['10.203.7.11', 20_009],
      ['10.203.7.12', 20_012],
      ['10.203.7.13', 20_015],
    ]);
    expect(layout.chaincodes.map((c) => [c.name, c.infrastructure, c.port])).toEqual([
      ['assets', 'east', 20_018],
      ['interop', 'east', 20_019],
      ['assets', 'west', 20_020],
      ['interop', 'west', 20_021],
      ['assets', 'south', 20_022],
      ['interop', 'south', 20_023],
    ]);
    expect(layout.infrastructures).toEqual(['east', 'west', 'south']);
    // Losing one infrastructure must not stop its views: a majority of its orgs, not all, vouch for them.
    expect(fabricTopologyFacts.defaultPolicy(layout)).toEqual([
      { pattern: 'weft:*', policy: 'OutOf(2, Org1MSP, Org2MSP, Org3MSP)' },
    ]);
    expect(fabricTopologyFacts.defaultPolicy({ ...layout, infrastructures: undefined } as never)).toEqual([
      { pattern: 'weft:*', policy: 'AND(Org1MSP, Org2MSP, Org3MSP)' },
    ]);
  });
});
