import { text } from '../i18n/text.js';
import { fail, pass, withTls } from './support/outcomes.js';
import type { CheckDefinition } from './types.js';

const GO_LIVE_DOCS = '/docs/checkout-api/go-to-production/requirements';

export const https: CheckDefinition = {
  id: 'ssl.https',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Payment page served over HTTPS', 'Página de pago servida por HTTPS', 'Página de pagamento servida via HTTPS'),
  docs: GO_LIVE_DOCS,
  evaluate(_evidence, { siteUrl }) {
    if (siteUrl.protocol === 'https:') {
      return pass(text('site-url uses https.', 'site-url usa https.', 'site-url usa https.'), { scheme: 'https' });
    }
    return fail(
      text('site-url uses plain http: Mercado Pago requires the payment form on an HTTPS page in production.', 'site-url usa http sin cifrar: Mercado Pago exige el formulario de pago en una página HTTPS en producción.', 'site-url usa http sem criptografia: o Mercado Pago exige o formulário de pagamento em uma página HTTPS em produção.'),
      text('Install a TLS certificate on the site, serve the checkout over https:// and pass that URL as site-url.', 'Instala un certificado TLS en el sitio, sirve el checkout por https:// y pasa esa URL en site-url.', 'Instale um certificado TLS no site, sirva o checkout via https:// e informe essa URL em site-url.'),
      { scheme: siteUrl.protocol.replace(':', '') },
    );
  },
};

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

export const hostname: CheckDefinition = {
  id: 'ssl.hostname',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Certificate names the host', 'El certificado nombra al host', 'O certificado contém o nome do host'),
  docs: GO_LIVE_DOCS,
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

export const validity: CheckDefinition = {
  id: 'ssl.validity',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Certificate is within its validity period', 'El certificado está dentro de su vigencia', 'O certificado está dentro da validade'),
  docs: GO_LIVE_DOCS,
  evaluate(evidence, { now }) {
    return withTls(evidence.tls, (tls) => {
      const leaf = tls.chain[0];
      if (!leaf) return fail(text('The server sent no certificate.', 'El servidor no envió certificado.', 'O servidor não enviou certificado.'), text('Configure a certificate on the server.', 'Configura un certificado en el servidor.', 'Configure um certificado no servidor.'));
      const facts = { notBefore: leaf.notBefore, notAfter: leaf.notAfter, now: now.toISOString() };
      const renew = text('Renew the certificate and install it (with automatic renewal, e.g. certbot or your host\'s managed TLS).', 'Renueva el certificado e instálalo (con renovación automática, p. ej. certbot o el TLS administrado de tu hosting).', 'Renove o certificado e instale-o (com renovação automática, ex.: certbot ou o TLS gerenciado da sua hospedagem).');
      if (now.getTime() > Date.parse(leaf.notAfter)) {
        const day = leaf.notAfter.slice(0, 10);
        return fail(text(`The certificate expired on ${day}.`, `El certificado venció el ${day}.`, `O certificado expirou em ${day}.`), renew, facts);
      }
      if (now.getTime() < Date.parse(leaf.notBefore)) {
        const day = leaf.notBefore.slice(0, 10);
        return fail(
          text(`The certificate is not valid yet: it starts on ${day}.`, `El certificado aún no es válido: empieza el ${day}.`, `O certificado ainda não é válido: começa em ${day}.`),
          text('Check the server clock and the certificate dates; install a certificate that is valid now.', 'Revisa el reloj del servidor y las fechas del certificado; instala uno válido ahora.', 'Verifique o relógio do servidor e as datas do certificado; instale um certificado válido agora.'),
          facts,
        );
      }
      // An expired intermediate breaks the chain as surely as an expired leaf (store roots are the client's own copy).
      const staleIntermediate = tls.chain.slice(1).find((c) => !c.inTrustStore && !c.selfIssued && (now.getTime() > Date.parse(c.notAfter) || now.getTime() < Date.parse(c.notBefore)));
      if (staleIntermediate) {
        const name = /CN=([^,]+)/.exec(staleIntermediate.subject)?.[1] ?? staleIntermediate.subject;
        const range = `${staleIntermediate.notBefore.slice(0, 10)}..${staleIntermediate.notAfter.slice(0, 10)}`;
        return fail(
          text(`The intermediate certificate "${name}" the server sends is outside its validity (${range}).`, `El certificado intermedio "${name}" que envía el servidor está fuera de su vigencia (${range}).`, `O certificado intermediário "${name}" enviado pelo servidor está fora da validade (${range}).`),
          text("Replace the intermediates with the CA's current ones (download the chain again, e.g. fullchain.pem).", 'Reemplaza los intermedios por los actuales de la CA (descarga de nuevo la cadena, p. ej. fullchain.pem).', 'Substitua os intermediários pelos atuais da CA (baixe a cadeia novamente, ex.: fullchain.pem).'),
          { ...facts, intermediate: { subject: staleIntermediate.subject, notBefore: staleIntermediate.notBefore, notAfter: staleIntermediate.notAfter } },
        );
      }
      const day = leaf.notAfter.slice(0, 10);
      return pass(text(`Valid until ${day}.`, `Válido hasta el ${day}.`, `Válido até ${day}.`), facts);
    });
  },
};
