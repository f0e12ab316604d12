/**
 * What `weft compare` prints: Markdown tables of the measured figures and of the attack table, and an SVG
 * chart of both, so people can look rather than read.
 */
import type { AttackRow } from './attacks.js';
import { ATTACKS } from './attacks.js';
import { type LedgerCost, MODES, type ModeName } from './modes.js';
import type { ModeFigures } from './run.js';

export interface ComparisonResult {
  readonly figures: readonly ModeFigures[];
  readonly attacks: readonly AttackRow[];
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '-');
export const costText = (c: LedgerCost | undefined) =>
  c === undefined
    ? '-'
    : 'gas' in c
      ? `${c.gas.toLocaleString('en-US')} gas`
      : `${c.bytes.toLocaleString('en-US')} B`;
const verdict = (row: AttackRow | undefined) =>
  !row
    ? '-'
    : row.outcome.accepted === true
      ? 'ACCEPTED'
      : row.outcome.accepted === false
        ? 'refused'
        : 'n/a';

export function markdownReport(result: ComparisonResult): string {
  const lines: string[] = [];
  lines.push(
    '| direction | mode | read p50 | read p99 | reads/s | write p50 | write cost on the destination |',
  );
  lines.push('|---|---|--:|--:|--:|--:|--:|');
  for (const f of result.figures) {
    lines.push(
      `| ${f.direction} | ${f.mode} | ${ms(f.read.p50)} | ${ms(f.read.p99)} | ${f.readsPerS.toFixed(1)} | ${ms(f.write.p50)} | ${costText(f.cost)} |`,
    );
  }
  lines.push('');
  lines.push(`| attack | ${MODES.join(' | ')} |`);
  lines.push(`|---|${MODES.map(() => '---').join('|')}|`);
  for (const attack of ATTACKS) {
    const cells = MODES.map((mode) => {
      const row = result.attacks.find((r) => r.mode === mode && r.attack === attack);
      return row ? `${verdict(row)}: ${row.outcome.how}` : '-';
    });
    lines.push(`| ${attack} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  lines.push(
    'ACCEPTED: the destination took the false value. refused: its checks stopped it (reason given).',
  );
  return lines.join('\n');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const COLORS: Record<ModeName, string> = {
  consensus: '#2b6cb0',
  'single-api': '#dd6b20',
  'multi-membership': '#718096',
};

/** A bar chart of read latency (p50, with p99 marked) per direction and mode, and the attack table. */
export function svgReport(result: ComparisonResult): string {
  const directions = [...new Set(result.figures.map((f) => f.direction))];
  const barH = 14;
  const groupH = MODES.length * barH + 16;
  const left = 190;
  const width = 760;
  const chartW = width - left - 40;
  const max = Math.max(1, ...result.figures.map((f) => (Number.isFinite(f.read.p99) ? f.read.p99 : 0)));
  const parts: string[] = [];
  let y = 40;
  parts.push(
    `<text x="20" y="24" font-size="16" font-weight="bold">read latency of a remote value (p50 bar, p99 tick)</text>`,
  );
  for (const direction of directions) {
    parts.push(`<text x="20" y="${y + 12}" font-size="12">${escapeXml(direction)}</text>`);
    for (const [i, mode] of MODES.entries()) {
      const f = result.figures.find((x) => x.direction === direction && x.mode === mode);
      const top = y + i * barH;
      if (!f) continue;
      const w = (f.read.p50 / max) * chartW;
      const p99 = left + (f.read.p99 / max) * chartW;
      parts.push(
        `<rect x="${left}" y="${top}" width="${w.toFixed(1)}" height="${barH - 3}" fill="${COLORS[mode]}"/>`,
      );
      parts.push(
        `<line x1="${p99.toFixed(1)}" x2="${p99.toFixed(1)}" y1="${top}" y2="${top + barH - 3}" stroke="#000"/>`,
      );
      parts.push(
        `<text x="${(left + w + 4).toFixed(1)}" y="${top + 10}" font-size="10">${escapeXml(mode)} ${ms(f.read.p50)}</text>`,
      );
    }
    y += groupH;
  }
  y += 20;
  parts.push(
    `<text x="20" y="${y}" font-size="16" font-weight="bold">did the destination accept the false value?</text>`,
  );
  y += 16;
  const colW = Math.floor((width - left - 20) / MODES.length);
  for (const [i, mode] of MODES.entries()) {
    parts.push(
      `<text x="${left + i * colW + 6}" y="${y + 12}" font-size="12" font-weight="bold">${escapeXml(mode)}</text>`,
    );
  }
  y += 20;
  for (const attack of ATTACKS) {
    parts.push(`<text x="20" y="${y + 14}" font-size="12">${escapeXml(attack)}</text>`);
    for (const [i, mode] of MODES.entries()) {
      const row = result.attacks.find((r) => r.mode === mode && r.attack === attack);
      const text = verdict(row);
      const fill = text === 'ACCEPTED' ? '#fed7d7' : text === 'refused' ? '#c6f6d5' : '#edf2f7';
      parts.push(`<rect x="${left + i * colW}" y="${y}" width="${colW - 4}" height="20" fill="${fill}"/>`);
      parts.push(`<text x="${left + i * colW + 6}" y="${y + 14}" font-size="12">${escapeXml(text)}</text>`);
    }
    y += 24;
  }
  const height = y + 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="#fff"/>\n${parts.join('\n')}\n</svg>\n`;
}
