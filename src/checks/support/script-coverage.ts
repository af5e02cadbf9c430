import { texts } from '../../i18n/text.js';
import type { PageEvidence } from '../../probes/http/page.js';
import type { GraphScript } from '../../probes/http/script-graph.js';
import type { CheckOutcome } from '../types.js';
import { probeFailed } from './outcomes.js';

const T = texts({
  readEveryScript: {
    en: 'Serve the checkout with fewer or smaller same-origin scripts (or fix the ones that failed to load), then run again: a check cannot pass on what it did not read.',
    es: 'Sirve la página de pago con menos scripts del mismo origen o más livianos (o corrige los que no cargaron) y vuelve a ejecutar: una verificación no puede aprobar lo que no leyó.',
    'pt-BR': 'Sirva a página de pagamento com menos scripts de mesma origem ou menores (ou corrija os que não carregaram) e execute novamente: uma verificação não pode aprovar o que não leu.',
  },
});

/** Reasons that mean a same-origin script's code was missed (a 404 or an HTML fallback is no code a browser runs either). */
const MISSED = new Set(['count', 'bytes', 'error', 'deadline', 'blocked']);

/** Same-origin scripts whose code the static scan could not read in full. */
export function missedScripts(page: PageEvidence): GraphScript[] {
  return page.scriptGraph.scripts.filter((s) => s.url !== null && s.sameOrigin && s.executable && s.unread !== undefined && MISSED.has(s.unread.reason));
}

/** `error` naming what was not read: a finding-free scan of part of the code is no pass. */
export function missedScriptsError(page: PageEvidence): CheckOutcome {
  const missed = missedScripts(page);
  const first = missed[0]!;
  return probeFailed({ kind: 'parse', message: `${missed.length} same-origin script(s) were not read in full (${first.url}: ${first.unread!.detail})` }, T.readEveryScript);
}

/** The script graph, compactly, for a check's evidence: how many scripts, found how, and what was left. */
export function scriptGraphFacts(page: PageEvidence): Record<string, unknown> {
  const g = page.scriptGraph;
  const count = (p: (s: GraphScript) => boolean): number => g.scripts.filter(p).length;
  return {
    scripts: g.scripts.length,
    inline: count((s) => s.url === null),
    sameOriginRead: count((s) => s.url !== null && s.sameOrigin && s.read !== undefined && s.unread === undefined),
    crossOrigin: count((s) => s.url !== null && !s.sameOrigin),
    foundByImport: count((s) => s.foundBy === 'import' || s.foundBy === 'preload-map'),
    foundByBrowser: count((s) => s.foundBy === 'browser'),
    bytesRead: g.bytesRead,
    sourceMapsScanned: count((s) => s.sourceMap !== undefined && s.sourceMap.unread === undefined),
    unread: g.scripts
      .filter((s) => s.url !== null && s.sameOrigin && s.unread !== undefined)
      .slice(0, 10)
      .map((s) => ({ url: s.url, reason: s.unread!.reason, detail: s.unread!.detail })),
  };
}
