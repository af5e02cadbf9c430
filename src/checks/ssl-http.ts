import { text } from '../i18n/text.js';
import { fail, pass, probeFailed, skip } from './support/outcomes.js';
import { truncatedError, withHtml, withPage } from './support/page-facts.js';
import type { CheckDefinition, CheckOutcome } from './types.js';

const NOT_HTTPS = text('Skipped: site-url is not https (see ssl.https).', 'Omitido: site-url no es https (ver ssl.https).', 'Ignorado: site-url não é https (veja ssl.https).');

export const httpRedirect: CheckDefinition = {
  id: 'ssl.http-redirect',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: text('http:// redirects to https://', 'http:// redirige a https://', 'http:// redireciona para https://'),
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS#http_redirections',
  evaluate(evidence, { siteUrl }) {
    const probe = evidence.httpRedirect;
    if (probe === undefined) return skip(NOT_HTTPS);
    if (!probe.ok) return probeFailed(probe.error);
    const r = probe.value;
    const facts = { requested: r.requestedUrl, hops: r.hops, httpsTarget: r.httpsTarget, port80Closed: r.closed };
    const fix = text(
      `Answer every http:// request on port 80 with a 301 redirect to the same path on https://${siteUrl.hostname}.`,
      `Responde cada pedido http:// en el puerto 80 con una redirección 301 a la misma ruta en https://${siteUrl.hostname}.`,
      `Responda toda requisição http:// na porta 80 com um redirecionamento 301 para o mesmo caminho em https://${siteUrl.hostname}.`,
    );
    if (r.closed) {
      return fail(text(`Nothing answers on ${r.requestedUrl} (port 80 closed): a buyer who types the address without https:// gets an error page.`, `Nada responde en ${r.requestedUrl} (puerto 80 cerrado): un comprador que escribe la dirección sin https:// ve un error.`, `Nada responde em ${r.requestedUrl} (porta 80 fechada): um comprador que digita o endereço sem https:// vê um erro.`), fix, facts);
    }
    if (r.httpsTarget === null) {
      const last = r.hops[r.hops.length - 1];
      return fail(text(`${r.requestedUrl} answers ${last?.status ?? '?'} over plain http instead of redirecting to https.`, `${r.requestedUrl} responde ${last?.status ?? '?'} por http sin cifrar en lugar de redirigir a https.`, `${r.requestedUrl} responde ${last?.status ?? '?'} via http sem criptografia em vez de redirecionar para https.`), fix, facts);
    }
    const target = new URL(r.httpsTarget);
    if (target.hostname !== siteUrl.hostname) {
      return fail(text(`http:// redirects to another host (${target.host}), not to https://${siteUrl.hostname}.`, `http:// redirige a otro host (${target.host}), no a https://${siteUrl.hostname}.`, `http:// redireciona para outro host (${target.host}), não para https://${siteUrl.hostname}.`), fix, facts);
    }
    return pass(text(`${r.requestedUrl} redirects to ${r.httpsTarget}.`, `${r.requestedUrl} redirige a ${r.httpsTarget}.`, `${r.requestedUrl} redireciona para ${r.httpsTarget}.`), facts);
  },
};

export const hsts: CheckDefinition = {
  id: 'ssl.hsts',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: text('HSTS is sent with a long max-age', 'Se envía HSTS con un max-age largo', 'HSTS é enviado com max-age longo'),
  docs: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Strict-Transport-Security',
  defaults: { hstsMinDays: 180 },
  evaluate(evidence, { siteUrl, thresholds }) {
    if (siteUrl.protocol !== 'https:') return skip(NOT_HTTPS);
    return withPage(evidence.page, (page) => {
      const header = page.headers['strict-transport-security'];
      const minSeconds = thresholds.hstsMinDays * 86_400;
      const fix = text(
        `Send Strict-Transport-Security: max-age=31536000; includeSubDomains on every https answer (at least ${thresholds.hstsMinDays} days).`,
        `Envía Strict-Transport-Security: max-age=31536000; includeSubDomains en cada respuesta https (al menos ${thresholds.hstsMinDays} días).`,
        `Envie Strict-Transport-Security: max-age=31536000; includeSubDomains em toda resposta https (pelo menos ${thresholds.hstsMinDays} dias).`,
      );
      if (header === undefined) {
        return fail(text('The page sends no Strict-Transport-Security header.', 'La página no envía el encabezado Strict-Transport-Security.', 'A página não envia o cabeçalho Strict-Transport-Security.'), fix, { header: null, minDays: thresholds.hstsMinDays });
      }
      // Only the first header counts when several were sent (RFC 6797 §8.1).
      const first = header.split(',')[0] ?? '';
      const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(first);
      const seconds = maxAge ? Number(maxAge[1]) : null;
      const facts = { header: first.trim(), maxAgeDays: seconds === null ? null : Math.floor(seconds / 86_400), minDays: thresholds.hstsMinDays, includeSubDomains: /includesubdomains/i.test(first), preload: /preload/i.test(first) };
      if (seconds === null) return fail(text(`Strict-Transport-Security has no valid max-age ("${first.trim()}").`, `Strict-Transport-Security no tiene un max-age válido ("${first.trim()}").`, `Strict-Transport-Security não tem max-age válido ("${first.trim()}").`), fix, facts);
      if (seconds < minSeconds) {
        return fail(text(`HSTS max-age is ${facts.maxAgeDays} days, under ${thresholds.hstsMinDays}.`, `El max-age de HSTS es de ${facts.maxAgeDays} días, menos de ${thresholds.hstsMinDays}.`, `O max-age do HSTS é de ${facts.maxAgeDays} dias, abaixo de ${thresholds.hstsMinDays}.`), fix, facts);
      }
      return pass(text(`HSTS max-age is ${facts.maxAgeDays} days.`, `El max-age de HSTS es de ${facts.maxAgeDays} días.`, `O max-age do HSTS é de ${facts.maxAgeDays} dias.`), facts);
    });
  },
};

/** Active content can read or rewrite the page (and the card form): over http, anyone on the path can too. */
const ACTIVE = new Set(['script', 'iframe', 'stylesheet', 'form', 'object', 'embed']);
const PASSIVE = new Set(['image', 'media', 'icon']);

export const mixedContent: CheckDefinition = {
  id: 'ssl.mixed-content',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('No active content over http://', 'Sin contenido activo por http://', 'Nenhum conteúdo ativo via http://'),
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
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
