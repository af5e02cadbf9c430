import { type Text, texts } from '../../i18n/text.js';
import type { OfferedSuite } from '../../probes/tls/ciphers.js';
import type { TlsEvidence } from '../../probes/tls/probe.js';
import { fail, pass, probeFailed, withTls } from '../support/outcomes.js';
import { suitesByVersion, versionLabel } from '../support/tls-suites.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: {
    en: 'Insecure cipher suites, or none a browser can use',
    es: 'Suites de cifrado inseguras, o ninguna que un navegador pueda usar',
    'pt-BR': 'Suítes de cifra inseguras, ou nenhuma que um navegador consiga usar',
  },
  title: {
    en: 'Only secure cipher suites, and one a browser can use',
    es: 'Solo suites de cifrado seguras, y una que un navegador pueda usar',
    'pt-BR': 'Apenas suítes de cifra seguras, e uma que um navegador consiga usar',
  },
  insecure: (list: string) => ({
    en: `The server offers insecure cipher suites: ${list}. A PCI ASV scan fails on these.`,
    es: `El servidor ofrece suites de cifrado inseguras: ${list}. Un escaneo PCI ASV falla con ellas.`,
    'pt-BR': `O servidor oferece suítes de cifra inseguras: ${list}. Uma varredura PCI ASV reprova com elas.`,
  }),
  removeInsecure: {
    en: 'Serve only ECDHE suites with AES-GCM or ChaCha20-Poly1305 on TLS 1.2, and TLS 1.3 (Mozilla "intermediate"; nginx: ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305). If DHE must stay, use a 2048-bit or larger group (ssl_dhparam).',
    es: 'Sirve solo suites ECDHE con AES-GCM o ChaCha20-Poly1305 en TLS 1.2, y TLS 1.3 (Mozilla "intermediate"; nginx: ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305). Si DHE debe quedar, usa un grupo de 2048 bits o más (ssl_dhparam).',
    'pt-BR':
      'Sirva apenas suítes ECDHE com AES-GCM ou ChaCha20-Poly1305 no TLS 1.2, e TLS 1.3 (Mozilla "intermediate"; nginx: ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305). Se o DHE precisar ficar, use um grupo de 2048 bits ou mais (ssl_dhparam).',
  },
  noBrowser: (why: Text) => ({
    en: `No current browser can connect: the server accepts none of the suites and signatures Chrome and Firefox offer (ECDHE with AES-GCM or ChaCha20, or TLS 1.3)${why.en}.`,
    es: `Ningún navegador actual puede conectarse: el servidor no acepta ninguna de las suites y firmas que ofrecen Chrome y Firefox (ECDHE con AES-GCM o ChaCha20, o TLS 1.3)${why.es}.`,
    'pt-BR': `Nenhum navegador atual consegue conectar: o servidor não aceita nenhuma das suítes e assinaturas que Chrome e Firefox oferecem (ECDHE com AES-GCM ou ChaCha20, ou TLS 1.3)${why['pt-BR']}.`,
  }),
  keyBrowsersRefuse: (key: string) => ({
    en: `: its certificate key is ${key}, which browsers do not accept`,
    es: `: la clave de su certificado es ${key}, que los navegadores no aceptan`,
    'pt-BR': `: a chave do certificado é ${key}, que os navegadores não aceitam`,
  }),
  onlyDhe: {
    en: ': it offers only DHE suites, which browsers dropped',
    es: ': solo ofrece suites DHE, que los navegadores abandonaron',
    'pt-BR': ': só oferece suítes DHE, que os navegadores abandonaram',
  },
  onlyCbc: { en: ': it offers only CBC suites', es: ': solo ofrece suites CBC', 'pt-BR': ': só oferece suítes CBC' },
  noReason: { en: '', es: '', 'pt-BR': '' },
  enableBrowserSuites: {
    en: 'Enable TLS 1.3 and the TLS 1.2 ECDHE suites with AES-GCM or ChaCha20-Poly1305, with an RSA 2048+ or ECDSA P-256/P-384 certificate.',
    es: 'Habilita TLS 1.3 y las suites ECDHE de TLS 1.2 con AES-GCM o ChaCha20-Poly1305, con un certificado RSA 2048+ o ECDSA P-256/P-384.',
    'pt-BR': 'Habilite TLS 1.3 e as suítes ECDHE do TLS 1.2 com AES-GCM ou ChaCha20-Poly1305, com um certificado RSA 2048+ ou ECDSA P-256/P-384.',
  },
  incomplete: (versions: string) => ({
    en: `the list of suites is incomplete for ${versions} (the server stopped answering)`,
    es: `la lista de suites está incompleta para ${versions} (el servidor dejó de responder)`,
    'pt-BR': `a lista de suítes está incompleta para ${versions} (o servidor parou de responder)`,
  }),
  secure: (count: number, browser: string) => ({
    en: `${count} cipher suites offered, none insecure; a browser gets ${browser}.`,
    es: `${count} suites de cifrado ofrecidas, ninguna insegura; un navegador obtiene ${browser}.`,
    'pt-BR': `${count} suítes de cifra oferecidas, nenhuma insegura; um navegador obtém ${browser}.`,
  }),
});

