import { texts, type Language } from '../i18n/text.js';
import type { CheckReport } from './model.js';

/** The check whose evidence this block renders. */
export const INVENTORY_CHECK_ID = 'page.script-inventory';

/** Rows shown per kind of finding; the JSON report has them all. */
const MAX_ROWS = 20;
/** A proposal longer than this stays in the JSON report (the PR comment is capped at 60 KiB). */
const MAX_PROPOSAL_BYTES = 24 * 1024;

const T = texts({
  heading: { en: 'Script inventory: what to review', es: 'Inventario de scripts: qué revisar', 'pt-BR': 'Inventário de scripts: o que revisar' },
  kind: { en: 'Finding', es: 'Hallazgo', 'pt-BR': 'Achado' },
  what: { en: 'Script or header', es: 'Script o encabezado', 'pt-BR': 'Script ou cabeçalho' },
  details: { en: 'Details', es: 'Detalles', 'pt-BR': 'Detalhes' },
  unapproved: { en: '➕ not in the inventory', es: '➕ fuera del inventario', 'pt-BR': '➕ fora do inventário' },
  changed: { en: '✏️ pinned hash changed', es: '✏️ hash fijado cambió', 'pt-BR': '✏️ hash fixado mudou' },
  headerChanged: { en: '🧾 header changed', es: '🧾 encabezado cambiado', 'pt-BR': '🧾 cabeçalho alterado' },
  headerMissing: { en: '🚫 header missing', es: '🚫 falta el encabezado', 'pt-BR': '🚫 cabeçalho ausente' },
  unjustified: { en: '📝 why still TODO', es: '📝 why aún TODO', 'pt-BR': '📝 why ainda TODO' },
  unverified: { en: '❔ pin not verifiable', es: '❔ hash no verificable', 'pt-BR': '❔ hash não verificável' },
  notSeen: { en: '👻 approved, not seen', es: '👻 aprobado, no visto', 'pt-BR': '👻 aprovado, não visto' },
  origin: { en: 'origin', es: 'origen', 'pt-BR': 'origem' },
  foundBy: { en: 'found by', es: 'encontrado por', 'pt-BR': 'encontrado por' },
  pinned: { en: 'pinned', es: 'fijado', 'pt-BR': 'fixado' },
  now: { en: 'now', es: 'ahora', 'pt-BR': 'agora' },
  line: { en: 'line', es: 'línea', 'pt-BR': 'linha' },
  more: { en: 'more in the JSON report', es: 'más en el reporte JSON', 'pt-BR': 'mais no relatório JSON' },
  pageMismatch: { en: 'The inventory was made for', es: 'El inventario se hizo para', 'pt-BR': 'O inventário foi feito para' },
  staticOnly: {
    en: 'Static pass only: scripts injected at run time could not be seen. Run with `browser: on` to include them.',
    es: 'Solo análisis estático: no se pudieron ver los scripts inyectados en tiempo de ejecución. Usa `browser: on` para incluirlos.',
    'pt-BR': 'Só análise estática: scripts injetados em tempo de execução não puderam ser vistos. Use `browser: on` para incluí-los.',
  },
  proposedTooLong: {
    en: 'The proposed inventory is too long for the summary: it is in the JSON report, or run `mercadopago-readiness inventory --site-url URL`.',
    es: 'El inventario propuesto es demasiado largo para el resumen: está en el reporte JSON, o ejecuta `mercadopago-readiness inventory --site-url URL`.',
    'pt-BR': 'O inventário proposto é longo demais para o resumo: está no relatório JSON, ou execute `mercadopago-readiness inventory --site-url URL`.',
  },
  proposed: { en: 'Proposed inventory', es: 'Inventario propuesto', 'pt-BR': 'Inventário proposto' },
  proposedHint: {
    en: 'Save it as the file below, replace every TODO why with the reason and who authorised the script, and commit it.',
    es: 'Guárdalo como el archivo indicado, reemplaza cada why TODO por el motivo y quién autorizó el script, y haz commit.',
    'pt-BR': 'Salve-o como o arquivo indicado, troque cada why TODO pelo motivo e por quem autorizou o script, e faça commit.',
  },
});

type Row = readonly [kind: string, what: string, details: string];

/**
 * The inventory diff of `page.script-inventory` as Markdown a reviewer acts on: one row per
 * script that appeared (URL, origin, how it was found), hash that changed, header that changed or
 * went missing, why left TODO; then the static-only note; without a file, the proposed inventory
 * folded. Empty when the check passed with nothing to show. Self-contained: markdown.ts calls it.
 */
