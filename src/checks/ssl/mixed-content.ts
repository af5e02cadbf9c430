import { text } from '../../i18n/text.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { truncatedError, withHtml } from '../support/page-facts.js';
import { NOT_HTTPS } from '../support/ssl-skips.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';

/** Active content can read or rewrite the page (and the card form): over http, anyone on the path can too. */
const ACTIVE = new Set(['script', 'iframe', 'stylesheet', 'form', 'object', 'embed']);

const PASSIVE = new Set(['image', 'media', 'icon']);

export const mixedContent: CheckDefinition = {
  id: 'ssl.mixed-content',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('No active content over http://', 'Sin contenido activo por http://', 'Nenhum conteúdo ativo via http://'),
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
  reads: ['page'],
  evaluate(evidence, { siteUrl }) {
    if (siteUrl.protocol !== 'https:') return skip(NOT_HTTPS);
    return withHtml(evidence.page, (page): CheckOutcome => {
      const fix = text('Load every script, stylesheet and iframe, and post every form, over https:// (or a relative URL).', 'Carga cada script, hoja de estilo e iframe, y envía cada formulario, por https:// (o con una URL relativa).', 'Carregue todo script, folha de estilo e iframe, e envie todo formulário, via https:// (ou com URL relativa).');
      if (new URL(page.finalUrl).protocol === 'http:') {
        return fail(text(`site-url redirects to plain http (${page.finalUrl}): the payment page itself is not protected.`, `site-url redirige a http sin cifrar (${page.finalUrl}): la página de pago misma no está protegida.`, `site-url redireciona para http sem criptografia (${page.finalUrl}): a própria página de pagamento não está protegida.`), fix, { finalUrl: page.finalUrl, hops: page.hops });
      }
      const insecure = page.resources.filter((r) => r.url.startsWith('http:'));
      const active = insecure.filter((r) => ACTIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
      const passive = insecure.filter((r) => PASSIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
      const facts = { active, passive, page: page.finalUrl };
      if (active.length > 0) {
        const list = (line: string): string => active.slice(0, 5).map((r) => `${r.kind} ${r.url} (${line} ${r.line})`).join('; ');
        return fail(text(`Active content over http://: ${list('line')}.`, `Contenido activo por http://: ${list('línea')}.`, `Conteúdo ativo via http://: ${list('linha')}.`), fix, facts);
      }
      if (page.truncated) return truncatedError(page);
      const note = passive.length > 0 ? passive.length : 0;
      return pass(
        note > 0
          ? text(`No active mixed content; ${note} image/media URL(s) over http:// (passive, listed in evidence).`, `Sin contenido mixto activo; ${note} imagen(es)/medio(s) por http:// (pasivo, en la evidencia).`, `Sem conteúdo misto ativo; ${note} imagem(ns)/mídia(s) via http:// (passivo, listado nas evidências).`)
          : text('Every resource of the page is loaded over https.', 'Todos los recursos de la página se cargan por https.', 'Todos os recursos da página são carregados via https.'),
        facts,
      );
    });
  },
};
