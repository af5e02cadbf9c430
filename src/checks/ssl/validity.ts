import { texts } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Certificate expired or not yet valid', es: 'Certificado vencido o todavía no válido', 'pt-BR': 'Certificado expirado ou ainda não válido' },
  title: {
    en: 'Certificate is within its validity period',
    es: 'El certificado está dentro de su vigencia',
    'pt-BR': 'O certificado está dentro da validade',
  },
  serverSentNoCertificate: {
    en: 'The server sent no certificate.',
    es: 'El servidor no envió certificado.',
    'pt-BR': 'O servidor não enviou certificado.',
  },
  configureCertificateServer: {
    en: 'Configure a certificate on the server.',
    es: 'Configura un certificado en el servidor.',
    'pt-BR': 'Configure um certificado no servidor.',
  },
  renewCertificateInstallWith: {
    en: "Renew the certificate and install it (with automatic renewal, e.g. certbot or your host's managed TLS).",
    es: 'Renueva el certificado e instálalo (con renovación automática, p. ej. certbot o el TLS administrado de tu hosting).',
    'pt-BR': 'Renove o certificado e instale-o (com renovação automática, ex.: certbot ou o TLS gerenciado da sua hospedagem).',
  },
  certificateExpired: (day: string) => ({
    en: `The certificate expired on ${day}.`,
    es: `El certificado venció el ${day}.`,
    'pt-BR': `O certificado expirou em ${day}.`,
  }),
  certificateNotValidYet: (day: string) => ({
    en: `The certificate is not valid yet: it starts on ${day}.`,
    es: `El certificado aún no es válido: empieza el ${day}.`,
    'pt-BR': `O certificado ainda não é válido: começa em ${day}.`,
  }),
  checkServerClockCertificate: {
    en: 'Check the server clock and the certificate dates; install a certificate that is valid now.',
    es: 'Revisa el reloj del servidor y las fechas del certificado; instala uno válido ahora.',
    'pt-BR': 'Verifique o relógio do servidor e as datas do certificado; instale um certificado válido agora.',
  },
  intermediateCertificateServerSends: (name: string, range: string) => ({
    en: `The intermediate certificate "${name}" the server sends is outside its validity (${range}).`,
    es: `El certificado intermedio "${name}" que envía el servidor está fuera de su vigencia (${range}).`,
    'pt-BR': `O certificado intermediário "${name}" enviado pelo servidor está fora da validade (${range}).`,
  }),
  replaceIntermediatesWithCa: {
    en: "Replace the intermediates with the CA's current ones (download the chain again, e.g. fullchain.pem).",
    es: 'Reemplaza los intermedios por los actuales de la CA (descarga de nuevo la cadena, p. ej. fullchain.pem).',
    'pt-BR': 'Substitua os intermediários pelos atuais da CA (baixe a cadeia novamente, ex.: fullchain.pem).',
  },
  validUntil: (day: string) => ({
    en: `Valid until ${day}.`,
    es: `Válido hasta el ${day}.`,
    'pt-BR': `Válido até ${day}.`,
  }),
});

export const validity: CheckDefinition = {
  id: 'ssl.validity',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  evaluate(evidence, { now }) {
    return withTls(evidence.tls, (tls) => {
      const leaf = tls.chain[0];
      if (!leaf) return fail(T.serverSentNoCertificate, T.configureCertificateServer);
      const facts = { notBefore: leaf.notBefore, notAfter: leaf.notAfter, now: now.toISOString() };
      const renew = T.renewCertificateInstallWith;
      if (now.getTime() > Date.parse(leaf.notAfter)) {
        const day = leaf.notAfter.slice(0, 10);
        return fail(T.certificateExpired(day), renew, facts);
      }
      if (now.getTime() < Date.parse(leaf.notBefore)) {
        const day = leaf.notBefore.slice(0, 10);
        return fail(T.certificateNotValidYet(day), T.checkServerClockCertificate, facts);
      }
      // An expired intermediate breaks the chain as surely as an expired leaf (store roots are the client's own copy).
      const staleIntermediate = tls.chain.slice(1).find((c) => !c.inTrustStore && !c.selfIssued && (now.getTime() > Date.parse(c.notAfter) || now.getTime() < Date.parse(c.notBefore)));
      if (staleIntermediate) {
        const name = /CN=([^,]+)/.exec(staleIntermediate.subject)?.[1] ?? staleIntermediate.subject;
        const range = `${staleIntermediate.notBefore.slice(0, 10)}..${staleIntermediate.notAfter.slice(0, 10)}`;
        return fail(T.intermediateCertificateServerSends(name, range), T.replaceIntermediatesWithCa, {
          ...facts,
          intermediate: { subject: staleIntermediate.subject, notBefore: staleIntermediate.notBefore, notAfter: staleIntermediate.notAfter },
        });
      }
      const day = leaf.notAfter.slice(0, 10);
      return pass(T.validUntil(day), facts);
    });
  },
};
