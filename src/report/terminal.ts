import { SECTIONS, type Status } from '../checks/types.js';
import { RESULT_LINES, SECTION_TITLES, SEVERITY_LABELS, STATUS_LABELS, UI } from '../i18n/ui.js';
import type { Report } from './model.js';

const COLORS: Readonly<Record<Status | 'bold' | 'dim', [number, number]>> = {
  pass: [32, 39],
  fail: [31, 39],
  error: [33, 39],
  skip: [90, 39],
  manual: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
};

const MARKS: Readonly<Record<Status, string>> = { pass: '✔', fail: '✘', error: '!', skip: '-', manual: '?' };

/** The report for a terminal: same order and verdict as the summary; ANSI colour only when asked. */
export function renderTerminal(report: Report, options: { color: boolean }): string {
  const lang = report.language;
  const paint = (style: keyof typeof COLORS, s: string): string => (options.color ? `\x1b[${COLORS[style][0]}m${s}\x1b[${COLORS[style][1]}m` : s);
  const resultStyle = report.result === 'pass' ? 'pass' : report.result === 'warn' ? 'error' : 'fail';
  const lines: string[] = [];
  lines.push(paint('bold', `${UI.heading[lang]}: `) + paint(resultStyle, RESULT_LINES[report.result][lang]));
  lines.push(paint('dim', `${report.siteUrl} · ${report.durationMs} ms`));
  for (const section of SECTIONS) {
    const checks = report.checks.filter((c) => c.section === section);
    if (checks.length === 0) continue;
    lines.push('', paint('bold', SECTION_TITLES[section][lang]));
    for (const c of checks) {
      const waived = c.waiver && !c.waiver.expired ? paint('dim', ` (${UI.waivedUntil[lang]} ${c.waiver.until})`) : '';
      lines.push(`  ${paint(c.status, `${MARKS[c.status]} ${STATUS_LABELS[c.status][lang]}`)} ${c.id} ${paint('dim', `[${SEVERITY_LABELS[c.severity][lang]}]`)}${waived}`);
      lines.push(`      ${c.message}`);
      if (c.remediation && c.status !== 'pass' && c.status !== 'skip') lines.push(`      → ${c.remediation}`);
    }
  }
  const n = report.counts;
  lines.push('', `${n.pass} ${STATUS_LABELS.pass[lang]}, ${n.fail} ${STATUS_LABELS.fail[lang]}, ${n.error} ${STATUS_LABELS.error[lang]}, ${n.manual} ${STATUS_LABELS.manual[lang]}, ${n.skip} ${STATUS_LABELS.skip[lang]}`);
  return lines.join('\n') + '\n';
}
