import { texts } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
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
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const names = tls.chain[0]?.subjectAltNames ?? [];
      const facts = { host: tls.host, subjectAltNames: names, subject: tls.chain[0]?.subject ?? null };
      if (tls.hostnameMatches) {
        return pass(T.certificateValid(tls.host), facts);
      }
      const listed = names.length > 0 ? names.join(', ') : '—';
      return fail(T.certificateDoesNotName(tls.host, listed), T.issueCertificateWhoseSubject(tls.host), facts);
    });
  },
};
