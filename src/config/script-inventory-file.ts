import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { srcProblem } from '../checks/support/inventory-match.js';
import type { InventoryEntry, ScriptInventory } from '../checks/support/inventory-types.js';
import { lineOf } from './config-file.js';
import { errorLine, InputError } from './input-error.js';

/** SRI format: algorithm, dash, base64 of exactly the digest's length (a cut or padded hash is a typo, not a pin). */
const SRI = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/;
const DIGEST_BYTES: Readonly<Record<string, number>> = { sha256: 32, sha384: 48, sha512: 64 };

function sriProblem(value: string): string | undefined {
  const m = SRI.exec(value);
  if (!m) return "expected an SRI hash such as 'sha384-<base64>' (sha256, sha384 or sha512)";
  if (Buffer.from(m[2]!, 'base64').length !== DIGEST_BYTES[m[1]!] || m[2]!.length % 4 !== 0) return `not a ${m[1]} digest: the base64 has the wrong length`;
  return undefined;
}

const entrySchema = z
  .strictObject({
    src: z.string().optional(),
    inline: z.string().optional(),
    why: z.string({ message: "every entry needs a 'why': a written reason for the script (PCI DSS 6.4.3)" }).trim().min(1, "'why' is empty: write why the payment page needs this script"),
    integrity: z.string().optional(),
  })
  .superRefine((entry, ctx) => {
    if ((entry.src === undefined) === (entry.inline === undefined)) {
      ctx.addIssue({ code: 'custom', message: "an entry needs exactly one of 'src' (a script by URL) or 'inline' (an inline script by its hash)", path: entry.src === undefined ? [] : ['inline'] });
      return;
    }
    if (entry.src !== undefined) {
      const problem = srcProblem(entry.src);
      if (problem) ctx.addIssue({ code: 'custom', message: `bad 'src' '${entry.src}': ${problem}`, path: ['src'] });
      const integrity = entry.integrity;
      if (integrity !== undefined && integrity !== 'any') {
        const bad = sriProblem(integrity);
        if (bad) ctx.addIssue({ code: 'custom', message: `bad 'integrity' '${integrity}': expected 'any' or ${bad.replace(/^expected /, '')}`, path: ['integrity'] });
      }
    } else {
      const bad = sriProblem(entry.inline!);
      if (bad) ctx.addIssue({ code: 'custom', message: `bad 'inline' '${entry.inline}': ${bad} (the CSP hash of the script's exact text)`, path: ['inline'] });
      if (entry.integrity !== undefined) ctx.addIssue({ code: 'custom', message: "'integrity' applies to 'src' entries; an inline entry is pinned by its hash already", path: ['integrity'] });
    }
  });

/** Entries at most (see `scripts` below). */
export const MAX_ENTRIES = 1000;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const inventorySchema = z.strictObject({
  page: z
    .string()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { message: "expected the page's http(s) URL" })
    .optional(),
  // A bound on the comparison's work (scripts seen × entries): a payment page's inventory is a list a person reviews.
  scripts: z.array(entrySchema, { message: "expected 'scripts' to be a list of entries" }).max(MAX_ENTRIES, `more than ${MAX_ENTRIES} entries: use '*' patterns for families of chunks`).optional(),
  headers: z
    .record(z.string().regex(HEADER_NAME, 'not an HTTP header name'), z.string({ message: 'expected the header value as a string (quote it)' }), {
      message: "expected 'headers' to be a map of header name to exact value",
    })
    .optional(),
});

/**
 * Parses and validates the script inventory (DESIGN §6b). Every problem is one InputError naming
 * the file and the line: YAML syntax, unknown keys, a missing or empty `why`, a bad `src`
 * (`*` in the host, not https, protocol-relative), a bad hash, a header listed twice.
 */
export function parseScriptInventory(source: string, fileName: string): ScriptInventory {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new InputError(`Invalid script inventory '${fileName}' at line ${line}: ${yamlError.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // yaml refuses alias bombs here ("Excessive alias count…"): still the file's fault, said in one line.
    throw new InputError(`Invalid script inventory '${fileName}': ${errorLine(error)}`);
  }
  const parsed = inventorySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') path.push(String(issue.keys[0]));
    const where = lineOf(doc, lineCounter, path);
    const at = path.length > 0 ? ` '${path.join('.')}'` : '';
    const message = issue.code === 'unrecognized_keys' ? `unknown key${at}` : issue.path.length > 0 && issue.code !== 'custom' ? `${issue.message}${at}` : issue.message;
    throw new InputError(`Invalid script inventory '${fileName}'${where}: ${message}`);
  }
  const lineAt = (path: Array<string | number>): number => Number(/\d+/.exec(lineOf(doc, lineCounter, path.map(String)))?.[0] ?? 0);
  const scripts: InventoryEntry[] = (parsed.data.scripts ?? []).map((e, i) =>
    e.src !== undefined ? { src: e.src, why: e.why, integrity: e.integrity ?? 'any', line: lineAt(['scripts', i]) } : { inline: e.inline!, why: e.why, line: lineAt(['scripts', i]) },
  );
  const headers: Array<ScriptInventory['headers'][number]> = [];
  const seen = new Map<string, number>();
  const headerMap = doc.get('headers', true);
  for (const [name, value] of Object.entries(parsed.data.headers ?? {})) {
    const keyNode = isMap(headerMap) ? headerMap.items.find((p) => isScalar(p.key) && p.key.value === name)?.key : undefined;
    const line = isNode(keyNode) && keyNode.range ? lineCounter.linePos(keyNode.range[0]).line : 0;
    const lower = name.toLowerCase();
    // Names are case-insensitive: two spellings of one header would be two contradicting pins.
    if (seen.has(lower))
      throw new InputError(`Invalid script inventory '${fileName}' at line ${line}: header '${name}' is listed twice (names are case-insensitive; first at line ${seen.get(lower)})`);
    seen.set(lower, line);
    // The probe keeps no cookie values (and a session cookie differs on every visit): it cannot be watched.
    if (lower === 'set-cookie')
      throw new InputError(`Invalid script inventory '${fileName}' at line ${line}: 'set-cookie' cannot be watched (its value changes on every visit; page.security-headers judges cookie flags)`);
    headers.push({ name: lower, value, line });
  }
  return { ...(parsed.data.page !== undefined ? { page: parsed.data.page } : {}), scripts, headers };
}
