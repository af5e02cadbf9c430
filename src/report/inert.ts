/**
 * Text that enters Markdown from anywhere but the renderer itself: check messages and fixes
 * (which carry the other side's words: API messages, header values, cookie names, redirect
 * targets, page URLs), titles, waiver reasons, the site URL. GitHub would turn some of it into
 * live links, images, mentions, issue references, emoji, maths or HTML; here it stays inert.
 *
 * Prose words are kept as they are (they contain no Markdown-active character). Anything that
 * looks like code, a URL, a domain, a path, a header value, a field name, an HTML tag, an
 * @-name or a long hex string goes in a code span, where GitHub links, mentions and decodes
 * nothing. Adjacent code words share one span, so `<script src="…"></script>` reads as one.
 */

/** Characters that make a word code: Markdown, HTML, GitHub references, maths, assignments. */
const ACTIVE = /[<>&`*_~[\]{}|\\#@$=^]|:\/\//;
/** `MercadoPago.js`, `secure.mlstatic.com`, `www.x`: a dot between a letter/digit and two letters. */
const DOMAIN_LIKE = /[\p{L}\p{N}-]\.\p{L}{2,}/u;
/** Looks like a commit SHA (GitHub links those) or a long id. */
const HEX_LIKE = /^[0-9a-f]{7,}$/i;
/** GitHub links `GH-123` to an issue. */
const ISSUE_LIKE = /^gh-\d+$/i;

/** One or more adjacent HTML tags (`<script src="x"></script>`), or a non-space run, or spaces. */
const TOKEN = /(?:<\/?[A-Za-z!][^<>\n]*>)+|\S+|\s+/g;
const LEADING = /^[("'«¿¡]+/;
const TRAILING = /[.,;:!?)"'»]+$/;

export interface InertOptions {
  /** Inside a GFM table cell: pipes are escaped (GFM reads `\|` as a pipe even in a code span). */
  readonly table?: boolean;
}

/** `value` as inline Markdown that renders as its text: no link, image, mention, HTML or emphasis. */
export function inert(value: string, options: InertOptions = {}): string {
  const flat = value.replace(/\s*[\r\n]+\s*/g, ' ');
  const parts: Array<{ text: string; code: boolean }> = [];
  for (const token of flat.match(TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      parts.push({ text: ' ', code: false });
      continue;
    }
    let lead = LEADING.exec(token)?.[0] ?? '';
    let core = token.slice(lead.length);
    let trail = TRAILING.exec(core)?.[0] ?? '';
    core = core.slice(0, core.length - trail.length);
    // Keep a call's closing parenthesis with it: `MercadoPago(publicKey)`.
    while (trail.startsWith(')') && count(core, '(') > count(core, ')')) {
      core += ')';
      trail = trail.slice(1);
    }
    if (lead.endsWith('(') && count(core, ')') > count(core, '(')) {
      core = `(${core}`;
      lead = lead.slice(0, -1);
    }
    if (lead) parts.push({ text: lead, code: false });
    // A lone `<` or `>` ("Your integrations > your application") is prose, escaped.
    if (core === '>' || core === '<') parts.push({ text: `\\${core}`, code: false });
    else if (core) parts.push({ text: core, code: isCode(core) });
    if (trail) parts.push({ text: trail, code: false });
  }
  // Merge code parts separated only by spaces into one span.
  const merged: Array<{ text: string; code: boolean }> = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = merged[merged.length - 1];
    const prevPrev = merged[merged.length - 2];
    if (p.code && prev?.text === ' ' && !prev.code && prevPrev?.code) {
      merged.pop();
      prevPrev.text += ` ${p.text}`;
      continue;
    }
    merged.push({ ...p });
  }
  const out = merged.map((p) => (p.code ? codeSpan(p.text, options) : p.text)).join('');
  // A line that begins like a list item or a numbered item would turn into one.
  return out.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+])(?=\s|$)/, '\\$1');
}

/** A code span holding `value` exactly (backticks inside get a longer fence). */
export function codeSpan(value: string, options: InertOptions = {}): string {
  const flat = value.replace(/\s*[\r\n]+\s*/g, ' ');
  if (flat === '') return '';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space on each side when both are there: pad when the content starts
  // or ends with a backtick or a space, so it survives as written.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  const body = options.table ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

function isCode(word: string): boolean {
  if (ACTIVE.test(word) || DOMAIN_LIKE.test(word) || HEX_LIKE.test(word) || ISSUE_LIKE.test(word)) return true;
  // `ts:123` (and `:emoji:` shortcodes), `--flag`, `/path`, `TEST-`, `call(x)`.
  // Header names (`Strict-Transport-Security`) read as code too.
  return (
    /:./.test(word) || /^[A-Z]{3,}[-_]/.test(word) || /^[A-Z][a-z]*(?:-[A-Z][a-z]*)+$/.test(word) || /^--?\p{L}/u.test(word) || /^\/./.test(word) || /\p{L}-$/u.test(word) || /\p{L}\(/u.test(word)
  );
}

function count(value: string, ch: string): number {
  return value.split(ch).length - 1;
}
