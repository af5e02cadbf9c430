import { text } from '../../i18n/text.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { withPage } from '../support/page-facts.js';
import { NOT_HTTPS } from '../support/ssl-skips.js';
import type { CheckDefinition } from '../types.js';

export const hsts: CheckDefinition = {
  id: 'ssl.hsts',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: text('HSTS is sent with a long max-age', 'Se envía HSTS con un max-age largo', 'HSTS é enviado com max-age longo'),
  docs: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Strict-Transport-Security',
  reads: ['page'],
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
