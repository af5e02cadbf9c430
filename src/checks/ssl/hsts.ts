import { texts } from '../../i18n/text.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { withPage } from '../support/page-facts.js';
import { NOT_HTTPS } from '../support/ssl-skips.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'HSTS missing or too short', es: 'HSTS ausente o demasiado corto', 'pt-BR': 'HSTS ausente ou curto demais' },
  finalOverHttp: (url: string) => ({
    en: `The page ends on plain http (${url}) after redirects: a Strict-Transport-Security header there is ignored by browsers (RFC 6797 §8.1).`,
    es: `La página termina en http sin cifrar (${url}) tras las redirecciones: los navegadores ignoran allí el encabezado Strict-Transport-Security (RFC 6797 §8.1).`,
    'pt-BR': `A página termina em http sem criptografia (${url}) após os redirecionamentos: ali os navegadores ignoram o cabeçalho Strict-Transport-Security (RFC 6797 §8.1).`,
  }),
  onlyOverHttp: {
    en: 'Strict-Transport-Security is sent only on the plain http:// answer of port 80, where browsers ignore it (RFC 6797 §8.1); the https page sends none.',
    es: 'Strict-Transport-Security se envía solo en la respuesta http:// del puerto 80, donde los navegadores lo ignoran (RFC 6797 §8.1); la página https no lo envía.',
    'pt-BR': 'Strict-Transport-Security é enviado só na resposta http:// da porta 80, onde os navegadores o ignoram (RFC 6797 §8.1); a página https não o envia.',
  },
  title: {
    en: 'HSTS is sent with a long max-age',
    es: 'Se envía HSTS con un max-age largo',
    'pt-BR': 'HSTS é enviado com max-age longo',
  },
  sendStrictTransportSecurity: (hstsMinDays: number) => ({
    en: `Send Strict-Transport-Security: max-age=31536000; includeSubDomains on every https answer (at least ${hstsMinDays} days).`,
    es: `Envía Strict-Transport-Security: max-age=31536000; includeSubDomains en cada respuesta https (al menos ${hstsMinDays} días).`,
    'pt-BR': `Envie Strict-Transport-Security: max-age=31536000; includeSubDomains em toda resposta https (pelo menos ${hstsMinDays} dias).`,
  }),
  pageSendsNoStrict: {
    en: 'The page sends no Strict-Transport-Security header.',
    es: 'La página no envía el encabezado Strict-Transport-Security.',
    'pt-BR': 'A página não envia o cabeçalho Strict-Transport-Security.',
  },
  strictTransportSecurityHas: (first: string) => ({
    en: `Strict-Transport-Security has no valid max-age ("${first}").`,
    es: `Strict-Transport-Security no tiene un max-age válido ("${first}").`,
    'pt-BR': `Strict-Transport-Security não tem max-age válido ("${first}").`,
  }),
  hstsMaxAgeDays: (maxAgeDays: number | null, hstsMinDays: number) => ({
    en: `HSTS max-age is ${maxAgeDays} days, under ${hstsMinDays}.`,
    es: `El max-age de HSTS es de ${maxAgeDays} días, menos de ${hstsMinDays}.`,
    'pt-BR': `O max-age do HSTS é de ${maxAgeDays} dias, abaixo de ${hstsMinDays}.`,
  }),
  hstsMaxAgeDays2: (maxAgeDays: number | null) => ({
    en: `HSTS max-age is ${maxAgeDays} days.`,
    es: `El max-age de HSTS es de ${maxAgeDays} días.`,
    'pt-BR': `O max-age do HSTS é de ${maxAgeDays} dias.`,
  }),
});

export const hsts: CheckDefinition = {
  id: 'ssl.hsts',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Strict-Transport-Security',
  reads: ['page', 'httpRedirect'],
  defaults: { hstsMinDays: 180 },
  evaluate(evidence, { siteUrl, thresholds }) {
    if (siteUrl.protocol !== 'https:') return skip(NOT_HTTPS);
    return withPage(evidence.page, (page) => {
      const minSeconds = thresholds.hstsMinDays * 86_400;
      const fix = T.sendStrictTransportSecurity(thresholds.hstsMinDays);
      // RFC 6797 §8.1: a browser ignores the header on an answer that did not come over https.
      const overHttp = new URL(page.finalUrl).protocol !== 'https:';
      const header = overHttp ? undefined : page.headers['strict-transport-security'];
      const port80 = evidence.httpRedirect?.ok ? evidence.httpRedirect.value.hops.find((h) => h.strictTransportSecurity !== undefined)?.strictTransportSecurity : undefined;
      const ignored = {
        finalUrl: page.finalUrl,
        ...(overHttp && page.headers['strict-transport-security'] !== undefined ? { ignoredOverHttp: page.headers['strict-transport-security'] } : {}),
        ...(port80 !== undefined ? { ignoredOnPort80: port80 } : {}),
      };
      if (header === undefined) {
        const message = overHttp ? T.finalOverHttp(page.finalUrl) : port80 !== undefined ? T.onlyOverHttp : T.pageSendsNoStrict;
        return fail(message, fix, { header: null, minDays: thresholds.hstsMinDays, ...ignored });
      }
      // Only the first header counts when several were sent (RFC 6797 §8.1).
      const first = header.split(',')[0] ?? '';
      const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(first);
      const seconds = maxAge ? Number(maxAge[1]) : null;
      const facts = {
        header: first.trim(),
        maxAgeDays: seconds === null ? null : Math.floor(seconds / 86_400),
        minDays: thresholds.hstsMinDays,
        includeSubDomains: /includesubdomains/i.test(first),
        preload: /preload/i.test(first),
      };
      if (seconds === null) return fail(T.strictTransportSecurityHas(first.trim()), fix, facts);
      if (seconds < minSeconds) {
        return fail(T.hstsMaxAgeDays(facts.maxAgeDays, thresholds.hstsMinDays), fix, facts);
      }
      return pass(T.hstsMaxAgeDays2(facts.maxAgeDays), facts);
    });
  },
};
