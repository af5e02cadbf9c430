import { texts } from '../../i18n/text.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, pass } from '../support/outcomes.js';
import { truncatedError, withHtml } from '../support/page-facts.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  title: {
    en: 'No access token in the page or its scripts',
    es: 'Sin access token en la página ni en sus scripts',
    'pt-BR': 'Nenhum access token na página ou nos scripts',
  },
  accessTokenExposedEvery: (given: boolean, list: (word: string) => string) => ({
    en: `An access token is exposed to every visitor${given ? ', including the one given to this action' : ''}: ${list('at')}.`,
    es: `Un access token está expuesto a todo visitante${given ? ', incluido el que recibió esta action' : ''}: ${list('en')}.`,
    'pt-BR': `Um access token está exposto a todo visitante${given ? ', inclusive o informado a esta action' : ''}: ${list('em')}.`,
  }),
  removeTokenFromFront: {
    en: 'Remove the token from front-end code at once, and renew it in Your integrations > your application > Production credentials (anyone who saw it can charge and refund). Only the public key belongs in the browser; the access token stays on your server.',
    es: 'Quita el token del código del front-end de inmediato y renuévalo en Tus integraciones > tu aplicación > Credenciales de producción (quien lo vio puede cobrar y reembolsar). En el navegador solo va la public key; el access token queda en tu servidor.',
    'pt-BR':
      'Remova o token do código do front-end imediatamente e renove-o em Suas integrações > sua aplicação > Credenciais de produção (quem o viu pode cobrar e estornar). No navegador vai apenas a public key; o access token fica no seu servidor.',
  },
  noAccessTokenPage: (scripts: number, note: string, unread: number) => ({
    en: `No access token in the page or its ${scripts} same-origin script(s)${note}.`,
    es: `Sin access token en la página ni en sus ${scripts} script(s) del mismo origen${note ? ` (${unread} script(s) no leídos por completo)` : ''}.`,
    'pt-BR': `Nenhum access token na página nem nos ${scripts} script(s) de mesma origem${note ? ` (${unread} script(s) não lidos por completo)` : ''}.`,
  }),
});

export const secretExposure: CheckDefinition = {
  id: 'credentials.secret-exposure',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: T.title,
  docs: CREDENTIALS_DOCS,
  reads: ['page'],
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      // Only redacted forms ever reach the evidence (the probe never keeps a whole token).
      const findings = page.secrets.map((s) => ({ token: s.redacted, prefix: s.prefix, isGivenToken: s.isGivenToken, url: s.where.url, line: s.where.line, context: s.where.context }));
      const facts = {
        findings,
        scanned: {
          page: page.finalUrl,
          pageBytes: page.bytes,
          pageTruncated: page.truncated,
          scripts: page.scripts.map((s) => ({ url: s.url, bytes: s.bytes, truncated: s.truncated, ...(s.error ? { error: s.error } : {}) })),
          scriptsSkipped: page.scriptsSkipped,
        },
      };
      if (findings.length > 0) {
        const given = findings.some((f) => f.isGivenToken);
        const list = (word: string): string =>
          findings
            .slice(0, 5)
            .map((f) => `${f.token} ${word} ${f.url}:${f.line} (${f.context})`)
            .join('; ');
        return fail(T.accessTokenExposedEvery(given, list), T.removeTokenFromFront, facts);
      }
      const unread = page.scripts.filter((s) => s.error !== undefined || s.truncated).length + page.scriptsSkipped;
      if (page.truncated) return truncatedError(page);
      const scripts = page.scripts.length;
      const note = unread > 0 ? ` (${unread} same-origin script(s) not read in full)` : '';
      return pass(T.noAccessTokenPage(scripts, note, unread), facts);
    });
  },
};
