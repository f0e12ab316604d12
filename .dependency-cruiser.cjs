/**
 * weft's import rules (README, "Layout"): each folder may import only the folders listed for it, and no
 * module may reach itself through its imports. Tests (`*.test.ts`, `test/`) may import anything.
 */
const CORE = ['common', 'protos', 'proofs', 'transport', 'store'];
const SERVICES = [...CORE, 'contracts', 'drivers', 'relay', 'sdk', 'modes'];
const LAYERS = {
  common: [],
  protos: ['common'],
  proofs: ['common', 'protos'],
  transport: ['common', 'protos', 'proofs'],
  store: ['common'],
  contracts: ['common', 'protos', 'proofs'],
  drivers: ['common', 'protos', 'proofs', 'transport'],
  relay: ['common', 'protos', 'proofs', 'transport', 'store'],
  sdk: ['common', 'protos', 'proofs', 'transport'],
  modes: [...CORE, 'sdk', 'drivers'],
  topology: SERVICES,
  // cli/*.ts: clients of a running topology, shared by the commands and the lab.
  cli: [...SERVICES, 'topology'],
  lab: [...SERVICES, 'topology', 'cli'],
};
const FOLDERS = Object.keys(LAYERS);
const TESTS = '(\\.test\\.ts$|^test/)';

const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => ({
  name: `layer-${folder}`,
  comment: `${folder}/ may import ${allowed.length > 0 ? allowed.join(', ') : 'no other folder of weft'}`,
  severity: 'error',
  from: {
    path: `^${folder}/`,
    pathNot: [TESTS, ...(folder === 'cli' ? ['^cli/commands/'] : [])],
  },
  to: { path: `^(${FOLDERS.filter((f) => f !== folder && !allowed.includes(f)).join('|')})/` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: 'commands-on-top',
      comment: 'cli/commands/ is the top: only tests import it',
      severity: 'error',
      from: { pathNot: [`^cli/commands/`, '^cli/main\\.ts$', TESTS] },
      to: { path: '^cli/commands/' },
    },
    {
      name: 'proofs-pure',
      comment: 'proofs/ and protos/ do no I/O: the SDK, the relay and the chaincode share them',
      severity: 'error',
      from: { path: '^(proofs|protos)/', pathNot: TESTS },
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
