/**
 * The cost of the operations endpoints on the request path, in one run on two Fabric networks (a, b; two
 * orgs each): a relayed, verified view a <- b with the endpoints (and the metrics they count) on a's relay,
 * b's relay and b's driver, and without them (started again from configurations without `operations`).
 *
 * Usage: npm run bench:operations [-- --views N --seconds S]
 */
import { runConfigPhases } from './config-phases.js';

await runConfigPhases({
  name: 'operations',
  title: 'The operations endpoints on the request path',
  services: ['a/relay', 'b/relay', 'b/driver'],
  kinds: [
    { label: 'with the endpoints', edit: (config) => config },
    {
      label: 'without them',
      edit: ({ operations: _, ...config }) => config,
    },
  ],
});
