import { type Language, texts } from '../../i18n/text.js';
import { kindLabel } from '../support/page-labels.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { browserNote, runtimeOf, truncatedError, withHtml } from '../support/page-facts.js';
import { missedScripts, missedScriptsError } from '../support/script-coverage.js';
import { NOT_HTTPS } from '../support/ssl-skips.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';

const T = texts({
  failureTitle: { en: 'Active content loaded over http://', es: 'Contenido activo cargado por http://', 'pt-BR': 'Conteúdo ativo carregado via http://' },
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
  activeContentOverHttp: (list: (line: string, lang: Language) => string) => ({
    en: `Active content over http://: ${list('line', 'en')}.`,
    es: `Contenido activo por http://: ${list('línea', 'es')}.`,
    'pt-BR': `Conteúdo ativo via http://: ${list('linha', 'pt-BR')}.`,
  }),
  noActiveMixedContent: (note: number) => ({
    en: `No active mixed content; ${note === 1 ? '1 image or media URL' : `${note} image or media URLs`} over http:// (passive, listed in evidence).`,
    es: `Sin contenido mixto activo; ${note === 1 ? '1 imagen o medio' : `${note} imágenes o medios`} por http:// (contenido pasivo, en la evidencia).`,
    'pt-BR': `Sem conteúdo misto ativo; ${note === 1 ? '1 imagem ou mídia' : `${note} imagens ou mídias`} via http:// (conteúdo passivo, listado nas evidências).`,
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
/** CDP resource types that are passive (optionally-blockable) mixed content; everything else is active. */
const RUNTIME_PASSIVE = new Set(['Image', 'Media', 'Ping', 'Manifest', 'Other']);

export const mixedContent: CheckDefinition = {
  id: 'ssl.mixed-content',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
  reads: ['page', 'browser'],
  evaluate(evidence, { siteUrl }) {
    if (siteUrl.protocol !== 'https:') return skip(NOT_HTTPS);
    return withHtml(evidence.page, (page): CheckOutcome => {
      const fix = T.loadEveryScriptStylesheet;
      if (new URL(page.finalUrl).protocol === 'http:') {
        return fail(T.siteUrlRedirectsPlain(page.finalUrl), fix, { finalUrl: page.finalUrl, hops: page.hops });
      }
      type Entry = { kind: string; url: string; line?: number; at?: string };
      const insecure = page.resources.filter((r) => r.url.startsWith('http:'));
      const active: Entry[] = insecure.filter((r) => ACTIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
      const passive: Entry[] = insecure.filter((r) => PASSIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
      // Scripts the page's scripts import or preload over http.
      for (const s of page.scriptGraph.scripts) {
        if (s.url?.startsWith('http:') && s.foundBy !== 'html' && s.foundBy !== 'browser') active.push({ kind: 'script', url: s.url, at: `${s.from}:${s.line}` });
      }
      // http:// script and stylesheet URLs written in the page's code (s.src = "http://…/x.js").
      for (const u of page.insecureUrls) if (!active.some((a) => a.url === u.url)) active.push({ kind: 'script-url', url: u.url, at: `${u.where.url}:${u.where.line}` });
      // What the page requested at run time (a browser blocks most of it: the checkout then breaks).
      const browser = runtimeOf(evidence.browser);
      const seen = new Set(active.map((a) => a.url));
      for (const r of browser?.requests ?? []) {
        if (!/^(?:http|ws):/.test(r.url) || seen.has(r.url)) continue;
        seen.add(r.url);
        const entry = { kind: r.type.toLowerCase(), url: r.url, at: `run time${r.initiator.url ? `, from ${r.initiator.url}` : ''}${r.blocked ? `, blocked: ${r.blocked}` : ''}` };
        if (RUNTIME_PASSIVE.has(r.type)) passive.push(entry);
        else active.push(entry);
      }
      const facts = { active, passive, page: page.finalUrl, browser: browserNote(evidence.browser) };
      if (active.length > 0) {
        const list = (line: string, lang: Language): string =>
          active
            .slice(0, 5)
            .map((r) => `${kindLabel(r.kind, lang)} ${r.url} (${r.at ?? `${line} ${r.line}`})`)
            .join('; ');
        return fail(T.activeContentOverHttp(list), fix, facts);
      }
      if (page.truncated) return truncatedError(page);
      // An unread script may load http content: only the browser's view of what ran can settle it.
      if (missedScripts(page).length > 0 && browser === undefined) return { ...missedScriptsError(page), evidence: facts };
      return pass(passive.length > 0 ? T.noActiveMixedContent(passive.length) : T.everyResourcePageLoaded, facts);
    });
  },
};
