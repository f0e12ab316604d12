import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { msp as fabricMsp, peer } from '@hyperledger/fabric-protos';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../common/paths.js';
import {
  common,
  fabric,
  messageClass,
  msp,
  networks,
  protocolRoot,
  protos,
  serviceType,
  toUint64,
  uint64,
  weft,
} from './index.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('wire protocol', () => {
  // Known-answer encodings written out by hand from Weaver's field numbers: they pin the wire format
  // independently of our .proto text.
  it('encodes Ack as Weaver does', () => {
    const { Ack } = common.ack;
    const bytes = Ack.encode(
      Ack.create({ status: Ack.STATUS.ERROR, request_id: 'a', message: 'm' }),
    ).finish();
    expect(hex(bytes)).toBe('1001' + '1a0161' + '22016d');
  });

  it('gives Query and NetworkQuery their different field numbers from 8 on', () => {
    const { Query } = common.query;
    const query = Query.encode(
      Query.create({ request_id: 'r', requesting_org: 'o', confidential: true }),
    ).finish();
    expect(hex(query)).toBe('420172' + '4a016f' + '5001'); // fields 8, 9, 10
    const { NetworkQuery } = networks.networks;
    const network = NetworkQuery.encode(
      NetworkQuery.create({ requesting_org: 'o', confidential: true }),
    ).finish();
    expect(hex(network)).toBe('42016f' + '4801'); // fields 8, 9
    // weft's addition: the client's request id, a new field number.
    expect(hex(NetworkQuery.encode(NetworkQuery.create({ request_id: 'r' })).finish())).toBe('520172');
  });

  it('encodes a view payload and request state with their oneofs', () => {
    const { Meta, RequestState, View, ViewPayload } = common.state;
    expect(hex(ViewPayload.encode(ViewPayload.create({ request_id: 'r', error: 'e' })).finish())).toBe(
      '0a0172' + '1a0165',
    );
    const state = RequestState.create({
      request_id: 'r',
      status: RequestState.STATUS.COMPLETED,
      view: View.create({
        meta: Meta.create({ protocol: Meta.Protocol.FABRIC }),
        data: Uint8Array.from([1]),
      }),
    });
    expect(hex(RequestState.encode(state).finish())).toBe('0a0172' + '1003' + '1a07' + '0a020803' + '120101');
  });

  it('nests Fabric endorsements exactly as Fabric encodes them', () => {
    const { FabricView } = fabric.view_data;
    const view = FabricView.create({
      endorsed_proposal_responses: [
        FabricView.EndorsedProposalResponse.create({
          payload: protos.ProposalResponsePayload.create({
            proposal_hash: Uint8Array.from([0xaa]),
            extension: Uint8Array.from([0xbb]),
          }),
          endorsement: protos.Endorsement.create({
            endorser: Uint8Array.from([1]),
            signature: Uint8Array.from([2]),
          }),
        }),
      ],
    });
    // field 1 (16 bytes) { field 1 (6) { 1: aa, 2: bb }, field 2 (6) { 1: 01, 2: 02 } }
    expect(hex(FabricView.encode(view).finish())).toBe(
      '0a10' + '0a06' + '0a01aa' + '1201bb' + '1206' + '0a0101' + '120102',
    );
  });

  it('encodes the interop payload that binds a value to its request', () => {
    const { InteropPayload } = common.interop_payload;
    const bytes = InteropPayload.encode(
      InteropPayload.create({
        payload: Uint8Array.from([7]),
        address: 'a',
        confidential: true,
        requestor_certificate: 'c',
        nonce: 'n',
      }),
    ).finish();
    expect(hex(bytes)).toBe('0a0107' + '120161' + '1801' + '220163' + '2a016e');
    // weft's addition, a uint64: 1 << 40 as a varint.
    const timed = InteropPayload.encode(
      InteropPayload.create({ source_time_ms: toUint64(2n ** 40n) }),
    ).finish();
    expect(hex(timed)).toBe('30' + '8080808080' + '20');
    expect(uint64(InteropPayload.decode(timed).source_time_ms)).toBe(2n ** 40n);
  });

  it('carries 64-bit integers exactly, to 2^64 - 1, and refuses what does not fit', () => {
    const { EvmView } = weft.evm;
    for (const value of [0n, 1n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 64n - 1n]) {
      const bytes = EvmView.encode(EvmView.create({ block_number: toUint64(value) })).finish();
      expect(uint64(EvmView.decode(bytes).block_number)).toBe(value);
      // The same bytes as protobufjs makes of the decimal text.
      expect(Buffer.from(bytes)).toEqual(
        Buffer.from(EvmView.encode(EvmView.fromObject({ block_number: `${value}` })).finish()),
      );
    }
    expect(() => toUint64(2n ** 64n)).toThrow(RangeError);
    expect(() => toUint64(-1n)).toThrow(RangeError);
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
      ['SubscribeEvent', 'NetworkEventSubscription', 'common.ack.Ack', false],
      ['GetEventSubscriptionState', 'GetStateMessage', 'common.events.EventSubscriptionState', false],
      ['UnsubscribeEvent', 'NetworkEventUnsubscription', 'common.ack.Ack', false],
      ['GetEventStates', 'GetStateMessage', 'common.events.EventStates', false],
    ]);
    expect(methods('relay.events.EventSubscribe')).toEqual([
      ['SubscribeEvent', 'common.events.EventSubscription', 'common.ack.Ack', false],
      ['SendSubscriptionStatus', 'common.ack.Ack', 'common.ack.Ack', false],
      ['SendDriverSubscriptionStatus', 'common.ack.Ack', 'common.ack.Ack', false],
    ]);
    expect(methods('relay.events.EventPublish')).toEqual([
      ['SendDriverState', 'common.state.ViewPayload', 'common.ack.Ack', false],
      ['SendState', 'common.state.ViewPayload', 'common.ack.Ack', false],
    ]);
    expect(methods('weft.events.Events')).toEqual([
      ['WatchEvents', 'WatchEventsRequest', 'common.events.EventState', true],
    ]);
    expect(methods('driver.driver.DriverCommunication')).toEqual([
      ['RequestDriverState', 'common.query.Query', 'common.ack.Ack', false],
      ['SubscribeEvent', 'common.events.EventSubscription', 'common.ack.Ack', false],
    ]);
    expect(methods('weft.relay.Watch')).toEqual([
      ['WatchState', 'networks.networks.GetStateMessage', 'common.state.RequestState', true],
    ]);
  });

  it("encodes Weaver's event messages with Weaver's field numbers, weft's additions from 10", () => {
    const { EventSubscription, EventState } = common.events;
    const subscription = EventSubscription.encode(
      EventSubscription.create({
        event_matcher: common.events.EventMatcher.create({ event_type: 0, event_class_id: 'AssetChanged' }),
        query: common.query.Query.create({ address: 'a/b', nonce: 'n' }),
        operation: 1,
        from_sequence: 7,
      }),
    ).finish();
    // 1: matcher {2: "AssetChanged"}; 2: query {2: "a/b", 7: "n"}; 3: UNSUBSCRIBE; 10: 7.
    const hex = (text: string) => Buffer.from(text).toString('hex');
    expect(Buffer.from(subscription).toString('hex')).toBe(
      `0a0e120c${hex('AssetChanged')}` + `12081203${hex('a/b')}3a016e` + '1801' + '5007',
    );
    const state = EventState.encode(EventState.create({ event_id: 'e', sequence: 3 })).finish();
    // 2: "e"; 10: 3.
    expect(Buffer.from(state).toString('hex')).toBe('120165' + '5003');
  });

  it('rejects malformed bytes when decoding', () => {
    // length past the end
    expect(() => common.query.Query.decode(Uint8Array.from([0x12, 0x05, 0x61]))).toThrow();
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
    const decoded = protos.ChaincodeAction.decode(action.serializeBinary()).toJSON();
    expect(decoded).toEqual({
      results: 'AQ==',
      response: { status: 200, payload: 'CQg=' },
      chaincode_id: { name: 'interop', version: '1' },
    });
    const identity = new fabricMsp.SerializedIdentity();
    identity.setMspid('Org1MSP');
    identity.setIdBytes(Buffer.from('-----BEGIN CERTIFICATE-----'));
    expect(msp.SerializedIdentity.decode(identity.serializeBinary()).toJSON()).toEqual({
      mspid: 'Org1MSP',
      id_bytes: Buffer.from('-----BEGIN CERTIFICATE-----').toString('base64'),
    });
  });

  it('generated classes encode every message as reflection of the .proto files does, and decode it back', () => {
    const fromProtoFiles = new protobuf.Root();
    fromProtoFiles.resolvePath = (_origin, target) => join(packageRoot(), 'protos', target);
    fromProtoFiles.loadSync(protoFiles(), { keepCase: true }).resolveAll();
    const names = typeNames(protocolRoot());
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      const reflected = fromProtoFiles.lookupType(name);
      const object = sample(reflected, 0);
      const expected = reflected.encode(reflected.fromObject(object)).finish();
      const type = messageClass(name);
      const bytes = type.encode(type.fromObject(object)).finish();
      expect(hex(bytes), name).toBe(hex(expected));
      expect(hex(type.encode(type.decode(bytes)).finish()), name).toBe(hex(expected));
    }
  });
});

