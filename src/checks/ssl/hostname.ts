import { text } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

export const hostname: CheckDefinition = {
  id: 'ssl.hostname',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Certificate names the host', 'El certificado nombra al host', 'O certificado contém o nome do host'),
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const names = tls.chain[0]?.subjectAltNames ?? [];
      const facts = { host: tls.host, subjectAltNames: names, subject: tls.chain[0]?.subject ?? null };
      if (tls.hostnameMatches) {
        return pass(text(`The certificate is valid for ${tls.host}.`, `El certificado es válido para ${tls.host}.`, `O certificado é válido para ${tls.host}.`), facts);
      }
      const listed = names.length > 0 ? names.join(', ') : '—';
      return fail(
        text(`The certificate does not name ${tls.host}; it names: ${listed}.`, `El certificado no nombra ${tls.host}; nombra: ${listed}.`, `O certificado não contém ${tls.host}; contém: ${listed}.`),
        text(`Issue a certificate whose Subject Alternative Names include ${tls.host}.`, `Emite un certificado cuyos Subject Alternative Names incluyan ${tls.host}.`, `Emita um certificado cujos Subject Alternative Names incluam ${tls.host}.`),
        facts,
      );
    });
  },
};
