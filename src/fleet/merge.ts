import type { SiteResult } from './fleet-file.js';
import { countResults } from './fleet-file.js';
import type { MergeRow } from './merge-sources.js';
import { TOKEN_SHAPE } from './token-shape.js';

/** GitHub refuses a step summary over 1 MiB; a margin covers what other steps appended. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const MARK: Readonly<Record<SiteResult, string>> = { fail: '❌ fail', error: '🚫 error', warn: '⚠️ warn', pass: '✅ pass' };
/** Worst first: the rows someone acts on stay when the table is cut to fit. */
const ORDER: Readonly<Record<SiteResult, number>> = { error: 0, fail: 1, warn: 2, pass: 3 };
const MAX_URL = 200;
const MAX_FIX = 180;

/**
 * The fleet summary: a heading with the totals, then a table (site, result, blockers, warnings,
 * first thing to fix), worst first. It never exceeds `limitBytes` (UTF-8), whatever the number
 * of sites: rows that do not fit are left out and a last line counts them by result.
 */
export function renderMergedSummary(rows: readonly MergeRow[], limitBytes = SUMMARY_LIMIT_BYTES): string {
  const sorted = [...rows].sort((a, b) => ORDER[a.result] - ORDER[b.result] || b.blockers - a.blockers || b.warnings - a.warnings || a.siteUrl.localeCompare(b.siteUrl));
  const counts = countResults(rows);
  const head = [
    `## Mercado Pago readiness: ${rows.length} storefront${rows.length === 1 ? '' : 's'}`,
    '',
    `${MARK.fail} ${counts.fail} · ${MARK.error} ${counts.error} · ${MARK.warn} ${counts.warn} · ${MARK.pass} ${counts.pass}`,
    '',
    '| Site | Result | Blockers | Warnings | First thing to fix |',
    '|---|---|---:|---:|---|',
  ].join('\n');
  const lines = [head];
  let size = bytes(head) + 1;
  // Room kept for the "not shown" line, whatever its numbers.
  const reserve = 400;
  let shown = 0;
  for (const row of sorted) {
    const line = rowLine(row);
    const cost = bytes(line) + 1;
    if (size + cost + reserve > limitBytes) break;
    lines.push(line);
    size += cost;
    shown++;
  }
  if (shown < sorted.length) {
    const rest = countResults(sorted.slice(shown));
    lines.push(
      '',
      `${sorted.length - shown} more sites not shown to stay within GitHub's summary size limit (${rest.error} error, ${rest.fail} fail, ${rest.warn} warn, ${rest.pass} pass): every site is in the fleet.json files and reports of the run's artifacts.`,
    );
  }
  return lines.join('\n') + '\n';
}

function rowLine(row: MergeRow): string {
  const fix = row.firstFix ? `${row.firstFix.id ? `\`${row.firstFix.id}\` ` : ''}${cell(row.firstFix.text, MAX_FIX)}` : row.result === 'pass' ? '—' : '';
  return `| ${cell(row.siteUrl, MAX_URL)} | ${MARK[row.result]} | ${row.blockers} | ${row.warnings} | ${fix} |`;
}

/** Text safe in one table cell: one line, no pipe, no HTML, no @mention, cut at `max` characters. */
function cell(value: string, max: number): string {
  const flat = value.replace(TOKEN_SHAPE, '***').replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/@/g, '&#64;').replace(/`/g, "'");
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