/** Every .proto file under protos/, relative to it (imports are relative to that folder). */
function protoFiles(): string[] {
  const dir = join(packageRoot(), 'protos');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.proto'));
}

function typeNames(namespace: protobuf.NamespaceBase): string[] {
  return namespace.nestedArray.flatMap((nested) => [
    ...(nested instanceof protobuf.Type ? [nested.fullName.slice(1)] : []),
    ...(nested instanceof protobuf.Namespace ? typeNames(nested) : []),
  ]);
}

/** A message with every field set to something other than its default, nested messages two levels deep. */
function sample(type: protobuf.Type, depth: number): Record<string, unknown> {
  const value = (field: protobuf.Field): unknown => {
    const resolved = field.resolve().resolvedType;
    if (resolved instanceof protobuf.Type) return depth < 2 ? sample(resolved, depth + 1) : {};
    if (resolved instanceof protobuf.Enum) return Object.values(resolved.values).at(-1);
    switch (field.type) {
      case 'string':
        return `${field.name}-${field.id}`;
      case 'bytes':
        return Uint8Array.from([field.id, 0, 255]);
      case 'bool':
        return true;
      case 'uint64':
        return '18446744073709551615';
      default:
        return field.id * 1_000_003;
    }
  };
  const object: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    if (field.partOf && field.partOf.oneof[0] !== field.name) continue;
    object[field.name] =
      field instanceof protobuf.MapField
        ? { k1: value(field), k2: value(field) }
        : field.repeated
          ? [value(field), value(field)]
          : value(field);
  }
  return object;
}
