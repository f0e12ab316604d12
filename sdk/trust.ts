/**
 * What a client trusts about a source network: its membership (org -> CA certificates for Fabric, org ->
 * member addresses for EVM) and verification policies. The destination ledger's interop chaincode records both under its own governance; a client reads
 * them from there, so that what it verifies locally is what its ledger will verify.
 */
import type { Contract } from '@hyperledger/fabric-gateway';
import { WeftError } from '../common/errors.js';
import { describeGatewayError, gatewayRefusal } from '../common/gateway-error.js';
import { type SourceTrust, type TrustSource, trustFromRecord } from '../ledgers/trust.js';

export {
  type SourceTrust,
  sourceTrust,
  staticTrust,
  type TrustSource,
  trustFromRecord,
} from '../ledgers/trust.js';

/** Trust as recorded by the local interop chaincode, read once per network and cached for `ttlMs`. */
export function ledgerTrust(interop: Contract, ttlMs = 60_000): TrustSource {
  const cache = new Map<string, { at: number; trust: Promise<SourceTrust> }>();
  const read = async (networkId: string): Promise<SourceTrust> => {
    const text = async (fn: string) => {
      try {
        return Buffer.from(await interop.evaluateTransaction(fn, networkId)).toString('utf8');
      } catch (error) {
        const refusal = gatewayRefusal(error);
        if (refusal?.code === 'NOT_RECORDED') {
          throw new WeftError(
            'NOT_FOUND',
            `the local interop chaincode has no ${fn === 'GetMembership' ? 'membership' : 'verification policy'} for ${networkId}`,
            { networkId },
            { cause: error },
          );
        }
        throw new WeftError(
          'LEDGER_CALL_FAILED',
          `cannot read ${fn} of ${networkId} from the local interop chaincode: ${describeGatewayError(error)}`,
          { networkId, ...(refusal ? { refusal: refusal.code } : {}) },
          { cause: error },
        );
      }
    };
    const [membership, policy] = await Promise.all([text('GetMembership'), text('GetVerificationPolicy')]);
    return trustFromRecord(networkId, membership, JSON.parse(policy));
  };
  return {
    forNetwork(networkId) {
      const hit = cache.get(networkId);
      if (hit && Date.now() - hit.at < ttlMs) return hit.trust;
      const trust = read(networkId);
      cache.set(networkId, { at: Date.now(), trust });
      trust.catch(() => cache.delete(networkId));
      return trust;
    },
  };
}
