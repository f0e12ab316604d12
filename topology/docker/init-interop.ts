// The one-shot interop set-up of docker-compose.yml (topology/docker/interop.ts), once every ledger's setup
// has completed. Runs in weft's image as root, and hands what it writes to the services' user.
// Usage: node dist/topology/docker/init-interop.js [GENERATED_DIR]
//   WEFT_SERVICE_USER=UID:GID  the user the relays, drivers and attestors run as (default 1000:1000, node)
import { describeError } from '../../common/errors.js';
import { loadTopology } from '../topology.js';
import { initComposeInterop } from './interop.js';

const generatedDir = process.argv[2] ?? '/generated';
const [uid, gid] = (process.env.WEFT_SERVICE_USER ?? '1000:1000').split(':').map(Number);
try {
  await initComposeInterop(await loadTopology(), generatedDir, {
    ...(process.getuid?.() === 0 ? { owner: { uid: uid!, gid: gid ?? uid! } } : {}),
    log: (message) => console.log(message),
  });
} catch (error) {
  console.error(`interop set-up failed: ${describeError(error)}`);
  process.exitCode = 1;
}
