/**
 * Verification policies: which orgs of a source network must have vouched for a view. A small expression
 * language over org ids:
 *
 *   Org1MSP                      that org
 *   AND(p1, p2, ...)             all of them
 *   OR(p1, p2, ...)              any of them
 *   OutOf(k, p1, p2, ...)        at least k of them
 *
 * Each org may appear at most once in a policy. Operands are then disjoint, so counting satisfied operands
 * never counts one org twice (`OutOf(2, Org1MSP, Org1MSP)` is rejected, not satisfied by Org1MSP alone).
 * A policy is evaluated over the set of distinct orgs whose proofs verified. Pure: no I/O.
 */
import { WeftError } from '../common/errors.js';

export type Policy =
  | { readonly kind: 'org'; readonly org: string }
  | { readonly kind: 'and' | 'or'; readonly of: readonly Policy[] }
  | { readonly kind: 'outOf'; readonly k: number; readonly of: readonly Policy[] };

export const MAX_POLICY_LENGTH = 4096;
const MAX_DEPTH = 8;
const MAX_OPERANDS = 64;
const ORG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function invalid(text: string, reason: string, at?: number): WeftError {
  return new WeftError('POLICY_INVALID', `invalid policy: ${reason}${at === undefined ? '' : ` at ${at}`}`, {
    policy: text.length > 200 ? `${text.slice(0, 200)}…` : text,
    ...(at === undefined ? {} : { at }),
  });
}

type Token = { readonly type: 'word' | '(' | ')' | ','; readonly text: string; readonly at: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = /[A-Za-z0-9._-]+/y;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, text: c, at: i });
      i++;
    } else {
      word.lastIndex = i;
      const match = word.exec(text);
      if (!match) throw invalid(text, `unexpected character ${JSON.stringify(c)}`, i);
      tokens.push({ type: 'word', text: match[0], at: i });
      i += match[0].length;
    }
  }
  return tokens;
}

const OPERATORS: Record<string, 'and' | 'or' | 'outOf'> = { AND: 'and', OR: 'or', OUTOF: 'outOf' };

/**
 * Parses a policy expression.
 *
 * @throws {WeftError} POLICY_INVALID with the position of the problem.
 */
export function parsePolicy(text: string): Policy {
  if (typeof text !== 'string') throw new TypeError('policy must be a string');
  if (text.trim().length === 0 || text.length > MAX_POLICY_LENGTH) {
    throw invalid(text, `length must be 1 to ${MAX_POLICY_LENGTH} characters`);
  }
  const tokens = tokenize(text);
  let next = 0;
  const seen = new Set<string>();
  const peek = () => tokens[next];
  const expect = (type: Token['type']): Token => {
    const token = tokens[next];
    if (token?.type !== type) {
      throw invalid(
        text,
        `expected '${type === 'word' ? 'an org or operator' : type}'`,
        token?.at ?? text.length,
      );
    }
    next++;
    return token;
  };

  const parse = (depth: number): Policy => {
    if (depth > MAX_DEPTH) throw invalid(text, `nested deeper than ${MAX_DEPTH}`, peek()?.at);
    const head = expect('word');
    const operator = OPERATORS[head.text.toUpperCase()];
    if (!operator || peek()?.type !== '(') {
      if (!ORG.test(head.text)) throw invalid(text, `${JSON.stringify(head.text)} is not an org id`, head.at);
      if (seen.has(head.text)) throw invalid(text, `org ${head.text} appears more than once`, head.at);
      seen.add(head.text);
      return { kind: 'org', org: head.text };
    }
    expect('(');
    let k: number | undefined;
    if (operator === 'outOf') {
      const count = expect('word');
      if (!/^[1-9][0-9]*$/.test(count.text))
        throw invalid(text, 'OutOf needs a count k >= 1 first', count.at);
      k = Number(count.text);
      expect(',');
    }
    const of: Policy[] = [parse(depth + 1)];
    while (peek()?.type === ',') {
      next++;
      if (of.length >= MAX_OPERANDS) throw invalid(text, `more than ${MAX_OPERANDS} operands`, peek()?.at);
      of.push(parse(depth + 1));
    }
    expect(')');
    if (k !== undefined) {
      if (k > of.length) throw invalid(text, `OutOf(${k}, ...) has only ${of.length} operands`, head.at);
      return { kind: 'outOf', k, of };
    }
    return { kind: operator as 'and' | 'or', of };
  };

  const policy = parse(0);
  if (next !== tokens.length) throw invalid(text, 'unexpected text after the policy', tokens[next]!.at);
  return policy;
}

