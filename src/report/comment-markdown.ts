import { renderInventoryDiff } from './inventory-diff.js';
import { codeSpan } from './inert.js';
import { formatInstant, RESULT_ICONS, UI } from './labels.js';
import { cutToBytes, fixFirstLines, linkTarget, manualLines, verdictBlock } from './markdown.js';
import type { Report } from './model.js';
import { fixFirst } from './view.js';

/** The compact comment stays well under this; the full summary is one click away. */
export const COMPACT_COMMENT_BYTES = 8 * 1024;

/** Findings listed with their fix in the comment; the rest are counted and linked. */
const COMMENT_FIXES = 10;

export interface CommentContext {
  /** The hidden sticky marker, put first. */
  readonly marker: string;
  /** The workflow run, where the full job summary is (GITHUB_SERVER_URL/REPOSITORY/actions/runs/RUN_ID). */
  readonly runUrl?: string;
  /** The pull request's head commit this run checked. */
  readonly sha?: string;
  /** When the comment was written (ISO); defaults to the report's start. */
  readonly at?: string;
  /** `on-failure` mode found an earlier comment and the result is now pass: say it is fixed. */
  readonly fixed?: boolean;
}

/**
 * The pull-request comment: the verdict, what to fix first (with the fix), the manual items,
 * the commit and time, and a link to the full summary. Compact by design: evidence, passing
 * checks and long explanations stay in the job summary. Under 8 KB for any report: fixes past
 * the tenth are counted, and the whole is cut as a last resort.
 */
export function renderComment(report: Report, context: CommentContext): string {
  const lang = report.language;
  const out: string[] = [context.marker, ...verdictBlock(report, '###')];
  if (context.fixed) out.push(`${RESULT_ICONS.pass} ${UI.fixed[lang]}`, '');
  const first = fixFirst(report);
  if (first.length > 0) {
    out.push(`**${UI.fixFirst[lang]}**`, '', ...fixFirstLines(first.slice(0, COMMENT_FIXES), lang, true));
    if (first.length > COMMENT_FIXES) out.push(`\n… ${first.length - COMMENT_FIXES} ${UI.moreFixes[lang]}`);
    out.push('');
  }
  const manual = manualLines(report);
  if (manual.length > 0) out.push(`**${UI.manualChecklist[lang]}**`, '', ...manual, '');
  // A failing script inventory shows its diff (what appeared, what changed): that is what the reviewer of the pull request acts on.
  for (const c of report.checks) if (c.status === 'fail') out.push(...renderInventoryDiff(c, lang));
  const meta: string[] = [];
  if (context.sha) meta.push(`${UI.commit[lang]} ${codeSpan(context.sha.slice(0, 7))}`);
  meta.push(`${UI.checkedAt[lang]} ${formatInstant(context.at ?? report.startedAt, lang)}`);
  if (context.runUrl) meta.push(`[${UI.fullReport[lang]}](${linkTarget(context.runUrl)})`);
  meta.push(`${report.tool.name} ${report.tool.version}`);
  const tail = `<sub>${meta.join(' · ')}</sub>\n`;
  const body = `${out.join('\n')}\n${tail}`;
  if (Buffer.byteLength(body) <= COMPACT_COMMENT_BYTES) return body;
  // Keep the tail (commit, time, link): it is how the reader gets to the rest.
  return `${cutToBytes(out.join('\n'), COMPACT_COMMENT_BYTES - Buffer.byteLength(tail) - 4, '\n\n…')}\n\n${tail}`;
}
