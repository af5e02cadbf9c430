import type { Status } from '../checks/types.js';
import { count, RESULT_LINES, SECTION_TITLES, SEVERITY_LABELS, STATUS_LABELS, UI, verdictSentence } from './labels.js';
import type { Report } from './model.js';
import { bySection, displayTitle, fixFirst, isWaived, needsAction, partition, verdictCounts } from './view.js';

type Style = Status | 'bold' | 'dim' | 'warn';

const COLORS: Readonly<Record<Style, [number, number]>> = {
  pass: [32, 39],
  fail: [31, 39],
  error: [33, 39],
  warn: [33, 39],
  skip: [90, 39],
  manual: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
};

const MARKS: Readonly<Record<Status, string>> = { pass: '✔', fail: '✘', error: '!', skip: '-', manual: '?' };

/**
 * The report for a terminal, in the summary's order: verdict with counts, what to fix first,
 * the sections, the manual checklist. ANSI colour only when asked (the CLI asks on a TTY
 * without NO_COLOR), so piped output and logs stay plain.
 */
export function renderTerminal(report: Report, options: { color: boolean }): string {
  const lang = report.language;
  const paint = (style: Style, s: string): string => (options.color ? `\x1b[${COLORS[style][0]}m${s}\x1b[${COLORS[style][1]}m` : s);
  const resultStyle: Style = report.result === 'pass' ? 'pass' : report.result === 'warn' ? 'warn' : 'fail';
  const { blockers, warnings, manual } = verdictCounts(report);
  const lines: string[] = [];
  lines.push(paint('bold', `${UI.heading[lang]}: `) + paint(resultStyle, paint('bold', RESULT_LINES[report.result][lang])));
  lines.push(verdictSentence(report.result, blockers, warnings, manual, lang));
  const account = report.account ? `${report.account.userId} (${report.account.siteId ?? '?'})` : UI.accountUnknown[lang];
  lines.push(paint('dim', `${report.siteUrl} · ${UI.account[lang]} ${account} · ${report.durationMs} ms`));

  const first = fixFirst(report);
  if (first.length > 0) {
    lines.push('', paint('bold', UI.fixFirst[lang]));
    first.forEach((c, i) => {
      lines.push(`  ${i + 1}. ${paint(c.status, MARKS[c.status])} ${displayTitle(c)} ${paint('dim', `[${SEVERITY_LABELS[c.severity][lang]}, ${c.id}]`)}`);
      lines.push(`     → ${c.remediation ?? c.message}`);
    });
  }

  for (const { section, checks } of bySection(report)) {
    lines.push('', paint('bold', SECTION_TITLES[section][lang]));
    for (const c of checks) {
      const waiver = c.waiver ? paint('dim', ` (${c.waiver.expired ? UI.waiverExpired[lang] : UI.waivedUntil[lang]} ${c.waiver.until}: ${c.waiver.reason})`) : '';
      const status = paint(isWaived(c) ? 'dim' : c.status, `${MARKS[c.status]} ${STATUS_LABELS[c.status][lang]}`);
      lines.push(`  ${status} ${c.id} ${paint('dim', '·')} ${displayTitle(c)} ${paint('dim', `[${SEVERITY_LABELS[c.severity][lang]}]`)}${waiver}`);
      lines.push(`      ${c.message}`);
      if (needsAction(c) && c.remediation) lines.push(`      → ${c.remediation}`);
      if (needsAction(c)) lines.push(paint('dim', `      ${c.docsUrl}`));
    }
  }

  // The same groups as the summary's counts line: every check in one, summing to the total.
  const p = partition(report);
  const groups: Array<[Style, number, Parameters<typeof count>[0]]> = [
    ['fail', p.blockers, 'blocking'],
    ['warn', p.warnings, 'warning'],
    ['dim', p.info, 'info'],
    ['manual', p.manual, 'toConfirm'],
    ['pass', p.passed, 'passed'],
    ['skip', p.skipped, 'notApplicable'],
    ['dim', p.waived, 'waived'],
  ];
  const tally = groups
    .filter(([, n]) => n > 0)
    .map(([style, n, noun]) => paint(style, count(noun, n, lang)))
    .join(' · ');
  lines.push('', `${count('check', p.total, lang)}: ${tally}`);
  return lines.join('\n') + '\n';
}
