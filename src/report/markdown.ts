import type { Status } from '../checks/types.js';
import type { Language } from '../i18n/text.js';
import { renderInventoryDiff } from './inventory-diff.js';
import { RESULT_ICONS, RESULT_LINES, SECTION_TITLES, SEVERITY_LABELS, STATUS_ICONS, STATUS_LABELS, UI, verdictSentence } from './labels.js';
import type { CheckReport, Report } from './model.js';
import { bySection, fixFirst, isWaived, needsAction, verdictCounts } from './view.js';

/** GitHub refuses a step summary over 1 MiB; stay under it with room for other steps' lines. */
export const SUMMARY_LIMIT_BYTES = 1000 * 1024;

/** Evidence shown per check in the job summary; the JSON report always has all of it. */
export const SUMMARY_EVIDENCE_BYTES = 16 * 1024;

export interface MarkdownOptions {
  /** Hard cap on the output, in UTF-8 bytes. */
  readonly maxBytes?: number;
  /** Cap on each check's evidence block. */
  readonly evidenceBytes?: number;
  /** A hidden line put first (the PR comment's sticky marker). */
  readonly marker?: string;
  /** Links at the end: the workflow run (full summary) and the JSON report's file name. */
  readonly footer?: { readonly runUrl?: string; readonly reportFile?: string };
}

/**
 * The job summary (and PR comment) as Markdown: the verdict with counts, what to fix first,
 * then the go-live page's sections with a row per check, evidence folded away, waivers and the
 * manual checklist. Deterministic for a given report, so golden files can pin it. Never over
 * `maxBytes`: evidence is cut first, then left out, then the tail.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const lang = report.language;
  const full = render(report, options, options.evidenceBytes ?? SUMMARY_EVIDENCE_BYTES);
  if (Buffer.byteLength(full) <= maxBytes) return full;
  const lean = render(report, options, 0, `> ${UI.truncated[lang]}`);
  if (Buffer.byteLength(lean) <= maxBytes) return lean;
  return cutToBytes(lean, maxBytes, `\n\n> ${UI.cutShort[lang]}\n`);
}

function render(report: Report, options: MarkdownOptions, evidenceBytes: number, note?: string): string {
  const lang = report.language;
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  const { blockers, warnings, manual } = verdictCounts(report);
  out.push(`## ${RESULT_ICONS[report.result]} Mercado Pago: ${RESULT_LINES[report.result][lang]}`, '');
  out.push(`**${verdictSentence(report.result, blockers, warnings, manual, lang)}**`, '');
  const tallies = (['pass', 'fail', 'error', 'manual', 'skip'] as Status[])
    .filter((s) => s === 'pass' || report.counts[s] > 0)
    .map((s) => `${STATUS_ICONS[s]} ${STATUS_LABELS[s][lang]}: ${report.counts[s]}`)
    .join(' · ');
  out.push(tallies, '');
  out.push(`**${UI.site[lang]}:** ${inline(report.siteUrl)} · **${UI.account[lang]}:** ${accountLine(report, lang)} · **${UI.duration[lang]}:** ${report.durationMs} ms`, '');
  if (note) out.push(note, '');

  const first = fixFirst(report);
  if (first.length > 0) {
    out.push(`### ${UI.fixFirst[lang]}`, '');
    first.forEach((c, i) => {
      out.push(`${i + 1}. ${STATUS_ICONS[c.status]} **${inline(c.title)}** (${SEVERITY_LABELS[c.severity][lang]}, \`${c.id}\`)  `);
      out.push(`   ${inline(c.message)}  `);
      out.push(`   **${UI.howToFix[lang]}:** ${inline(c.remediation ?? c.message)} ${docsLink(c, lang)}`);
    });
    out.push('');
  }

  for (const { section, checks } of bySection(report)) {
    out.push(`### ${SECTION_TITLES[section][lang]}`, '');
    // The fix column only where there is something to fix: a passing section reads at a glance.
    const withFix = checks.some(needsAction);
    out.push(`| ${UI.status[lang]} | ${UI.check[lang]} | ${UI.finding[lang]} |${withFix ? ` ${UI.howToFix[lang]} |` : ''}`, withFix ? '|---|---|---|---|' : '|---|---|---|');
    for (const c of checks) out.push(row(c, lang, withFix));
    out.push('');
    // The script inventory diff is what a reviewer acts on: shown open, not folded with the evidence.
    for (const c of checks) out.push(...renderInventoryDiff(c, lang));
    const withEvidence = evidenceBytes > 0 ? checks.filter((c) => Object.keys(c.evidence).length > 0) : [];
    if (withEvidence.length > 0) {
      // One fold per section: the table stays readable, the evidence is one click away.
      out.push(`<details><summary>${UI.evidence[lang]}: ${SECTION_TITLES[section][lang]} (${withEvidence.length})</summary>`, '');
      for (const c of withEvidence) out.push(...evidenceBlock(c, lang, evidenceBytes), '');
      out.push('</details>', '');
    }
  }

  const waived = report.checks.filter((c) => c.waiver !== undefined);
  if (waived.length > 0) {
    out.push(`### ${UI.waivers[lang]}`, '');
    for (const c of waived) {
      const w = c.waiver!;
      const when = w.expired ? `${UI.waiverExpired[lang]} ${w.until} (${UI.waiverExpiredNote[lang]})` : `${UI.waivedUntil[lang]} ${w.until}`;
      out.push(`- ${w.expired ? '⌛' : '🏷️'} **${inline(c.title)}** (\`${c.id}\`, ${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status][lang]}): ${when}. ${inline(w.reason)}`);
    }
    out.push('');
  }

  const manualChecks = report.checks.filter((c) => c.status === 'manual');
  if (manualChecks.length > 0) {
    out.push(`### ${UI.manualChecklist[lang]}`, '', UI.manualIntro[lang], '');
    // The message says what to confirm (it may name the payment id); the remediation, how.
    for (const c of manualChecks) out.push(`- [ ] **${inline(c.title)}**: ${inline(c.message)}${c.remediation ? ` ${inline(c.remediation)}` : ''} ${docsLink(c, lang)}`);
    out.push('');
  }

  const footer = [`${report.tool.name} ${report.tool.version}`];
  if (options.footer?.runUrl) footer.push(`[${UI.fullReport[lang]}](${linkTarget(options.footer.runUrl)})`);
  if (options.footer?.reportFile) footer.push(`${UI.jsonReport[lang]}: \`${options.footer.reportFile.replace(/`/g, '')}\``);
  out.push(`<sub>${footer.join(' · ')}</sub>`, '');
  return out.join('\n');
}

function row(c: CheckReport, lang: Language, withFix: boolean): string {
  const status = `${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status][lang]}${isWaived(c) ? `<br>🏷️ ${UI.waived[lang]}` : ''}`;
  const check = `**${cell(c.title)}**<br>\`${c.id}\` · ${SEVERITY_LABELS[c.severity][lang]}`;
  const waiver = c.waiver ? `<br>_${c.waiver.expired ? UI.waiverExpired[lang] : UI.waivedUntil[lang]} ${c.waiver.until}: ${cell(c.waiver.reason)}_` : '';
  const fix = needsAction(c) ? `${cell(c.remediation ?? '')} ${docsLink(c, lang)}`.trim() : '';
  return `| ${status} | ${check} | ${cell(c.message)}${waiver} |${withFix ? ` ${fix} |` : ''}`;
}

function evidenceBlock(c: CheckReport, lang: Language, maxBytes: number): string[] {
  let json = JSON.stringify(clip(c.evidence, maxBytes), null, 2);
  if (Buffer.byteLength(json) > maxBytes) json = `${cutToBytes(json, maxBytes, '')}\n… (${UI.evidenceCut[lang]})`;
  // A fence longer than any backtick run inside, so evidence cannot close it early.
  const longest = Math.max(2, ...(json.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return [`<code>${c.id}</code>`, '', `${fence}json`, json, fence];
}

/**
 * Shortens long strings and arrays before serialising: the block is cut to `maxBytes` anyway,
 * and serialising megabytes only to throw them away would dominate the render time.
 */
