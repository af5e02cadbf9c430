/**
 * The one redactor: every output (log lines, annotations, summary, JSON report, SARIF, outputs,
 * the PR comment, the CLI's printing) passes through it before anyone sees it. The runner masks
 * exact strings only, and never the files or the PR comment, so every form a secret can take on
 * the way back from a server is recognised here: whole, an access token's 32-hex core (either
 * case), any long fragment, base64 and base64url at each of the three byte alignments,
 * percent-encoded byte by byte, and JSON-escaped.
 */

/** What replaces a secret, or any form of it. */
export const REDACTED = '***';

/** Shortest fragment of a secret's secret part that is redacted on its own. */
const MIN_FRAGMENT = 12;
/** Secrets shorter than this are redacted whole only (a short fragment would match ordinary text). */
const MIN_SECRET = 6;

/** `APP_USR-<app id>-<date>-<32 hex>-<user id>` and its TEST- twin (reference §1). */
const ACCESS_TOKEN = /^(?:APP_USR|TEST)-\d+-\d+-([0-9a-f]{32})-\d+$/i;

/** Anything shaped like a Mercado Pago access token, wherever it is in a text. */
export const ACCESS_TOKEN_SHAPE = /(?:APP_USR|TEST)-\d{4,}-\d{4,}-[0-9a-f]{32}-\d{3,}/i;

/** One string to find, and the length from which a piece of it counts as a leak. */
interface Form {
  readonly text: string;
  readonly minMatch: number;
  /** Compare ignoring ASCII case (hex written in capitals is the same secret). */
  readonly fold: boolean;
}

/**
 * The forms of one secret. For an access token the fragments are taken of its 32-hex core: the
 * `APP_USR-<app id>-` start and the user id are public (the public key and the account carry
 * them), so only what holds secret digits is a leak.
 */
