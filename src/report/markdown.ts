import type { Language } from '../i18n/text.js';
import { codeSpan, inert } from './inert.js';
import { renderInventoryDiff } from './inventory-diff.js';
import { count, formatDay, formatInstant, headingLine, RESULT_ICONS, SECTION_TITLES, SEVERITY_ICONS, SEVERITY_LABELS, STATUS_ICONS, STATUS_LABELS, UI, verdictSentence } from './labels.js';
import type { CheckReport, Report } from './model.js';
import { bySection, displayTitle, fixFirst, isWaived, otherFindings, partition, verdictCounts } from './view.js';

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
 * The job summary as Markdown, for a person who has to act on it: the site and the verdict,
 * the counts (saying what is counted), what to fix first, the manual checklist, then each
 * finding with its fix and evidence; passing and skipped checks are folded away. Every text
 * that did not come from this file passes through `inert`, so nothing a server sent becomes a
 * link, an image or a mention. Deterministic for a given report (golden files pin it), never
 * over `maxBytes`: evidence is cut first, then left out, then the tail.
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

/** The lines every face of the report opens with: heading, verdict, counts. */
export function verdictBlock(report: Report, level: '##' | '###'): string[] {
  const lang = report.language;
  const { blockers, warnings, manual } = verdictCounts(report);
  return [
    `${level} ${RESULT_ICONS[report.result]} ${headingLine(report.result, codeSpan(siteLabel(report.siteUrl)), manual, lang)}`,
    '',
    `**${verdictSentence(report.result, blockers, warnings, manual, lang)}**`,
    '',
    countsLine(report),
    '',
  ];
}

/** "32 checks: ❌ 5 blockers · ⚠️ 8 warnings · … · ✅ 5 passed": every check in one group. */
export function countsLine(report: Report): string {
  const lang = report.language;
  const p = partition(report);
  const groups: Array<[string, number, Parameters<typeof count>[0]]> = [
    [SEVERITY_ICONS.blocker, p.blockers, 'blocking'],
    [SEVERITY_ICONS.warning, p.warnings, 'warning'],
    [SEVERITY_ICONS.info, p.info, 'info'],
    [STATUS_ICONS.manual, p.manual, 'toConfirm'],
    [STATUS_ICONS.pass, p.passed, 'passed'],
    [STATUS_ICONS.skip, p.skipped, 'notApplicable'],
    ['🏷️', p.waived, 'waived'],
  ];
  const parts = groups.filter(([, n]) => n > 0).map(([icon, n, noun]) => `${icon} ${count(noun, n, lang)}`);
  return `**${count('check', p.total, lang)}:** ${parts.join(' · ')}`;
}

/** The fix-first list, one line per counted finding: the table of contents of what to do. */
export function fixFirstLines(first: readonly CheckReport[], lang: Language, withFix: boolean): string[] {
  return first.map((c, i) => {
    const head = `${i + 1}. ${SEVERITY_ICONS[c.severity]} **${titleOf(c, lang)}** · ${codeSpan(c.id)}`;
    return withFix ? `${head}  \n   ${inert(c.remediation ?? c.message)} ${docsLink(c, lang)}` : head;
  });
}

/** The manual checklist: what a person must confirm, and where. */
export function manualLines(report: Report): string[] {
  const lang = report.language;
  // The message says what to confirm (it may name the payment id); the remediation, how.
  return report.checks.filter((c) => c.status === 'manual').map((c) => `- [ ] **${inert(c.title)}**: ${inert(c.message)}${c.remediation ? ` ${inert(c.remediation)}` : ''} ${docsLink(c, lang)}`);
}

