import { texts } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  certificateSelfSignedBrowsers: {
    en: "The certificate is self-signed: browsers and Mercado Pago's servers will not trust it.",
    es: 'El certificado es autofirmado: los navegadores y los servidores de Mercado Pago no confiarán en él.',
    'pt-BR': 'O certificado é autoassinado: navegadores e os servidores do Mercado Pago não confiarão nele.',
  },
  chainEndsRootThat: {
    en: 'The chain ends at a root that is not in the trust store.',
    es: 'La cadena termina en una raíz que no está en el almacén de confianza.',
    'pt-BR': 'A cadeia termina em uma raiz que não está no repositório de confiança.',
  },
  chainIncompleteServerDoes: {
    en: 'The chain is incomplete: the server does not send the intermediate certificate(s) that lead to a trusted root.',
    es: 'La cadena está incompleta: el servidor no envía los certificados intermedios que llevan a una raíz confiable.',
    'pt-BR': 'A cadeia está incompleta: o servidor não envia o(s) certificado(s) intermediário(s) que levam a uma raiz confiável.',
  },
  title: {
    en: 'Certificate chain is trusted',
    es: 'La cadena del certificado es confiable',
    'pt-BR': 'A cadeia do certificado é confiável',
  },
  servedChainValidatesTrusted: (length: number) => ({
    en: `The served chain validates to a trusted root (${length} certificates).`,
    es: `La cadena servida valida hasta una raíz confiable (${length} certificados).`,
    'pt-BR': `A cadeia servida é validada até uma raiz confiável (${length} certificados).`,
  }),
  configureServerWithFull: {
    en: 'Configure the server with the full chain (leaf followed by the intermediates, e.g. fullchain.pem), not the leaf alone.',
    es: 'Configura el servidor con la cadena completa (el certificado seguido de los intermedios, p. ej. fullchain.pem), no solo el certificado final.',
    'pt-BR': 'Configure o servidor com a cadeia completa (o certificado seguido dos intermediários, ex.: fullchain.pem), não apenas o certificado final.',
  },
  installCertificateIssuedPublic: {
    en: "Install a certificate issued by a public certificate authority (Let's Encrypt is free) with its full chain.",
    es: "Instala un certificado emitido por una autoridad pública (Let's Encrypt es gratuita) con su cadena completa.",
    'pt-BR': "Instale um certificado emitido por uma autoridade pública (a Let's Encrypt é gratuita) com a cadeia completa.",
  },
});

const TRUST_MESSAGES = {
  'self-signed': T.certificateSelfSignedBrowsers,
  'untrusted-root': T.chainEndsRootThat,
  'incomplete-chain': T.chainIncompleteServerDoes,
} as const;

export const certificateTrust: CheckDefinition = {
  id: 'ssl.certificate-trust',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const facts = { verdict: tls.trust.verdict, path: tls.trust.path, opensslError: tls.trust.opensslError ?? null, served: tls.chain.length };
      if (tls.trust.verdict === 'trusted') {
        return pass(T.servedChainValidatesTrusted(tls.trust.path.length), facts);
      }
      return fail(TRUST_MESSAGES[tls.trust.verdict], tls.trust.verdict === 'incomplete-chain' ? T.configureServerWithFull : T.installCertificateIssuedPublic, facts);
    });
  },
};
