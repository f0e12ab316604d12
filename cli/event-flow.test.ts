import { describe, expect, it } from 'vitest';
import { planEventFlows } from './event-flow.js';

const net = (id: string, type: string) => ({ id, type });

describe("the demo's event flows", () => {
  it('runs one flow per direction kind, between the first networks of each kind', () => {
    const [a, b, c, d] = [
      net('fabric-a', 'fabric'),
      net('fabric-b', 'fabric'),
      net('evm-c', 'evm'),
      net('evm-d', 'evm'),
    ];
    expect(planEventFlows([a, b, c, d])).toEqual({
      flows: [
        { source: a, destination: c },
        { source: c, destination: a },
      ],
      skipped: [],
    });
    expect(planEventFlows([c, b, a]).flows).toEqual([
      { source: b, destination: c },
      { source: c, destination: b },
    ]);
  });

  it('skips a direction kind the topology has no network for, naming the kind it lacks', () => {
    const only = planEventFlows([net('fabric-a', 'fabric'), net('fabric-b', 'fabric')]);
    expect(only.flows).toEqual([]);
    expect(only.skipped).toEqual([
      { sourceKind: 'fabric', destinationKind: 'evm', missing: ['evm'] },
      { sourceKind: 'evm', destinationKind: 'fabric', missing: ['evm'] },
    ]);
    expect(planEventFlows([]).skipped.map((s) => s.missing)).toEqual([
      ['fabric', 'evm'],
      ['evm', 'fabric'],
    ]);
  });
});
