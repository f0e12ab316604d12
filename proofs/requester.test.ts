import { describe, expect, it } from 'vitest';
import { accessAllowed, checkAccessRules } from './requester.js';

describe('access rules', () => {
  it('allow an org, or any org with *, to read the views matching a pattern, by prefix', () => {
    const rules = checkAccessRules([
      { principal: 'Org1MSP', resource: 'weft:assets:*' },
      { principal: '*', resource: 'weft:public:Get:news' },
    ]);
    expect(accessAllowed(rules, 'Org1MSP', 'weft:assets:Get:k')).toBe(true);
    expect(accessAllowed(rules, 'Org2MSP', 'weft:assets:Get:k')).toBe(false);
    expect(accessAllowed(rules, 'Org2MSP', 'weft:public:Get:news')).toBe(true);
    expect(accessAllowed(rules, 'Org1MSP', 'other:weft:assets:Get:k')).toBe(false);
  });

  it('reject malformed rule lists', () => {
    expect(() => checkAccessRules([])).toThrow(/INVALID_ACL/);
    expect(() => checkAccessRules([{ principal: 'Org1MSP' }])).toThrow(/INVALID_ACL/);
    expect(() => checkAccessRules([{ principal: 'Org1MSP', resource: 'a*b' }])).toThrow(
      /'\*' only at the end/,
    );
  });
});
