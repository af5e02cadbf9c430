import { join, type Text, texts } from '../../i18n/text.js';
import type { PageEvidence } from '../../probes/http/page.js';
import { diffInventory, hasFindings, seenScripts, type InventoryDiff, type SeenScript } from '../support/inventory-diff.js';
import { proposeInventory } from '../support/inventory-proposal.js';
import { runtimeScripts, type RuntimeScripts } from '../support/inventory-runtime.js';
import type { InventoryInput } from '../support/inventory-types.js';
import { fail, manual, pass } from '../support/outcomes.js';
import { withHtml } from '../support/page-facts.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';

const DEFAULT_FILE = '.github/mercadopago-readiness-scripts.yml';
/** No browser pass in this run: only what the static pass found is compared, and the summary says so. */
const NO_BROWSER: RuntimeScripts = runtimeScripts(undefined, 'https://unused.invalid/');

const T = texts({
  failureTitle: {
    en: 'Payment-page scripts differ from the approved inventory',
    es: 'Los scripts de la página de pago difieren del inventario aprobado',
    'pt-BR': 'Os scripts da página de pagamento diferem do inventário aprovado',
  },
  title: {
    en: 'Payment-page script inventory (PCI DSS 6.4.3 / 11.6.1)',
    es: 'Inventario de scripts de la página de pago (PCI DSS 6.4.3 / 11.6.1)',
    'pt-BR': 'Inventário de scripts da página de pagamento (PCI DSS 6.4.3 / 11.6.1)',
  },
  noInventory: (file: string, n: number) => ({
    en: `No script inventory yet (${file}): the proposal for the page's ${n} scripts is in the evidence.`,
    es: `Aún no hay inventario de scripts (${file}): la propuesta para los ${n} scripts de la página está en la evidencia.`,
    'pt-BR': `Ainda não há inventário de scripts (${file}): a proposta para os ${n} scripts da página está na evidência.`,
  }),
  createIt: (file: string) => ({
    en: `Save it (or what mercadopago-readiness inventory prints) as ${file}, write each why (what the script is for, who authorised it) and commit it.`,
    es: `Guárdala (o lo que imprime mercadopago-readiness inventory) como ${file}, escribe cada why (para qué sirve el script, quién lo autorizó) y haz commit.`,
    'pt-BR': `Salve-a (ou o que mercadopago-readiness inventory imprime) como ${file}, escreva cada why (para que serve o script, quem o autorizou) e faça commit.`,
  }),
  matches: (n: number, file: string) => ({
    en: `All ${n} scripts the page loads are in ${file}, pinned hashes match and the watched headers are unchanged.`,
    es: `Los ${n} scripts que carga la página están en ${file}, los hashes fijados coinciden y los encabezados vigilados no cambiaron.`,
    'pt-BR': `Os ${n} scripts que a página carrega estão em ${file}, os hashes fixados conferem e os cabeçalhos vigiados não mudaram.`,
  }),
  differs: (file: string, list: Text) => ({
    en: `The page differs from ${file}: ${list.en}.`,
    es: `La página difiere de ${file}: ${list.es}.`,
    'pt-BR': `A página difere de ${file}: ${list['pt-BR']}.`,
  }),
  unapproved: (n: number, names: string) => ({
    en: `${n} script(s) not in the inventory (${names})`,
    es: `${n} script(s) fuera del inventario (${names})`,
    'pt-BR': `${n} script(s) fora do inventário (${names})`,
  }),
  changed: (n: number, names: string) => ({ en: `${n} pinned script(s) changed (${names})`, es: `${n} script(s) fijados cambiaron (${names})`, 'pt-BR': `${n} script(s) fixados mudaram (${names})` }),
  headerChanged: (names: string) => ({ en: `header changed: ${names}`, es: `encabezado cambiado: ${names}`, 'pt-BR': `cabeçalho alterado: ${names}` }),
  headerMissing: (names: string) => ({ en: `header missing: ${names}`, es: `falta el encabezado: ${names}`, 'pt-BR': `cabeçalho ausente: ${names}` }),
  unjustified: (n: number, lines: string) => ({
    en: `${n} entry(ies) without a written why (still TODO, line ${lines})`,
    es: `${n} entrada(s) sin justificación escrita (aún TODO, línea ${lines})`,
    'pt-BR': `${n} entrada(s) sem justificativa escrita (ainda TODO, linha ${lines})`,
  }),
  fix: (file: string) => ({
    en: `If the change is yours, update ${file} in the same pull request (mercadopago-readiness inventory --site-url URL --script-inventory ${file} keeps the whys and marks what changed) and write a why for every new script; if you did not make it, treat it as an incident: an unknown script on a payment page is how card skimmers work.`,
    es: `Si el cambio es tuyo, actualiza ${file} en el mismo pull request (mercadopago-readiness inventory --site-url URL --script-inventory ${file} conserva los why y marca lo que cambió) y escribe un why para cada script nuevo; si no lo hiciste tú, trátalo como un incidente: un script desconocido en una página de pago es como operan los skimmers de tarjetas.`,
    'pt-BR': `Se a mudança é sua, atualize ${file} no mesmo pull request (mercadopago-readiness inventory --site-url URL --script-inventory ${file} mantém os why e marca o que mudou) e escreva um why para cada script novo; se não foi você, trate como incidente: um script desconhecido numa página de pagamento é como agem os skimmers de cartão.`,
  }),
  unverified: (names: string) => ({
    en: `pinned hashes could not be checked for ${names}`,
    es: `no se pudieron comprobar los hashes fijados de ${names}`,
    'pt-BR': `não foi possível conferir os hashes fixados de ${names}`,
  }),
  incomplete: (detail: string) => ({
    en: `not every same-origin script could be read (${detail})`,
    es: `no se pudieron leer todos los scripts del mismo origen (${detail})`,
    'pt-BR': `nem todos os scripts da mesma origem puderam ser lidos (${detail})`,
  }),
  unverifiedFix: {
    en: 'Add the pinned hash as an integrity attribute on the script tag (the browser then enforces it), or pin integrity: any for a script its vendor updates; make sure every same-origin script answers in full.',
    es: 'Agrega el hash fijado como atributo integrity en la etiqueta del script (el navegador lo exige), o usa integrity: any para un script que su proveedor actualiza; asegúrate de que cada script del mismo origen responda completo.',
    'pt-BR':
      'Adicione o hash fixado como atributo integrity na tag do script (o navegador passa a exigi-lo), ou use integrity: any para um script que o fornecedor atualiza; garanta que cada script da mesma origem responda por inteiro.',
  },
  staticOnly: {
    en: 'Static pass only: scripts injected at run time could not be seen (run with browser: on to include them).',
    es: 'Solo análisis estático: no se pudieron ver los scripts inyectados en tiempo de ejecución (usa browser: on para incluirlos).',
    'pt-BR': 'Só análise estática: scripts injetados em tempo de execução não puderam ser vistos (use browser: on para incluí-los).',
  },
});

