/**
 * The client-facing Network service (Weaver's networks.networks.Network): RequestState asks for a view of
 * another network, GetState reads where the request is. Clients prove who they are by signing the request,
 * which only the source verifies: this port asks for no certificate.
 */
import { randomUUID } from 'node:crypto';
import type * as grpc from '@grpc/grpc-js';
import { decodeNetworkQuery, decodeRequestId } from '../transport/edge.js';
import type { RequestMachine } from './machine.js';
import { requestStateMessage } from './records.js';
import { ack, type Handle } from './unary.js';

export function networkService(machine: RequestMachine, handle: Handle): grpc.UntypedServiceImplementation {
  return {
    RequestState: handle(async (call) =>
      ack(await machine.request(decodeNetworkQuery(call.request, randomUUID()))),
    ),
    GetState: handle(async (call) =>
      requestStateMessage(await machine.outbound(decodeRequestId(call.request))),
    ),
  };
}
