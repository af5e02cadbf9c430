import { text } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

export const validity: CheckDefinition = {
  id: 'ssl.validity',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Certificate is within its validity period', 'El certificado está dentro de su vigencia', 'O certificado está dentro da validade'),
  docs: GO_LIVE_DOCS,
  reads: ['tls'],
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
