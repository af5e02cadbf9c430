import { join, text, type Text } from '../i18n/text.js';
import type { CertificateInfo } from '../probes/tls/certificate.js';
import { fail, pass, probeFailed, skip, withTls } from './support/outcomes.js';
import type { CheckDefinition } from './types.js';

const GO_LIVE_DOCS = '/docs/checkout-api/go-to-production/requirements';
const DAY = 86_400_000;

export const expiryWindow: CheckDefinition = {
  id: 'ssl.expiry-window',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: text('Certificate is not about to expire', 'El certificado no está por vencer', 'O certificado não está prestes a expirar'),
  docs: GO_LIVE_DOCS,
  defaults: { expiryMinDays: 30 },
  evaluate(evidence, { now, thresholds }) {
    return withTls(evidence.tls, (tls) => {
      const leaf = tls.chain[0];
      if (!leaf) return probeFailed({ kind: 'tls', message: 'the server sent no certificate' });
      const notBefore = Date.parse(leaf.notBefore);
      const notAfter = Date.parse(leaf.notAfter);
      if (now.getTime() < notBefore || now.getTime() > notAfter) {
        return skip(text('Skipped: the certificate is outside its validity period (see ssl.validity).', 'Omitido: el certificado está fuera de su vigencia (ver ssl.validity).', 'Ignorado: o certificado está fora da validade (veja ssl.validity).'));
      }
      const remainingDays = (notAfter - now.getTime()) / DAY;
      const lifetimeDays = (notAfter - notBefore) / DAY;
      const minDays = Math.min(thresholds.expiryMinDays, lifetimeDays / 3);
      const facts = { notAfter: leaf.notAfter, remainingDays: round(remainingDays), lifetimeDays: round(lifetimeDays), minDays: round(minDays) };
      const left = Math.floor(remainingDays);
      if (remainingDays >= minDays) {
        return pass(text(`${left} days of validity left (at least ${round(minDays)} wanted).`, `Quedan ${left} días de vigencia (se piden al menos ${round(minDays)}).`, `Restam ${left} dias de validade (o mínimo é ${round(minDays)}).`), facts);
      }
      return fail(
        text(`The certificate expires in ${left} days (${leaf.notAfter.slice(0, 10)}), under the ${round(minDays)}-day margin.`, `El certificado vence en ${left} días (${leaf.notAfter.slice(0, 10)}), menos que el margen de ${round(minDays)} días.`, `O certificado expira em ${left} dias (${leaf.notAfter.slice(0, 10)}), abaixo da margem de ${round(minDays)} dias.`),
        text('Renew it now and check that automatic renewal works (certbot renew --dry-run, or your host\'s managed TLS).', 'Renuévalo ahora y verifica que la renovación automática funcione (certbot renew --dry-run o el TLS administrado de tu hosting).', 'Renove-o agora e verifique se a renovação automática funciona (certbot renew --dry-run ou o TLS gerenciado da sua hospedagem).'),
        facts,
      );
    });
  },
};

export const protocols: CheckDefinition = {
  id: 'ssl.protocols',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Only TLS 1.2 and 1.3 are offered', 'Solo se ofrecen TLS 1.2 y 1.3', 'Apenas TLS 1.2 e 1.3 são oferecidos'),
  docs: 'https://wiki.mozilla.org/Security/Server_Side_TLS',
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const offered = tls.protocols.filter((p) => p.offered === true).map((p) => p.version);
      const unknown = tls.protocols.filter((p) => p.offered === null);
      const facts = { offered, notOffered: tls.protocols.filter((p) => p.offered === false).map((p) => p.version), unknown: unknown.map((p) => `${p.version}: ${p.detail ?? ''}`) };
      const legacy = offered.filter((v) => v === 'TLSv1' || v === 'TLSv1.1');
      const disable = text(
        'Disable TLS 1.0 and 1.1 on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), as PCI DSS requires.',
        'Desactiva TLS 1.0 y 1.1 en el servidor (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), como exige PCI DSS.',
        'Desative TLS 1.0 e 1.1 no servidor (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), como exige o PCI DSS.',
      );
      if (legacy.length > 0) {
        const list = legacy.map(label).join(', ');
        return fail(text(`The server still offers ${list}, which PCI DSS forbids for payment pages.`, `El servidor todavía ofrece ${list}, prohibido por PCI DSS en páginas de pago.`, `O servidor ainda oferece ${list}, proibido pelo PCI DSS em páginas de pagamento.`), disable, facts);
      }
      const modern = offered.filter((v) => v === 'TLSv1.2' || v === 'TLSv1.3');
      if (unknown.length > 0) {
        const list = unknown.map((p) => `${label(p.version)} (${p.detail ?? '?'})`).join(', ');
        return probeFailed({ kind: 'tls', message: `could not tell whether the server offers ${list}` });
      }
      if (modern.length === 0) {
        return fail(text('The server offers neither TLS 1.2 nor TLS 1.3.', 'El servidor no ofrece TLS 1.2 ni TLS 1.3.', 'O servidor não oferece TLS 1.2 nem TLS 1.3.'), text('Enable TLS 1.2 and TLS 1.3 on the server.', 'Habilita TLS 1.2 y TLS 1.3 en el servidor.', 'Habilite TLS 1.2 e TLS 1.3 no servidor.'), facts);
      }
      const list = modern.map(label).join(', ');
      return pass(text(`Offers ${list}; TLS 1.0 and 1.1 are refused.`, `Ofrece ${list}; TLS 1.0 y 1.1 son rechazados.`, `Oferece ${list}; TLS 1.0 e 1.1 são recusados.`), facts);
    });
  },
};

