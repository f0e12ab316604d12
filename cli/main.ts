/** The `weft` command: one entry for testers, operators and dApp developers. */
import { describeError, isWeftError } from '../common/errors.js';
import { COMPARE_USAGE, compareCommand } from './commands/compare.js';
import { CONFIG_USAGE, configCommand } from './commands/config.js';
import { DEMO_USAGE, demoCommand } from './commands/demo.js';
import { DOWN_USAGE, downCommand } from './commands/down.js';
import { QUERY_USAGE, queryCommand } from './commands/query.js';
import {
  API_USAGE,
  ATTESTOR_USAGE,
  apiCommand,
  attestorCommand,
  DRIVER_USAGE,
  driverCommand,
  RELAY_USAGE,
  relayCommand,
} from './commands/services.js';
import { STATUS_USAGE, statusCommand } from './commands/status.js';
import { UP_USAGE, upCommand } from './commands/up.js';

const COMMANDS: Record<
  string,
  { run: (args: readonly string[]) => Promise<void>; usage: string; about: string }
> = {
  up: { run: upCommand, usage: UP_USAGE, about: 'start the topology (default: 2 Fabric + 2 EVM networks)' },
  status: { run: statusCommand, usage: STATUS_USAGE, about: 'each node: PID, address, health' },
  down: { run: downCommand, usage: DOWN_USAGE, about: 'stop exactly what `up` started' },
  query: {
    run: queryCommand,
    usage: QUERY_USAGE,
    about: 'a verified view of another network, as a client of NETWORK',
  },
  relay: { run: relayCommand, usage: RELAY_USAGE, about: "run one network's relay" },
  driver: { run: driverCommand, usage: DRIVER_USAGE, about: "run one network's driver (Fabric or EVM)" },
  attestor: { run: attestorCommand, usage: ATTESTOR_USAGE, about: "run one EVM org's attestor" },
  api: { run: apiCommand, usage: API_USAGE, about: "run one party's single-API service" },
  config: {
    run: configCommand,
    usage: CONFIG_USAGE,
    about: 'check a relay, driver, attestor or topology file; starts nothing',
  },
  demo: {
    run: demoCommand,
    usage: DEMO_USAGE,
    about: 'up, a write on every network, a verified query each way, down',
  },
  compare: {
    run: compareCommand,
    usage: COMPARE_USAGE,
    about: 'consensus, single-API and multi-membership side by side, measured and attacked',
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(52)} ${c.about}`);
  return `usage: weft <command> [options]\n\n${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`weft: unknown command ${JSON.stringify(name)}\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    process.stderr.write(`weft ${name}: ${describeError(error)}\n`);
    if (isWeftError(error, 'USAGE')) {
      process.stderr.write(`usage: ${command.usage}\n`);
      return 2;
    }
    if (!isWeftError(error) && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
