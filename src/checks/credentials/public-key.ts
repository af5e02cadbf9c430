import { text } from '../../i18n/text.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, manual, pass, skip } from '../support/outcomes.js';
import { at, isCheckoutProRedirect, truncatedError, usageOf, withHtml } from '../support/page-facts.js';
import type { CheckDefinition } from '../types.js';

export const publicKey: CheckDefinition = {
  id: 'credentials.public-key',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: text('The page uses the production public key', 'La página usa la public key de producción', 'A página usa a public key de produção'),
  docs: CREDENTIALS_DOCS,
  reads: ['page'],
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
