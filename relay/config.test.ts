import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../test/support/problems.js';
import { tempDir } from '../test/support/temp.js';
import { loadRelayConfig, parseRelayConfig, RELAY_DEFAULTS, type RelayConfigFile } from './config.js';

const BASE = '/weft-state/fabric-a/interop';

/** A relay's file as `weft up` writes it (topology/interop.ts), with paths relative to its folder. */
const written: RelayConfigFile = {
  networkId: 'fabric-a',
  host: '127.0.0.1',
  clientPort: 24010,
  relayPort: 24011,
  tls: { certFile: 'tls/relay.crt', keyFile: 'tls/relay.key', caFile: 'tls/ca.crt' },
  peers: [
    {
      networkId: 'evm-c',
      address: '127.0.0.1:24111',
      serverName: 'relay.relays.evm-c.weft.test',
      caFile: '../../evm-c/interop/tls/ca.crt',
    },
  ],
  driver: { address: '127.0.0.1:24012', serverName: 'driver.relays.fabric-a.weft.test' },
  storeDir: 'store',
  limits: RELAY_DEFAULTS.limits,
  timeouts: RELAY_DEFAULTS.timeouts,
};

/** `written` as the relay reads it: paths absolute, every other field as written. */
const read = {
  networkId: 'fabric-a',
  host: '127.0.0.1',
  clientPort: 24010,
  relayPort: 24011,
  tls: {
    certFile: `${BASE}/tls/relay.crt`,
    keyFile: `${BASE}/tls/relay.key`,
    caFile: `${BASE}/tls/ca.crt`,
  },
  peers: [
    {
      networkId: 'evm-c',
      caFile: '/weft-state/evm-c/interop/tls/ca.crt',
      address: '127.0.0.1:24111',
      serverName: 'relay.relays.evm-c.weft.test',
    },
  ],
  driver: { address: '127.0.0.1:24012', serverName: 'driver.relays.fabric-a.weft.test' },
  storeDir: `${BASE}/store`,
  limits: {
    maxMessageBytes: 4194304,
    maxPending: 10000,
    retainFinal: 1024,
    // Event subscriptions: files written before them take the defaults.
    maxEventsBuffered: 1000,
    maxSubscriptionsPerRequester: 100,
  },
  timeouts: {
    requestMs: 60000,
    callMs: 5000,
    driverMs: 15000,
    backoffInitialMs: 100,
    backoffMaxMs: 5000,
    retainFinalMs: 600000,
    resubscribeMs: 10000,
  },
  // Webhooks: files written before them take the defaults, and have no trust file.
  webhooks: {
    attemptTimeoutMs: 10000,
    maxAgeMs: 3600000,
    backoffInitialMs: 500,
    backoffMaxMs: 60000,
    rotationGraceMs: 86400000,
  },
};

