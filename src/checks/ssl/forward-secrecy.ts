import { texts } from '../../i18n/text.js';
import { fail, pass, probeFailed, withTls } from '../support/outcomes.js';
import { suitesByVersion } from '../support/tls-suites.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'TLS 1.2 suites without forward secrecy or AEAD', es: 'Suites de TLS 1.2 sin secreto hacia adelante o sin AEAD', 'pt-BR': 'Suítes do TLS 1.2 sem sigilo futuro ou sem AEAD' },
  title: {
    en: 'TLS 1.2 suites have forward secrecy and AEAD',
    es: 'Las suites de TLS 1.2 tienen secreto perfecto hacia adelante y AEAD',
    'pt-BR': 'As suítes do TLS 1.2 têm sigilo futuro (forward secrecy) e AEAD',
  },
  noForwardSecrecy: (list: string) => ({
    en: `TLS 1.2 suites without forward secrecy are offered: ${list}. Whoever obtains the server's key later can decrypt recorded sessions; SSL Labs caps the grade at B.`,
    es: `Se ofrecen suites de TLS 1.2 sin secreto hacia adelante: ${list}. Quien obtenga después la clave del servidor puede descifrar sesiones grabadas; SSL Labs limita la nota a B.`,
    'pt-BR': `São oferecidas suítes do TLS 1.2 sem sigilo futuro: ${list}. Quem obtiver depois a chave do servidor pode decifrar sessões gravadas; o SSL Labs limita a nota a B.`,
  }),
  noAead: {
    en: 'No TLS 1.2 suite offered is AEAD (AES-GCM or ChaCha20-Poly1305): only CBC suites, which SSL Labs caps at B.',
    es: 'Ninguna suite de TLS 1.2 ofrecida es AEAD (AES-GCM o ChaCha20-Poly1305): solo suites CBC, que SSL Labs limita a B.',
    'pt-BR': 'Nenhuma suíte do TLS 1.2 oferecida é AEAD (AES-GCM ou ChaCha20-Poly1305): só suítes CBC, que o SSL Labs limita a B.',
  },
  fix: {
    en: 'Offer on TLS 1.2 only ECDHE suites, with AES-GCM or ChaCha20-Poly1305 first (remove the plain RSA key-exchange suites such as AES128-SHA / AES256-GCM-SHA384).',
    es: 'Ofrece en TLS 1.2 solo suites ECDHE, primero con AES-GCM o ChaCha20-Poly1305 (quita las suites con intercambio RSA, como AES128-SHA / AES256-GCM-SHA384).',
    'pt-BR': 'Ofereça no TLS 1.2 apenas suítes ECDHE, primeiro com AES-GCM ou ChaCha20-Poly1305 (remova as suítes com troca de chaves RSA, como AES128-SHA / AES256-GCM-SHA384).',
  },
  passes12: (count: number) => ({
    en: `All ${count} TLS 1.2 suites offered use ECDHE/DHE, and AEAD suites are among them.`,
    es: `Las ${count} suites de TLS 1.2 ofrecidas usan ECDHE/DHE, y hay suites AEAD entre ellas.`,
    'pt-BR': `As ${count} suítes do TLS 1.2 oferecidas usam ECDHE/DHE, e há suítes AEAD entre elas.`,
  }),
  tls13Only: {
    en: 'Only TLS 1.3 is offered: every suite has forward secrecy and is AEAD.',
    es: 'Solo se ofrece TLS 1.3: todas sus suites tienen secreto hacia adelante y son AEAD.',
    'pt-BR': 'Apenas TLS 1.3 é oferecido: todas as suítes têm sigilo futuro e são AEAD.',
  },
});

export const forwardSecrecy: CheckDefinition = {
  id: 'ssl.forward-secrecy',
  section: 'ssl',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://github.com/ssllabs/research/wiki/SSL-Server-Rating-Guide',
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const probe = tls.ciphers;
      if (!probe) return probeFailed({ kind: 'tls', message: 'the cipher suites were not probed' });
      const tls12 = probe.versions.find((v) => v.version === 'TLSv1.2');
      const tls13 = probe.versions.find((v) => v.version === 'TLSv1.3');
      const suites = tls12?.suites ?? [];
      const withoutFs = suites.filter((s) => !s.forwardSecret).map((s) => s.name);
      const facts = { suites: suitesByVersion(probe), withoutForwardSecrecy: withoutFs, aead: suites.filter((s) => s.aead).map((s) => s.name) };
      if (withoutFs.length > 0) {
        const more = withoutFs.length > 5 ? ` +${withoutFs.length - 5}` : '';
        return fail(T.noForwardSecrecy(withoutFs.slice(0, 5).join(', ') + more), T.fix, facts);
      }
      if (suites.length > 0 && !suites.some((s) => s.aead)) return fail(T.noAead, T.fix, facts);
      if (suites.length > 0) {
        if (!tls12?.complete) return probeFailed({ kind: 'tls', message: 'the TLS 1.2 suite list is incomplete (the server stopped answering)' });
        return pass(T.passes12(suites.length), facts);
      }
      if (tls13 && tls13.suites.length > 0 && tls12?.accepted === false) return pass(T.tls13Only, facts);
      return probeFailed({ kind: 'tls', message: 'no TLS 1.2 or 1.3 suite could be listed' });
    });
  },
};
