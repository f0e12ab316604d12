/**
 * The single-API REST services a fuzz run attacks: one party of each network of the pair runs
 * `weft api start` as a process of its own (so a crash shows, and its memory and CPU are its own), with its
 * own identity on its own ledger, stopped by its PID.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Wallet } from 'ethers';
import { expandAddress } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import { packageRoot } from '../../common/paths.js';
import { waitFor } from '../../common/wait.js';
import { DEFAULT_MAX_REQUEST_BYTES } from '../../modes/single-api/config.js';
import { isRunning, type ProcessRecord, startProcess, stopProcess } from '../../topology/process.js';
import { evmNetwork, fabricNetwork } from '../../topology/state.js';
import type { FuzzPair } from './grpc.js';
import type { HttpTarget } from './http.js';

export interface ApiService extends HttpTarget {
  readonly record: ProcessRecord;
}

const WEFT = join(packageRoot(), 'bin', 'weft.js');

/** The URL the service logs once it listens (`{"event":"started","url":...}`). */
function startedUrl(record: ProcessRecord): Promise<string> {
  return waitFor(
    async () => /"event":"started","url":"([^"]+)"/.exec(await readFile(record.logFile, 'utf8'))?.[1],
    {
      what: record.name,
      timeoutMs: 60_000,
      intervalMs: 100,
      abortIf: () =>
        isRunning(record) ? undefined : new Error(`${record.name} exited; see ${record.logFile}`),
    },
  );
}

async function start(dir: string, name: string, config: object, address: string): Promise<ApiService> {
  const configFile = join(dir, `${name}.json`);
  await writeFile(configFile, JSON.stringify(config, null, 2));
  const { record } = await startProcess({
    name,
    command: process.execPath,
    args: [WEFT, 'api', 'start', '--config', configFile],
    logFile: join(dir, `${name}.log`),
  });
  try {
    const port = Number(new URL(await startedUrl(record)).port);
    return {
      name: `${name} REST service`,
      port,
      pid: record.pid,
      address,
      maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES,
      record,
    };
  } catch (error) {
    await stopProcess(record);
    throw error;
  }
}

/** Starts a single-API service for the first org of each network of the pair, writing its files in `dir`. */
export async function startApiServices(pair: FuzzPair, dir: string): Promise<ApiService[]> {
  const fabric = fabricNetwork(pair.state, pair.fabric);
  const evm = evmNetwork(pair.state, pair.evm);
  const org = fabric.orgs[0]!;
  const evmKey = join(dir, 'evm-party.key');
  await writeFile(evmKey, Wallet.createRandom().privateKey, { mode: 0o600 });
  const services: ApiService[] = [];
  try {
    services.push(
      await start(
        dir,
        `${pair.fabric}-api`,
        {
          networkId: pair.fabric,
          org: org.mspId,
          party: { kind: 'fabric', certificateFile: org.client.certFile, privateKeyFile: org.client.keyFile },
          ledger: {
            kind: 'fabric',
            peerEndpoint: `127.0.0.1:${org.peer.port}`,
            peerHostAlias: org.peer.host,
            tlsCaFile: org.peer.tlsCaFile,
            mspId: org.mspId,
            certFile: org.client.certFile,
            keyFile: org.client.keyFile,
            channel: fabric.channel,
          },
        },
        expandAddress(pair.state, sampleAddress(fabric, pair.key)),
      ),
    );
    services.push(
      await start(
        dir,
        `${pair.evm}-api`,
        {
          networkId: pair.evm,
          org: 'Org1',
          party: { kind: 'evm', privateKeyFile: evmKey },
          ledger: { kind: 'evm', rpcUrl: evm.rpcUrl, chainId: Number(evm.chainId) },
        },
        expandAddress(pair.state, sampleAddress(evm, pair.key)),
      ),
    );
    return services;
  } catch (error) {
    await stopApiServices(services);
    throw error;
  }
}

export async function stopApiServices(services: readonly ApiService[]): Promise<void> {
  await Promise.all(services.map((s) => stopProcess(s.record)));
}
