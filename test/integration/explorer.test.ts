/**
 * The explorer page (`weft explorer`) in headless Chromium (Debian's `chromium`, driven by playwright-core)
 * on a real topology: a Fabric network and an EVM network with their relays, drivers and attestors. After the
 * demo's flows between them (a view each way, verified and committed on the destination) and a request that
 * fails, and the demo's event flows (a subscription each way), the page shows each request with its state at both relays, the orgs that vouched for its view and
 * the policy it satisfied (as the explorer verified them), every service ready, a service that stops as not
 * ready with its reason, and latency from the services' histograms. Attackers: a caller of the API without
 * the token, or with another, is refused; a value written on the source as markup is shown as text, never
 * run. A screenshot is kept in test/artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventFlowResult, planEventFlows, runEventFlow } from '../../cli/event-flow.js';
import { relayEventSubscriptions } from '../../cli/events.js';
import { requestCards, topologyTrust } from '../../cli/explorer-data.js';
import { type Explorer, startExplorer } from '../../cli/explorer-server.js';
import { queryView } from '../../cli/query.js';
import { openOperatorApi, type RequestRow } from '../../cli/requests.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { isWeftError } from '../../common/errors.js';
import { cacheDir, packageRoot } from '../../common/paths.js';
import { down, restartProcesses, up } from '../../topology/launcher.js';
import { stopProcess } from '../../topology/process.js';
import { operationsPortFile, readState, relayNamed, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

const CHROMIUM = process.env.WEFT_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(packageRoot(), 'test', 'artifacts');
const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

let stateDir: string;
let state: TopologyState;
let explorer: Explorer;
let browser: Browser;
let page: Page;
/** Request ids of the flows, as the clients saw them. */
const ids: Record<string, string> = {};
let failedCode = '';
const flows: EventFlowResult[] = [];

