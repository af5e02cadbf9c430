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

/** A compiled form: windows of `minMatch` characters → where they start in the form. */
interface Matcher {
  readonly form: Form;
  readonly windows: Map<string, number>;
  /** Runs of characters the form is made of, at least `minMatch` long. */
  readonly runs: RegExp;
}

function compile(form: Form): Matcher {
  const text = form.fold ? form.text.toLowerCase() : form.text;
  const windows = new Map<string, number>();
  for (let i = 0; i + form.minMatch <= text.length; i++) {
    const w = text.slice(i, i + form.minMatch);
    if (!windows.has(w)) windows.set(w, i);
  }
  const chars = [...new Set(form.fold ? [...text, ...text.toUpperCase()] : [...text])];
  const cls = chars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  return { form: { ...form, text }, windows, runs: new RegExp(`[${cls}]{${form.minMatch},}`, 'gu') };
}

/** Ranges of `value` that are a piece of the form at least `minMatch` long, each grown to its full length. */
function find(value: string, m: Matcher): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const { text, minMatch, fold } = m.form;
  const at = (i: number): string => (fold ? value[i]!.toLowerCase() : value[i]!);
  m.runs.lastIndex = 0;
  for (let run = m.runs.exec(value); run !== null; run = m.runs.exec(value)) {
    const end = run.index + run[0].length;
    for (let i = run.index; i + minMatch <= end; i++) {
      const window = fold ? value.slice(i, i + minMatch).toLowerCase() : value.slice(i, i + minMatch);
      const offset = m.windows.get(window);
      if (offset === undefined) continue;
      let stop = i + minMatch;
      let o = offset + minMatch;
      while (stop < value.length && o < text.length && at(stop) === text[o]) {
        stop++;
        o++;
      }
      ranges.push([i, stop]);
      i = stop - 1;
    }
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
  const matchers = list.flatMap(formsOf).map(compile);
  return (value) => {
    if (typeof value !== 'string' || value === '') return value;
    const ranges = matchers.flatMap((m) => find(value, m)).sort((a, b) => a[0] - b[0]);
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