/** Why a suite is insecure, or undefined. The words are the ones scanners print. */
export function insecurity(s: OfferedSuite): string | undefined {
  if (s.nullCipher) return 'NULL cipher';
  if (s.anonymous) return 'anonymous';
  if (s.export) return 'EXPORT';
  if (s.rc4) return 'RC4';
  if (s.block64) return /3DES/.test(s.name) ? '3DES, SWEET32' : '64-bit block, SWEET32';
  if (s.dhBits !== undefined && s.dhBits < 2048) return `DH ${s.dhBits} bits`;
  return undefined;
}

export const ciphers: CheckDefinition = {
  id: 'ssl.ciphers',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://wiki.mozilla.org/Security/Server_Side_TLS',
  reads: ['tls'],
  evaluate(evidence) {
    return withTls(evidence.tls, (tls) => {
      const probe = tls.ciphers;
      if (!probe) return probeFailed({ kind: 'tls', message: 'the cipher suites were not probed' });
      const insecure = probe.versions.flatMap((v) => v.suites.flatMap((s) => (insecurity(s) ? [{ version: v.version, suite: s.name, why: insecurity(s)! }] : [])));
      const facts = { suites: suitesByVersion(probe), insecure, browser: probe.browser, probes: probe.probes };
      if (insecure.length > 0) {
        const shown = insecure.slice(0, 6).map((i) => `${i.suite} (${versionLabel(i.version)}, ${i.why})`);
        const more = insecure.length > 6 ? ` +${insecure.length - 6}` : '';
        return fail(T.insecure(shown.join('; ') + more), T.removeInsecure, facts);
      }
      if (probe.browser.tls13 === null && probe.browser.tls12 === null) {
        return fail(T.noBrowser(noBrowserReason(tls)), T.enableBrowserSuites, facts);
      }
      const incomplete = probe.versions.filter((v) => !v.complete || (v.accepted === null && v.suites.length === 0));
      if (incomplete.length > 0) {
        return probeFailed({ kind: 'tls', message: T.incomplete(incomplete.map((v) => versionLabel(v.version)).join(', ')).en });
      }
      const count = probe.versions.reduce((n, v) => n + v.suites.length, 0);
      return pass(T.secure(count, (probe.browser.tls13 ?? probe.browser.tls12)!), facts);
    });
  },
};

/** The likeliest reason no browser hello was accepted, from what else the probe saw. */
function noBrowserReason(tls: TlsEvidence): Text {
  const leaf = tls.chain[0];
  if (leaf?.keyType === 'ed25519' || leaf?.keyType === 'ed448') return T.keyBrowsersRefuse(leaf.keyType === 'ed25519' ? 'Ed25519' : 'Ed448');
  if (leaf?.curve === 'secp521r1') return T.keyBrowsersRefuse('ECDSA P-521');
  const suites = (tls.ciphers?.versions ?? []).flatMap((v) => v.suites);
  if (suites.length > 0 && suites.every((s) => s.kx === 'DHE')) return T.onlyDhe;
  if (suites.length > 0 && suites.every((s) => !s.aead)) return T.onlyCbc;
  return T.noReason;
}
