/**
 * Fabric view verification rate against its floor: the raw `crypto.verify` of the same endorsement
 * signatures with keys already parsed, measured in the same run. A view of 2 endorsements costs at least
 * 2 signature verifications; the ratio shows what decoding, certificate checks and binding checks add.
 * Usage: npm run bench:verify [-- --seconds S --json]
 */
import { createPublicKey, verify } from 'node:crypto';
import { parseArgs } from 'node:util';
import { membershipFromPems } from '../../ledgers/fabric/membership.js';
import { createFabricViewVerifier } from '../../ledgers/fabric/proof.js';
import { parsePolicy } from '../../proofs/policy.js';
import { protos } from '../../protos/index.js';
import { endorse, fabricView, generateOrgs, responsePayload } from '../../test/support/fabric-views.js';
import { median, positiveInteger, stats } from '../measure.js';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
const seconds = positiveInteger('seconds', values.seconds);
/** Lines for people go to stderr with --json, so that stdout is one JSON document. */
const say = values.json ? console.error : console.log;

const orgs = await generateOrgs('bench.weft.test', ['Org1', 'Org2']);
const [org1, org2] = [orgs.Org1!, orgs.Org2!];
const request = { address: 'relay:9080/fabric-b/weft:assets:Get:k', nonce: 'n', requesterCertificate: 'R' };
const payload = responsePayload(request);
const entries = [endorse(payload, org1), endorse(payload, org2)];
const view = fabricView(entries);
const verifier = createFabricViewVerifier(
  membershipFromPems('fabric-b', { Org1MSP: [org1.ca], Org2MSP: [org2.ca] }),
);
const expectation = { ...request, chaincode: 'interop', policy: parsePolicy('AND(Org1MSP, Org2MSP)') };

// The floor: the two signature checks alone, on pre-parsed keys and pre-built signed bytes.
const raw = entries.map((e, i) => {
  const { endorser, signature } = protos.Endorsement.decode(e.endorsement);
  const key = createPublicKey([org1, org2][i]!.certificate);
  return { data: Buffer.concat([e.payload, endorser]), signature, key };
});

/**
 * Alternating rounds of the baseline and the subject, so that anything else the machine does falls on both;
 * rates are the medians over rounds, latencies are over every call.
 */
function compare(subjects: Record<string, () => boolean>) {
  const names = Object.keys(subjects);
  const rounds = new Map(names.map((n) => [n, [] as number[]]));
  const latencies = new Map(names.map((n) => [n, [] as number[]]));
  for (const [name, body] of Object.entries(subjects)) {
    for (let i = 0; i < 300; i++) if (!body()) throw new Error(`${name} failed`);
  }
  const roundMs = 250;
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    for (const [name, body] of Object.entries(subjects)) {
      let calls = 0;
      const started = performance.now();
      while (performance.now() - started < roundMs) {
        const t = performance.now();
        if (!body()) throw new Error(`${name} failed`);
        latencies.get(name)!.push(performance.now() - t);
        calls++;
      }
      rounds.get(name)!.push(calls / ((performance.now() - started) / 1000));
    }
  }
  const figures: Record<string, { perS: number; p50Us: number; p99Us: number }> = {};
  for (const name of names) {
    const { p50, p99 } = stats(latencies.get(name)!);
    const f = { perS: median(rounds.get(name)!), p50Us: p50 * 1000, p99Us: p99 * 1000 };
    figures[name] = f;
    say(
      `${name.padEnd(36)} ${f.perS.toFixed(0).padStart(6)}/s  p50 ${f.p50Us.toFixed(0)} µs  p99 ${f.p99Us.toFixed(0)} µs`,
    );
  }
  return figures;
}

const BASELINE = 'raw crypto.verify x2 (baseline)';
const SUBJECT = 'verify Fabric view, 2 endorsements';
const figures = compare({
  [BASELINE]: () => raw.every((r) => verify('sha256', r.data, r.key, r.signature)),
  [SUBJECT]: () => verifier.verify(view, expectation).valid,
});
const ratio = figures[SUBJECT]!.perS / figures[BASELINE]!.perS;
say(`ratio verified views / raw signature pairs: ${ratio.toFixed(2)}x (goal >= 0.8x)`);
if (values.json) {
  console.log(JSON.stringify({ baseline: figures[BASELINE], verified: figures[SUBJECT], ratio }, null, 2));
}
