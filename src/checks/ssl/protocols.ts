import { texts } from '../../i18n/text.js';
import { fail, pass, probeFailed, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'TLS 1.0/1.1 offered, or TLS 1.2/1.3 missing', es: 'Se ofrece TLS 1.0/1.1, o falta TLS 1.2/1.3', 'pt-BR': 'TLS 1.0/1.1 oferecido, ou TLS 1.2/1.3 ausente' },
  clientCertificate: (list: string) => ({
    en: `The server demands a client certificate (mutual TLS) before it completes any handshake: a buyer's browser cannot open the page. Versions it answers: ${list}.`,
    es: `El servidor exige un certificado de cliente (TLS mutuo) antes de completar cualquier handshake: el navegador de un comprador no puede abrir la página. Versiones que responde: ${list}.`,
    'pt-BR': `O servidor exige um certificado de cliente (TLS mútuo) antes de concluir qualquer handshake: o navegador de um comprador não consegue abrir a página. Versões que responde: ${list}.`,
  }),
  noClientCertificate: {
    en: 'Turn off client-certificate authentication on the public checkout host (nginx: ssl_verify_client off; Apache: SSLVerifyClient none), or point site-url at the public host.',
    es: 'Desactiva la autenticación con certificado de cliente en el host público del checkout (nginx: ssl_verify_client off; Apache: SSLVerifyClient none), o apunta site-url al host público.',
    'pt-BR': 'Desative a autenticação por certificado de cliente no host público do checkout (nginx: ssl_verify_client off; Apache: SSLVerifyClient none), ou aponte site-url para o host público.',
  },
  title: {
    en: 'Only TLS 1.2 and 1.3 are offered',
    es: 'Solo se ofrecen TLS 1.2 y 1.3',
    'pt-BR': 'Apenas TLS 1.2 e 1.3 são oferecidos',
  },
  disableTls10: {
    en: 'Disable TLS 1.0 and 1.1 on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), as PCI DSS requires.',
    es: 'Desactiva TLS 1.0 y 1.1 en el servidor (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), como exige PCI DSS.',
    'pt-BR': 'Desative TLS 1.0 e 1.1 no servidor (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), como exige o PCI DSS.',
  },
  serverStillOffersWhich: (list: string) => ({
    en: `The server still offers ${list}, which PCI DSS forbids for payment pages.`,
    es: `El servidor todavía ofrece ${list}, prohibido por PCI DSS en páginas de pago.`,
    'pt-BR': `O servidor ainda oferece ${list}, proibido pelo PCI DSS em páginas de pagamento.`,
  }),
  serverOffersNeitherTls: {
    en: 'The server offers neither TLS 1.2 nor TLS 1.3.',
    es: 'El servidor no ofrece TLS 1.2 ni TLS 1.3.',
    'pt-BR': 'O servidor não oferece TLS 1.2 nem TLS 1.3.',
  },
  enableTls12: {
    en: 'Enable TLS 1.2 and TLS 1.3 on the server.',
    es: 'Habilita TLS 1.2 y TLS 1.3 en el servidor.',
    'pt-BR': 'Habilite TLS 1.2 e TLS 1.3 no servidor.',
  },
  offersTls10: (list: string) => ({
    en: `Offers ${list}; TLS 1.0 and 1.1 are refused.`,
    es: `Ofrece ${list}; TLS 1.0 y 1.1 son rechazados.`,
    'pt-BR': `Oferece ${list}; TLS 1.0 e 1.1 são recusados.`,
  }),
});

export const protocols: CheckDefinition = {
  id: 'ssl.protocols',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://wiki.mozilla.org/Security/Server_Side_TLS',
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const offered = tls.protocols.filter((p) => p.offered === true).map((p) => p.version);
      const unknown = tls.protocols.filter((p) => p.offered === null);
      const facts = { offered, notOffered: tls.protocols.filter((p) => p.offered === false).map((p) => p.version), unknown: unknown.map((p) => `${p.version}: ${p.detail ?? ''}`) };
      const legacy = offered.filter((v) => v === 'TLSv1' || v === 'TLSv1.1');
      if (tls.clientCertificate === 'required') {
        // The versions are served; the missing client certificate is what stops every handshake.
        return fail(T.clientCertificate(offered.map(label).join(', ') || '—'), T.noClientCertificate, { ...facts, clientCertificate: 'required' });
      }
      const disable = T.disableTls10;
      if (legacy.length > 0) {
        const list = legacy.map(label).join(', ');
        return fail(T.serverStillOffersWhich(list), disable, facts);
      }
      const modern = offered.filter((v) => v === 'TLSv1.2' || v === 'TLSv1.3');
      if (unknown.length > 0) {
        const list = unknown.map((p) => `${label(p.version)} (${p.detail ?? '?'})`).join(', ');
        return probeFailed({ kind: 'tls', message: `could not tell whether the server offers ${list}` });
      }
      if (modern.length === 0) {
        return fail(T.serverOffersNeitherTls, T.enableTls12, facts);
      }
      const list = modern.map(label).join(', ');
      return pass(T.offersTls10(list), facts);
    });
  },
};

function label(version: string): string {
  return version === 'TLSv1' ? 'TLS 1.0' : version.replace('TLSv', 'TLS ');
}