function render(report: Report, options: MarkdownOptions, evidenceBytes: number, note?: string): string {
  const lang = report.language;
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  out.push(...verdictBlock(report, '##'));
  out.push(`<sub>${metaLine(report)}</sub>`, '');
  if (note) out.push(note, '');
  const browserNote = browserNotRun(report);
  if (browserNote) out.push(`> **${UI.browserNotRun[lang]}** (${inert(browserNote)}): ${UI.browserNotRunWhy[lang]}`, '');

  const first = fixFirst(report);
  if (first.length > 0) out.push(`### ${UI.fixFirst[lang]}`, '', ...fixFirstLines(first, lang, false), '');

  const manual = manualLines(report);
  // The heading says it: what no API can tell. Short, so the first screen holds it.
  if (manual.length > 0) out.push(`### ${UI.manualChecklist[lang]}`, '', ...manual, '');

  if (first.length > 0) {
    out.push(`### ${UI.whatToFix[lang]}`, '');
    first.forEach((c, i) => out.push(...findingBlock(c, lang, evidenceBytes, `${i + 1}. `)));
  }
  const others = otherFindings(report);
  if (others.length > 0) {
    out.push(`### ${UI.otherFindings[lang]}`, '');
    for (const c of others) out.push(...findingBlock(c, lang, evidenceBytes, ''));
  }

  // The script inventory diff is what a reviewer acts on: shown open, not folded with the evidence.
  for (const c of report.checks) out.push(...renderInventoryDiff(c, lang));

  out.push(...passedFold(report, evidenceBytes));

  const waived = report.checks.filter((c) => c.waiver !== undefined);
  if (waived.length > 0) {
    out.push(`### ${UI.waivers[lang]}`, '');
    for (const c of waived) {
      const w = c.waiver!;
      const day = formatDay(w.until, lang);
      const when = w.expired ? `${UI.waiverExpired[lang]} ${day} (${UI.waiverExpiredNote[lang]})` : `${UI.waivedUntil[lang]} ${day}`;
      out.push(`- ${w.expired ? '⌛' : '🏷️'} **${titleOf(c, lang)}** (${codeSpan(c.id)}, ${STATUS_LABELS[c.status][lang]}): ${when}. ${inert(w.reason)}`);
    }
    out.push('');
  }

  const footer = [`${report.tool.name} ${report.tool.version}`];
  if (options.footer?.runUrl) footer.push(`[${UI.fullReport[lang]}](${linkTarget(options.footer.runUrl)})`);
  if (options.footer?.reportFile) footer.push(`${UI.jsonReport[lang]}: ${codeSpan(options.footer.reportFile)}`);
  out.push(`<sub>${footer.join(' · ')}</sub>`, '');
  return out.join('\n');
}

/** A finding in full: its title, id, severity and section, the message, the fix, the evidence. */
function findingBlock(c: CheckReport, lang: Language, evidenceBytes: number, number: string): string[] {
  const waiver = c.waiver ? ` · 🏷️ ${c.waiver.expired ? UI.waiverExpired[lang] : UI.waivedUntil[lang]} ${formatDay(c.waiver.until, lang)}` : '';
  const out = [
    // A waived finding does not block, whatever its severity: its mark says so.
    `#### ${number}${isWaived(c) ? '🏷️' : SEVERITY_ICONS[c.severity]} ${titleOf(c, lang)}`,
    '',
    `${codeSpan(c.id)} · ${SEVERITY_LABELS[c.severity][lang]} · ${SECTION_TITLES[c.section][lang]}${waiver}`,
    '',
    inert(c.message),
    '',
  ];
  if (c.remediation) out.push(`**${UI.howToFix[lang]}:** ${inert(c.remediation)} ${docsLink(c, lang)}`, '');
  else out.push(docsLink(c, lang), '');
  if (evidenceBytes > 0 && Object.keys(c.evidence).length > 0) {
    out.push(`<details><summary>${UI.evidence[lang]}</summary>`, '', ...evidenceBlock(c, lang, evidenceBytes), '', '</details>', '');
  }
  return out;
}

