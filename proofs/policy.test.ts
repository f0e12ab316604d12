import { describe, expect, it } from 'vitest';
import {
  checkPattern,
  formatPolicy,
  orgsToAsk,
  parsePolicy,
  policyOrgs,
  ruleFor,
  satisfies,
} from './policy.js';

const orgs = (...ids: string[]) => new Set(ids);

describe('verification policies', () => {
  it('parses the language and prints it back', () => {
    const text = 'OR(AND(Org1MSP, Org2MSP), OutOf(2, Bank.A, Bank-B, Bank_C))';
    const policy = parsePolicy(text);
    expect(formatPolicy(policy)).toBe(text);
    expect(parsePolicy(' and ( X , y ) ')).toEqual({
      kind: 'and',
      of: [
        { kind: 'org', org: 'X' },
        { kind: 'org', org: 'y' },
      ],
    });
    expect(policyOrgs(policy)).toEqual(['Org1MSP', 'Org2MSP', 'Bank.A', 'Bank-B', 'Bank_C']);
  });

  it('evaluates AND, OR and OutOf over the orgs whose proofs verified', () => {
    const policy = parsePolicy('OR(AND(Org1MSP, Org2MSP), OutOf(2, A, B, C))');
    expect(satisfies(policy, orgs('Org1MSP', 'Org2MSP'))).toBe(true);
    expect(satisfies(policy, orgs('Org1MSP'))).toBe(false);
    expect(satisfies(policy, orgs('A', 'C'))).toBe(true);
    expect(satisfies(policy, orgs('A', 'Org2MSP'))).toBe(false);
    expect(satisfies(policy, orgs())).toBe(false);
    expect(satisfies(parsePolicy('OutOf(3, A, B, C)'), orgs('A', 'B', 'C', 'D'))).toBe(true);
  });

  it('never counts one org twice: a policy naming an org twice is rejected', () => {
    // The attack: one org's endorsement satisfying two operands of a threshold.
    expect(() => parsePolicy('OutOf(2, Org1MSP, Org1MSP)')).toThrow(/Org1MSP appears more than once/);
    expect(() => parsePolicy('AND(Org1MSP, OR(Org2MSP, Org1MSP))')).toThrow(/appears more than once/);
  });

  it('rejects malformed policies with the position of the problem', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /length/],
      ['AND(A, B', /expected '\)' at 8/],
      ['AND(A B)', /expected '\)' at 6/],
      ['OutOf(0, A)', /count k >= 1/],
      ['OutOf(3, A, B)', /only 2 operands/],
      ['OutOf(A, B)', /count k >= 1/],
      ['A B', /unexpected text after the policy at 2/],
      ['AND(A, $)', /unexpected character "\$" at 7/],
      ['AND()', /expected 'an org or operator' at 4/],
      [`${'AND('.repeat(9)}A${')'.repeat(9)}`, /nested deeper than 8/],
      [`OR(${Array.from({ length: 65 }, (_, i) => `O${i}`).join(',')})`, /more than 64 operands/],
      ['x'.repeat(5000), /length/],
    ];
    for (const [text, message] of cases) {
      expect(() => parsePolicy(text), text).toThrow(expect.objectContaining({ code: 'POLICY_INVALID' }));
      expect(() => parsePolicy(text), text).toThrow(message);
    }
  });

  it('picks a sufficient set of orgs to ask, preferring the smaller choices', () => {
    const ask = (text: string) => orgsToAsk(parsePolicy(text));
    expect(ask('AND(A, B)')).toEqual(['A', 'B']);
    expect(ask('OR(AND(A, B), C)')).toEqual(['C']);
    expect(ask('OutOf(2, AND(A, B), C, D)')).toEqual(['C', 'D']);
    for (const text of ['OR(AND(A, B), OutOf(2, C, D, E))', 'OutOf(2, AND(A, B), OR(C, D), E)']) {
      const policy = parsePolicy(text);
      expect(satisfies(policy, new Set(orgsToAsk(policy))), text).toBe(true);
    }
  });

  it('chooses the rule of the longest matching pattern, by prefix and never by substring', () => {
    const rules = [
      { pattern: 'weft:*', policy: parsePolicy('A') },
      { pattern: 'weft:assets:*', policy: parsePolicy('B') },
      { pattern: 'weft:assets:Get:vip', policy: parsePolicy('C') },
      { pattern: 'weft:assets:Get:vip*', policy: parsePolicy('D') },
    ];
    expect(ruleFor(rules, 'weft:assets:Get:k')?.pattern).toBe('weft:assets:*');
    expect(ruleFor(rules, 'weft:other:Get:k')?.pattern).toBe('weft:*');
    expect(ruleFor(rules, 'weft:assets:Get:vip')?.pattern).toBe('weft:assets:Get:vip');
    expect(ruleFor(rules, 'weft:assets:Get:vip2')?.pattern).toBe('weft:assets:Get:vip*');
    // Weaver matched patterns as substrings; here another channel's view matches nothing.
    expect(ruleFor(rules, 'other:weft:assets:Get:k')).toBeUndefined();
  });

  it("accepts '*' only as a pattern's last character", () => {
    expect(checkPattern('weft:assets:*')).toBe('weft:assets:*');
    expect(checkPattern('weft:assets:Get:k')).toBe('weft:assets:Get:k');
    for (const bad of ['', 'weft:*:Get', '*weft', 'weft:**']) {
      expect(() => checkPattern(bad), bad).toThrow(expect.objectContaining({ code: 'POLICY_INVALID' }));
    }
  });
});
