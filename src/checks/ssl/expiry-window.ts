import { text } from '../../i18n/text.js';
import { fail, pass, probeFailed, skip, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const GO_LIVE_DOCS = '/docs/checkout-api/go-to-production/requirements';

const DAY = 86_400_000;

export const expiryWindow: CheckDefinition = {
  id: 'ssl.expiry-window',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: text('Certificate is not about to expire', 'El certificado no está por vencer', 'O certificado não está prestes a expirar'),
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  defaults: { expiryMinDays: 30 },
  evaluate(evidence, { now, thresholds }) {
    return withTls(evidence.tls, (tls) => {
      const leaf = tls.chain[0];
      if (!leaf) return probeFailed({ kind: 'tls', message: 'the server sent no certificate' });
      const notBefore = Date.parse(leaf.notBefore);
      const notAfter = Date.parse(leaf.notAfter);
      if (now.getTime() < notBefore || now.getTime() > notAfter) {
        return skip(text('Skipped: the certificate is outside its validity period (see ssl.validity).', 'Omitido: el certificado está fuera de su vigencia (ver ssl.validity).', 'Ignorado: o certificado está fora da validade (veja ssl.validity).'));
      }
      const remainingDays = (notAfter - now.getTime()) / DAY;
      const lifetimeDays = (notAfter - notBefore) / DAY;
      const minDays = Math.min(thresholds.expiryMinDays, lifetimeDays / 3);
      const facts = { notAfter: leaf.notAfter, remainingDays: round(remainingDays), lifetimeDays: round(lifetimeDays), minDays: round(minDays) };
      const left = Math.floor(remainingDays);
      if (remainingDays >= minDays) {
        return pass(text(`${left} days of validity left (at least ${round(minDays)} wanted).`, `Quedan ${left} días de vigencia (se piden al menos ${round(minDays)}).`, `Restam ${left} dias de validade (o mínimo é ${round(minDays)}).`), facts);
      }
      return fail(
        text(`The certificate expires in ${left} days (${leaf.notAfter.slice(0, 10)}), under the ${round(minDays)}-day margin.`, `El certificado vence en ${left} días (${leaf.notAfter.slice(0, 10)}), menos que el margen de ${round(minDays)} días.`, `O certificado expira em ${left} dias (${leaf.notAfter.slice(0, 10)}), abaixo da margem de ${round(minDays)} dias.`),
        text('Renew it now and check that automatic renewal works (certbot renew --dry-run, or your host\'s managed TLS).', 'Renuévalo ahora y verifica que la renovación automática funcione (certbot renew --dry-run o el TLS administrado de tu hosting).', 'Renove-o agora e verifique se a renovação automática funciona (certbot renew --dry-run ou o TLS gerenciado da sua hospedagem).'),
        facts,
      );
    });
  },
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