export const scriptInventory: CheckDefinition = {
  id: 'page.script-inventory',
  section: 'page',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://www.pcisecuritystandards.org/document_library/',
  reads: ['page', 'browser'],
  evaluate(evidence, context) {
    // With the browser pass, the scripts the page injected at run time join the static ones.
    return withHtml(evidence.page, (page) =>
      judgeInventory(page, context.scriptInventory ?? { state: 'missing', file: DEFAULT_FILE }, evidence.browser ? runtimeScripts(evidence.browser, page.finalUrl) : NO_BROWSER, context.siteUrl.href),
    );
  },
};

/** The check on a read page: exported so tests (and the browser pass) can feed runtime scripts in directly. */
export function judgeInventory(page: PageEvidence, input: InventoryInput, runtime: RuntimeScripts, siteUrl: string): CheckOutcome {
  const seen = seenScripts(page, runtime.scripts);
  const note = runtime.ran ? [] : [T.staticOnly];
  // `browser: false` tells the renderers to say that runtime-injected scripts could not be seen.
  const common = { inventoryFile: input.file, browser: runtime.ran };
  if (input.state === 'missing') {
    const proposed = proposeInventory(seen, page.headers, page.finalUrl);
    // Without a file the static-only note waits: the first step is the file itself (the evidence still says browser: false).
    return manual(T.noInventory(input.file, seen.length), T.createIt(input.file), { ...common, seen: seen.map(brief), proposed });
  }
  const inventory = input.inventory;
  const diff = diffInventory(seen, inventory, page.finalUrl, page.headers);
  const pageNote = inventory.page !== undefined && !sameUrl(inventory.page, siteUrl) ? { pageInFile: inventory.page, siteUrl } : undefined;
  const facts = { ...common, ...(pageNote ? { pageMismatch: pageNote } : {}), ...evidenceOf(diff) };
  if (hasFindings(diff)) return fail(join([T.differs(input.file, join(findings(diff), '; ')), ...note]), T.fix(input.file), facts);
  const gaps = incompleteness(page, diff);
  // Nothing differs, but not everything could be compared: never a pass (DESIGN §3).
  if (gaps.length > 0) return { status: 'error', message: join([join(gaps, '; '), ...note]), remediation: T.unverifiedFix, evidence: facts };
  return pass(join([T.matches(diff.seen, input.file), ...note]), facts);
}

