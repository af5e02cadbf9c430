import { text } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const TRUST_MESSAGES = {
  'self-signed': text('The certificate is self-signed: browsers and Mercado Pago\'s servers will not trust it.', 'El certificado es autofirmado: los navegadores y los servidores de Mercado Pago no confiarán en él.', 'O certificado é autoassinado: navegadores e os servidores do Mercado Pago não confiarão nele.'),
  'untrusted-root': text('The chain ends at a root that is not in the trust store.', 'La cadena termina en una raíz que no está en el almacén de confianza.', 'A cadeia termina em uma raiz que não está no repositório de confiança.'),
  'incomplete-chain': text('The chain is incomplete: the server does not send the intermediate certificate(s) that lead to a trusted root.', 'La cadena está incompleta: el servidor no envía los certificados intermedios que llevan a una raíz confiable.', 'A cadeia está incompleta: o servidor não envia o(s) certificado(s) intermediário(s) que levam a uma raiz confiável.'),
} as const;

export const certificateTrust: CheckDefinition = {
  id: 'ssl.certificate-trust',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Certificate chain is trusted', 'La cadena del certificado es confiable', 'A cadeia do certificado é confiável'),
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const facts = { verdict: tls.trust.verdict, path: tls.trust.path, opensslError: tls.trust.opensslError ?? null, served: tls.chain.length };
      if (tls.trust.verdict === 'trusted') {
        return pass(text(`The served chain validates to a trusted root (${tls.trust.path.length} certificates).`, `La cadena servida valida hasta una raíz confiable (${tls.trust.path.length} certificados).`, `A cadeia servida é validada até uma raiz confiável (${tls.trust.path.length} certificados).`), facts);
      }
      return fail(
        TRUST_MESSAGES[tls.trust.verdict],
        tls.trust.verdict === 'incomplete-chain'
          ? text('Configure the server with the full chain (leaf followed by the intermediates, e.g. fullchain.pem), not the leaf alone.', 'Configura el servidor con la cadena completa (el certificado seguido de los intermedios, p. ej. fullchain.pem), no solo el certificado final.', 'Configure o servidor com a cadeia completa (o certificado seguido dos intermediários, ex.: fullchain.pem), não apenas o certificado final.')
          : text('Install a certificate issued by a public certificate authority (Let\'s Encrypt is free) with its full chain.', 'Instala un certificado emitido por una autoridad pública (Let\'s Encrypt es gratuita) con su cadena completa.', 'Instale um certificado emitido por uma autoridade pública (a Let\'s Encrypt é gratuita) com a cadeia completa.'),
        facts,
      );
    });
  },
};
