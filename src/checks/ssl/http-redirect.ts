import { text } from '../../i18n/text.js';
import { fail, pass, probeFailed, skip } from '../support/outcomes.js';
import { NOT_HTTPS } from '../support/ssl-skips.js';
import type { CheckDefinition } from '../types.js';

export const httpRedirect: CheckDefinition = {
  id: 'ssl.http-redirect',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: text('http:// redirects to https://', 'http:// redirige a https://', 'http:// redireciona para https://'),
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS#http_redirections',
  reads: ['httpRedirect'],
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
