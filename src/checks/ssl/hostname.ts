import { texts } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Certificate does not name the host', es: 'El certificado no incluye el nombre del host', 'pt-BR': 'O certificado não contém o nome do host' },
  cnOnlyNoSan: (host: string) => ({
    en: `The certificate names ${host} only in its subject CN and has no subjectAltName: browsers ignore the CN and refuse it.`,
    es: `El certificado nombra ${host} solo en el CN del sujeto y no tiene subjectAltName: los navegadores ignoran el CN y lo rechazan.`,
    'pt-BR': `O certificado contém ${host} apenas no CN do titular e não tem subjectAltName: os navegadores ignoram o CN e o recusam.`,
  }),
  cnOnly: (host: string, names: string) => ({
    en: `The certificate names ${host} only in its subject CN, which browsers ignore; its subjectAltNames are: ${names}.`,
    es: `El certificado nombra ${host} solo en el CN del sujeto, que los navegadores ignoran; sus subjectAltNames son: ${names}.`,
    'pt-BR': `O certificado contém ${host} apenas no CN do titular, que os navegadores ignoram; seus subjectAltNames são: ${names}.`,
  }),
  title: {
    en: 'Certificate names the host',
    es: 'El certificado nombra al host',
    'pt-BR': 'O certificado contém o nome do host',
  },
  certificateValid: (host: string) => ({
    en: `The certificate is valid for ${host}.`,
    es: `El certificado es válido para ${host}.`,
    'pt-BR': `O certificado é válido para ${host}.`,
  }),
  certificateDoesNotName: (host: string, listed: string) => ({
    en: `The certificate does not name ${host}; it names: ${listed}.`,
    es: `El certificado no nombra ${host}; nombra: ${listed}.`,
    'pt-BR': `O certificado não contém ${host}; contém: ${listed}.`,
  }),
  issueCertificateWhoseSubject: (host: string) => ({
    en: `Issue a certificate whose Subject Alternative Names include ${host}.`,
    es: `Emite un certificado cuyos Subject Alternative Names incluyan ${host}.`,
    'pt-BR': `Emita um certificado cujos Subject Alternative Names incluam ${host}.`,
  }),
});

export const hostname: CheckDefinition = {
  id: 'ssl.hostname',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const names = tls.chain[0]?.subjectAltNames ?? [];
      const h = tls.hostname;
      const facts = {
        host: tls.host,
        subjectAltNames: names,
        subject: tls.chain[0]?.subject ?? null,
        matchedName: h.matchedName ?? null,
        commonNameOnly: h.commonNameOnly,
        noSubjectAltName: h.noSubjectAltName,
      };
      if (tls.hostnameMatches) {
        return pass(T.certificateValid(tls.host), facts);
      }
      // Browsers stopped reading the subject CN (Chrome 58, Firefox 48): a name only there is no name.
      if (h.commonNameOnly) {
        return fail(h.noSubjectAltName ? T.cnOnlyNoSan(tls.host) : T.cnOnly(tls.host, names.join(', ')), T.issueCertificateWhoseSubject(tls.host), facts);
      }
      const listed = names.length > 0 ? names.join(', ') : '—';
      return fail(T.certificateDoesNotName(tls.host, listed), T.issueCertificateWhoseSubject(tls.host), facts);
    });
  },
};
