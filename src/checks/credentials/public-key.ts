import { texts } from '../../i18n/text.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, manual, pass, skip } from '../support/outcomes.js';
import { at, browserNote, isCheckoutProRedirect, runtimeOf, truncatedError, usageOf, withHtml } from '../support/page-facts.js';
import { missedScripts, missedScriptsError } from '../support/script-coverage.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'The page uses a test or wrong public key', es: 'La página usa una public key de prueba o incorrecta', 'pt-BR': 'A página usa uma public key de teste ou incorreta' },
  title: {
    en: 'The page uses the production public key',
    es: 'La página usa la public key de producción',
    'pt-BR': 'A página usa a public key de produção',
  },
  initialiseMercadopagoJsWith: {
    en: 'Initialise MercadoPago.js with the production public key (APP_USR-…) from Your integrations > your application > Production credentials.',
    es: 'Inicializa MercadoPago.js con la public key de producción (APP_USR-…) de Tus integraciones > tu aplicación > Credenciales de producción.',
    'pt-BR': 'Inicialize o MercadoPago.js com a public key de produção (APP_USR-…) de Suas integrações > sua aplicação > Credenciais de produção.',
  },
  pageUsesTestPublic: (testKeys: string[], where: string) => ({
    en: `The page uses a test public key (${testKeys.join(', ')}) at ${where}.`,
    es: `La página usa una public key de prueba (${testKeys.join(', ')}) en ${where}.`,
    'pt-BR': `A página usa uma public key de teste (${testKeys.join(', ')}) em ${where}.`,
  }),
  pageUsesNotPublic: (other: string, publicKey: string) => ({
    en: `The page uses ${other}, not the public-key given (${publicKey}).`,
    es: `La página usa ${other}, no la public-key indicada (${publicKey}).`,
    'pt-BR': `A página usa ${other}, não a public-key informada (${publicKey}).`,
  }),
  productionPublicKey: (keys: string[], matched: string) => ({
    en: `Production public key ${keys.join(', ')}${matched}.`,
    es: `Public key de producción ${keys.join(', ')}${matched ? ' (igual a public-key)' : ''}.`,
    'pt-BR': `Public key de produção ${keys.join(', ')}${matched ? ' (igual à public-key)' : ''}.`,
  }),
  skippedCheckoutProRedirect: {
    en: "Skipped: a Checkout Pro redirect page embeds no public key (Mercado Pago's own page takes the payment).",
    es: 'Omitido: una página de redirección de Checkout Pro no incluye public key (la página de Mercado Pago cobra).',
    'pt-BR': 'Ignorado: uma página de redirecionamento do Checkout Pro não inclui public key (a página do Mercado Pago recebe o pagamento).',
  },
  mercadopagoJsLoadedBut: {
    en: 'MercadoPago.js is loaded, but no public key was found in the page or its same-origin scripts (it may come from your backend at run time).',
    es: 'MercadoPago.js se carga, pero no se encontró public key en la página ni en sus scripts del mismo origen (puede venir de tu backend en tiempo de ejecución).',
    'pt-BR': 'O MercadoPago.js é carregado, mas nenhuma public key foi encontrada na página nem nos scripts de mesma origem (pode vir do seu backend em tempo de execução).',
  },
  confirmBrowserConsoleThat: {
    en: 'Confirm in the browser console that new MercadoPago(…) receives the production key (APP_USR-…).',
    es: 'Confirma en la consola del navegador que new MercadoPago(…) recibe la key de producción (APP_USR-…).',
    'pt-BR': 'Confirme no console do navegador que new MercadoPago(…) recebe a key de produção (APP_USR-…).',
  },
  skippedPageEmbedsNo: {
    en: 'Skipped: the page embeds no Mercado Pago public key.',
    es: 'Omitido: la página no incluye una public key de Mercado Pago.',
    'pt-BR': 'Ignorado: a página não inclui public key do Mercado Pago.',
  },
});

export const publicKey: CheckDefinition = {
  id: 'credentials.public-key',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: CREDENTIALS_DOCS,
  reads: ['page', 'browser'],
  evaluate(evidence, context) {
    return withHtml(evidence.page, (page) => {
      const browser = runtimeOf(evidence.browser);
      // Keys the SDK was really given at run time (e.g. fetched from the backend) count like keys in the code.
      const RUNTIME = 'run time (new MercadoPago(…) in the browser)';
      const findings = [...page.publicKeys.map((k) => ({ key: k.key, where: at(k.where) })), ...(browser?.mercadoPago.publicKeys ?? []).map((key) => ({ key, where: RUNTIME }))];
      const where = new Map<string, string[]>();
      for (const f of findings) {
        const list = where.get(f.key) ?? [];
        if (list.length < 10) list.push(f.where);
        where.set(f.key, list);
      }
      const keys = [...where.keys()];
      const facts = { found: keys, where: Object.fromEntries(where), expected: context.publicKey ?? null, browser: browserNote(evidence.browser) };
      const fix = T.initialiseMercadopagoJsWith;
      const testKeys = keys.filter((k) => k.startsWith('TEST-'));
      if (testKeys.length > 0) {
        const first = findings.find((k) => k.key.startsWith('TEST-'))!;
        return fail(T.pageUsesTestPublic(testKeys, first.where), fix, facts);
      }
      if (context.publicKey !== undefined && keys.length > 0 && keys.some((k) => k !== context.publicKey)) {
        const other = keys.filter((k) => k !== context.publicKey).join(', ');
        return fail(T.pageUsesNotPublic(other, context.publicKey), fix, facts);
      }
      if (keys.length > 0) {
        const matched = context.publicKey !== undefined ? ' (equal to public-key)' : '';
        return pass(T.productionPublicKey(keys, matched), facts);
      }
      if (page.truncated) return truncatedError(page);
      // The key may be in the script that was not read.
      if (missedScripts(page).length > 0) return { ...missedScriptsError(page), evidence: facts };
      const usage = usageOf(page);
      if (isCheckoutProRedirect(usage)) {
        return skip(T.skippedCheckoutProRedirect, facts);
      }
      if (usage.sdkV2.length + usage.sdkV1.length + usage.npmSdk.length > 0) {
        return manual(T.mercadopagoJsLoadedBut, T.confirmBrowserConsoleThat, facts);
      }
      return skip(T.skippedPageEmbedsNo, facts);
    });
  },
};
