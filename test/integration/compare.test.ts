/**
 * `weft compare` on a real topology (fabric-a: two orgs; evm-c: three orgs): the same workload through the
 * consensus, single-API and multi-membership modes in both directions, and the attack table carried out.
 * The table shows what each mode trusts: consensus refuses all five attacks; single-API takes a lying
 * party's value; multi-membership takes a compromised enterprise's. A regression in the consensus path fails
 * here loudly.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, packageRoot } from '../../common/paths.js';
import type { AttackRow } from '../../lab/compare/attacks.js';
import { markdownReport } from '../../lab/compare/report.js';
import { down, up } from '../../topology/launcher.js';
import type { TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

const run = promisify(execFile);
const WEFT = join(packageRoot(), 'bin', 'weft.js');

let stateDir: string;
let state: TopologyState;
interface Printed {
  figures: Array<{
    mode: string;
    direction: string;
    read: { n: number; p50: number; p99: number };
    readsPerS: number;
    write: { n: number; p50: number };
    cost: { gas?: string; bytes?: number };
    failures: { count: number };
  }>;
  attacks: AttackRow[];
}
let printed: Printed;
let svg: string;

beforeAll(async () => {
  stateDir = await tempDir('compare');
  state = await up(
    parseTopology(
      'networks:\n  - { id: fabric-a, type: fabric, orgs: [Org1, Org2] }\n  - { id: evm-c, type: evm, chainId: 41301 }\n',
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  const chart = join(stateDir, 'compare.svg');
  const { stdout } = await run(
    process.execPath,
    [WEFT, 'compare', '--json', '--svg', chart, '--reads', '4', '--writes', '1', '--state-dir', stateDir],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  printed = JSON.parse(stdout) as Printed;
  svg = await readFile(chart, 'utf8');
}, 240_000);

afterAll(async () => {
  if (state) await down({ stateDir });
}, 60_000);

const outcome = (mode: string, attack: string) =>
  printed.attacks.find((r) => r.mode === mode && r.attack === attack)?.outcome;
/** Expects an attack's outcome; a failure shows the destination's reason, not only the verdict. */
function expectOutcome(mode: string, attack: string, accepted: boolean | 'not applicable') {
  const found = outcome(mode, attack);
  expect(found, `${mode}, ${attack}: ${JSON.stringify(found)}`).toMatchObject({ accepted });
}

describe('weft compare', () => {
  it('measures every mode in both directions, with the cost on each ledger', () => {
    const runs = printed.figures.map((f) => `${f.direction} ${f.mode}`).sort();
    expect(runs).toEqual(
      ['evm-c -> fabric-a', 'fabric-a -> evm-c'].flatMap((d) =>
        ['consensus', 'multi-membership', 'single-api'].map((m) => `${d} ${m}`),
      ),
    );
    for (const f of printed.figures) {
      expect(f.failures.count, `${f.direction} ${f.mode}`).toBe(0);
      expect(f.read.n).toBe(4);
      expect(f.read.p50).toBeGreaterThan(0);
      expect(f.readsPerS).toBeGreaterThan(0);
      expect(f.write.n).toBe(1);
      if (f.direction.endsWith('evm-c')) expect(Number(f.cost.gas)).toBeGreaterThan(21_000);
      else expect(f.cost.bytes).toBeGreaterThan(0);
    }
    // Proof costs: a consensus write carries and checks the most, a multi-membership write the least.
    const cost = (mode: string, direction: string) => {
      const c = printed.figures.find((f) => f.mode === mode && f.direction === direction)!.cost;
      return Number(c.gas ?? c.bytes);
    };
    for (const d of ['fabric-a -> evm-c', 'evm-c -> fabric-a']) {
      expect(cost('consensus', d)).toBeGreaterThan(cost('single-api', d));
      expect(cost('single-api', d)).toBeGreaterThan(cost('multi-membership', d));
    }
  });

  it('consensus refuses all five attacks, each on the destination ledger and for its reason', () => {
    for (const attack of [
      'tampering relay',
      'lying API party',
      'compromised enterprise',
      'forged endorser',
      'replayed answer',
    ]) {
      expectOutcome('consensus', attack, false);
    }
    expect(outcome('consensus', 'replayed answer')?.how).toContain('NonceReplayed');
    expect(outcome('consensus', 'lying API party')?.how).toContain('PolicyNotSatisfied');
  });

  it('single-API takes the lying party`s value and refuses the rest', () => {
    expectOutcome('single-api', 'lying API party', true);
    for (const attack of [
      'tampering relay',
      'compromised enterprise',
      'forged endorser',
      'replayed answer',
    ]) {
      expectOutcome('single-api', attack, false);
    }
  });

  it('multi-membership takes the compromised enterprise`s value; it has no relay and no API party', () => {
    expectOutcome('multi-membership', 'compromised enterprise', true);
    expectOutcome('multi-membership', 'tampering relay', 'not applicable');
    expectOutcome('multi-membership', 'lying API party', 'not applicable');
    expectOutcome('multi-membership', 'replayed answer', false);
  });

  it('draws the chart and writes the Markdown tables', () => {
    expect(svg).toMatch(/^<svg /);
    for (const text of [
      'consensus',
      'single-api',
      'multi-membership',
      'ACCEPTED',
      'refused',
      'fabric-a -&gt; evm-c',
    ]) {
      expect(svg).toContain(text);
    }
    const markdown = markdownReport({
      figures: printed.figures.map((f) => ({
        ...f,
        mode: f.mode as 'consensus',
        read: { ...f.read, mean: 0, max: 0 },
        write: { ...f.write, p99: 0, mean: 0, max: 0 },
        cost: f.cost.gas === undefined ? { bytes: f.cost.bytes! } : { gas: BigInt(f.cost.gas) },
      })),
      attacks: printed.attacks,
    });
    expect(markdown).toMatch(
      /\| fabric-a -> evm-c \| consensus \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ \| [\d.]+ ms \| [\d,]+ gas \|/,
    );
    expect(markdown).toMatch(/\| lying API party \| refused: .* \| ACCEPTED: .* \| n\/a: .* \|/);
  });
});
