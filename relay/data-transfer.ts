/**
 * The relay port's DataTransfer service (Weaver's relay.datatransfer.DataTransfer), over mutual TLS: peer
 * relays ask for views of this network (RequestState) and answer this relay's requests (SendState); this
 * network's driver answers (SendDriverState). A caller is the network whose configured CA issued its
 * certificate, in the role the certificate names (transport/roles.ts).
 */
import type * as grpc from '@grpc/grpc-js';
import { WeftError } from '../common/errors.js';
import {
  addressedQueryOf,
  decodeQuery,
  decodeViewPayload,
  viewAnswerOf,
  withoutAddress,
} from '../transport/edge.js';
import { Pipe } from '../transport/grpc.js';
import { pipeHandler } from '../transport/pipe.js';
import { type Caller as CertifiedCaller, requireRole } from '../transport/roles.js';
import { callerCertificate } from '../transport/tls.js';
import type { RelayLog, RequestMachine } from './machine.js';
import { ack, type Handle, refusal, type UnaryCall } from './unary.js';

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

/**
 * weft.relay.Pipe on the relay port: a peer relay's queries and answers, and this network's driver's
 * answers, each taken as RequestState, SendState and SendDriverState take it.
 */
export function relayPipeService(
  networkId: string,
  machine: RequestMachine,
  identify: (certificate: Buffer | undefined) => CertifiedCaller<Caller> | undefined,
  log: RelayLog,
): grpc.UntypedServiceImplementation {
  return {
    Open: pipeHandler(
      (call) => {
        const caller = identify(callerCertificate(call));
        if (caller?.issuer.kind === 'peer') {
          const origin = caller.issuer.networkId;
          requireRole(caller.role, 'relay', `act as the relay of ${origin}`);
          return {
            query: (message) => machine.receive(origin, withoutAddress(addressedQueryOf(message))),
            answer: (message) => machine.completed(origin, viewAnswerOf(message)),
          };
        }
        if (caller?.issuer.kind === 'self') {
          requireRole(caller.role, 'driver', `answer requests as the driver of ${networkId}`);
          return { answer: (message) => machine.answered(viewAnswerOf(message)) };
        }
        throw new WeftError(
          'UNAUTHENTICATED',
          `only a configured peer relay or a driver of ${networkId} may open a pipe, with its certificate`,
        );
      },
      (error, kind) => log(refusal(`${Pipe.Open.path} ${kind}`, error)),
    ),
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
