/**
 * weft's wire protocol, loaded once from the .proto files beside this module with protobufjs. Field names
 * keep their .proto spelling (snake_case), as on the wire in JSON and in Weaver's own bindings.
 */
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { packageRoot } from '../common/paths.js';

export const PROTO_DIR = join(packageRoot(), 'protos');

export const PROTO_FILES = [
  'common/ack.proto',
  'common/query.proto',
  'common/state.proto',
  'common/interop_payload.proto',
  'common/verification_policy.proto',
  'common/membership.proto',
  'common/access_control.proto',
  'peer/proposal_response.proto',
  'msp/identities.proto',
  'fabric/view_data.proto',
  'relay/datatransfer.proto',
  'networks/networks.proto',
  'driver/driver.proto',
  'weft/relay.proto',
  'weft/fabric_view_bytes.proto',
  'weft/evm_view.proto',
] as const;

let root: protobuf.Root | undefined;

/** All of weft's protocol definitions, resolved. */
export function protocolRoot(): protobuf.Root {
  if (root) return root;
  const loaded = new protobuf.Root();
  // Imports are relative to the protos folder, as in Weaver ("common/ack.proto").
  loaded.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  loaded.loadSync([...PROTO_FILES], { keepCase: true });
  loaded.resolveAll();
  root = loaded;
  return loaded;
}

/** A message type by its full name, e.g. `common.query.Query`. */
export function messageType(name: string): protobuf.Type {
  return protocolRoot().lookupType(name);
}

/** A service by its full name, e.g. `relay.datatransfer.DataTransfer`. */
export function serviceType(name: string): protobuf.Service {
  return protocolRoot().lookupService(name);
}
