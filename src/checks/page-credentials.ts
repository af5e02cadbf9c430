import { text } from '../i18n/text.js';
import { fail, manual, pass, skip } from './support/outcomes.js';
import { at, isCheckoutProRedirect, truncatedError, usageOf, withHtml } from './support/page-facts.js';
import type { CheckDefinition } from './types.js';

const CREDENTIALS_DOCS = '/docs/your-integrations/credentials';

export const publicKey: CheckDefinition = {
  id: 'credentials.public-key',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: text('The page uses the production public key', 'La página usa la public key de producción', 'A página usa a public key de produção'),
  docs: CREDENTIALS_DOCS,
  evaluate(evidence, context) {
    return withHtml(evidence.page, (page) => {
      const keys = [...new Set(page.publicKeys.map((k) => k.key))];
      const where = Object.fromEntries(keys.map((k) => [k, page.publicKeys.filter((f) => f.key === k).map((f) => at(f.where))]));
      const facts = { found: keys, where, expected: context.publicKey ?? null };
      const fix = text(
        'Initialise MercadoPago.js with the production public key (APP_USR-…) from Your integrations > your application > Production credentials.',
        'Inicializa MercadoPago.js con la public key de producción (APP_USR-…) de Tus integraciones > tu aplicación > Credenciales de producción.',
        'Inicialize o MercadoPago.js com a public key de produção (APP_USR-…) de Suas integrações > sua aplicação > Credenciais de produção.',
      );
      const testKeys = keys.filter((k) => k.startsWith('TEST-'));
      if (testKeys.length > 0) {
        const first = page.publicKeys.find((k) => k.key.startsWith('TEST-'))!;
        return fail(text(`The page uses a test public key (${testKeys.join(', ')}) at ${at(first.where)}.`, `La página usa una public key de prueba (${testKeys.join(', ')}) en ${at(first.where)}.`, `A página usa uma public key de teste (${testKeys.join(', ')}) em ${at(first.where)}.`), fix, facts);
      }
      if (context.publicKey !== undefined && keys.length > 0 && keys.some((k) => k !== context.publicKey)) {
        const other = keys.filter((k) => k !== context.publicKey).join(', ');
        return fail(text(`The page uses ${other}, not the public-key given (${context.publicKey}).`, `La página usa ${other}, no la public-key indicada (${context.publicKey}).`, `A página usa ${other}, não a public-key informada (${context.publicKey}).`), fix, facts);
      }
      if (keys.length > 0) {
        const matched = context.publicKey !== undefined ? ' (equal to public-key)' : '';
        return pass(text(`Production public key ${keys.join(', ')}${matched}.`, `Public key de producción ${keys.join(', ')}${matched ? ' (igual a public-key)' : ''}.`, `Public key de produção ${keys.join(', ')}${matched ? ' (igual à public-key)' : ''}.`), facts);
      }
      if (page.truncated) return truncatedError(page);
      const usage = usageOf(page);
      if (isCheckoutProRedirect(usage)) {
        return skip(text('Skipped: a Checkout Pro redirect page embeds no public key (Mercado Pago\'s own page takes the payment).', 'Omitido: una página de redirección de Checkout Pro no incluye public key (la página de Mercado Pago cobra).', 'Ignorado: uma página de redirecionamento do Checkout Pro não inclui public key (a página do Mercado Pago recebe o pagamento).'), facts);
      }
      if (usage.sdkV2.length + usage.sdkV1.length + usage.npmSdk.length > 0) {
        return manual(
          text('MercadoPago.js is loaded, but no public key was found in the page or its same-origin scripts (it may come from your backend at run time).', 'MercadoPago.js se carga, pero no se encontró public key en la página ni en sus scripts del mismo origen (puede venir de tu backend en tiempo de ejecución).', 'O MercadoPago.js é carregado, mas nenhuma public key foi encontrada na página nem nos scripts de mesma origem (pode vir do seu backend em tempo de execução).'),
          text('Confirm in the browser console that new MercadoPago(…) receives the production key (APP_USR-…).', 'Confirma en la consola del navegador que new MercadoPago(…) recibe la key de producción (APP_USR-…).', 'Confirme no console do navegador que new MercadoPago(…) recebe a key de produção (APP_USR-…).'),
          facts,
        );
      }
      return skip(text('Skipped: the page embeds no Mercado Pago public key.', 'Omitido: la página no incluye una public key de Mercado Pago.', 'Ignorado: a página não inclui public key do Mercado Pago.'), facts);
    });
  },
};

export const secretExposure: CheckDefinition = {
  id: 'credentials.secret-exposure',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: text('No access token in the page or its scripts', 'Sin access token en la página ni en sus scripts', 'Nenhum access token na página ou nos scripts'),
  docs: CREDENTIALS_DOCS,
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      // Only redacted forms ever reach the evidence (the probe never keeps a whole token).
      const findings = page.secrets.map((s) => ({ token: s.redacted, prefix: s.prefix, isGivenToken: s.isGivenToken, url: s.where.url, line: s.where.line, context: s.where.context }));
      const facts = { findings, scanned: { page: page.finalUrl, pageBytes: page.bytes, pageTruncated: page.truncated, scripts: page.scripts.map((s) => ({ url: s.url, bytes: s.bytes, truncated: s.truncated, ...(s.error ? { error: s.error } : {}) })), scriptsSkipped: page.scriptsSkipped } };
      if (findings.length > 0) {
        const given = findings.some((f) => f.isGivenToken);
        const list = (word: string): string => findings.slice(0, 5).map((f) => `${f.token} ${word} ${f.url}:${f.line} (${f.context})`).join('; ');
        return fail(
          text(`An access token is exposed to every visitor${given ? ', including the one given to this action' : ''}: ${list('at')}.`, `Un access token está expuesto a todo visitante${given ? ', incluido el que recibió esta action' : ''}: ${list('en')}.`, `Um access token está exposto a todo visitante${given ? ', inclusive o informado a esta action' : ''}: ${list('em')}.`),
          text(
            'Remove the token from front-end code at once, and renew it in Your integrations > your application > Production credentials (anyone who saw it can charge and refund). Only the public key belongs in the browser; the access token stays on your server.',
            'Quita el token del código del front-end de inmediato y renuévalo en Tus integraciones > tu aplicación > Credenciales de producción (quien lo vio puede cobrar y reembolsar). En el navegador solo va la public key; el access token queda en tu servidor.',
            'Remova o token do código do front-end imediatamente e renove-o em Suas integrações > sua aplicação > Credenciais de produção (quem o viu pode cobrar e estornar). No navegador vai apenas a public key; o access token fica no seu servidor.',
          ),
          facts,
        );
      }
      const unread = page.scripts.filter((s) => s.error !== undefined || s.truncated).length + page.scriptsSkipped;
      if (page.truncated) return truncatedError(page);
      const scripts = page.scripts.length;
      const note = unread > 0 ? ` (${unread} same-origin script(s) not read in full)` : '';
      return pass(
        text(`No access token in the page or its ${scripts} same-origin script(s)${note}.`, `Sin access token en la página ni en sus ${scripts} script(s) del mismo origen${note ? ` (${unread} script(s) no leídos por completo)` : ''}.`, `Nenhum access token na página nem nos ${scripts} script(s) de mesma origem${note ? ` (${unread} script(s) não lidos por completo)` : ''}.`),
        facts,
      );
    });
  },
};
