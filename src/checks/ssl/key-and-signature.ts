import { join, type Text, texts } from '../../i18n/text.js';
import type { CertificateInfo } from '../../probes/tls/certificate.js';
import { fail, pass, withTls } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Weak key or signature in the chain', es: 'Clave o firma débil en la cadena', 'pt-BR': 'Chave ou assinatura fraca na cadeia' },
  title: {
    en: 'Strong key and signature in the chain',
    es: 'Clave y firma robustas en la cadena',
    'pt-BR': 'Chave e assinatura fortes na cadeia',
  },
  problemAt: (named: Text, certificate: string, what: string) => ({
    en: `${named.en} ${certificate}: ${what}`,
    es: `${named.es} ${certificate}: ${what}`,
    'pt-BR': `${named['pt-BR']} ${certificate}: ${what}`,
  }),
  weakCryptographyServedChain: (list: Text, weak: boolean) => ({
    en: `Weak or unsupported cryptography on the verified path: ${list.en}.${weak ? ' A client at default security settings cannot even complete the handshake.' : ''}`,
    es: `Criptografía débil o no admitida en la ruta verificada: ${list.es}.${weak ? ' Un cliente con la configuración de seguridad por defecto ni siquiera completa el handshake.' : ''}`,
    'pt-BR': `Criptografia fraca ou não suportada no caminho verificado: ${list['pt-BR']}.${weak ? ' Um cliente com as configurações de segurança padrão nem completa o handshake.' : ''}`,
  }),
  reissueCertificateWithRsa: {
    en: "Reissue the certificate with an RSA key of at least 2048 bits (or ECDSA P-256) signed with SHA-256 or stronger, and serve the CA's current intermediates.",
    es: 'Vuelve a emitir el certificado con una clave RSA de al menos 2048 bits (o ECDSA P-256) firmada con SHA-256 o superior, y sirve los intermedios actuales de la CA.',
    'pt-BR': 'Emita novamente o certificado com chave RSA de pelo menos 2048 bits (ou ECDSA P-256) assinada com SHA-256 ou superior, e sirva os intermediários atuais da CA.',
  },
  keysSignaturesAreStrong: (what: string) => ({
    en: `Keys and signatures are strong (leaf: ${what}).`,
    es: `Claves y firmas robustas (certificado: ${what}).`,
    'pt-BR': `Chaves e assinaturas fortes (certificado: ${what}).`,
  }),
  leaf: {
    en: 'leaf',
    es: 'certificado final',
    'pt-BR': 'certificado final',
  },
  trustStoreRoot: {
    en: 'trust-store root',
    es: 'raíz del almacén de confianza',
    'pt-BR': 'raiz do repositório de confiança',
  },
  root: {
    en: 'root',
    es: 'raíz',
    'pt-BR': 'raiz',
  },
  intermediate: {
    en: 'intermediate',
    es: 'intermedio',
    'pt-BR': 'intermediário',
  },
});

/**
 * The keys a publicly trusted certificate may carry and every browser verifies: RSA of 2048 bits
 * or more, ECDSA on P-256 or P-384 (CA/Browser Forum baseline requirements as Mozilla's and
 * Chrome's root programs apply them). Ed25519, P-521, DSA and RSA-PSS keys: no browser connects.
 */
const BROWSER_CURVES = new Set(['prime256v1', 'P-256', 'secp384r1', 'P-384']);

export const keyAndSignature: CheckDefinition = {
  id: 'ssl.key-and-signature',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://wiki.mozilla.org/Security/Server_Side_TLS',
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const problems: Text[] = [];
      const certificates = tls.chain.map((c, i) => {
        const role = i === 0 ? 'leaf' : c.inTrustStore ? 'trust-store root' : c.selfIssued ? 'root' : ('intermediate' as const);
        const named = ROLE_NAMES[role];
        const at = (what: string): Text => T.problemAt(named, shortName(c), what);
        const badKey = keyProblem(c);
        const weakKey = badKey !== undefined;
        // A root's own signature is never checked by clients (they trust the root itself).
        const weakSignature = !c.selfIssued && /sha1|md5|md2/i.test(c.signatureAlgorithm);
        if (badKey && !c.inTrustStore) problems.push(at(badKey));
        if (weakSignature) problems.push(at(c.signatureAlgorithm));
        return { role, subject: c.subject, keyType: c.keyType, keyBits: c.keyBits ?? null, signatureAlgorithm: c.signatureAlgorithm, weakKey: weakKey && !c.inTrustStore, weakSignature };
      });
      // Only the verified path counts (tls.chain): a SHA-1 cross-sign sent off it is never used by a browser.
      const facts = { certificates, weakOnlyHandshake: tls.weakOnlyHandshake, offPath: tls.trust.offPath };
      if (problems.length > 0) {
        const list = join(problems, '; ');
        const weak = tls.weakOnlyHandshake;
        return fail(T.weakCryptographyServedChain(list, weak), T.reissueCertificateWithRsa, facts);
      }
      const leaf = tls.chain[0];
      const what = leaf ? `${leaf.keyType.toUpperCase()} ${leaf.keyBits ?? ''}`.trim() + `, ${leaf.signatureAlgorithm}` : '';
      return pass(T.keysSignaturesAreStrong(what), facts);
    });
  },
};

const ROLE_NAMES: Readonly<Record<'leaf' | 'trust-store root' | 'root' | 'intermediate', Text>> = {
  leaf: T.leaf,
  'trust-store root': T.trustStoreRoot,
  root: T.root,
  intermediate: T.intermediate,
};

/** What is wrong with a certificate's key for a browser, or undefined. */
function keyProblem(c: CertificateInfo): string | undefined {
  if (c.keyType === 'rsa') return c.keyBits !== undefined && c.keyBits >= 2048 ? undefined : `RSA ${c.keyBits ?? '?'} bits`;
  if (c.keyType === 'ec') return c.curve && BROWSER_CURVES.has(c.curve) ? undefined : `EC ${c.keyBits ?? '?'} bits (${c.curve ?? 'unknown curve'}; browsers accept P-256 and P-384)`;
  const name = { ed25519: 'Ed25519', ed448: 'Ed448', 'rsa-pss': 'RSA-PSS', dsa: 'DSA' }[c.keyType] ?? c.keyType;
  return `${name} key (browsers accept RSA and ECDSA P-256/P-384)`;
}

function shortName(c: CertificateInfo): string {
  return /CN=([^,]+)/.exec(c.subject)?.[1] ?? c.subject;
}
