/**
 * The relay port's DataTransfer service (Weaver's relay.datatransfer.DataTransfer), over mutual TLS: peer
 * relays ask for views of this network (RequestState) and answer this relay's requests (SendState); this
 * network's driver answers (SendDriverState). A caller is the network whose configured CA issued its
 * certificate, in the role the certificate names (transport/roles.ts).
 */
import type * as grpc from '@grpc/grpc-js';
import { WeftError } from '../common/errors.js';
import { decodeQuery, decodeViewPayload } from '../transport/edge.js';
import { type Caller as CertifiedCaller, requireRole } from '../transport/roles.js';
import { callerCertificate } from '../transport/tls.js';
import type { RequestMachine } from './machine.js';
import { ack, type Handle, type UnaryCall } from './unary.js';

/** Whose CA issued a caller's certificate: this network's own, or a peer network's. */
export type Caller = { readonly kind: 'self' } | { readonly kind: 'peer'; readonly networkId: string };

/** Who may call the relay port: a configured peer relay, or this network's driver. */
export function relayPortCallers(
  networkId: string,
  identify: (certificate: Buffer | undefined) => CertifiedCaller<Caller> | undefined,
) {
  return {
    /** The peer network whose relay is calling. @throws {WeftError} UNAUTHENTICATED, WRONG_ROLE */
    peer(call: UnaryCall): string {
      const caller = identify(callerCertificate(call));
      if (caller?.issuer.kind !== 'peer') {
        throw new WeftError(
          'UNAUTHENTICATED',
          'only a configured peer relay may call this, with its certificate',
        );
      }
      // Its network's CA issued it; its role says whether it is that network's relay (not its driver).
      requireRole(caller.role, 'relay', `act as the relay of ${caller.issuer.networkId}`);
      return caller.issuer.networkId;
    },
    /** @throws {WeftError} UNAUTHENTICATED, WRONG_ROLE unless this network's driver is calling */
    driver(call: UnaryCall, what: string): void {
      const caller = identify(callerCertificate(call));
      if (caller?.issuer.kind !== 'self') {
        throw new WeftError('UNAUTHENTICATED', `only a driver of ${networkId} may ${what}`);
      }
      requireRole(caller.role, 'driver', `${what} as the driver of ${networkId}`);
    },
  };
}

export function dataTransferService(
  networkId: string,
  machine: RequestMachine,
  identify: (certificate: Buffer | undefined) => CertifiedCaller<Caller> | undefined,
  handle: Handle,
): grpc.UntypedServiceImplementation {
  const callers = relayPortCallers(networkId, identify);
  const requirePeer = callers.peer;

  return {
    RequestState: handle(async (call) => {
      const origin = requirePeer(call);
      const query = decodeQuery(call.request);
      await machine.receive(origin, query);
      return ack(query.requestId);
    }),
    SendState: handle(async (call) => {
      const from = requirePeer(call);
      const answer = decodeViewPayload(call.request);
      await machine.completed(from, answer);
      return ack(answer.requestId);
    }),
    SendDriverState: handle(async (call) => {
      callers.driver(call, 'answer requests');
      const answer = decodeViewPayload(call.request);
      await machine.answered(answer);
      return ack(answer.requestId);
    }),
  };
}
