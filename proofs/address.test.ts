import { describe, expect, it } from 'vitest';
import { encodeArgument, formatAddress, parseAddress } from './address.js';

const CONTRACT = '0x5fbdb2315678afecb367f032d93f642f64180aa3';
const SLOT = `0x${'0'.repeat(63)}1`;

describe('view addresses', () => {
  it('parses a Fabric view', () => {
    const a = parseAddress('relay-b.local:9080/fabric-b/weft:assets:Get:asset-1');
    expect(a).toMatchObject({
      relay: { host: 'relay-b.local', port: 9080 },
      networkId: 'fabric-b',
      viewText: 'weft:assets:Get:asset-1',
      view: { ledger: 'fabric', channel: 'weft', chaincode: 'assets', function: 'Get', args: ['asset-1'] },
    });
  });

  it('parses EVM call and storage views', () => {
    expect(parseAddress(`127.0.0.1:9081/evm-c/31001:${CONTRACT}:get(string):key-1`).view).toEqual({
      ledger: 'evm',
      kind: 'call',
      chainId: 31001n,
      contract: CONTRACT,
      signature: 'get(string)',
      args: ['key-1'],
    });
    expect(parseAddress(`[::1]:9081/evm-c/31001:${CONTRACT}:${SLOT}`).view).toEqual({
      ledger: 'evm',
      kind: 'storage',
      chainId: 31001n,
      contract: CONTRACT,
      slot: SLOT,
    });
  });

  it('parses an EVM log stream, its topic filters and their canonical text', () => {
    const topic0 = `0x${'ab'.repeat(32)}`;
    const writer = `0x${'0'.repeat(24)}${'cd'.repeat(20)}`;
    const text = `h:1/evm-c/31001:${CONTRACT}:log:${topic0}:*:${writer}`;
    const parsed = parseAddress(text);
    expect(parsed.view).toEqual({
      ledger: 'evm',
      kind: 'log',
      chainId: 31001n,
      contract: CONTRACT,
      topic0,
      filters: [null, writer],
    });
    expect(formatAddress({ host: 'h', port: 1 }, 'evm-c', parsed.view)).toBe(text);
    for (const [address, reason] of [
      [`h:1/n/31001:${CONTRACT}:log`, 'topic0'],
      [`h:1/n/31001:${CONTRACT}:log:${topic0.toUpperCase().replace('0X', '0x')}`, 'topic0'],
      [`h:1/n/31001:${CONTRACT}:log:${topic0}:*`, 'trailing'],
      [`h:1/n/31001:${CONTRACT}:log:${topic0}:0x12`, 'neither'],
      [`h:1/n/31001:${CONTRACT}:log:${topic0}:*:*:*:${writer}`, 'at most 3'],
    ]) {
      expect(() => parseAddress(address!)).toThrow(expect.objectContaining({ code: 'ADDRESS_INVALID' }));
      expect(() => parseAddress(address!)).toThrow(reason);
    }
  });

  it('carries any string in an argument through percent-encoding, and back', () => {
    const tricky = ['a:b/c%d', 'naïve ✓', '', ' '];
    const view = {
      ledger: 'fabric',
      channel: 'weft',
      chaincode: 'assets',
      function: 'Get',
      args: tricky,
    } as const;
    const text = formatAddress({ host: 'h', port: 1 }, 'n', view);
    expect(text).toBe('h:1/n/weft:assets:Get:a%3Ab%2Fc%25d:na%C3%AFve%20%E2%9C%93::%20');
    expect(parseAddress(text).view).toEqual(view);
    expect(encodeArgument('plain-Text_1.~')).toBe('plain-Text_1.~');
  });

  it('rejects every non-canonical spelling of a view, so one view has one text', () => {
    for (const [address, reason] of [
      ['h:1/n/weft:assets:Get:a%3ab', 'canonical'], // lower-case hex escape
      ['h:1/n/weft:assets:Get:%41', 'canonical'], // escaped unreserved character
      [`h:1/n/31001:${CONTRACT.toUpperCase().replace('0X', '0x')}:get(string):k`, 'lower-case'],
      [`h:1/n/031001:${CONTRACT}:get(string):k`, 'neither'],
      ['h:1/n/weft:assets:Get:%E2%9C', 'percent-encoded'], // truncated UTF-8
    ]) {
      expect(() => parseAddress(address!)).toThrow(expect.objectContaining({ code: 'ADDRESS_INVALID' }));
      expect(() => parseAddress(address!)).toThrow(reason);
    }
  });

  it('names what is wrong in a malformed address', () => {
    const cases: Array<[string, string]> = [
      ['', 'length'],
      ['no-slashes', 'relay-host:port/network-id/view'],
      ['host/n/weft:assets:Get', 'relay host'],
      ['h:0/n/weft:assets:Get', 'relay port'],
      ['h:65536/n/weft:assets:Get', 'relay port'],
      ['h:1/bad id/weft:assets:Get', 'network id'],
      ['h:1/n/weft:assets:Get:a/b', "contains '/'"],
      ['h:1/n/Weft:assets:Get', 'neither a Fabric channel'],
      ['h:1/n/weft::Get', 'chaincode name'],
      ['h:1/n/weft:assets', 'function name'],
      [`h:1/n/31001:0x12:get(string)`, 'contract'],
      [`h:1/n/31001:${CONTRACT}:0x01`, 'neither a storage slot'],
      [`h:1/n/31001:${CONTRACT}:${SLOT}:extra`, 'neither a storage slot'],
      [`h:1/n/99999999999999999999:${CONTRACT}:${SLOT}`, '64 bits'],
      [`h:1/n/weft:assets:Get${':a'.repeat(65)}`, 'more than 64 arguments'],
      [`h:1/n/weft:assets:Get:${'a'.repeat(5000)}`, 'length'],
    ];
    for (const [address, reason] of cases) {
      let error: unknown;
      try {
        parseAddress(address);
      } catch (e) {
        error = e;
      }
      expect(error, address).toMatchObject({
        code: 'ADDRESS_INVALID',
        message: expect.stringContaining(reason),
      });
    }
  });

  it('throws a TypeError for a non-string, a misuse rather than bad input', () => {
    expect(() => parseAddress(42 as unknown as string)).toThrow(TypeError);
  });
});
