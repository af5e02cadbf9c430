import { type Language, texts } from '../../i18n/text.js';
import { contextLabel } from '../support/page-labels.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, pass } from '../support/outcomes.js';
import { truncatedError, withHtml } from '../support/page-facts.js';
import { missedScripts, missedScriptsError, scriptGraphFacts } from '../support/script-coverage.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Access token exposed in the page', es: 'Access token expuesto en la página', 'pt-BR': 'Access token exposto na página' },
  title: {
    en: 'No access token in the page or its scripts',
    es: 'Sin access token en la página ni en sus scripts',
    'pt-BR': 'Nenhum access token na página ou nos scripts',
  },
  accessTokenExposedEvery: (given: boolean, list: (word: string, lang: Language) => string) => ({
    en: `An access token is exposed to every visitor${given ? ', including the one given to this action' : ''}: ${list('at', 'en')}.`,
    es: `Un access token está expuesto a todo visitante${given ? ', incluido el que recibió esta action' : ''}: ${list('en', 'es')}.`,
    'pt-BR': `Um access token está exposto a todo visitante${given ? ', inclusive o informado a esta action' : ''}: ${list('em', 'pt-BR')}.`,
  }),
  removeTokenFromFront: {
    en: 'Remove the token from front-end code at once, and renew it in Your integrations > your application > Production credentials (anyone who saw it can charge and refund). Only the public key belongs in the browser; the access token stays on your server.',
    es: 'Quita el token del código del front-end de inmediato y renuévalo en Tus integraciones > tu aplicación > Credenciales de producción (quien lo vio puede cobrar y reembolsar). En el navegador solo va la public key; el access token queda en tu servidor.',
    'pt-BR':
      'Remova o token do código do front-end imediatamente e renove-o em Suas integrações > sua aplicação > Credenciais de produção (quem o viu pode cobrar e estornar). No navegador vai apenas a public key; o access token fica no seu servidor.',
  },
  noAccessTokenPage: (scripts: number, maps: number) => ({
    en: `No access token in the page or its ${scripts} same-origin ${scripts === 1 ? 'script' : 'scripts'}${maps > 0 ? `, nor in their ${maps} public source ${maps === 1 ? 'map' : 'maps'}` : ''}.`,
    es: `Sin access token en la página ni en ${scripts === 1 ? 'su script' : `sus ${scripts} scripts`} del mismo origen${maps > 0 ? `, ni en ${maps === 1 ? 'su source map público' : `sus ${maps} source maps públicos`}` : ''}.`,
    'pt-BR': `Nenhum access token na página nem ${scripts === 1 ? 'no script' : `nos ${scripts} scripts`} de mesma origem${maps > 0 ? `, nem ${maps === 1 ? 'no source map público' : `nos ${maps} source maps públicos`}` : ''}.`,
  }),
});

/** Findings kept in the evidence (the rest are counted in `findingsTotal`). */
const MAX_FINDINGS = 100;

export const secretExposure: CheckDefinition = {
  id: 'credentials.secret-exposure',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: CREDENTIALS_DOCS,
  reads: ['page'],
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      // Only redacted forms ever reach the evidence (the probe never keeps a whole token).
      const findings = page.secrets.map((s) => ({ token: s.redacted, prefix: s.prefix, isGivenToken: s.isGivenToken, url: s.where.url, line: s.where.line, context: s.where.context }));
      // A hostile page can hold tens of thousands of token shapes: the evidence keeps the first
      // MAX_FINDINGS and the count, or the report grows to ~250 bytes a match (15 MB, 390 MiB RSS).
      const facts = {
        findings: findings.slice(0, MAX_FINDINGS),
        ...(findings.length > MAX_FINDINGS ? { findingsTotal: findings.length } : {}),
        scanned: {
          page: page.finalUrl,
          pageBytes: page.bytes,
          pageTruncated: page.truncated,
          scripts: page.scripts.map((s) => ({ url: s.url, bytes: s.bytes, truncated: s.truncated, ...(s.error ? { error: s.error } : {}) })),
          scriptsSkipped: page.scriptsSkipped,
          graph: scriptGraphFacts(page),
        },
      };
      if (findings.length > 0) {
        const given = findings.some((f) => f.isGivenToken);
        const list = (word: string, lang: Language): string =>
          findings
            .slice(0, 5)
            .map((f) => `${f.token} ${word} ${f.url}:${f.line} (${contextLabel(f.context, lang)})`)
            .join('; ');
        return fail(T.accessTokenExposedEvery(given, list), T.removeTokenFromFront, facts);
      }
      if (page.truncated) return truncatedError(page);
      // A token may sit in the script that was not read: say so instead of passing.
      if (missedScripts(page).length > 0) return { ...missedScriptsError(page), evidence: facts };
      const maps = page.scriptGraph.scripts.filter((g) => g.sourceMap !== undefined && g.sourceMap.unread === undefined).length;
      return pass(T.noAccessTokenPage(page.scripts.length, maps), facts);
    });
  },
};
