// fabric-shim ships no types for its contract bootstrap module.
declare module 'fabric-shim/lib/contract-spi/chaincodefromcontract.js' {
  import type { Contract } from 'fabric-contract-api';
  import type { ChaincodeInterface } from 'fabric-shim';
  export default class ChaincodeFromContract implements ChaincodeInterface {
    constructor(
      contracts: Array<new () => Contract>,
      serializers: unknown,
      metadata: object,
      title: string,
      version: string,
    );
    Init: ChaincodeInterface['Init'];
    Invoke: ChaincodeInterface['Invoke'];
  }
}
