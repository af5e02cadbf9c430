import { texts } from '../../i18n/text.js';
import { fail, pass, probeFailed, skip } from '../support/outcomes.js';
import { NOT_HTTPS } from '../support/ssl-skips.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'http:// does not redirect to https://', es: 'http:// no redirige a https://', 'pt-BR': 'http:// não redireciona para https://' },
  otherPort: (requested: string, got: string, want: string) => ({
    en: `${requested} redirects to https on port ${got}, but the site is served on port ${want}: a buyer typing the address lands on another (or no) server.`,
    es: `${requested} redirige a https en el puerto ${got}, pero el sitio se sirve en el puerto ${want}: un comprador que escribe la dirección llega a otro servidor (o a ninguno).`,
    'pt-BR': `${requested} redireciona para https na porta ${got}, mas o site é servido na porta ${want}: um comprador que digita o endereço chega a outro servidor (ou a nenhum).`,
  }),
  title: {
    en: 'http:// redirects to https://',
    es: 'http:// redirige a https://',
    'pt-BR': 'http:// redireciona para https://',
  },
  answerEveryHttpRequest: (hostname: string) => ({
    en: `Answer every http:// request on port 80 with a 301 redirect to the same path on https://${hostname}.`,
    es: `Responde cada solicitud http:// en el puerto 80 con una redirección 301 a la misma ruta en https://${hostname}.`,
    'pt-BR': `Responda toda requisição http:// na porta 80 com um redirecionamento 301 para o mesmo caminho em https://${hostname}.`,
  }),
  nothingAnswersPort80: (requestedUrl: string) => ({
    en: `Nothing answers on ${requestedUrl} (port 80 closed): a buyer who types the address without https:// gets an error page.`,
    es: `Nada responde en ${requestedUrl} (puerto 80 cerrado): un comprador que escribe la dirección sin https:// ve un error.`,
    'pt-BR': `Nada responde em ${requestedUrl} (porta 80 fechada): um comprador que digita o endereço sem https:// vê um erro.`,
  }),
  answersOverPlainHttp: (requestedUrl: string, last: { readonly url: string; readonly status: number; readonly location: string | null } | undefined) => ({
    en: `${requestedUrl} answers ${last?.status ?? '?'} over plain http instead of redirecting to https.`,
    es: `${requestedUrl} responde ${last?.status ?? '?'} por http sin cifrar en lugar de redirigir a https.`,
    'pt-BR': `${requestedUrl} responde ${last?.status ?? '?'} via http sem criptografia em vez de redirecionar para https.`,
  }),
  httpRedirectsAnotherHost: (host: string, hostname: string) => ({
    en: `http:// redirects to another host (${host}), not to https://${hostname}.`,
    es: `http:// redirige a otro host (${host}), no a https://${hostname}.`,
    'pt-BR': `http:// redireciona para outro host (${host}), não para https://${hostname}.`,
  }),
  redirects: (requestedUrl: string, httpsTarget: string) => ({
    en: `${requestedUrl} redirects to ${httpsTarget}.`,
    es: `${requestedUrl} redirige a ${httpsTarget}.`,
    'pt-BR': `${requestedUrl} redireciona para ${httpsTarget}.`,
  }),
});

export const httpRedirect: CheckDefinition = {
  id: 'ssl.http-redirect',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS#http_redirections',
  reads: ['httpRedirect'],
  evaluate(evidence, { siteUrl }) {
    const probe = evidence.httpRedirect;
    if (probe === undefined) return skip(NOT_HTTPS);
    if (!probe.ok) return probeFailed(probe.error);
    const r = probe.value;
    const facts = { requested: r.requestedUrl, hops: r.hops, httpsTarget: r.httpsTarget, port80Closed: r.closed };
    const fix = T.answerEveryHttpRequest(siteUrl.hostname);
    if (r.closed) {
      return fail(T.nothingAnswersPort80(r.requestedUrl), fix, facts);
    }
    if (r.httpsTarget === null) {
      const last = r.hops[r.hops.length - 1];
      return fail(T.answersOverPlainHttp(r.requestedUrl, last), fix, facts);
    }
    const target = new URL(r.httpsTarget);
    if (target.hostname !== siteUrl.hostname) {
      return fail(T.httpRedirectsAnotherHost(target.host, siteUrl.hostname), fix, facts);
    }
    // URL.port is '' for the scheme's default: https://shop.example and https://shop.example:443 are one origin.
    if (target.port !== siteUrl.port) {
      return fail(T.otherPort(r.requestedUrl, portOf(target), portOf(siteUrl)), T.answerEveryHttpRequest(siteUrl.host), facts);
    }
    return pass(T.redirects(r.requestedUrl, r.httpsTarget), facts);
  },
};

function portOf(url: URL): string {
  return url.port === '' ? '443' : url.port;
}
