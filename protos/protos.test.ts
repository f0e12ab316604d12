import { msp, peer } from '@hyperledger/fabric-protos';
import { describe, expect, it } from 'vitest';
import { messageType, serviceType } from './index.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('wire protocol', () => {
  // Known-answer encodings written out by hand from Weaver's field numbers: they pin the wire format
  // independently of our .proto text.
  it('encodes Ack as Weaver does', () => {
    const Ack = messageType('common.ack.Ack');
    const bytes = Ack.encode(Ack.create({ status: 1, request_id: 'a', message: 'm' })).finish();
    expect(hex(bytes)).toBe('1001' + '1a0161' + '22016d');
  });

  it('gives Query and NetworkQuery their different field numbers from 8 on', () => {
    const Query = messageType('common.query.Query');
    const query = Query.encode(
      Query.create({ request_id: 'r', requesting_org: 'o', confidential: true }),
    ).finish();
    expect(hex(query)).toBe('420172' + '4a016f' + '5001'); // fields 8, 9, 10
    const NetworkQuery = messageType('networks.networks.NetworkQuery');
    const network = NetworkQuery.encode(
      NetworkQuery.create({ requesting_org: 'o', confidential: true }),
    ).finish();
    expect(hex(network)).toBe('42016f' + '4801'); // fields 8, 9
    // weft's addition: the client's request id, a new field number.
    expect(hex(NetworkQuery.encode(NetworkQuery.create({ request_id: 'r' })).finish())).toBe('520172');
  });

  it('encodes a view payload and request state with their oneofs', () => {
    const ViewPayload = messageType('common.state.ViewPayload');
    expect(hex(ViewPayload.encode(ViewPayload.create({ request_id: 'r', error: 'e' })).finish())).toBe(
      '0a0172' + '1a0165',
    );
    const RequestState = messageType('common.state.RequestState');
    const state = RequestState.create({
      request_id: 'r',
      status: 3,
      view: { meta: { protocol: 3 }, data: [1] },
    });
    expect(hex(RequestState.encode(state).finish())).toBe('0a0172' + '1003' + '1a07' + '0a020803' + '120101');
  });

  it('nests Fabric endorsements exactly as Fabric encodes them', () => {
    const FabricView = messageType('fabric.view_data.FabricView');
    const view = FabricView.create({
      endorsed_proposal_responses: [
        {
          payload: { proposal_hash: [0xaa], extension: [0xbb] },
          endorsement: { endorser: [1], signature: [2] },
        },
      ],
    });
    // field 1 (16 bytes) { field 1 (6) { 1: aa, 2: bb }, field 2 (6) { 1: 01, 2: 02 } }
    expect(hex(FabricView.encode(view).finish())).toBe(
      '0a10' + '0a06' + '0a01aa' + '1201bb' + '1206' + '0a0101' + '120102',
    );
  });

  it('encodes the interop payload that binds a value to its request', () => {
    const InteropPayload = messageType('common.interop_payload.InteropPayload');
    const bytes = InteropPayload.encode(
      InteropPayload.create({
        payload: [7],
        address: 'a',
        confidential: true,
        requestor_certificate: 'c',
        nonce: 'n',
      }),
    ).finish();
    expect(hex(bytes)).toBe('0a0107' + '120161' + '1801' + '220163' + '2a016e');
  });

  it('declares the services with Weaver names and their data-sharing methods', () => {
    const methods = (name: string) =>
      Object.values(serviceType(name).methods).map((m) => [
        m.name,
        m.requestType,
        m.responseType,
        !!m.responseStream,
      ]);
    expect(methods('relay.datatransfer.DataTransfer')).toEqual([
      ['RequestState', 'common.query.Query', 'common.ack.Ack', false],
      ['SendState', 'common.state.ViewPayload', 'common.ack.Ack', false],
      ['SendDriverState', 'common.state.ViewPayload', 'common.ack.Ack', false],
    ]);
    expect(methods('networks.networks.Network')).toEqual([
      ['RequestState', 'NetworkQuery', 'common.ack.Ack', false],
      ['GetState', 'GetStateMessage', 'common.state.RequestState', false],
    ]);
    expect(methods('driver.driver.DriverCommunication')).toEqual([
      ['RequestDriverState', 'common.query.Query', 'common.ack.Ack', false],
    ]);
    expect(methods('weft.relay.Watch')).toEqual([
      ['WatchState', 'networks.networks.GetStateMessage', 'common.state.RequestState', true],
    ]);
  });

  it('rejects malformed bytes when decoding', () => {
    const Query = messageType('common.query.Query');
    expect(() => Query.decode(Uint8Array.from([0x12, 0x05, 0x61]))).toThrow(); // length past the end
  });

  it("decodes Fabric's own encodings of the endorsed result and the endorser identity", () => {
    // Encoded by Fabric's generated bindings, decoded by ours.
    const id = new peer.ChaincodeID();
    id.setName('interop');
    id.setVersion('1');
    const response = new peer.Response();
    response.setStatus(200);
    response.setPayload(Uint8Array.from([9, 8]));
    const action = new peer.ChaincodeAction();
    action.setResponse(response);
    action.setChaincodeId(id);
    action.setResults(Uint8Array.from([1]));
    const decoded = messageType('protos.ChaincodeAction').decode(action.serializeBinary()).toJSON();
    expect(decoded).toEqual({
      results: 'AQ==',
      response: { status: 200, payload: 'CQg=' },
      chaincode_id: { name: 'interop', version: '1' },
    });
    const identity = new msp.SerializedIdentity();
    identity.setMspid('Org1MSP');
    identity.setIdBytes(Buffer.from('-----BEGIN CERTIFICATE-----'));
    expect(messageType('msp.SerializedIdentity').decode(identity.serializeBinary()).toJSON()).toEqual({
      mspid: 'Org1MSP',
      id_bytes: Buffer.from('-----BEGIN CERTIFICATE-----').toString('base64'),
    });
  });
});
