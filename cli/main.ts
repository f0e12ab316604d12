/** The `weft` command: one entry for testers, operators and dApp developers. */
import { describeError, isWeftError } from '../common/errors.js';

/** Each command's module is loaded when it runs: `weft status` does not load the relay or the HTTP server. */
const COMMANDS: Record<
  string,
  {
    run: (args: readonly string[]) => Promise<void>;
    usage: string;
    about: string;
    /** Printed below the usage by `weft COMMAND --help`. */
    help?: string;
  }
> = {
  up: {
    run: async (args) => (await import('./commands/up.js')).upCommand(args),
    usage: 'weft up [--topology FILE] [--relay-store journal|postgres] [--state-dir DIR]',
    about: 'start the topology (default: 2 Fabric + 2 EVM networks)',
  },
  status: {
    run: async (args) => (await import('./commands/status.js')).statusCommand(args),
    usage: 'weft status [--json] [--state-dir DIR]',
    about: 'each node: PID, address, health',
  },
  down: {
    run: async (args) => (await import('./commands/down.js')).downCommand(args),
    usage: 'weft down [--state-dir DIR]',
    about: 'stop exactly what `up` started',
  },
  chaos: {
    run: async (args) => (await import('./commands/chaos.js')).chaosCommand(args),
    usage: 'weft chaos isolate|restore INFRA [--state-dir DIR]',
    about: "cut or restore one infrastructure's link",
    help: `An infrastructure (the topology's infrastructures key) is a network namespace with one link to
the others and to the host. isolate takes that link down: its nodes keep running but reach nothing and
nothing reaches them, as when a provider's network is lost. restore brings it back; the nodes catch up.`,
  },
  query: {
    run: async (args) => (await import('./commands/query.js')).queryCommand(args),
    usage: 'weft query ADDRESS --from NETWORK [--commit] [--confidential] [--json] [--state-dir DIR]',
    about: 'a verified view of another network, as a client of NETWORK',
  },
  subscribe: {
    run: async (args) => (await import('./commands/subscribe.js')).subscribeCommand(args),
    usage:
      'weft subscribe STREAM --from NETWORK [--commit | --webhook URL [--check-webhook]] [--from-sequence N] [--count N] [--json] [--state-dir DIR]',
    about: "another network's events, verified as they come, as a client of NETWORK",
  },
  events: {
    run: async (args) => (await import('./commands/events.js')).eventsCommand(args),
    usage: 'weft events [--json] [--network ID] [--state-dir DIR]',
    about: "each relay's event subscriptions: status, cursor, lag, held events",
    help: `One row per event subscription a relay holds, read from the relay's own journal (storeDir/events)
without writing to it or locking it; with --network ID, of that network's relay only.

  network   the network of the relay that holds the subscription
  role      subscribed: a client of that network subscribed to another network's stream
            publishing: another network's relay subscribed to a stream of that network
  other     the stream's network (subscribed) or the subscribing network (publishing)
  status    PENDING_ACK, SUBSCRIBED, ERROR (and its code) or UNSUBSCRIBED
  from      the first sequence (0 until the source has said which)
  cursor    subscribed: the last sequence the relay took in from the source's relay
            publishing: the last sequence the subscribing network's relay took from it
  lag       publishing: received - cursor, received being the last sequence the network's driver
            published: events proven but not yet taken by the subscribing relay
            subscribed: - (the source's relay knows it: its publishing row)
  held      events of the subscription the relay still holds: for the client (subscribed), for
            the subscribing relay (publishing)
  webhook   subscribed with a webhook: where its events are POSTed (its secret is never shown)
  dead      its webhook's dead letters (weft deadletters list --network ID)

--json prints an array of {network, role, id, stream, otherNetwork, status, errorCode, from,
cursor, received, lag, held, webhook, deadLetters}: sequences and lag as decimal strings (lag null when subscribed),
held a number.`,
  },
  command: {
    run: async (args) => (await import('./commands/command.js')).commandCommand(args),
    usage:
      'weft command put KEY VALUE|transfer FROM TO AMOUNT --from NETWORK --to NETWORK [--deadline-ms N] [--json] | show|compensate ID --from NETWORK',
    about: "a command on one network run on another's sample application, its confirmation proven back",
    help: `put and transfer issue a command from --from's sample application for --to's, then, as a client
of each network, run it on --to (its event verified there, run once) and record its confirmation on --from
(verified there): the round trip, with its latency. show prints --from's record of a command (pending,
succeeded, failed or compensated); compensate compensates a pending one past its deadline (--deadline-ms,
60000 by default), after which a confirmation is recorded as late and never applied.`,
  },
  requests: {
    run: async (args) => (await import('./commands/requests.js')).requestsCommand(args),
    usage:
      'weft requests list [--status S] [--role outbound|inbound] [--limit N] | show ID | retry ID | cancel ID --network ID [--json] [--state-dir DIR]',
    about: "a relay's requests by state, with their history; retry a failed one, cancel an open one",
    help: `A client's request (outbound) goes PENDING_ACK (taken, not yet acknowledged by the source's relay),
PENDING (its view awaited), then COMPLETED (a view delivered to the client, which verifies it) or ERROR (with
its weft code). A peer relay's (inbound) goes RECEIVED, AT_DRIVER, ANSWERED (a view or an error, being
delivered), then DELIVERED or FAILED. retry takes a failed client's request on again, as a new attempt at
the source; cancel ends an open one with CANCELLED. Calls go to the relay's operations port with its
operator token (the state folder's operator.token).`,
  },
  explorer: {
    run: async (args) => (await import('./commands/explorer.js')).explorerCommand(args),
    usage: 'weft explorer [--port N] [--host ADDRESS] [--state-dir DIR]',
    about: 'a web page of the running topology: readiness, requests and their proofs, events, latency',
    help: `Serves a page (127.0.0.1 and a free port unless told) of the running topology: each network with
its orgs, policy and services' readiness; each relay's recent requests with their state at both relays,
which orgs vouched for the view and which policy it satisfied (the explorer verifies each view itself,
against the source's recorded membership); event subscriptions; latency per hop from the services'
histograms. The printed address carries a token for the page's API, made for this run.`,
  },
  deadletters: {
    run: async (args) => (await import('./commands/webhooks.js')).deadlettersCommand(args),
    usage:
      'weft deadletters list|retry KEY|drop KEY --network ID [--subscription ID] [--json] [--state-dir DIR]',
    about: "a relay's webhook deliveries that failed for good: list, deliver again, drop",
    help: `A webhook delivery is tried with backoff until the relay's webhooks.maxAgeMs, then kept as a dead
letter; the subscription's later events go on. An event whose proof failed at the relay is a dead letter
from the start, never POSTed (retry refuses it; drop it). retry puts a dead letter back at the head of its
subscription's queue. Calls carry the relay's operator token (its state folder's operator.token).`,
  },
  'webhook-secret': {
    run: async (args) => (await import('./commands/webhooks.js')).webhookSecretCommand(args),
    usage: 'weft webhook-secret SUBSCRIPTION --network ID [--json] [--state-dir DIR]',
    about: "a new secret for a subscription's webhook, shown once (the old one signs for a grace period)",
  },
  relay: {
    run: async (args) => (await import('./commands/services.js')).relayCommand(args),
    usage: 'weft relay start --config FILE',
    about: "run one network's relay",
  },
  driver: {
    run: async (args) => (await import('./commands/services.js')).driverCommand(args),
    usage: 'weft driver start --config FILE',
    about: "run one network's driver (Fabric or EVM)",
  },
  attestor: {
    run: async (args) => (await import('./commands/services.js')).attestorCommand(args),
    usage: 'weft attestor start --config FILE',
    about: "run one EVM org's attestor",
  },
  api: {
    run: async (args) => (await import('./commands/services.js')).apiCommand(args),
    usage: 'weft api start --config FILE',
    about: "run one party's single-API service",
  },
  config: {
    run: async (args) => (await import('./commands/config.js')).configCommand(args),
    usage: 'weft config check KIND FILE',
    about: 'check a relay, driver, attestor, topology or single-API file; starts nothing',
  },
  demo: {
    run: async (args) => (await import('./commands/demo.js')).demoCommand(args),
    usage: 'weft demo [--topology FILE] [--keep] [--state-dir DIR]',
    about: 'up, a write on every network, a verified query each way, down',
  },
  bench: {
    run: async (args) => (await import('./commands/bench.js')).benchCommand(args),
    usage: 'weft bench [relay|evm|verify|topology|all] [--json] [-- OPTIONS]',
    about: 'the benchmarks, each beside the baselines of its own run',
    help: `relay     Fabric views through both relays and the driver against a bare endorse()
evm       Fabric -> EVM and EVM -> Fabric views and commits against bare ledger calls; gas
verify    Fabric view verification against raw crypto.verify of its signatures
topology  weft up and down, commit latency on each network, every node's memory
all       the four in turn (--json: one object, by benchmark)

relay, evm and topology start a topology of their own in a temporary folder and stop it. OPTIONS after
-- go to the benchmark named, e.g. weft bench relay -- --iterations 50 --concurrency 16 (see the usage
line at the top of lab/bench/NAME.ts). Progress goes to stderr; with --json, stdout is one JSON document.`,
  },
  compare: {
    run: async (args) => (await import('./commands/compare.js')).compareCommand(args),
    usage: 'weft compare [--json] [--svg FILE] [--reads N] [--writes N] [--state-dir DIR]',
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
    process.stdout.write(`usage: ${command.usage}\n${command.help ? `\n${command.help}\n` : ''}`);
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