/** Passing and skipped checks, by section, folded: the healthy shop reads at a glance. */
function passedFold(report: Report, evidenceBytes: number): string[] {
  const lang = report.language;
  const rest = report.checks.filter((c) => c.status === 'pass' || c.status === 'skip');
  if (rest.length === 0) return [];
  const p = partition(report);
  const label = [p.passed > 0 ? `${STATUS_ICONS.pass} ${count('passed', p.passed, lang)}` : '', p.skipped > 0 ? `${STATUS_ICONS.skip} ${count('notApplicable', p.skipped, lang)}` : '']
    .filter(Boolean)
    .join(' · ');
  const out = [`<details><summary><b>${UI.passedAndSkipped[lang]}</b>: ${label}</summary>`, ''];
  for (const { section, checks } of bySection({ ...report, checks: rest })) {
    out.push(`#### ${SECTION_TITLES[section][lang]}`, '', `| ${UI.status[lang]} | ${UI.check[lang]} | ${UI.finding[lang]} |`, '|---|---|---|');
    for (const c of checks) {
      const status = `${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status][lang]}${isWaived(c) ? ` · 🏷️ ${UI.waived[lang]}` : ''}`;
      out.push(`| ${status} | ${inert(c.title, { table: true })}<br>${codeSpan(c.id)} | ${inert(c.message, { table: true })} |`);
    }
    out.push('');
    const withEvidence = evidenceBytes > 0 ? checks.filter((c) => Object.keys(c.evidence).length > 0) : [];
    if (withEvidence.length > 0) {
      out.push(`<details><summary>${UI.evidence[lang]}: ${SECTION_TITLES[section][lang]} (${withEvidence.length})</summary>`, '');
      for (const c of withEvidence) out.push(codeSpan(c.id), '', ...evidenceBlock(c, lang, evidenceBytes), '');
      out.push('</details>', '');
    }
  }
  out.push('</details>', '');
  return out;
}

function titleOf(c: CheckReport, lang: Language): string {
  const title = inert(displayTitle(c));
  return c.status === 'error' ? `${title} (${UI.notChecked[lang]})` : title;
}

/** Site, account, time and duration: one small line under the counts. */
export function metaLine(report: Report): string {
  const lang = report.language;
  return [
    `${UI.site[lang]}: ${codeSpan(report.siteUrl)}`,
    `${UI.account[lang]}: ${accountLine(report, lang)}`,
    `${UI.checkedAt[lang]} ${formatInstant(report.startedAt, lang)}`,
    `${UI.duration[lang]}: ${report.durationMs} ms`,
  ].join(' · ');
}

function evidenceBlock(c: CheckReport, lang: Language, maxBytes: number): string[] {
  let json = JSON.stringify(clip(c.evidence, maxBytes), null, 2);
  if (Buffer.byteLength(json) > maxBytes) json = `${cutToBytes(json, maxBytes, '')}\n… (${UI.evidenceCut[lang]})`;
  // A fence longer than any backtick run inside, so evidence cannot close it early.
  const longest = Math.max(2, ...(json.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}json`, json, fence];
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
  return `${codeSpan(String(a.userId))} (${a.siteId ? codeSpan(a.siteId) : '?'}${a.testUser ? `, ${UI.testAccount[lang]}` : ''})`;
}

/** The site as people name it: host and path, without the scheme. */
export function siteLabel(siteUrl: string): string {
  try {
    const u = new URL(siteUrl);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return siteUrl;
  }
}

/** The docs link: our own link to a URL the catalog chose (Mercado Pago's or MDN's). */
export function docsLink(c: CheckReport, lang: Language): string {
  return `[${UI.docs[lang]}](${linkTarget(c.docsUrl)})`;
}

/** A URL safe inside Markdown link parentheses. */
export function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (ch) => encodeURIComponent(ch));
}

/** Why the browser pass asked for did not run, from the page checks' evidence (`browser: "did not run: …"`). */
export function browserNotRun(report: Report): string | undefined {
  for (const c of report.checks) {
    const note = (c.evidence as { browser?: unknown }).browser;
    if (typeof note === 'string' && note.startsWith('did not run: ')) return note.slice('did not run: '.length);
  }
  return undefined;
}

/** Cuts at a line end (or, for one long line, at a character) so that `value + tail` fits `maxBytes`. */
export function cutToBytes(value: string, maxBytes: number, tail: string): string {
  const room = Math.max(0, maxBytes - Buffer.byteLength(tail));
  // A character is at least one byte: the first `room` characters hold every byte we may keep.
  const head = Buffer.from(value.slice(0, room))
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
  const lineEnd = head.lastIndexOf('\n');
  return (lineEnd > room / 2 ? head.slice(0, lineEnd) : head) + tail;
}