function clip(value: unknown, maxBytes: number): unknown {
  if (typeof value === 'string') return value.length > maxBytes ? `${value.slice(0, maxBytes)}…` : value;
  if (Array.isArray(value)) return (value.length > maxBytes ? value.slice(0, maxBytes) : value).map((v) => clip(v, maxBytes));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clip(v, maxBytes)]));
  return value;
}

function accountLine(report: Report, lang: Language): string {
  const a = report.account;
  if (!a) return UI.accountUnknown[lang];
  return `${a.userId} (${a.siteId ?? '?'}${a.testUser ? `, ${UI.testAccount[lang]}` : ''})`;
}

function docsLink(c: CheckReport, lang: Language): string {
  return `[${UI.docs[lang]}](${linkTarget(c.docsUrl)})`;
}

/** A URL safe inside Markdown link parentheses. */
function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (ch) => encodeURIComponent(ch));
}

/** Text outside tables: no raw HTML, no line breaks. */
function inline(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** Keeps a value inside one table cell: no pipes, no line breaks, no raw HTML. */
export function escapeCell(value: string): string {
  return inline(value).replace(/\|/g, '\\|');
}
const cell = escapeCell;

/** Cuts at a line end (or, for one long line, at a character) so that `value + tail` fits `maxBytes`. */
function cutToBytes(value: string, maxBytes: number, tail: string): string {
  const room = Math.max(0, maxBytes - Buffer.byteLength(tail));
  // A character is at least one byte: the first `room` characters hold every byte we may keep.
  const head = Buffer.from(value.slice(0, room))
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
  const lineEnd = head.lastIndexOf('\n');
  return (lineEnd > room / 2 ? head.slice(0, lineEnd) : head) + tail;
}
