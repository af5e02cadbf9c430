import { texts } from '../../i18n/text.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { truncatedError, withHtml } from '../support/page-facts.js';
import { NOT_HTTPS } from '../support/ssl-skips.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';

const T = texts({
  title: {
    en: 'No active content over http://',
    es: 'Sin contenido activo por http://',
    'pt-BR': 'Nenhum conteúdo ativo via http://',
  },
  loadEveryScriptStylesheet: {
    en: 'Load every script, stylesheet and iframe, and post every form, over https:// (or a relative URL).',
    es: 'Carga cada script, hoja de estilo e iframe, y envía cada formulario, por https:// (o con una URL relativa).',
    'pt-BR': 'Carregue todo script, folha de estilo e iframe, e envie todo formulário, via https:// (ou com URL relativa).',
  },
  siteUrlRedirectsPlain: (finalUrl: string) => ({
    en: `site-url redirects to plain http (${finalUrl}): the payment page itself is not protected.`,
    es: `site-url redirige a http sin cifrar (${finalUrl}): la página de pago misma no está protegida.`,
    'pt-BR': `site-url redireciona para http sem criptografia (${finalUrl}): a própria página de pagamento não está protegida.`,
  }),
  activeContentOverHttp: (list: (line: string) => string) => ({
    en: `Active content over http://: ${list('line')}.`,
    es: `Contenido activo por http://: ${list('línea')}.`,
    'pt-BR': `Conteúdo ativo via http://: ${list('linha')}.`,
  }),
  noActiveMixedContent: (note: number) => ({
    en: `No active mixed content; ${note} image/media URL(s) over http:// (passive, listed in evidence).`,
    es: `Sin contenido mixto activo; ${note} imagen(es)/medio(s) por http:// (pasivo, en la evidencia).`,
    'pt-BR': `Sem conteúdo misto ativo; ${note} imagem(ns)/mídia(s) via http:// (passivo, listado nas evidências).`,
  }),
  everyResourcePageLoaded: {
    en: 'Every resource of the page is loaded over https.',
    es: 'Todos los recursos de la página se cargan por https.',
    'pt-BR': 'Todos os recursos da página são carregados via https.',
  },
});

/** Active content can read or rewrite the page (and the card form): over http, anyone on the path can too. */
const ACTIVE = new Set(['script', 'iframe', 'stylesheet', 'form', 'object', 'embed']);

const PASSIVE = new Set(['image', 'media', 'icon']);

export const mixedContent: CheckDefinition = {
  id: 'ssl.mixed-content',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
  reads: ['page'],
  evaluate(evidence, { siteUrl }) {
    if (siteUrl.protocol !== 'https:') return skip(NOT_HTTPS);
    return withHtml(evidence.page, (page): CheckOutcome => {
      const fix = T.loadEveryScriptStylesheet;
      if (new URL(page.finalUrl).protocol === 'http:') {
        return fail(T.siteUrlRedirectsPlain(page.finalUrl), fix, { finalUrl: page.finalUrl, hops: page.hops });
      }
      const insecure = page.resources.filter((r) => r.url.startsWith('http:'));
      const active = insecure.filter((r) => ACTIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
      const passive = insecure.filter((r) => PASSIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
      const facts = { active, passive, page: page.finalUrl };
      if (active.length > 0) {
        const list = (line: string): string =>
          active
            .slice(0, 5)
            .map((r) => `${r.kind} ${r.url} (${line} ${r.line})`)
            .join('; ');
        return fail(T.activeContentOverHttp(list), fix, facts);
      }
      if (page.truncated) return truncatedError(page);
      return pass(passive.length > 0 ? T.noActiveMixedContent(passive.length) : T.everyResourcePageLoaded, facts);
    });
  },
};