describe('the relay configuration', () => {
  it('reads the file weft up writes as before', () => {
    expect(parseRelayConfig(JSON.parse(JSON.stringify(written)), 'relay.json', BASE)).toEqual(read);
  });

  it('fills in the defaults of a short YAML file and resolves its paths against its folder', async () => {
    const dir = await tempDir('relay-config');
    const file = join(dir, 'relay.yaml');
    await writeFile(
      file,
      [
        'networkId: fabric-a',
        'clientPort: 0',
        'relayPort: 0',
        'tls: { certFile: tls/relay.crt, keyFile: tls/relay.key, caFile: /etc/weft/ca.crt }',
        'storeDir: store',
        'timeouts: { requestMs: 1000 }',
        '',
      ].join('\n'),
    );
    expect(await loadRelayConfig(file)).toEqual({
      networkId: 'fabric-a',
      host: '127.0.0.1',
      clientPort: 0,
      relayPort: 0,
      tls: {
        certFile: join(dir, 'tls/relay.crt'),
        keyFile: join(dir, 'tls/relay.key'),
        caFile: '/etc/weft/ca.crt',
      },
      peers: [],
      storeDir: join(dir, 'store'),
      limits: RELAY_DEFAULTS.limits,
      timeouts: { ...RELAY_DEFAULTS.timeouts, requestMs: 1000 },
      webhooks: RELAY_DEFAULTS.webhooks,
    });
  });

  it('refuses a misspelt key with its path instead of taking the default', () => {
    expect(
      problemsOf(() => parseRelayConfig({ ...written, timeouts: { requestMS: 1000 } }, 'relay.json', BASE)),
    ).toEqual(['timeouts.requestMS: unknown key']);
    const peer = { networkId: 'evm-c', adress: '127.0.0.1:1', serverName: 'r', caFile: 'ca.crt' };
    expect(problemsOf(() => parseRelayConfig({ ...written, peers: [peer] }, 'relay.json', BASE))).toEqual([
      'peers[0].address: expected a string matching /^[A-Za-z0-9.[\\]:-]+:\\d{1,5}$/',
      'peers[0].adress: unknown key',
    ]);
  });

  it('refuses a wrong type or a value out of range with its path', () => {
    expect(problemsOf(() => parseRelayConfig({ ...written, clientPort: 70000 }, 'relay.json', BASE))).toEqual(
      ['clientPort: expected an integer from 0 to 65535'],
    );
    expect(
      problemsOf(() =>
        parseRelayConfig({ ...written, limits: { maxMessageBytes: '4MiB' }, host: 1 }, 'relay.json', BASE),
      ),
    ).toEqual([
      'host: expected a string',
      'limits.maxMessageBytes: expected an integer from 1024 to 67108864',
    ]);
    expect(problemsOf(() => parseRelayConfig({ ...written, tls: 'tls/' }, 'relay.json', BASE))).toEqual([
      'tls: expected a mapping',
    ]);
  });

  it('takes a PostgreSQL database for its stores, and refuses any other URL, a pool or lease out of range', () => {
    const url = 'postgres://weft@127.0.0.1:5432/relay';
    expect(parseRelayConfig({ ...written, database: { url } }, 'relay.json', BASE).database).toEqual({
      url,
      poolSize: 8,
      replica: 'main',
      leaseMs: 5_000,
    });
    expect(
      problemsOf(() =>
        parseRelayConfig(
          {
            ...written,
            database: { url: 'mysql://weft@127.0.0.1/relay', poolSize: 0, replica: 'a b', leaseMs: 10 },
          },
          'relay.json',
          BASE,
        ),
      ),
    ).toEqual([
      expect.stringMatching(/^database\.url: /),
      'database.poolSize: expected an integer from 1 to 100',
      expect.stringMatching(/^database\.replica: /),
      'database.leaseMs: expected an integer from 300 to 600000',
    ]);
  });

  it("takes a peer's and the driver's replicas as failover addresses, IPv4 only", () => {
    const [peer] = written.peers ?? [];
    const failover = ['127.0.0.1:24112', '127.0.0.1:24113'];
    const config = parseRelayConfig(
      {
        ...written,
        peers: [{ ...peer!, failover }],
        driver: { ...written.driver!, failover: failover.slice(1) },
      },
      'relay.json',
      BASE,
    );
    expect(config.peers[0]?.failover).toEqual(failover);
    expect(config.driver?.failover).toEqual(failover.slice(1));
    expect(
      problemsOf(() =>
        parseRelayConfig(
          {
            ...written,
            peers: [{ ...peer!, address: 'relay.example:24111', failover: ['relay-2.example:24111'] }],
          },
          'relay.json',
          BASE,
        ),
      ),
    ).toEqual([
      expect.stringMatching(/^peers\[0\]\.failover\[0\]: expected a string matching/),
      'peers[0].address: expected an IPv4 address and port: the endpoint has failover addresses',
    ]);
  });

  it('refuses a peer that is the relay itself or is listed twice', () => {
    const [peer] = written.peers ?? [];
    expect(
      problemsOf(() =>
        parseRelayConfig(
          { ...written, peers: [peer, { ...peer, address: '127.0.0.1:9' }] },
          'relay.json',
          BASE,
        ),
      ),
    ).toEqual(['peers[1].networkId: evm-c is listed twice']);
    expect(
      problemsOf(() =>
        parseRelayConfig({ ...written, peers: [{ ...peer, networkId: 'fabric-a' }] }, 'relay.json', BASE),
      ),
    ).toEqual(["peers[0].networkId: fabric-a is this relay's own network"]);
  });

  it('reports every problem of a file at once, in one CONFIG_INVALID error', () => {
    const problems = problemsOf(() =>
      parseRelayConfig(
        {
          networkId: 'fabric a',
          clientPort: -1,
          tls: { certFile: '', keyFile: 'k' },
          peers: {},
          storeDir: 'store',
          colour: 'red',
        },
        'relay.json',
        BASE,
      ),
    );
    expect(problems).toEqual([
      'networkId: expected a string matching /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/',
      'clientPort: expected an integer from 0 to 65535',
      'relayPort: expected an integer from 0 to 65535',
      'tls.certFile: expected a string',
      'tls.caFile: expected a string',
      'peers: expected a list',
      'colour: unknown key',
    ]);
  });

  it('names the file it cannot read', async () => {
    const file = join(await tempDir('relay-config'), 'absent.yaml');
    await expect(loadRelayConfig(file)).rejects.toMatchObject({ code: 'CONFIG_INVALID', context: { file } });
  });
});
