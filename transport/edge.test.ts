import { describe, expect, it } from 'vitest';
import { repeatedField } from '../lab/fuzz/hostile.js';
import {
  decodeAddressedQuery,
  decodeNetworkQuery,
  decodeQuery,
  decodeRequestId,
  decodeViewPayload,
  QUERY_MAX_BYTES,
  REQUEST_ID_MAX_BYTES,
} from './edge.js';
import { encodeMessage } from './grpc.js';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const ADDRESS = 'relay-b.weft.test:9080/b/weft:assets:Get:key-1';
const query = (changes: Record<string, unknown> = {}) => ({
  policy: ['Org1MSP', 'Org2MSP'],
  address: ADDRESS,
  requesting_network: 'a',
  certificate: CERT,
  requestor_signature: Buffer.from('signature').toString('base64'),
  nonce: 'n-1',
  ...changes,
});

const networkQuery = (changes: Record<string, unknown> = {}) =>
  encodeMessage('networks.networks.NetworkQuery', query(changes));

describe("the relay's edge", () => {
  it('decodes a well-formed request into a typed query', () => {
    const decoded = decodeNetworkQuery(networkQuery(), 'id-1');
    expect(decoded).toMatchObject({
      requestId: 'id-1',
      address: ADDRESS,
      sourceNetwork: 'b',
      policy: ['Org1MSP', 'Org2MSP'],
      nonce: 'n-1',
      confidential: false,
    });
  });

  it('keeps the id a client chose for its request, so that asking again names the same request', () => {
    expect(decodeNetworkQuery(networkQuery({ request_id: 'client-1' }), 'assigned').requestId).toBe(
      'client-1',
    );
    expect(() => decodeNetworkQuery(networkQuery({ request_id: 'no spaces' }), 'assigned')).toThrow(
      expect.objectContaining({ code: 'REQUEST_INVALID', context: { field: 'request_id' } }),
    );
  });

  it('refuses bytes that are not the message', () => {
    expect(() => decodeNetworkQuery(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), 'id')).toThrow(
      expect.objectContaining({ code: 'REQUEST_INVALID' }),
    );
    expect(() => decodeQuery(Buffer.from('not protobuf at all'))).toThrow(
      expect.objectContaining({ code: 'REQUEST_INVALID' }),
    );
  });

  it('refuses what no request needs before decoding it: size per kind, a flood of fields, groups', () => {
    const padded = Buffer.concat([
      networkQuery(),
      Buffer.from([0xc2, 0x3e, 0x83, 0x80, 0x04]),
      Buffer.alloc(65_539),
    ]);
    expect(padded.length).toBeGreaterThan(QUERY_MAX_BYTES);
    expect(() => decodeNetworkQuery(padded, 'id')).toThrow(
      expect.objectContaining({ code: 'MESSAGE_TOO_LARGE' }),
    );
    expect(() => decodeRequestId(Buffer.alloc(REQUEST_ID_MAX_BYTES + 1))).toThrow(
      expect.objectContaining({ code: 'MESSAGE_TOO_LARGE' }),
    );
    // Thirty thousand empty policy entries would be thirty thousand strings; the scan stops at 512 fields.
    const flood = Buffer.concat([networkQuery(), repeatedField(Buffer.from([0x0a, 0x00]), 30_000)]);
    expect(() => decodeNetworkQuery(flood, 'id')).toThrow(
      expect.objectContaining({ code: 'MESSAGE_TOO_LARGE', message: expect.stringContaining('512 fields') }),
    );
    expect(() => decodeViewPayload(Buffer.alloc(4 * 1024 * 1024, 0x0b))).toThrow(
      expect.objectContaining({ code: 'REQUEST_INVALID', message: expect.stringContaining('groups') }),
    );
  });

  it('names the field at fault', () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ nonce: '' }, 'REQUEST_INVALID', 'nonce'],
      [{ nonce: 'x'.repeat(257) }, 'REQUEST_INVALID', 'nonce'],
      [{ certificate: 'not a certificate' }, 'REQUEST_INVALID', 'certificate'],
      [{ certificate: `${CERT}${'A'.repeat(17_000)}` }, 'REQUEST_INVALID', 'certificate'],
      [{ requestor_signature: 'not base64!' }, 'REQUEST_INVALID', 'requestor_signature'],
      [{ policy: ['Org1MSP', 'bad org'] }, 'REQUEST_INVALID', 'policy'],
    ];
    for (const [changes, code, field] of cases) {
      expect(() => decodeNetworkQuery(networkQuery(changes), 'id')).toThrow(
        expect.objectContaining({ code, context: { field } }),
      );
    }
  });

  it('refuses an address that is malformed or not canonical, since it is signed as sent', () => {
    expect(() => decodeNetworkQuery(networkQuery({ address: 'nowhere' }), 'id')).toThrow(
      expect.objectContaining({ code: 'ADDRESS_INVALID' }),
    );
    expect(() =>
      decodeNetworkQuery(networkQuery({ address: 'relay-b.weft.test:9080/b/weft:assets:Get:a%3ab' }), 'id'),
    ).toThrow(expect.objectContaining({ code: 'ADDRESS_INVALID', message: expect.stringContaining('%3A') }));
  });

  it('requires a request id between relays', () => {
    const bytes = encodeMessage('common.query.Query', query());
    expect(() => decodeQuery(bytes)).toThrow(expect.objectContaining({ context: { field: 'request_id' } }));
    expect(decodeQuery(encodeMessage('common.query.Query', query({ request_id: 'a:1' }))).requestId).toBe(
      'a:1',
    );
  });

  it('hands a driver the address as the edge parsed it, and a relay plain data it can journal', () => {
    const evm = `relay-c.weft.test:9080/c/31001:0x${'ab'.repeat(20)}:get(string):key-1`;
    const bytes = encodeMessage('common.query.Query', query({ request_id: 'a:1', address: evm }));
    const addressed = decodeAddressedQuery(bytes);
    expect(addressed.parsedAddress).toMatchObject({
      text: evm,
      networkId: 'c',
      view: { ledger: 'evm', kind: 'call', chainId: 31001n, signature: 'get(string)', args: ['key-1'] },
    });
    const journaled = decodeQuery(bytes);
    expect(journaled).toEqual({ ...addressed, parsedAddress: undefined });
    expect(JSON.parse(JSON.stringify(journaled))).toEqual(journaled);
  });

  it('decodes a view or an error, and refuses a payload with neither', () => {
    const view = decodeViewPayload(
      encodeMessage('common.state.ViewPayload', {
        request_id: 'r',
        view: { meta: { protocol: 3, proof_type: 'Notarization' }, data: Buffer.from([1, 2]) },
      }),
    );
    expect(view).toMatchObject({
      requestId: 'r',
      view: { meta: { protocol: 3, proofType: 'Notarization' } },
    });
    // Weaver's components send no code: their error is a remote one.
    expect(
      decodeViewPayload(encodeMessage('common.state.ViewPayload', { request_id: 'r', error: 'boom' })),
    ).toEqual({ requestId: 'r', error: 'boom', code: 'REMOTE_ERROR' });
    expect(
      decodeViewPayload(
        encodeMessage('common.state.ViewPayload', {
          request_id: 'r',
          error: 'late',
          error_code: 'DEADLINE_EXCEEDED',
        }),
      ),
    ).toEqual({ requestId: 'r', error: 'late', code: 'DEADLINE_EXCEEDED' });
    // A code that is not weft's is not taken as one.
    expect(
      decodeViewPayload(
        encodeMessage('common.state.ViewPayload', { request_id: 'r', error: 'x', error_code: 'ROOT_ACCESS' }),
      ),
    ).toMatchObject({ code: 'REMOTE_ERROR' });
    expect(() => decodeViewPayload(encodeMessage('common.state.ViewPayload', { request_id: 'r' }))).toThrow(
      expect.objectContaining({ code: 'REQUEST_INVALID' }),
    );
  });
});
