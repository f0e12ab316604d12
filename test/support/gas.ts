/**
 * Gas figures of test transactions, printed as `gas: <label>: <n>` lines for the reader (and for scripts that
 * collect them); figures are reported, never asserted as performance.
 */
export function printGas(label: string, gasUsed: bigint | number): void {
  console.log(`gas: ${label}: ${gasUsed}`);
}