export function formsOf(secret: string): Form[] {
  const core = ACCESS_TOKEN.exec(secret)?.[1];
  const part = core ?? secret;
  const fragment = part.length >= MIN_FRAGMENT + 4 ? MIN_FRAGMENT : part.length;
  const forms: Form[] = [{ text: part, minMatch: fragment, fold: core !== undefined }];
  if (core !== undefined) forms.push({ text: secret, minMatch: secret.length, fold: false });
  const json = JSON.stringify(secret).slice(1, -1);
  if (json !== secret) forms.push({ text: json, minMatch: json.length, fold: false });
  const bytes = Buffer.from(part, 'utf8');
  // Byte by byte: %41%50… and \u0041\u0050…, in either case of hex.
  forms.push({ text: [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''), minMatch: fragment * 3, fold: true });
  if (/^[\x20-\x7e]*$/.test(part)) forms.push({ text: [...part].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''), minMatch: fragment * 6, fold: true });
  // base64 of the secret inside a longer value ("Bearer <token>", "user:<token>") starts at any of
  // three byte offsets; the characters that also depend on the neighbouring bytes are dropped.
  const whole = Buffer.from(secret, 'utf8');
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad), whole]).toString('base64');
    const start = pad === 0 ? 0 : 4;
    const end = Math.floor((pad + whole.length) / 3) * 4;
    const stable = encoded.slice(start, end);
    if (stable.length < 8) continue;
    const min = Math.min(stable.length, Math.ceil((fragment * 4) / 3) + 4);
    forms.push({ text: stable, minMatch: min, fold: false });
    forms.push({ text: stable.replace(/\+/g, '-').replace(/\//g, '_'), minMatch: min, fold: false });
  }
  return forms.filter((f, i, all) => f.text.length > 0 && all.findIndex((g) => g.text === f.text) === i);
}

/** Length of the pieces the forms are indexed by. */
const GRAM = 8;

/** ASCII-only lower case: keeps every index where it was (toLowerCase may not, outside ASCII). */
const lowerAscii = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

interface Index {
  /** GRAM-long pieces of the exact forms (and, under `fold`, of the case-folded ones) → where they occur. */
  readonly exact: Map<string, Array<[Form, number]>>;
  readonly fold: Map<string, Array<[Form, number]>>;
  /** Forms shorter than GRAM, searched whole. */
  readonly short: readonly Form[];
  /** Every match of at least its form's `minMatch` covers a text position that is a multiple of this. */
  readonly step: number;
}

function buildIndex(forms: readonly Form[]): Index {
  const exact = new Map<string, Array<[Form, number]>>();
  const fold = new Map<string, Array<[Form, number]>>();
  const short: Form[] = [];
  let step = Number.POSITIVE_INFINITY;
  for (const raw of forms) {
    if (raw.minMatch < GRAM) {
      short.push(raw);
      continue;
    }
    const form = raw.fold ? { ...raw, text: lowerAscii(raw.text) } : raw;
    const map = form.fold ? fold : exact;
    for (let i = 0; i + GRAM <= form.text.length; i++) {
      const gram = form.text.slice(i, i + GRAM);
      const list = map.get(gram) ?? [];
      list.push([form, i]);
      map.set(gram, list);
    }
    step = Math.min(step, form.minMatch - GRAM + 1);
  }
  return { exact, fold, short, step: Number.isFinite(step) ? step : 1 };
}

/**
 * Ranges of `value` that are a piece of some form at least its `minMatch` long, each grown to
 * its full length. Only every `step`-th position is looked up (a long enough piece always covers
 * one), so a text costs about length / step map look-ups: linear, and cheap.
 */
function find(value: string, index: Index): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const lowered = index.fold.size > 0 ? lowerAscii(value) : value;
  const grow = (text: string, p: number, form: Form, offset: number): void => {
    let back = 0;
    while (p - back > 0 && offset - back > 0 && text[p - back - 1] === form.text[offset - back - 1]) back++;
    let fwd = GRAM;
    while (p + fwd < text.length && offset + fwd < form.text.length && text[p + fwd] === form.text[offset + fwd]) fwd++;
    if (back + fwd >= form.minMatch) ranges.push([p - back, p + fwd]);
  };
  for (let p = 0; p + GRAM <= value.length; p += index.step) {
    for (const [form, offset] of index.exact.get(value.slice(p, p + GRAM)) ?? []) grow(value, p, form, offset);
    if (index.fold.size > 0) for (const [form, offset] of index.fold.get(lowered.slice(p, p + GRAM)) ?? []) grow(lowered, p, form, offset);
  }
  for (const form of index.short) {
    for (let at = value.indexOf(form.text); at >= 0; at = value.indexOf(form.text, at + 1)) ranges.push([at, at + form.text.length]);
  }
  return ranges;
}

/**
 * A redactor for `secrets` (values shorter than six characters are ignored): every form of each
 * is replaced by `***`. Pure and linear in the text for a given set of secrets.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): (value: string) => string {
  const list = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET))];
  if (list.length === 0) return (value) => value;
  const index = buildIndex(list.flatMap(formsOf));
  return (value) => {
    if (typeof value !== 'string' || value === '') return value;
    const ranges = find(value, index).sort((a, b) => a[0] - b[0]);
    if (ranges.length === 0) return value;
    let out = '';
    let pos = 0;
    for (const [start, end] of ranges) {
      if (end <= pos) continue;
      if (start > pos) out += `${value.slice(pos, start)}${REDACTED}`;
      else if (pos === 0 || !out.endsWith(REDACTED)) out += REDACTED;
      pos = end;
    }
    return out + value.slice(pos);
  };
}

/**
 * A copy of `value` with every string in it (keys included) redacted: the report is cleaned
 * whole before any renderer cuts a message or an evidence value, so no cut leaves a piece behind.
 */
export function redactDeep<T>(value: T, redact: (s: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value instanceof URL || value instanceof Date) return value;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)])) as T;
  }
  return value;
}

/** The derived forms the runner should also mask in the log: an access token's core, and base64 of each secret. */
export function maskForms(secret: string): string[] {
  const core = ACCESS_TOKEN.exec(secret)?.[1];
  return [...(core ? [core, core.toUpperCase()] : []), Buffer.from(secret).toString('base64')];
}