/** Minimum key sizes: NIST SP 800-57 / CA/Browser Forum baseline. */
const MIN_BITS: Readonly<Record<string, number>> = { rsa: 2048, 'rsa-pss': 2048, dsa: 2048, ec: 256 };

export const keyAndSignature: CheckDefinition = {
  id: 'ssl.key-and-signature',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Strong key and signature in the chain', 'Clave y firma robustas en la cadena', 'Chave e assinatura fortes na cadeia'),
  docs: 'https://wiki.mozilla.org/Security/Server_Side_TLS',
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const problems: Text[] = [];
      const certificates = tls.chain.map((c, i) => {
        const role = i === 0 ? 'leaf' : c.inTrustStore ? 'trust-store root' : c.selfIssued ? 'root' : ('intermediate' as const);
        const named = ROLE_NAMES[role];
        const at = (what: string): Text => text(`${named.en} ${shortName(c)}: ${what}`, `${named.es} ${shortName(c)}: ${what}`, `${named['pt-BR']} ${shortName(c)}: ${what}`);
        const weakKey = isWeakKey(c);
        // A root's own signature is never checked by clients (they trust the root itself).
        const weakSignature = !c.selfIssued && /sha1|md5|md2/i.test(c.signatureAlgorithm);
        if (weakKey && !c.inTrustStore) problems.push(at(`${c.keyType.toUpperCase()} ${c.keyBits ?? '?'} bits`));
        if (weakSignature) problems.push(at(c.signatureAlgorithm));
        return { role, subject: c.subject, keyType: c.keyType, keyBits: c.keyBits ?? null, signatureAlgorithm: c.signatureAlgorithm, weakKey: weakKey && !c.inTrustStore, weakSignature };
      });
      const facts = { certificates, weakOnlyHandshake: tls.weakOnlyHandshake };
      if (problems.length > 0) {
        const list = join(problems, '; ');
        const weak = tls.weakOnlyHandshake;
        return fail(
          text(
            `Weak cryptography in the served chain: ${list.en}.${weak ? ' A client at default security settings cannot even complete the handshake.' : ''}`,
            `Criptografía débil en la cadena servida: ${list.es}.${weak ? ' Un cliente con la configuración de seguridad por defecto ni siquiera completa el handshake.' : ''}`,
            `Criptografia fraca na cadeia servida: ${list['pt-BR']}.${weak ? ' Um cliente com as configurações de segurança padrão nem completa o handshake.' : ''}`,
          ),
          text('Reissue the certificate with an RSA key of at least 2048 bits (or ECDSA P-256) signed with SHA-256 or stronger, and serve the CA\'s current intermediates.', 'Vuelve a emitir el certificado con una clave RSA de al menos 2048 bits (o ECDSA P-256) firmada con SHA-256 o superior, y sirve los intermedios actuales de la CA.', 'Emita novamente o certificado com chave RSA de pelo menos 2048 bits (ou ECDSA P-256) assinada com SHA-256 ou superior, e sirva os intermediários atuais da CA.'),
          facts,
        );
      }
      const leaf = tls.chain[0];
      const what = leaf ? `${leaf.keyType.toUpperCase()} ${leaf.keyBits ?? ''}`.trim() + `, ${leaf.signatureAlgorithm}` : '';
      return pass(text(`Keys and signatures are strong (leaf: ${what}).`, `Claves y firmas robustas (certificado: ${what}).`, `Chaves e assinaturas fortes (certificado: ${what}).`), facts);
    });
  },
};

const ROLE_NAMES: Readonly<Record<'leaf' | 'trust-store root' | 'root' | 'intermediate', Text>> = {
  leaf: text('leaf', 'certificado final', 'certificado final'),
  'trust-store root': text('trust-store root', 'raíz del almacén de confianza', 'raiz do repositório de confiança'),
  root: text('root', 'raíz', 'raiz'),
  intermediate: text('intermediate', 'intermedio', 'intermediário'),
};

function isWeakKey(c: CertificateInfo): boolean {
  const min = MIN_BITS[c.keyType];
  if (min === undefined) return c.keyType === 'unknown';
  return c.keyBits === undefined || c.keyBits < min;
}

function shortName(c: CertificateInfo): string {
  return /CN=([^,]+)/.exec(c.subject)?.[1] ?? c.subject;
}

function label(version: string): string {
  return version === 'TLSv1' ? 'TLS 1.0' : version.replace('TLSv', 'TLS ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
