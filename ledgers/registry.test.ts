import { AbiCoder, getBytes, id, Wallet, ZeroHash } from 'ethers';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../proofs/address.js';
import { logPayload } from './evm/log-event.js';
import { VIEW_GRAMMARS } from './grammars.js';
import {
  type ClientIdentity,
  findLedger,
  LEDGER_KINDS,
  LEDGERS,
  ledgerOf,
  ledgerOfIdentity,
  ledgerOfView,
  ledgerOfViewText,
  membershipFromRecord,
  requestSignerOf,
} from './registry.js';

const CONTRACT = '0x5fbdb2315678afecb367f032d93f642f64180aa3';
const member = Wallet.createRandom();
const evmRecord = JSON.stringify({
  type: 'evm',
  chainId: '31001',
  orgs: { Org1: [member.address.toLowerCase()] },
});

describe('the ledger registry', () => {
  it('lists the same view grammars apart as its adapters have, in the same order', () => {
    expect(VIEW_GRAMMARS).toEqual(LEDGERS.map((l) => l.view));
    expect(VIEW_GRAMMARS.every((g, i) => g === LEDGERS[i]?.view)).toBe(true);
  });

  it('knows Fabric and EVM, and finds each by its kind', () => {
    expect(LEDGER_KINDS).toEqual(['fabric', 'evm']);
    expect(ledgerOf('fabric').kind).toBe('fabric');
    expect(ledgerOf('evm').kind).toBe('evm');
    expect(ledgerOf('evm').presentation.vouched).toBe('attested');
    expect(ledgerOf('fabric').presentation.vouched).toBe('endorsed');
  });

  it('refuses a kind it does not know with LEDGER_UNKNOWN, naming the kinds it knows', () => {
    expect(findLedger('corda')).toBeUndefined();
    expect(() => ledgerOf('corda')).toThrow(
      expect.objectContaining({ code: 'LEDGER_UNKNOWN', message: expect.stringContaining('fabric, evm') }),
    );
    expect(() => ledgerOf(undefined)).toThrow(expect.objectContaining({ code: 'LEDGER_UNKNOWN' }));
    expect(() => ledgerOfView({ ledger: 'corda' })).toThrow(
      expect.objectContaining({ code: 'LEDGER_UNKNOWN' }),
    );
    expect(() => ledgerOfIdentity({ kind: 'corda' })).toThrow(
      expect.objectContaining({ code: 'LEDGER_UNKNOWN' }),
    );
  });

  it('finds the kind whose grammar claims a view text by its first segment', () => {
    expect(ledgerOfViewText('weft:assets:Get:k1').kind).toBe('fabric');
    expect(ledgerOfViewText(`31001:${CONTRACT}:get(string):k1`).kind).toBe('evm');
    // Claimed by its first segment, whether or not the rest is valid.
    expect(ledgerOfViewText('31001:not-a-contract').kind).toBe('evm');
    expect(() => ledgerOfViewText('Weft:assets:Get')).toThrow(
      expect.objectContaining({
        code: 'ADDRESS_INVALID',
        message: expect.stringContaining('"Weft" is neither a Fabric channel nor an EVM chain id'),
      }),
    );
  });

  it('finds the kind of a parsed view, and formats it back to its text', () => {
    const fabric = parseAddress('h:1/n/weft:assets:Get:a%3Ab');
    const evm = parseAddress(`h:1/n/31001:${CONTRACT}:get(string):k1`);
    expect(ledgerOfView(fabric.view).kind).toBe('fabric');
    expect(ledgerOfView(evm.view).kind).toBe('evm');
    expect(ledgerOf('fabric').view.format(fabric.view)).toBe('weft:assets:Get:a%3Ab');
    expect(() => ledgerOf('fabric').view.format(evm.view)).toThrow(
      expect.objectContaining({ code: 'LEDGER_UNKNOWN' }),
    );
  });

  it('parses a recorded membership by its type: none is Fabric, an unknown one is refused', () => {
    expect(membershipFromRecord('evm-c', evmRecord)).toMatchObject({ kind: 'evm', chainId: 31001n });
    expect(membershipFromRecord('fabric-b', JSON.stringify({ orgs: {} }))).toMatchObject({ kind: 'fabric' });
    for (const [text, reason] of [
      ['{', 'not JSON'],
      ['[]', 'no orgs'],
      [JSON.stringify({ type: 'corda', orgs: {} }), 'unknown type "corda"'],
      [JSON.stringify({ type: 'evm', orgs: {} }), 'chainId'],
    ]) {
      expect(() => membershipFromRecord('x', text!)).toThrow(
        expect.objectContaining({ code: 'POLICY_INVALID', message: expect.stringContaining(reason!) }),
      );
    }
  });

  it('finds the kind of a client identity: an EVM account by its kind, a Fabric one without', () => {
    const evmIdentity: ClientIdentity = { kind: 'evm', org: 'Org1', privateKey: member.privateKey };
    const fabricIdentity: ClientIdentity = { mspId: 'Org1MSP', certificate: '', privateKey: '' };
    expect(ledgerOfIdentity(evmIdentity).kind).toBe('evm');
    expect(ledgerOfIdentity(fabricIdentity).kind).toBe('fabric');
    const signer = requestSignerOf({ kind: 'evm', org: 'Org1', privateKey: member.privateKey });
    expect(signer).toMatchObject({ org: 'Org1', identity: member.address.toLowerCase() });
    expect(signer.sealKey).toBeUndefined();
  });

  it("names each kind's sample stream, and reads the asset its writes' events carry", () => {
    const fabric = ledgerOf('fabric').topologyFacts;
    const evm = ledgerOf('evm').topologyFacts;
    const fabricNetwork = { id: 'fabric-a', type: 'fabric', channel: 'weft', orgs: [{ mspId: 'Org1MSP' }] };
    const evmNetwork = {
      id: 'evm-c',
      type: 'evm',
      chainId: 31001,
      contracts: { AssetStore: '0x5FbDB2315678afecb367f032d93F642f64180aa3' },
    };
    expect(fabric.sampleStream(fabricNetwork)).toBe('fabric-a/weft:assets:EventAt:AssetPut');
    const topic0 = id('AssetPut(string,string,address)');
    expect(evm.sampleStream(evmNetwork)).toBe(`evm-c/31001:${CONTRACT}:log:${topic0}`);
    expect(parseAddress(`h:1/${evm.sampleStream(evmNetwork)}`).view).toMatchObject({
      ledger: 'evm',
      kind: 'log',
      contract: CONTRACT,
      topic0,
    });
    expect(() => fabric.sampleStream(evmNetwork)).toThrow(
      expect.objectContaining({ code: 'LEDGER_UNKNOWN' }),
    );

    const json = Buffer.from(JSON.stringify({ key: 'k1', value: 'v1' }));
    expect(fabric.sampleAsset(json)).toEqual({ key: 'k1', value: 'v1' });
    const log = (topics: string[]) =>
      logPayload({
        topics,
        data: getBytes(AbiCoder.defaultAbiCoder().encode(['string', 'string'], ['k2', 'v2'])),
      });
    expect(evm.sampleAsset(log([topic0, ZeroHash]))).toEqual({ key: 'k2', value: 'v2' });
    for (const [facts, payload] of [
      [fabric, Buffer.from('not json')],
      [fabric, Buffer.from('{"key":1,"value":"v"}')],
      [evm, log([id('Other(string,string,address)'), ZeroHash])],
      [evm, json],
    ] as const) {
      expect(() => facts.sampleAsset(payload)).toThrow(expect.objectContaining({ code: 'EVENT_INVALID' }));
    }
  });

  it("names each kind's command sources: the beginnings of its command and confirmation streams", () => {
    const fabric = ledgerOf('fabric').topologyFacts;
    const evm = ledgerOf('evm').topologyFacts;
    const fabricNetwork = { id: 'fabric-a', type: 'fabric', channel: 'weft', orgs: [{ mspId: 'Org1MSP' }] };
    const interop = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';
    const evmNetwork = {
      id: 'evm-c',
      type: 'evm',
      chainId: 31001,
      contracts: { AssetStore: '0x5FbDB2315678afecb367f032d93F642f64180aa3', WeftInterop: interop },
    };
    // Both of the chaincode's event streams: one prefix.
    expect(fabric.commandSources(fabricNetwork, 'evm-c')).toEqual(['weft:assets:EventAt:']);
    for (const short of [
      fabric.commandStream(fabricNetwork, 'evm-c'),
      fabric.confirmationStream(fabricNetwork, 'evm-c'),
    ]) {
      expect(short.slice('fabric-a/'.length).startsWith('weft:assets:EventAt:')).toBe(true);
    }
    // AssetStore issues, the interop contract confirms: two, in lower-case hex.
    const sources = evm.commandSources(evmNetwork, 'fabric-a');
    expect(sources).toEqual([`31001:${CONTRACT}:log:`, `31001:${interop.toLowerCase()}:log:`]);
    expect(evm.commandStream(evmNetwork, 'fabric-a').slice('evm-c/'.length).startsWith(sources[0]!)).toBe(
      true,
    );
    expect(
      evm.confirmationStream(evmNetwork, 'fabric-a').slice('evm-c/'.length).startsWith(sources[1]!),
    ).toBe(true);
    expect(() => fabric.commandSources(evmNetwork, 'x')).toThrow(
      expect.objectContaining({ code: 'LEDGER_UNKNOWN' }),
    );
  });
});
