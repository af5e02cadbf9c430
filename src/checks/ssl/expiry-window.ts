import { texts } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, probeFailed, skip, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Certificate expires soon', es: 'El certificado vence pronto', 'pt-BR': 'O certificado expira em breve' },
  title: {
    en: 'Certificate is not about to expire',
    es: 'El certificado no está por vencer',
    'pt-BR': 'O certificado não está prestes a expirar',
  },
  skippedCertificateOutsideValidity: {
    en: 'Skipped: the certificate is outside its validity period (see ssl.validity).',
    es: 'Omitido: el certificado está fuera de su vigencia (ver ssl.validity).',
    'pt-BR': 'Ignorado: o certificado está fora da validade (veja ssl.validity).',
  },
  daysValidityLeftLeast: (left: number, minDays: number) => ({
    en: `${left} days of validity left (at least ${minDays} wanted).`,
    es: `Quedan ${left} días de vigencia (se piden al menos ${minDays}).`,
    'pt-BR': `Restam ${left} dias de validade (o mínimo é ${minDays}).`,
  }),
  certificateExpiresDaysUnder: (left: number, notAfter: string, minDays: number) => ({
    en: `The certificate expires in ${left} days (${notAfter}), under the ${minDays}-day margin.`,
    es: `El certificado vence en ${left} días (${notAfter}), menos que el margen de ${minDays} días.`,
    'pt-BR': `O certificado expira em ${left} dias (${notAfter}), abaixo da margem de ${minDays} dias.`,
  }),
  renewNowCheckThat: {
    en: "Renew it now and check that automatic renewal works (certbot renew --dry-run, or your host's managed TLS).",
    es: 'Renuévalo ahora y verifica que la renovación automática funcione (certbot renew --dry-run o el TLS administrado de tu hosting).',
    'pt-BR': 'Renove-o agora e verifique se a renovação automática funciona (certbot renew --dry-run ou o TLS gerenciado da sua hospedagem).',
  },
});

const DAY = 86_400_000;

export const expiryWindow: CheckDefinition = {
  id: 'ssl.expiry-window',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
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
        return skip(T.skippedCertificateOutsideValidity);
      }
      const remainingDays = (notAfter - now.getTime()) / DAY;
      const lifetimeDays = (notAfter - notBefore) / DAY;
      const minDays = Math.min(thresholds.expiryMinDays, lifetimeDays / 3);
      const facts = { notAfter: leaf.notAfter, remainingDays: round(remainingDays), lifetimeDays: round(lifetimeDays), minDays: round(minDays) };
      const left = Math.floor(remainingDays);
      if (remainingDays >= minDays) {
        return pass(T.daysValidityLeftLeast(left, round(minDays)), facts);
      }
      return fail(T.certificateExpiresDaysUnder(left, leaf.notAfter.slice(0, 10), round(minDays)), T.renewNowCheckThat, facts);
    });
  },
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
