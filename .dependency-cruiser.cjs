/**
 * weft's import rules (README, "Layout"): each folder may import only the folders listed for it, and no
 * module may reach itself through its imports. Tests (`*.test.ts`, `test/`) may import anything.
 */
const CORE = ['common', 'protos', 'proofs', 'ledgers', 'transport', 'store', 'operations'];
const SERVICES = [...CORE, 'contracts', 'drivers', 'relay', 'sdk', 'modes'];
const LAYERS = {
  common: [],
  protos: ['common'],
  proofs: ['common', 'protos'],
  // The registry and the adapters' pure facets, just above proofs/ (but for its impure facets, below).
  ledgers: ['common', 'protos', 'proofs'],
  transport: ['common', 'protos', 'proofs', 'ledgers'],
  store: ['common'],
  // The operations endpoint (metrics, health, readiness, logs) every long-lived service serves.
  operations: ['common'],
  contracts: ['common', 'protos', 'proofs', 'ledgers'],
  drivers: ['common', 'protos', 'proofs', 'ledgers', 'transport', 'operations'],
  relay: ['common', 'protos', 'proofs', 'ledgers', 'transport', 'store', 'operations'],
  sdk: ['common', 'protos', 'proofs', 'ledgers', 'transport'],
  modes: [...CORE, 'sdk', 'drivers'],
  topology: SERVICES,
  // cli/*.ts: clients of a running topology, shared by the commands and the lab.
  cli: [...SERVICES, 'topology'],
  lab: [...SERVICES, 'topology', 'cli'],
};
const FOLDERS = Object.keys(LAYERS);
const TESTS = '(\\.test\\.ts$|^test/)';
/**
 * An adapter's impure facets (ledgers/<kind>/{source,destination,topology,comparison}.ts): they drive the ledger
 * with the layers above (drivers, sdk, topology), so they are loaded only by the adapter's lazy loaders.
 */
const IMPURE_FACETS = '^ledgers/[^/]+/(source|destination|topology|comparison)\\.ts$';
/** proofs/address.ts reads the envelope and asks the registry for the view grammar: it sits above it. */
const ADDRESS = '^proofs/address\\.ts$';
/** What proofs/address.ts reaches through the registry: the registry, the adapters and what they share. */
const BELOW_ADDRESS = '^ledgers/(registry|adapter|owned)\\.ts$|^ledgers/[^/]+/';

const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => ({
  name: `layer-${folder}`,
  comment: `${folder}/ may import ${allowed.length > 0 ? allowed.join(', ') : 'no other folder of weft'}`,
  severity: 'error',
  from: {
    path: `^${folder}/`,
    pathNot: [
      TESTS,
      ...(folder === 'cli' ? ['^cli/commands/'] : []),
      ...(folder === 'ledgers' ? [IMPURE_FACETS] : []),
      ...(folder === 'proofs' ? [ADDRESS] : []),
    ],
  },
  to: { path: `^(${FOLDERS.filter((f) => f !== folder && !allowed.includes(f)).join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        "no static cycles; a cycle closed by an adapter's lazy loader is allowed: the loader runs only once every module has loaded",
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['dynamic-import'] } },
    },
    {
      name: 'lazy-loaders-only',
      comment:
        "the only dynamic imports are the adapters' loaders of their impure facets (ledgers/<kind>/index.ts) and the command line's loader of its commands (cli/main.ts)",
      severity: 'error',
      from: { pathNot: ['^ledgers/[^/]+/index\\.ts$', '^cli/main\\.ts$', TESTS] },
      to: { dependencyTypes: ['dynamic-import'] },
    },
    {
      name: 'loaders-load-facets',
      comment: "an adapter's loaders load its own impure facets, nothing else",
      severity: 'error',
      from: { path: '^ledgers/([^/]+)/index\\.ts$' },
      to: {
        dependencyTypes: ['dynamic-import'],
        pathNot: '^ledgers/$1/(source|destination|topology|comparison)\\.ts$',
      },
    },
    ...layerRules,
    {
      name: 'address-above-registry',
      comment:
        'proofs/address.ts may import common, protos, proofs and the view grammars (ledgers/grammars.ts)',
      severity: 'error',
      from: { path: ADDRESS },
      to: {
        path: `^(${FOLDERS.filter((f) => !['common', 'protos', 'proofs', 'ledgers'].includes(f)).join('|')})/|^ledgers/(?!grammars\\.ts$)`,
      },
    },
    {
      name: 'registry-below-address',
      comment:
        'the registry and the adapters never import proofs/address.ts, which imports their view grammars',
      severity: 'error',
      from: { path: BELOW_ADDRESS, pathNot: TESTS },
      to: { path: ADDRESS },
    },
    {
      name: 'impure-facets-lazy',
      comment:
        "an adapter's impure facets are loaded lazily, so pure consumers (the chaincode) never load them",
      severity: 'error',
      from: { pathNot: [TESTS, IMPURE_FACETS] },
      to: { path: IMPURE_FACETS, dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'impure-facets-below-commands',
      comment: "an adapter's impure facets may import any layer but the commands",
      severity: 'error',
      from: { path: IMPURE_FACETS },
      to: { path: '^cli/commands/' },
    },
    {
      name: 'commands-on-top',
      comment: 'cli/commands/ is the top: only tests import it',
      severity: 'error',
      from: { pathNot: [`^cli/commands/`, '^cli/main\\.ts$', TESTS] },
      to: { path: '^cli/commands/' },
    },
    {
      name: 'proofs-pure',
      comment:
        "proofs/, protos/ and the adapters' pure facets do no I/O: the SDK, the relay and the chaincode share them",
      severity: 'error',
      from: { path: '^(proofs|protos|ledgers)/', pathNot: [TESTS, IMPURE_FACETS] },
      to: {
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|tls|os|worker_threads|cluster|@grpc/|@hyperledger/fabric-gateway|pg)|^common/(?!errors\\.ts$)',
      },
    },
    {
      name: 'no-dist',
      comment: 'source never imports build output',
      severity: 'error',
      from: {},
      to: { path: '^dist/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|coverage)/|\\.d\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
