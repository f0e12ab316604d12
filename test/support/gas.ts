/**
 * Gas figures of test transactions, printed as `gas: <label>: <n>` lines for the reader (and for scripts that
 * collect them); figures are reported, never asserted as performance.
 */
export function printGas(label: string, gasUsed: bigint | number): void {
  console.log(`gas: ${label}: ${gasUsed}`);
}

/**
 * What a transaction's call data costs, by EIP-2028 and EIP-7623 (Prague on): 4 gas per token (a zero byte is
 * one token, any other byte four) on top of 21,000, or, when execution costs less than 6 a token, the floor of
 * 10 a token instead. `execution` is what the call itself used, unless the floor hides it (undefined).
 */
export function calldataGas(data: string | Uint8Array, gasUsed: bigint) {
  const bytes = typeof data === 'string' ? Buffer.from(data.replace(/^0x/, ''), 'hex') : data;
  const zeros = bytes.filter((byte) => byte === 0).length;
  const tokens = BigInt(zeros + 4 * (bytes.length - zeros));
  const intrinsic = 21_000n + 4n * tokens;
  const floor = 21_000n + 10n * tokens;
  return {
    bytes: bytes.length,
    intrinsic,
    floor,
    execution: gasUsed > floor ? gasUsed - intrinsic : undefined,
  };
}
