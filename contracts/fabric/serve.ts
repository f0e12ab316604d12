/**
 * Chaincode as a service: serves one of weft's chaincodes to the peers that dial it. Configured like
 * fabric-chaincode-node's server command: CORE_CHAINCODE_ID (the package ID installed on the peers) and
 * CORE_CHAINCODE_ADDRESS (host:port to listen on), plus WEFT_CHAINCODE naming the chaincode.
 */
import type { Contract } from 'fabric-contract-api';
import { type ChaincodeServerOpts, Shim } from 'fabric-shim';
// fabric-shim's own bootstrap builds chaincode this way from a package.json; we name the contracts directly.
import ChaincodeFromContract from 'fabric-shim/lib/contract-spi/chaincodefromcontract.js';
import { AssetContract } from './assets/contract.js';
import { InteropContract } from './interop/contract.js';
import { WeftSerializer } from './serializer.js';

const CHAINCODES: Record<string, Array<new () => Contract>> = {
  assets: [AssetContract],
  interop: [InteropContract],
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} must be set`);
    process.exit(2);
  }
  return value;
}

const name = required('WEFT_CHAINCODE');
const contracts = CHAINCODES[name];
if (!contracts) {
  console.error(`unknown chaincode ${name} (known: ${Object.keys(CHAINCODES).join(', ')})`);
  process.exit(2);
}
const serializers = { transaction: 'weft', serializers: { weft: WeftSerializer } };
const chaincode = new ChaincodeFromContract(contracts, serializers, {}, name, '1');
// Plaintext on loopback; fabric-shim's types wrongly mark tlsProps as required.
const options = {
  ccid: required('CORE_CHAINCODE_ID'),
  address: required('CORE_CHAINCODE_ADDRESS'),
} as ChaincodeServerOpts;
const server = Shim.server(chaincode, options);
await server.start();
console.log(`chaincode ${name} listening on ${process.env.CORE_CHAINCODE_ADDRESS}`);
