import { SECTIONS, type Status } from '../checks/types.js';
import { RESULT_LINES, SECTION_TITLES, SEVERITY_LABELS, STATUS_ICONS, STATUS_LABELS, UI } from '../i18n/ui.js';
import type { CheckReport, Report } from './model.js';

/** GitHub refuses a step summary over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1000 * 1024;

const RESULT_ICONS = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/**
 * The job summary (and PR comment) as Markdown: verdict, what to fix first, then the go-live
 * page's sections with a row per check, evidence folded away. Deterministic for golden files.
 */
export function renderMarkdown(report: Report, options: { maxBytes?: number } = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const full = render(report, true);
  if (Buffer.byteLength(full) <= maxBytes) return full;
  const lean = render(report, false) + `\n> ${UI.truncated[report.language]}\n`;
  return Buffer.byteLength(lean) <= maxBytes ? lean : truncateUtf8(lean, maxBytes);
}

function render(report: Report, withEvidence: boolean): string {
  const lang = report.language;
  const out: string[] = [];
  const c = report.counts;
  out.push(`## ${RESULT_ICONS[report.result]} ${UI.heading[lang]}: ${RESULT_LINES[report.result][lang]}`, '');
  const tallies = (['pass', 'fail', 'error', 'manual', 'skip'] as Status[]).map((s) => `${STATUS_ICONS[s]} ${c[s]} ${STATUS_LABELS[s][lang]}`).join(' · ');
  out.push(tallies, '');
  const account = report.account ? `${report.account.userId} (${report.account.siteId ?? '?'})` : UI.accountUnknown[lang];
  out.push(`**${UI.site[lang]}:** ${escapeCell(report.siteUrl)} · **${UI.account[lang]}:** ${account} · **${UI.duration[lang]}:** ${report.durationMs} ms`, '');

  const counted = (ch: CheckReport): boolean => (ch.status === 'fail' || ch.status === 'error') && !(ch.waiver && !ch.waiver.expired);
  const first = [...report.checks.filter((ch) => counted(ch) && ch.severity === 'blocker'), ...report.checks.filter((ch) => counted(ch) && ch.severity === 'warning')];
  if (first.length > 0) {
    out.push(`### ${UI.fixFirst[lang]}`, '');
    for (const ch of first) {
      out.push(`- ${STATUS_ICONS[ch.status]} **${escapeCell(ch.title)}** (\`${ch.id}\`, ${SEVERITY_LABELS[ch.severity][lang]}): ${escapeCell(ch.remediation ?? ch.message)}`);
    }
    out.push('');
  }

  for (const section of SECTIONS) {
    const checks = report.checks.filter((ch) => ch.section === section);
    if (checks.length === 0) continue;
    out.push(`### ${SECTION_TITLES[section][lang]}`, '');
    out.push(`| ${UI.status[lang]} | ${UI.check[lang]} | ${UI.finding[lang]} | ${UI.howToFix[lang]} |`, '|---|---|---|---|');
    for (const ch of checks) {
      const status = `${STATUS_ICONS[ch.status]} ${STATUS_LABELS[ch.status][lang]}`;
      const waiver = ch.waiver ? `<br>_${ch.waiver.expired ? UI.waiverExpired[lang] : UI.waivedUntil[lang]} ${ch.waiver.until}: ${escapeCell(ch.waiver.reason)}_` : '';
      const fix = ch.status === 'pass' || ch.status === 'skip' ? '' : `${escapeCell(ch.remediation ?? '')} [${UI.docs[lang]}](${ch.docsUrl})`;
      out.push(`| ${status} | **${escapeCell(ch.title)}**<br>\`${ch.id}\` · ${SEVERITY_LABELS[ch.severity][lang]} | ${escapeCell(ch.message)}${waiver} | ${fix} |`);
    }
    out.push('');
    if (withEvidence) {
      for (const ch of checks) {
        if (Object.keys(ch.evidence).length === 0) continue;
        out.push(`<details><summary>${UI.evidence[lang]}: <code>${ch.id}</code></summary>`, '', '```json', JSON.stringify(ch.evidence, null, 2), '```', '', '</details>', '');
      }
    }
  }

  const manual = report.checks.filter((ch) => ch.status === 'manual');
  if (manual.length > 0) {
    out.push(`### ${UI.manualChecklist[lang]}`, '');
    for (const ch of manual) out.push(`- [ ] **${escapeCell(ch.title)}**: ${escapeCell(ch.remediation ?? ch.message)}`);
    out.push('');
  }
  return out.join('\n');
}

/** Keeps a value inside one table cell: no pipes, no line breaks, no raw HTML. */
export function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

function truncateUtf8(value: string, maxBytes: number): string {
  const buf = Buffer.from(value);
  return buf.subarray(0, maxBytes).toString('utf8').replace(/\uFFFD$/, '');
}
