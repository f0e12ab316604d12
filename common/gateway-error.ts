/** Errors of @hyperledger/fabric-gateway, described for people. */

/**
 * A Gateway error in one line, with the per-peer details the Gateway attaches (which peer of which org
 * failed and why), which its message alone leaves out.
 */
export function describeGatewayError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = (error as { details?: Array<{ address: string; mspId: string; message: string }> }).details;
  if (!details || details.length === 0) return error.message;
  return `${error.message}: ${details.map((d) => `${d.mspId}@${d.address}: ${d.message}`).join('; ')}`;
}