/** Whether the orgs whose proofs verified satisfy the policy. */
export function satisfies(policy: Policy, orgs: ReadonlySet<string>): boolean {
  switch (policy.kind) {
    case 'org':
      return orgs.has(policy.org);
    case 'and':
      return policy.of.every((p) => satisfies(p, orgs));
    case 'or':
      return policy.of.some((p) => satisfies(p, orgs));
    case 'outOf':
      return policy.of.filter((p) => satisfies(p, orgs)).length >= policy.k;
  }
}

/**
 * A small set of orgs that satisfies the policy: whom a driver asks for proofs. Not always the smallest
 * possible, but always sufficient; smaller operands are preferred.
 */
export function orgsToAsk(policy: Policy): string[] {
  const pick = (p: Policy): string[] => {
    switch (p.kind) {
      case 'org':
        return [p.org];
      case 'and':
        return p.of.flatMap(pick);
      case 'or':
        return p.of.map(pick).sort((a, b) => a.length - b.length)[0]!;
      case 'outOf':
        return p.of
          .map(pick)
          .sort((a, b) => a.length - b.length)
          .slice(0, p.k)
          .flat();
    }
  };
  return [...new Set(pick(policy))];
}

/** Every org the policy names. */
export function policyOrgs(policy: Policy): string[] {
  return policy.kind === 'org' ? [policy.org] : policy.of.flatMap(policyOrgs);
}

export function formatPolicy(policy: Policy): string {
  switch (policy.kind) {
    case 'org':
      return policy.org;
    case 'and':
      return `AND(${policy.of.map(formatPolicy).join(', ')})`;
    case 'or':
      return `OR(${policy.of.map(formatPolicy).join(', ')})`;
    case 'outOf':
      return `OutOf(${policy.k}, ${policy.of.map(formatPolicy).join(', ')})`;
  }
}

/** A policy for the views whose text matches `pattern`: exact, or a prefix when it ends with one '*'. */
export interface PolicyRule {
  readonly pattern: string;
  readonly policy: Policy;
}

export function checkPattern(pattern: string): string {
  const star = pattern.indexOf('*');
  if (pattern.length === 0 || (star >= 0 && star !== pattern.length - 1)) {
    throw new WeftError(
      'POLICY_INVALID',
      `invalid view pattern ${JSON.stringify(pattern)}: '*' only at the end`,
      {
        pattern,
      },
    );
  }
  return pattern;
}

/** Whether a view pattern (exact, or a prefix when it ends with '*') matches a view's text. */
export function matchesPattern(pattern: string, viewText: string): boolean {
  return pattern.endsWith('*') ? viewText.startsWith(pattern.slice(0, -1)) : viewText === pattern;
}

/**
 * The rule for a view: among the rules whose pattern matches, the one with the longest pattern. Prefix matching, never substring: `weft:assets:*` does not
 * match `other:weft:assets:Get`.
 */
export function ruleFor<R extends { readonly pattern: string }>(
  rules: readonly R[],
  viewText: string,
): R | undefined {
  let best: R | undefined;
  // The longer literal part wins; at equal length an exact pattern beats a prefix.
  const weight = (r: R) => (r.pattern.endsWith('*') ? (r.pattern.length - 1) * 2 : r.pattern.length * 2 + 1);
  for (const rule of rules) {
    if (matchesPattern(rule.pattern, viewText) && (!best || weight(rule) > weight(best))) best = rule;
  }
  return best;
}
