/**
 * A JSON-RPC connection to one EVM node of a known chain. ethers batches requests by default, holding each
 * one back 10 ms for company: on a request path that makes several calls in turn, that stall is most of
 * the latency. Each call goes out at once here; the chain id is fixed, never asked for; nothing is cached.
 */
import { JsonRpcProvider } from 'ethers';

export function evmProvider(rpcUrl: string, chainId: number | bigint): JsonRpcProvider {
  return new JsonRpcProvider(rpcUrl, chainId, { staticNetwork: true, cacheTimeout: -1, batchMaxCount: 1 });
}
