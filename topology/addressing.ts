/**
 * Where the interop services of a topology listen and how they reach each other. Natively every service is
 * a process on 127.0.0.1 with a port of its own; in docker-compose.yml each one is a container named after
 * it (topology/docker/). One description, so that both write the same configuration files.
 */
import { join } from 'node:path';
import { operationsPortFile } from './state.js';

/** A service's operations endpoint (/metrics, /healthz, /readyz), as its configuration file holds it. */
export interface OperationsEndpoint {
  readonly host: string;
  readonly port: number;
  readonly portFile?: string;
}

export interface ServiceAddressing {
  /** The address every service listens on. */
  readonly listenHost: string;
  /** Where `service` (relay, driver, attestor-org1) of network `networkId` is reached on `port`. */
  address(networkId: string, service: string, port: number): string;
  /** The names and IPv4 addresses its certificate carries besides its common name. */
  altNames(networkId: string, service: string): readonly string[];
  /** Its operations endpoint; `dir` is its network's interop folder. */
  operations(dir: string, service: string): OperationsEndpoint;
  /** The folder of the relay's journals. */
  storeDir(dir: string): string;
}

/** `weft up`: loopback only; operations on a free port, written down for `weft status` and the explorer. */
export const LOOPBACK_ADDRESSING: ServiceAddressing = {
  listenHost: '127.0.0.1',
  address: (_networkId, _service, port) => `127.0.0.1:${port}`,
  altNames: () => ['127.0.0.1', 'localhost'],
  operations: (dir, service) => ({ host: '127.0.0.1', port: 0, portFile: operationsPortFile(dir, service) }),
  storeDir: (dir) => join(dir, 'store'),
};