beforeAll(async () => {
  stateDir = await tempDir('explorer');
  state = await up(
    parseTopology(
      `networks:
  - { id: fabric-a, type: fabric, orgs: [Org1, Org2] }
  - { id: evm-c, type: evm, chainId: 43001 }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  explorer = await startExplorer({ stateDir, sampleMs: 500 });
  const [a, c] = state.networks;
  await Promise.all([
    writeSample(a!, 'explorer-key', 'fabric-a says hello to evm-c'),
    writeSample(c!, 'explorer-key', 'evm-c says hello to fabric-a'),
    writeSample(a!, 'markup-key', MARKUP),
  ]);
  const toC = await queryView(state, {
    address: sampleAddress(a!, 'explorer-key'),
    from: 'evm-c',
    commit: true,
  });
  const toA = await queryView(state, {
    address: sampleAddress(c!, 'explorer-key'),
    from: 'fabric-a',
    commit: true,
  });
  const markup = await queryView(state, { address: sampleAddress(a!, 'markup-key'), from: 'evm-c' });
  ids.toC = toC.view.requestId;
  ids.toA = toA.view.requestId;
  ids.markup = markup.view.requestId;
  try {
    await queryView(state, { address: sampleAddress(a!, 'no-such-key'), from: 'evm-c' });
  } catch (error) {
    if (!isWeftError(error)) throw error;
    failedCode = error.code;
    ids.failed = String(error.context?.requestId ?? '');
  }
  // The demo's event flows: a subscription each way, one event proven, carried and recorded.
  for (const plan of planEventFlows(state.networks).flows) {
    flows.push(
      await runEventFlow(state, plan, {
        key: `explorer-event-${plan.source.id}`,
        value: `to ${plan.destination.id}`,
      }),
    );
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await explorer?.stop();
  if (state) await down({ stateDir });
}, 60_000);

/** The text of a request's row's cells, by the page's column classes and positions. */
async function row(id: string) {
  const tr = page.locator(`tr[data-request="${id}"]`);
  await tr.waitFor({ timeout: 20_000 });
  const cells = tr.locator('td');
  const refused = cells.nth(4).locator('.refused');
  return {
    direction: await cells.nth(2).textContent(),
    atRequester: await cells.nth(4).locator('.state').getAttribute('data-state'),
    atSource: await cells.nth(5).locator('.state').getAttribute('data-state'),
    code: (await refused.count()) > 0 ? await refused.getAttribute('data-code') : null,
    vouched: await tr.locator('td.vouched').textContent(),
    policy: await tr.locator('td.policy').textContent(),
    value: await tr.locator('td.value').textContent(),
  };
}

describe('the explorer page', { timeout: 90_000 }, () => {
  it('shows the flows of the demo with their states, the orgs that vouched and the policy, as verified', async () => {
    await page.goto(explorer.url);
    await page.waitForSelector('body[data-loaded="yes"]');
    // The token left the address bar once read.
    expect(page.url()).not.toContain('token');

    const toC = await row(ids.toC!);
    expect(toC).toMatchObject({
      // fabric-a's view, asked for by evm-c's client
      direction: 'fabric-a → evm-c',
      atRequester: 'COMPLETED',
      atSource: 'DELIVERED',
      vouched: 'Org1MSP+Org2MSP',
      policy: 'AND(Org1MSP, Org2MSP)',
      value: 'fabric-a says hello to evm-c',
    });
    const toA = await row(ids.toA!);
    expect(toA).toMatchObject({
      // evm-c's view, asked for by fabric-a's client
      direction: 'evm-c → fabric-a',
      atRequester: 'COMPLETED',
      atSource: 'DELIVERED',
      value: 'evm-c says hello to fabric-a',
    });
    // k-of-n attestations: a majority of evm-c's three orgs.
    expect(toA.vouched?.split('+').length).toBeGreaterThanOrEqual(2);
    expect(toA.policy).toMatch(/^OutOf\(2, /);

    expect(failedCode).not.toBe('');
    const failed = await row(ids.failed!);
    expect(failed).toMatchObject({ atRequester: 'ERROR', code: failedCode, vouched: '-' });

    // Every service of the topology is ready, each named in its network's card.
    for (const p of state.processes.filter((p) => p.operationsPortFile)) {
      await expect
        .poll(() => page.locator(`li[data-service="${p.name}"]`).getAttribute('data-ready'), {
          timeout: 20_000,
        })
        .toBe('yes');
    }
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png'), fullPage: true });
  });

  it('shows the event subscriptions of both flows at both relays, as their journals hold them', async () => {
    expect(flows.length).toBe(2);
    const journals = await relayEventSubscriptions(state);
    for (const flow of flows) {
      const held = journals.filter((r) => r.stream.endsWith(`/${flow.stream}`));
      expect(held.map((r) => r.role).sort()).toEqual(['publishing', 'subscribed']);
      for (const journal of held) {
        const tr = page.locator(`tr[data-subscription="${journal.id}"][data-role="${journal.role}"]`);
        await tr.waitFor({ timeout: 20_000 });
        const cells = await tr.locator('td').allTextContents();
        expect(cells.slice(0, 2)).toEqual([journal.network, journal.role]);
        expect(cells[4]).toBe(journal.status);
        expect(Number(cells[5])).toBeGreaterThanOrEqual(Number(flow.event.sequence));
      }
    }
  });

  it("draws latency per hop from the services' histograms", async () => {
    const count = page.locator('tr[data-series="fabric-a/relay source_round_trip"] td.count');
    // fabric-a's client asked once; the sampler has seen it since it started.
    await expect
      .poll(async () => Number(await count.textContent()), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => page.locator('div[data-chart="evm-c/relay"] polyline').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(
        async () =>
          Number(await page.locator('tr[data-series="fabric-a/driver query ok"] td.count').textContent()),
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThanOrEqual(2);
  });

  it('shows a stopped driver as not running and its relay as not ready, naming why, then ready again', async () => {
    const driver = (await readState(stateDir))!.processes.find((p) => p.name === 'fabric-a/driver')!;
    await stopProcess(driver);
    try {
      await expect
        .poll(() => page.locator('li[data-service="fabric-a/driver"]').getAttribute('data-ready'), {
          timeout: 30_000,
        })
        .toBe('no');
      const relay = page.locator('li[data-service="fabric-a/relay"]');
      await expect.poll(() => relay.getAttribute('data-ready'), { timeout: 30_000 }).toBe('no');
      expect(await relay.locator('.reason').allTextContents()).toEqual([expect.stringMatching(/^driver: /)]);
    } finally {
      await restartProcesses({ stateDir, names: ['fabric-a/driver'] });
    }
    await expect
      .poll(() => page.locator('li[data-service="fabric-a/relay"]').getAttribute('data-ready'), {
        timeout: 30_000,
      })
      .toBe('yes');
  });

  it('shows a value written as markup as text, and runs none of it', async () => {
    const markup = await row(ids.markup!);
    expect(markup.value).toBe(MARKUP);
    expect(await page.locator(`tr[data-request="${ids.markup}"] td.value img`).count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('catches a relay that changed a view it holds: the value, or the request it answers', async () => {
    const api = await openOperatorApi(state, 'evm-c');
    const held = (await api.show(ids.toC!)).find((r) => r.role === 'outbound')!;
    const outbound = await api.list({ proof: true });
    const real = outbound.find((r) => r.id === ids.toC)!;
    expect(real.view).toBeDefined();
    expect(held.view).toBeUndefined(); // only with proof=1
    const trust = topologyTrust(state);
    const checkOf = async (row: RequestRow) => (await requestCards([[row]], trust))[0]!.check;
    expect(await checkOf(real)).toMatchObject({ verified: true, orgs: ['Org1MSP', 'Org2MSP'] });

    const bytes = Buffer.from(real.view!.data, 'base64');
    const at = bytes.indexOf('hello to evm-c');
    expect(at).toBeGreaterThan(0);
    bytes.write('HELLO', at);
    const changedValue = { ...real, view: { ...real.view!, data: bytes.toString('base64') } };
    expect(await checkOf(changedValue)).toMatchObject({ verified: false });
    const otherNonce = { ...real, nonce: real.nonce.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
    expect(await checkOf(otherNonce)).toMatchObject({ verified: false });
  });

  it("lists a relay's subscriptions on its operator API, by role and status, for its operator only", async () => {
    const api = await openOperatorApi(state, 'fabric-a');
    const all = await api.subscriptions();
    const journal = await relayEventSubscriptions(state, 'fabric-a');
    expect(all).toEqual(journal);
    const publishing = await api.subscriptions({ role: 'publishing' });
    expect(publishing.length).toBeGreaterThan(0);
    expect(publishing.every((r) => r.role === 'publishing')).toBe(true);
    await expect(api.subscriptions({ status: 'NOT_A_STATUS' })).rejects.toMatchObject({ code: 'USAGE' });
    const port = (
      await readFile(operationsPortFile(relayNamed(state, 'fabric-a').dir, 'relay'), 'utf8')
    ).trim();
    const stranger = await fetch(`http://127.0.0.1:${port}/subscriptions`, {
      headers: { authorization: 'Bearer guess' },
    });
    expect(stranger.status).toBe(401);
  });

  it('refuses its API to a caller without its token, or with another', async () => {
    const base = `http://127.0.0.1:${explorer.port}`;
    for (const headers of [
      {},
      { authorization: 'Bearer not-the-token' },
      { authorization: explorer.token },
    ]) {
      const response = await fetch(`${base}/api/snapshot`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect(
      (await fetch(`${base}/api/snapshot`, { headers: { authorization: `Bearer ${explorer.token}` } }))
        .status,
    ).toBe(200);
    // The page itself holds nothing: opened without the token, it says it cannot read the API.
    const stranger = await browser.newPage();
    try {
      await stranger.goto(`${base}/`);
      await stranger.waitForSelector('body[data-loaded="error"]');
      expect(await stranger.textContent('#updated')).toContain('UNAUTHENTICATED');
      expect(await stranger.locator('tr[data-request]').count()).toBe(0);
    } finally {
      await stranger.close();
    }
  });
});
