import { join, type Text, text, texts } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Certificate chain is not trusted', es: 'La cadena del certificado no es confiable', 'pt-BR': 'A cadeia do certificado não é confiável' },
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
  verificationError: (what: Text, code: string) => ({
    en: `The chain leads to a trusted root, but OpenSSL rejects it as a browser would: ${what.en} (${code}).`,
    es: `La cadena llega a una raíz confiable, pero OpenSSL la rechaza como lo haría un navegador: ${what.es} (${code}).`,
    'pt-BR': `A cadeia chega a uma raiz confiável, mas o OpenSSL a rejeita como um navegador faria: ${what['pt-BR']} (${code}).`,
  }),
  reissueForServer: {
    en: 'Reissue the certificate from your CA as a TLS server certificate (extended key usage serverAuth, a name the issuing CA may certify), with its current intermediates.',
    es: 'Vuelve a emitir el certificado con tu CA como certificado de servidor TLS (uso extendido serverAuth, un nombre que la CA emisora pueda certificar), con sus intermedios actuales.',
    'pt-BR': 'Emita novamente o certificado com sua CA como certificado de servidor TLS (uso estendido serverAuth, um nome que a CA emissora possa certificar), com os intermediários atuais.',
  },
  offPath: (count: number) => ({
    en: ` The server also sends ${count} certificate(s) off that path (an old cross-sign or a duplicate); browsers ignore them.`,
    es: ` El servidor también envía ${count} certificado(s) fuera de esa ruta (una firma cruzada vieja o un duplicado); los navegadores los ignoran.`,
    'pt-BR': ` O servidor também envia ${count} certificado(s) fora desse caminho (uma assinatura cruzada antiga ou uma duplicata); os navegadores os ignoram.`,
  }),
  noHandshake: {
    en: ' (Judged from the TLS 1.2 flight: no handshake completes without a client certificate.)',
    es: ' (Juzgado por el primer vuelo de TLS 1.2: ningún handshake se completa sin certificado de cliente.)',
    'pt-BR': ' (Julgado pelo primeiro voo do TLS 1.2: nenhum handshake se completa sem certificado de cliente.)',
  },
});

/** OpenSSL's verification errors in words; other codes are named as they are. */
const ERRORS: Readonly<Record<string, Text>> = {
  INVALID_PURPOSE: text(
    'the certificate is not for TLS server authentication (its extended key usage)',
    'el certificado no es para autenticación de servidor TLS (su uso extendido de clave)',
    'o certificado não é para autenticação de servidor TLS (seu uso estendido de chave)',
  ),
  PERMITTED_VIOLATION: text(
    'the name is outside what the issuing CA may certify (name constraints)',
    'el nombre está fuera de lo que la CA emisora puede certificar (restricciones de nombre)',
    'o nome está fora do que a CA emissora pode certificar (restrições de nome)',
  ),
  EXCLUDED_VIOLATION: text(
    "the name is excluded by the issuing CA's name constraints",
    'el nombre está excluido por las restricciones de nombre de la CA emisora',
    'o nome está excluído pelas restrições de nome da CA emissora',
  ),
  // Node.js has no name for some OpenSSL codes (a name-constraints violation among them).
  UNSPECIFIED: text(
    'an error Node.js does not name (a name-constraints violation is one)',
    'un error que Node.js no nombra (una violación de restricciones de nombre es uno)',
    'um erro que o Node.js não nomeia (uma violação de restrições de nome é um deles)',
  ),
  INVALID_CA: text('an issuer in the chain is not a CA certificate', 'un emisor de la cadena no es un certificado de CA', 'um emissor da cadeia não é um certificado de CA'),
  PATH_LENGTH_EXCEEDED: text(
    'the chain is longer than an issuer allows (path length)',
    'la cadena es más larga de lo que un emisor permite (longitud de ruta)',
    'a cadeia é mais longa do que um emissor permite (comprimento de caminho)',
  ),
  CERT_SIGNATURE_FAILURE: text('a signature in the chain does not verify', 'una firma de la cadena no verifica', 'uma assinatura da cadeia não confere'),
  CERT_REVOKED: text('a certificate in the chain is revoked', 'un certificado de la cadena está revocado', 'um certificado da cadeia está revogado'),
};

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
  failureTitle: T.failureTitle,
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const trust = tls.trust;
      const facts = {
        verdict: trust.verdict,
        path: trust.path,
        opensslError: trust.opensslError ?? null,
        countedError: trust.countedError ?? null,
        offPath: trust.offPath,
        served: tls.served.length,
        verifiedByOpenssl: trust.verifiedByOpenssl,
      };
      const note = join([...(trust.offPath.length > 0 ? [T.offPath(trust.offPath.length)] : []), ...(trust.verifiedByOpenssl ? [] : [T.noHandshake])], '');
      if (trust.verdict === 'trusted' && trust.countedError) {
        const code = trust.countedError;
        const what = ERRORS[code] ?? text('a verification error', 'un error de verificación', 'um erro de verificação');
        return fail(join([T.verificationError(what, code), note], ''), T.reissueForServer, facts);
      }
      if (trust.verdict === 'trusted') {
        return pass(join([T.servedChainValidatesTrusted(trust.path.length), note], ''), facts);
      }
      const verdict = trust.verdict;
      return fail(join([TRUST_MESSAGES[verdict], note], ''), verdict === 'incomplete-chain' ? T.configureServerWithFull : T.installCertificateIssuedPublic, facts);
    });
  },
};
