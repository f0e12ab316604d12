/**
 * The relays' store on the request path, in one run on two Fabric networks (a, b; two orgs each): a
 * relayed, verified view a <- b with both relays on PostgreSQL (a server of its own, from Debian's packages,
 * a database per relay) and on their embedded journals, alternated.
 *
 * Usage: npm run bench:store [-- --views N --seconds S]
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocatePorts } from '../../topology/ports.js';
import { createDatabases, postgresUrl, relayDatabase, startPostgres } from '../../topology/postgres.js';
import { stopProcess } from '../../topology/process.js';
import { runConfigPhases } from './config-phases.js';

const [port] = await allocatePorts(1);
const server = await startPostgres('postgres', await mkdtemp(join(tmpdir(), 'weft-bench-store-db-')), port!);
const networkOf = (service: string) => service.slice(0, service.indexOf('/'));
try {
  await createDatabases(port!, ['a', 'b'].map(relayDatabase));
  await runConfigPhases({
    name: 'store',
    title: "The relays' store on the request path",
    services: ['a/relay', 'b/relay'],
    kinds: [
      {
        label: 'on PostgreSQL',
        edit: (config, service) => ({
          ...config,
          database: { url: postgresUrl(port!, relayDatabase(networkOf(service))) },
        }),
      },
      { label: 'on the journal', edit: ({ database: _, ...config }) => config },
    ],
  });
} finally {
  await stopProcess(server.started.record);
}