export function renderInventoryDiff(check: CheckReport, lang: Language): string[] {
  if (check.id !== INVENTORY_CHECK_ID) return [];
  const e = check.evidence as Record<string, unknown>;
  const rows: Row[] = [];
  const add = <V>(key: string, kind: string, make: (v: V) => Row): void => {
    const list = Array.isArray(e[key]) ? (e[key] as V[]) : [];
    for (const v of list.slice(0, MAX_ROWS)) rows.push(make(v));
    if (list.length > MAX_ROWS) rows.push([kind, `+${list.length - MAX_ROWS}`, T.more[lang]]);
  };
  type Seen = { url?: string; inline?: string; excerpt?: string; origin: string; foundBy: string; via: string; from: string };
  add<Seen>('unapproved', T.unapproved[lang], (s) => [
    T.unapproved[lang],
    code(s.url ?? `inline ${s.inline ?? ''}`),
    `${s.url ? `${T.origin[lang]} ${code(s.origin)}, ` : `${code(s.excerpt ?? '')}, `}${T.foundBy[lang]} ${s.foundBy} (${s.via}) ${T.line[lang]} ${code(s.from)}`,
  ]);
  add<{ url: string; pinned: string; seen: string; entryLine: number }>('changed', T.changed[lang], (c) => [
    T.changed[lang],
    code(c.url),
    `${T.pinned[lang]} ${code(c.pinned)} (${T.line[lang]} ${c.entryLine}) → ${T.now[lang]} ${code(c.seen)}`,
  ]);
  add<{ name: string; pinned: string; seen: string; line: number }>('headersChanged', T.headerChanged[lang], (h) => [
    T.headerChanged[lang],
    code(h.name),
    `${T.pinned[lang]} ${code(h.pinned)} (${T.line[lang]} ${h.line}) → ${T.now[lang]} ${code(h.seen)}`,
  ]);
  add<{ name: string; pinned: string; line: number }>('headersMissing', T.headerMissing[lang], (h) => [
    T.headerMissing[lang],
    code(h.name),
    `${T.pinned[lang]} ${code(h.pinned)} (${T.line[lang]} ${h.line})`,
  ]);
  add<{ entry: string; line: number }>('unjustified', T.unjustified[lang], (u) => [T.unjustified[lang], code(u.entry), `${T.line[lang]} ${u.line}`]);
  add<{ url: string; pinned: string; reason: string }>('unverified', T.unverified[lang], (u) => [T.unverified[lang], code(u.url), `${T.pinned[lang]} ${code(u.pinned)}: ${cell(u.reason)}`]);
  add<{ entry: string; line: number }>('notSeen', T.notSeen[lang], (n) => [T.notSeen[lang], code(n.entry), `${T.line[lang]} ${n.line}`]);

  const out: string[] = [];
  const mismatch = e['pageMismatch'] as { pageInFile: string; siteUrl: string } | undefined;
  const proposed = typeof e['proposed'] === 'string' ? e['proposed'] : undefined;
  // On a pass the block still says what the run could not see (runtime-injected scripts without the browser).
  if (rows.length === 0 && proposed === undefined && mismatch === undefined && e['browser'] !== false) return [];
  out.push(`#### ${T.heading[lang]} (\`${INVENTORY_CHECK_ID}\`, ${code(String(e['inventoryFile'] ?? ''))})`, '');
  if (rows.length > 0) {
    out.push(`| ${T.kind[lang]} | ${T.what[lang]} | ${T.details[lang]} |`, '|---|---|---|');
    for (const [kind, what, details] of rows) out.push(`| ${kind} | ${what} | ${details} |`);
    out.push('');
  }
  if (mismatch) out.push(`> ${T.pageMismatch[lang]} ${code(mismatch.pageInFile)} ≠ ${code(mismatch.siteUrl)}`, '');
  if (e['browser'] === false) out.push(`> ${T.staticOnly[lang]}`, '');
  if (proposed !== undefined && Buffer.byteLength(proposed) > MAX_PROPOSAL_BYTES) out.push(`> ${T.proposedTooLong[lang]}`, '');
  else if (proposed !== undefined) {
    const fence = '`'.repeat(Math.max(3, ...(proposed.match(/`+/g) ?? []).map((r) => r.length + 1)));
    out.push(
      `<details><summary>${T.proposed[lang]}: ${code(String(e['inventoryFile'] ?? ''))}</summary>`,
      '',
      T.proposedHint[lang],
      '',
      `${fence}yaml`,
      proposed.trimEnd(),
      fence,
      '',
      '</details>',
      '',
    );
  }
  return out;
}

/** A value as inline code inside a table cell: no raw HTML, no line breaks, no pipes. */
function code(value: string): string {
  return `<code>${cell(value)}</code>`;
}

function cell(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/`/g, '&#96;').replace(/\r?\n/g, ' ');
}

/**
 * What SARIF's result for `page.script-inventory` carries besides its message (which names the
 * first findings): the diff by name, so an alert says which scripts and headers it is about.
 */
export function inventorySarifProperties(check: CheckReport): Record<string, unknown> {
  if (check.id !== INVENTORY_CHECK_ID) return {};
  const e = check.evidence as Record<string, unknown>;
  const list = <V>(key: string, pick: (v: V) => string): string[] => (Array.isArray(e[key]) ? (e[key] as V[]).map(pick) : []);
  return {
    inventory: {
      file: e['inventoryFile'] ?? null,
      unapproved: list<{ url?: string; inline?: string }>('unapproved', (s) => s.url ?? `inline ${s.inline ?? ''}`),
      changed: list<{ url: string }>('changed', (c) => c.url),
      headersChanged: list<{ name: string }>('headersChanged', (h) => h.name),
      headersMissing: list<{ name: string }>('headersMissing', (h) => h.name),
      unjustifiedLines: list<{ line: number }>('unjustified', (u) => String(u.line)),
      staticOnly: e['browser'] === false,
    },
  };
}
