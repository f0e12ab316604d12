/**
 * The enterprise of the multi-membership mode on a destination of the topology, for the attack table: its
 * own writes (prepared, sent, sent again), reads of the application, and an outsider trying to write as if
 * it were the enterprise (a key of no member: on Fabric the relay CA's TLS key claiming the org's MSP id;
 * on EVM a fresh, funded account).
 */
import type { DestinationWriter, PreparedWrite } from '../../modes/multi-membership/workflow.js';
import type { NetworkState } from '../../topology/state.js';
import { comparisonOf } from './facets.js';

export interface EnterpriseOnDestination {
  write(key: string, value: string): Promise<PreparedWrite>;
  resend(write: PreparedWrite): Promise<void>;
  read(key: string): Promise<string>;
  writeAsOutsider(key: string, value: string): Promise<void>;
  close(): void;
}

/** The enterprise's own write: prepared and signed once, then sent. */
function writeWith(writer: DestinationWriter) {
  return async (key: string, value: string): Promise<PreparedWrite> => {
    const write = await writer.prepare(key, value);
    await writer.send(write);
    return write;
  };
}

export async function enterpriseOn(destination: NetworkState): Promise<EnterpriseOnDestination> {
  const facet = await comparisonOf(destination);
  const { reader, close: closeReader } = await facet.openReader(destination);
  const enterprise = await facet.openWriter(destination).catch((error: unknown) => {
    closeReader();
    throw error;
  });
  const { writer } = enterprise;
  return {
    write: writeWith(writer),
    resend: (write) => writer.send(write),
    read: (key) => reader.read(key),
    writeAsOutsider: (key, value) => enterprise.writeAsOutsider(key, value),
    close() {
      enterprise.close();
      closeReader();
    },
  };
}
