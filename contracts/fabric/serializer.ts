import { JSONSerializer } from 'fabric-contract-api';

/** fabric-contract-api's JSON serializer, except that bytes go out as they are (the interop protobufs). */
export class WeftSerializer extends JSONSerializer {
  override toBuffer(result: unknown, schema?: object, loggerPrefix?: string): Buffer {
    if (result instanceof Uint8Array) return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
    return super.toBuffer(result, schema, loggerPrefix);
  }
}
