/** The `weft` command as a user runs it: exit codes, messages, and a full up/status/down cycle. */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { id } from 'ethers';
import { describe, expect, it } from 'vitest';
import { openWriter } from '../../cli/smoke.js';
import { packageRoot } from '../../common/paths.js';
import { topologyOf } from '../../topology/facets.js';
import type { NodeStatus } from '../../topology/launcher.js';
import { readStartTicks } from '../../topology/process.js';
import { readState } from '../../topology/state.js';
import { tempDir } from '../support/temp.js';

const WEFT = join(packageRoot(), 'bin', 'weft.js');
const exec = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function weft(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [WEFT, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('weft command line', () => {
  it('prints usage and exits 2 without a command, 0 with --help', async () => {
    expect(await weft()).toMatchObject({ code: 2, stdout: expect.stringContaining('usage: weft <command>') });
    expect(await weft('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('weft up') });
    expect(await weft('up', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('--topology'),
    });
    expect((await weft('--help')).stdout).toContain('weft events [--json] [--network ID]');
    expect(await weft('events', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('cursor    subscribed: the last sequence'),
    });
  });

  it('rejects unknown commands and options with exit code 2', async () => {
    expect(await weft('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    const badOption = await weft('up', '--topolgy', 'x.yaml');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('[USAGE]');
    expect(badOption.stderr).toContain("'--topolgy'");
    expect(badOption.stderr).toContain('usage: weft up');
    expect(await weft('status', 'extra')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('extra'),
    });
  });

  it('runs a benchmark by name and prints its figures beside the baseline of the same run', async () => {
    const run = await weft('bench', 'verify', '--json', '--', '--seconds', '1');
    expect(run.code, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout) as {
      baseline: { perS: number; p50Us: number };
      verified: { perS: number; p50Us: number; p99Us: number };
      ratio: number;
    };
    expect(figures.baseline.perS).toBeGreaterThan(0);
    expect(figures.verified.p99Us).toBeGreaterThanOrEqual(figures.verified.p50Us);
    // A view's two signature checks cannot run faster than the two checks alone.
    expect(figures.ratio).toBeGreaterThan(0);
    expect(figures.ratio).toBeLessThan(1.2);
    expect(run.stderr).toContain('ratio verified views / raw signature pairs');
    expect(await weft('bench', 'fastest')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no benchmark fastest; one of relay, evm, verify, topology or all'),
    });
    expect(await weft('bench', 'all', '--', '--seconds', '1')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('name it'),
    });
    const failed = await weft('bench', 'verify', '--', '--seconds', 'soon');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('--seconds must be a positive integer');
    expect(failed.stderr).toContain('[COMMAND_FAILED] weft bench verify: the benchmark exited with 2');
  });

  it('explains a bad topology file and starts nothing', async () => {
    const dir = await tempDir('cli-bad');
    const file = join(dir, 'topology.yaml');
    await writeFile(file, 'networks:\n  - { id: e, type: evm, chainId: -1, colour: red }\n');
    const stateDir = join(dir, 'state');
    const outcome = await weft('up', '--topology', file, '--state-dir', stateDir);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('[TOPOLOGY_INVALID]');
    expect(outcome.stderr).toContain('networks[0].chainId: expected an integer from 1');
    expect(outcome.stderr).toContain('networks[0].colour: unknown key');
    expect(existsSync(stateDir)).toBe(false);
  });

  it('checks a configuration file: ok, every problem with its path, or a usage error', async () => {
    const dir = await tempDir('cli-config');
    const relay = join(dir, 'relay.yaml');
    await writeFile(
      relay,
      'networkId: fabric-a\nclientPort: 0\nrelayPort: 0\nstoreDir: store\ntls: { certFile: r.crt, keyFile: r.key, caFile: ca.crt }\n',
    );
    expect(await weft('config', 'check', 'relay', relay)).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });

    const bad = join(dir, 'bad-relay.yaml');
    await writeFile(
      bad,
      'networkId: fabric-a\nclientPort: 70000\nrelayPort: 0\nstoreDir: store\ntimeout: {}\n',
    );
    const refused = await weft('config', 'check', 'relay', bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('[CONFIG_INVALID]');
    for (const problem of [
      'clientPort: expected an integer from 0 to 65535',
      'tls: expected a mapping',
      'timeout: unknown key',
    ])
      expect(refused.stderr).toContain(problem);

    // A driver file without its ledger kind: refused by the check and by the driver alike, naming the field.
    const driver = join(dir, 'driver.yaml');
    await writeFile(driver, 'networkId: fabric-a\nport: 0\nfabric: {}\n');
    for (const outcome of [
      await weft('config', 'check', 'driver', driver),
      await weft('driver', 'start', '--config', driver),
    ]) {
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain('[CONFIG_INVALID]');
      expect(outcome.stderr).toContain('ledger: expected "fabric" or "evm"');
    }

    const topology = join(dir, 'topology.yaml');
    await writeFile(topology, 'networks: [{ id: e, type: evm, chainID: 5 }]\n');
    const badTopology = await weft('config', 'check', 'topology', topology);
    expect(badTopology.code).toBe(1);
    expect(badTopology.stderr).toContain('[TOPOLOGY_INVALID]');
    expect(badTopology.stderr).toContain('networks[0].chainId: expected an integer from 1');
    expect(badTopology.stderr).toContain('networks[0].chainID: unknown key');

    const unknownKind = await weft('config', 'check', 'relais', relay);
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toContain('[USAGE]');
    expect(unknownKind.stderr).toContain(
      'unknown kind "relais" (relay, driver, attestor, topology, single-api)',
    );
    expect(unknownKind.stderr).toContain('usage: weft config check KIND FILE');
    const missing = await weft('config', 'check', 'relay', join(dir, 'absent.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[USAGE]');
    expect(missing.stderr).toContain('no such file');
    expect((await weft('config', 'relay', relay)).code).toBe(2);
    expect((await weft('--help')).stdout).toContain('weft config check KIND FILE');
  }, 60_000);

  it('finds every configuration file weft up writes valid', async () => {
    const dir = await tempDir('cli-config-up');
    const file = join(dir, 'topology.yaml');
    await writeFile(
      file,
      'networks:\n  - { id: cfg-f, type: fabric, orgs: [Bank] }\n  - { id: cfg-e, type: evm, chainId: 7373, orgs: [Bank] }\n',
    );
    const stateDir = join(dir, 'state');
    try {
      const started = await weft('up', '--topology', file, '--state-dir', stateDir);
      expect(started.code, started.stderr).toBe(0);
      const kindOf = (name: string) =>
        name === 'relay.json' || name === 'driver.json'
          ? name.slice(0, -5)
          : /^attestor-\w+\.json$/.test(name)
            ? 'attestor'
            : undefined;
      const files = (await readdir(stateDir, { recursive: true })).flatMap((name) => {
        const kind = kindOf(basename(name));
        return kind ? [{ path: join(stateDir, name), kind }] : [];
      });
      // A relay and a driver per network, and the EVM org's attestor.
      expect(files.map((f) => f.kind).sort()).toEqual(['attestor', 'driver', 'driver', 'relay', 'relay']);
      for (const { path, kind } of [...files, { path: file, kind: 'topology' }]) {
        expect(await weft('config', 'check', kind, path), path).toEqual({
          code: 0,
          stdout: 'ok\n',
          stderr: '',
        });
      }
    } finally {
      await weft('down', '--state-dir', stateDir);
    }
  }, 120_000);

  it('says there is nothing to stop or show when no topology runs', async () => {
    const stateDir = join(await tempDir('cli-none'), 'state');
    expect(await weft('down', '--state-dir', stateDir)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('nothing to stop'),
    });
    expect(await weft('status', '--state-dir', stateDir)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('no topology is running'),
    });
    const json = await weft('status', '--json', '--state-dir', stateDir);
    expect(JSON.parse(json.stdout)).toMatchObject({ running: false, nodes: [] });
    expect(await weft('events', '--state-dir', stateDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/\[USAGE\] no topology is running/),
    });
  });

  it('brings a topology up, reports it, and brings it down', async () => {
    const dir = await tempDir('cli-cycle');
    const file = join(dir, 'topology.yaml');
    await writeFile(file, 'networks: [{ id: chain-x, type: evm, chainId: 5151 }]\n');
    const stateDir = join(dir, 'state');
    try {
      const started = await weft('up', '--topology', file, '--state-dir', stateDir);
      expect(started.code).toBe(0);
      expect(started.stderr).toContain('✓ chain-x: anvil, chain id 5151');
      expect(started.stdout).toMatch(/chain-x\s+anvil\s+\d+\s+127\.0\.0\.1:\d+\s+ok/);

      const status = await weft('status', '--json', '--state-dir', stateDir);
      const report = JSON.parse(status.stdout) as {
        healthy: boolean;
        networks: Array<{ chainId: number; contracts: Record<string, string> }>;
        nodes: NodeStatus[];
      };
      expect(report.healthy).toBe(true);
      expect(report.networks[0]).toMatchObject({
        chainId: 5151,
        contracts: { AssetStore: expect.any(String) },
      });

      const stopped = await weft('down', '--state-dir', stateDir);
      expect(stopped).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('stopped     chain-x/anvil'),
      });
      for (const node of report.nodes) expect(readStartTicks(node.pid), node.name).toBeUndefined();
      expect(existsSync(stateDir)).toBe(false);
    } finally {
      await weft('down', '--state-dir', stateDir);
    }
  });

  it('runs the demo: a committed write on every network, a committed view and an event each way, then stops', async () => {
    const dir = await tempDir('cli-demo');
    const file = join(dir, 'topology.yaml');
    await writeFile(
      file,
      'networks:\n  - { id: solo, type: fabric, channel: demo, orgs: [Bank] }\n  - { id: chain-y, type: evm, chainId: 6262, orgs: [Bank] }\n',
    );
    const stateDir = join(dir, 'state');
    const demo = await weft('demo', '--topology', file, '--state-dir', stateDir);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/solo\s+fabric\s+\d+ ms\s+\d+ ms\s+block \d+, endorsed by BankMSP/);
    expect(demo.stdout).toMatch(/chain-y\s+evm\s+\d+ ms\s+\d+ ms\s+block \d+, chain id 6262/);
    expect(demo.stdout).toMatch(
      /solo -> chain-y\s+"solo says hello to chain-y"\s+BankMSP \(endorsed\).*read back by the app/,
    );
    expect(demo.stdout).toMatch(
      /chain-y -> solo\s+"chain-y says hello to solo"\s+Bank \(attested\).*read back by the app/,
    );
    // An event each way: verified by the destination's client, then recorded on its ledger, whose copy
    // reads back what the source wrote (the demo writes `event from SOURCE to DESTINATION`).
    const flows = [
      ['solo', 'chain-y', 'BankMSP \\(endorsed\\)', 'solo/demo:assets:EventAt:AssetPut'],
      [
        'chain-y',
        'solo',
        'Bank \\(attested\\)',
        `chain-y/6262:0x[0-9a-f]{40}:log:${id('AssetPut(string,string,address)')}`,
      ],
    ];
    for (const [source, destination, orgs, stream] of flows) {
      const row = new RegExp(
        `^${source} -> ${destination}\\s+(\\d+)\\s+${orgs}\\s+(\\d+) ms\\s+(\\d+) ms(, \\d+ gas)?\\s+"event from ${source} to ${destination}"\\s+${stream}$`,
        'm',
      ).exec(demo.stdout);
      expect(row, `${source} -> ${destination} in\n${demo.stdout}`).not.toBeNull();
      const [, sequence, verifiedMs, recordedMs, gas] = row!;
      expect(BigInt(sequence!)).toBeGreaterThanOrEqual(1n);
      expect(Number(recordedMs)).toBeGreaterThanOrEqual(Number(verifiedMs));
      // Gas is an EVM destination's.
      expect(gas !== undefined).toBe(destination === 'chain-y');
    }
    expect(demo.stdout).not.toContain('event flow: the topology has no');
    // The command round trip: issued on solo, run once on chain-y, its confirmation recorded on solo.
    const trip =
      /^put on chain-y, from solo\s+(\d+) ms\s+(\d+) ms, \d+ gas\s+(\d+) ms\s+succeeded\s+"solo commands chain-y"$/m.exec(
        demo.stdout,
      );
    expect(trip, demo.stdout).not.toBeNull();
    expect(Number(trip![3])).toBeGreaterThan(Number(trip![2]));
    // Orderer, peer, two chaincode servers; anvil; a relay and a driver each; the EVM org's attestor.
    expect(demo.stderr).toContain('topology down (10 processes stopped)');
    expect(existsSync(stateDir)).toBe(false);
  }, 120_000);

  it("subscribes to a Fabric network's events as a client of an EVM network, and applies each there", async () => {
    const dir = await tempDir('cli-subscribe');
    const file = join(dir, 'topology.yaml');
    await writeFile(
      file,
      'networks:\n  - { id: solo, type: fabric, channel: demo, orgs: [Bank] }\n  - { id: chain-z, type: evm, chainId: 6363, orgs: [Bank] }\n',
    );
    const stateDir = join(dir, 'state');
    let child: ReturnType<typeof spawn> | undefined;
    try {
      expect((await weft('up', '--topology', file, '--state-dir', stateDir)).code).toBe(0);
      const state = (await readState(stateDir))!;
      const solo = state.networks.find((n) => n.id === 'solo')!;
      child = spawn(
        process.execPath,
        [
          WEFT,
          'subscribe',
          'solo/demo:assets:EventAt:AssetPut',
          '--from',
          'chain-z',
          '--commit',
          '--count',
          '4',
          '--json',
          '--state-dir',
          stateDir,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const lines: string[] = [];
      let stderr = '';
      const { stdout: out, stderr: err } = child;
      if (!out || !err) throw new Error('no pipes');
      err.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const subscribed = new Promise<void>((resolve) => {
        out.on('data', (chunk: Buffer) => {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          if (lines.some((l) => l.includes('"subscribed"'))) resolve();
        });
      });
      const running = child;
      const exited = new Promise<number | null>((resolve) => running.on('exit', resolve));
      const waited = await Promise.race([
        subscribed.then(() => 'subscribed'),
        exited.then(() => 'exited'),
        sleep(60_000).then(() => 'timeout'),
      ]);
      if (waited !== 'subscribed') running.kill('SIGKILL');
      expect(waited, `${lines.join('\n')}\n${stderr}`).toBe('subscribed');
      const facet = await topologyOf(solo);
      for (let i = 0; i < 3; i++) await facet.writeSample(solo, `cli-${i}`, `value ${i}`);
      for (let i = 0; i < 600 && lines.length < 4 && running.exitCode === null; i++) await sleep(100);
      expect(lines, stderr).toHaveLength(4);

      // While the subscription is open, both relays list it: a's client subscribed at chain-z's relay,
      // chain-z's relay publishing at solo's, each at the last event taken, nothing left to forward.
      const { subscription: id } = JSON.parse(lines[0]!) as { subscription: string };
      const last = (JSON.parse(lines[3]!) as { sequence: string }).sequence;
      const listed = async () => {
        const outcome = await weft('events', '--json', '--state-dir', stateDir);
        expect(outcome.code, outcome.stderr).toBe(0);
        return (JSON.parse(outcome.stdout) as Array<Record<string, unknown>>).filter((r) => r.id === id);
      };
      let rows = await listed();
      // The source's relay records the delivery once chain-z's relay has acked it: a moment after.
      for (let i = 0; i < 40 && !(rows.length === 2 && rows.every((r) => r.cursor === last)); i++) {
        await sleep(250);
        rows = await listed();
      }
      const from = (JSON.parse(lines[0]!) as { from: string }).from;
      // Relays in the topology's order: the source's first.
      expect(rows).toEqual([
        expect.objectContaining({
          network: 'solo',
          role: 'publishing',
          otherNetwork: 'chain-z',
          status: 'SUBSCRIBED',
          from,
          cursor: last,
          received: last,
          lag: '0',
          held: 0,
        }),
        expect.objectContaining({
          network: 'chain-z',
          role: 'subscribed',
          stream: expect.stringContaining('/solo/demo:assets:EventAt:AssetPut'),
          otherNetwork: 'solo',
          status: 'SUBSCRIBED',
          errorCode: null,
          from,
          cursor: last,
          lag: null,
        }),
      ]);
      expect(BigInt(last) - BigInt(from) + 1n).toBe(3n);
      const table = await weft('events', '--network', 'chain-z', '--state-dir', stateDir);
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toMatch(
        /network\s+role\s+id\s+stream\s+other\s+status\s+from\s+cursor\s+lag\s+held/,
      );
      expect(table.stdout).toMatch(
        new RegExp(`chain-z\\s+subscribed\\s+${id}\\s+\\S+\\s+solo\\s+SUBSCRIBED\\s+${from}\\s+${last}\\s+-`),
      );
      const unknown = await weft('events', '--network', 'nowhere', '--state-dir', stateDir);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('[USAGE]');
      expect(unknown.stderr).toContain('networks with a relay: solo, chain-z');

      await facet.writeSample(solo, 'cli-3', 'value 3');
      expect(await exited, stderr).toBe(0);

      // Commands both ways: run once on the other network, confirmed back, read by the issuer.
      const put = await weft(
        'command',
        'put',
        'cli-key',
        'cli-value',
        '--from',
        'chain-z',
        '--to',
        'solo',
        '--json',
        '--state-dir',
        stateDir,
      );
      expect(put.code, put.stderr).toBe(0);
      const trip = JSON.parse(put.stdout);
      expect(trip).toMatchObject({
        source: 'chain-z',
        destination: 'solo',
        outcome: { status: 'succeeded', result: 'cli-key', late: false },
        commandOrgs: ['Bank'],
        confirmationOrgs: ['BankMSP'],
      });
      expect(trip.confirmedMs).toBeGreaterThan(trip.executedMs);
      const reader = await openWriter(solo);
      try {
        expect(await reader.read('cli-key')).toBe('cli-value');
      } finally {
        reader.close();
      }
      const shown = await weft(
        'command',
        'show',
        trip.command.id,
        '--from',
        'chain-z',
        '--state-dir',
        stateDir,
      );
      expect(shown.stdout).toContain(`${trip.command.id}: succeeded, cli-key`);
      // A transfer of units nobody holds: run, failed with the destination's reason, confirmed as failed.
      const transfer = await weft(
        'command',
        'transfer',
        'nobody',
        'somebody',
        '5',
        '--from',
        'solo',
        '--to',
        'chain-z',
        '--json',
        '--state-dir',
        stateDir,
      );
      expect(transfer.code, transfer.stderr).toBe(0);
      expect(JSON.parse(transfer.stdout).outcome).toMatchObject({
        status: 'failed',
        result: expect.stringMatching(/^0x/),
      });
      const compensate = await weft(
        'command',
        'compensate',
        trip.command.id,
        '--from',
        'chain-z',
        '--state-dir',
        stateDir,
      );
      expect(compensate.code).toBe(1);
      expect(compensate.stderr).toContain('COMMAND_ALREADY_CONFIRMED');
      const letters = await weft('deadletters', 'list', '--network', 'chain-z', '--state-dir', stateDir);
      expect(letters.stdout).toContain("no dead letters at chain-z's relay");
      const usage = await weft('deadletters', 'list', '--state-dir', stateDir);
      expect(usage.code).toBe(2);
      const [started, ...events] = lines.map((l) => JSON.parse(l));
      expect(started).toMatchObject({
        subscribed: expect.stringContaining('solo/demo:assets:EventAt:AssetPut'),
      });
      expect(events.map((e) => JSON.parse(e.payload).key)).toEqual(['cli-0', 'cli-1', 'cli-2', 'cli-3']);
      expect(events.map((e) => BigInt(e.sequence) - BigInt(started.from))).toEqual([0n, 1n, 2n, 3n]);
      for (const event of events) {
        expect(event).toMatchObject({
          verified: true,
          orgs: ['BankMSP'],
          committed: { gasUsed: expect.any(String) },
        });
      }
    } finally {
      // The child this test started, by its PID, if it is still running.
      if (child && child.exitCode === null) child.kill('SIGKILL');
      await weft('down', '--state-dir', stateDir);
    }
  }, 180_000);
});