function findings(diff: InventoryDiff): Text[] {
  const out: Text[] = [];
  if (diff.unapproved.length > 0) out.push(T.unapproved(diff.unapproved.length, names(diff.unapproved.map(label))));
  if (diff.changed.length > 0) out.push(T.changed(diff.changed.length, names(diff.changed.map((c) => c.url))));
  if (diff.headersChanged.length > 0) out.push(T.headerChanged(names(diff.headersChanged.map((h) => h.name))));
  if (diff.headersMissing.length > 0) out.push(T.headerMissing(names(diff.headersMissing.map((h) => h.name))));
  if (diff.unjustified.length > 0) out.push(T.unjustified(diff.unjustified.length, names(diff.unjustified.map((u) => String(u.line)))));
  return out;
}

/** What keeps a finding-free diff from passing: pins that could not be checked, scripts not read, a page cut short. */
function incompleteness(page: PageEvidence, diff: InventoryDiff): Text[] {
  const gaps: Text[] = [];
  if (diff.unverified.length > 0) gaps.push(T.unverified(names(diff.unverified.map((u) => u.url))));
  const unread = page.scriptGraph.scripts.filter(
    (s) => s.url !== null && s.sameOrigin && s.executable && s.unread !== undefined && s.unread.reason !== 'not-script' && !(s.unread.reason === 'status' && (s.read?.status ?? 0) >= 400),
  );
  if (page.truncated) gaps.push(T.incomplete(`the page was cut at ${page.bytes} bytes`));
  else if (unread.length > 0) gaps.push(T.incomplete(names(unread.map((s) => `${s.url} (${s.unread!.reason})`))));
  return gaps;
}

function evidenceOf(diff: InventoryDiff): Record<string, unknown> {
  return {
    seen: diff.seen,
    approved: diff.approved,
    unapproved: diff.unapproved.map(brief),
    changed: diff.changed,
    headersChanged: diff.headersChanged,
    headersMissing: diff.headersMissing,
    unjustified: diff.unjustified,
    unverified: diff.unverified,
    notSeen: diff.notSeen,
  };
}

/** A seen script for the evidence: where it comes from and how it was found, and its hash. */
function brief(s: SeenScript): Record<string, unknown> {
  return {
    ...(s.url === null ? { inline: s.hashes?.sha256 ?? null, excerpt: s.excerpt ?? '' } : { url: s.url }),
    origin: s.origin,
    foundBy: s.foundBy,
    via: s.via,
    from: s.line > 0 ? `${s.from}:${s.line}` : s.from,
    ...(s.url !== null && s.hashes ? { sha384: s.hashes.sha384 } : {}),
    ...(s.integrity ? { integrity: s.integrity } : {}),
  };
}

function label(s: SeenScript): string {
  return s.url === null ? `inline ${s.hashes?.sha256 ?? ''} at ${s.from}:${s.line}` : `${s.url} from ${s.origin}, found by ${s.foundBy}`;
}

/** Up to three names, then how many more. */
function names(list: readonly string[]): string {
  return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} +${list.length - 3}`;
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}
