/**
 * Infrastructures: failure domains of a local topology, each a Linux network namespace with one link. A hub
 * namespace holds a bridge; every infrastructure's namespace has a veth pair to it, and so has the host,
 * whose relays, drivers and admin commands reach the nodes through it. Cutting an infrastructure takes its
 * link down at the hub: its nodes keep running but reach nothing and nothing reaches them, as when a
 * provider's network goes. Everything lives in namespaces the topology creates (the host only gets one veth
 * end on a private /24), so nothing binds outside them or 127.0.0.1. Needs root (`ip netns`).
 */
import { randomBytes } from 'node:crypto';
import { WeftError } from '../common/errors.js';
import { runCommand } from './command.js';

export interface InfrastructureState {
  readonly name: string;
  /** Its network namespace, where its nodes run. */
  readonly namespace: string;
  /** Its link's end in the hub namespace: what isolation takes down. */
  readonly hubLink: string;
  /** Its address on the topology's /24: every node of it listens there. */
  readonly ip: string;
  readonly isolated: boolean;
}

/** Where each infrastructure's nodes run, by its name: what a network's layout places its nodes with. */
export type Placement = ReadonlyMap<string, Pick<InfrastructureState, 'ip' | 'namespace'>>;

export function placementOf(plan: InfrastructuresState | undefined): Placement {
  return new Map((plan?.members ?? []).map((m) => [m.name, { ip: m.ip, namespace: m.namespace }]));
}

export interface InfrastructuresState {
  /** The hub namespace, with the bridge every link is a port of. */
  readonly hub: string;
  /** The host's end of its link to the hub. */
  readonly hostLink: string;
  readonly hostIp: string;
  readonly members: readonly InfrastructureState[];
}

/** iproute2's command. */
const IP = 'ip';
const ip = (...args: string[]) => runCommand(IP, args, { timeoutMs: 10_000 });

/**
 * Names and addresses for a topology's infrastructures: namespaces `weft-<id>-<name>`, the host's link
 * `wf<id>` (interface names have at most 15 characters), and `10.<a>.<b>.0/24` with the host at .1 and the
 * infrastructures from .11. Pure, given the id and the subnet.
 */
export function planInfrastructures(
  names: readonly string[],
  id: string,
  subnet: readonly [number, number],
): InfrastructuresState {
  const address = (host: number) => `10.${subnet[0]}.${subnet[1]}.${host}`;
  return {
    hub: `weft-${id}-hub`,
    hostLink: `wf${id}`,
    hostIp: address(1),
    members: names.map((name, i) => ({
      name,
      namespace: `weft-${id}-${name}`,
      hubLink: `i${i}`,
      ip: address(11 + i),
      isolated: false,
    })),
  };
}

/** A /24 of 10.200.0.0/13 that no interface of the host is on. */
async function freeSubnet(): Promise<[number, number]> {
  const { stdout } = await ip('-4', '-o', 'addr', 'show');
  const used = new Set([...stdout.matchAll(/inet 10\.(\d+)\.(\d+)\./g)].map((m) => `${m[1]}.${m[2]}`));
  for (let attempt = 0; attempt < 64; attempt++) {
    const [a, b] = randomBytes(2);
    const subnet: [number, number] = [200 + (a! % 8), b!];
    if (!used.has(subnet.join('.'))) return subnet;
  }
  throw new WeftError('PORTS_EXHAUSTED', 'no free 10.200.0.0/13 subnet for the infrastructures');
}

/**
 * Plans a topology's infrastructures; `record` saves the plan before anything exists, so that `weft down`
 * removes whatever an interrupted start made. Then creates the namespaces and links.
 */
export async function createInfrastructures(
  names: readonly string[],
  record: (plan: InfrastructuresState) => Promise<void>,
): Promise<InfrastructuresState> {
  const plan = planInfrastructures(names, randomBytes(3).toString('hex'), await freeSubnet());
  await record(plan);
  try {
    await ip('netns', 'add', plan.hub);
  } catch (error) {
    throw new WeftError(
      'COMMAND_FAILED',
      'cannot create network namespaces for the infrastructures: run as root on Linux with iproute2',
      { namespace: plan.hub },
      { cause: error },
    );
  }
  const inHub = (...args: string[]) => ip('-n', plan.hub, ...args);
  await inHub('link', 'set', 'lo', 'up');
  await inHub('link', 'add', 'br0', 'type', 'bridge');
  await inHub('link', 'set', 'br0', 'up');
  await ip('link', 'add', plan.hostLink, 'type', 'veth', 'peer', 'name', 'host', 'netns', plan.hub);
  await inHub('link', 'set', 'host', 'master', 'br0', 'up');
  await ip('addr', 'add', `${plan.hostIp}/24`, 'dev', plan.hostLink);
  await ip('link', 'set', plan.hostLink, 'up');
  for (const member of plan.members) {
    await ip('netns', 'add', member.namespace);
    const inMember = (...args: string[]) => ip('-n', member.namespace, ...args);
    await inHub(
      'link',
      'add',
      member.hubLink,
      'type',
      'veth',
      'peer',
      'name',
      'eth0',
      'netns',
      member.namespace,
    );
    await inHub('link', 'set', member.hubLink, 'master', 'br0', 'up');
    await inMember('link', 'set', 'lo', 'up');
    await inMember('addr', 'add', `${member.ip}/24`, 'dev', 'eth0');
    await inMember('link', 'set', 'eth0', 'up');
  }
  return plan;
}

/** Removes every namespace of the plan (their links go with them); what does not exist is skipped. */
export async function removeInfrastructures(plan: InfrastructuresState): Promise<void> {
  const { stdout } = await ip('netns', 'list').catch(() => ({ stdout: '' }));
  const present = new Set(stdout.split('\n').map((line) => line.split(' ')[0]));
  for (const namespace of [...plan.members.map((m) => m.namespace), plan.hub]) {
    if (present.has(namespace)) await ip('netns', 'del', namespace);
  }
}

/**
 * The infrastructure `name` of the plan.
 *
 * @throws {WeftError} USAGE naming the infrastructures there are
 */
export function infrastructureNamed(
  plan: InfrastructuresState | undefined,
  name: string,
): InfrastructureState {
  const member = plan?.members.find((m) => m.name === name);
  if (!member) {
    const known = plan?.members.map((m) => m.name).join(', ') || 'none';
    throw new WeftError('USAGE', `no infrastructure ${JSON.stringify(name)}; infrastructures: ${known}`, {
      infrastructure: name,
    });
  }
  return member;
}

/** Cuts (`up` false) or restores one infrastructure's link; returns the plan as it now is. */
export async function setLink(
  plan: InfrastructuresState | undefined,
  name: string,
  up: boolean,
): Promise<InfrastructuresState> {
  const member = infrastructureNamed(plan, name);
  await ip('-n', plan!.hub, 'link', 'set', member.hubLink, up ? 'up' : 'down');
  return {
    ...plan!,
    members: plan!.members.map((m) => (m.name === name ? { ...m, isolated: !up } : m)),
  };
}

/** The command that runs `command` inside a namespace: `ip netns exec` execs it, so the PID stays its own. */
export function inNamespace(
  namespace: string | undefined,
  command: string,
  args: readonly string[],
): { command: string; args: readonly string[] } {
  return namespace === undefined
    ? { command, args }
    : { command: IP, args: ['netns', 'exec', namespace, command, ...args] };
}
