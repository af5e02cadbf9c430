import { CATALOG } from '../../src/checks/catalog.js';
import { insecurity } from '../../src/checks/ssl/ciphers.js';
import { suiteByCode, suiteByName } from '../../src/probes/tls/suites.js';
import { evaluateDeclared } from '../helpers/declared.js';
import { blankEvidence } from '../helpers/evidence.js';
import { contextFor } from '../helpers/tls-page-evidence.js';
import type { TestsslFinding } from '../world/testssl.js';
import { probeWorld, type SiteResult } from '../world/tls-world.js';
import { summarize, type BenchFigure } from './figures.js';

/**
 * (d) The TLS pass against Debian's testssl.sh 3.0 (`-p -S -E`: protocols, server defaults with
 * the chain of trust, every cipher per protocol) on the same servers of the TLS world: the time of
 * each, as a ratio, and every ssl.* verdict side by side. Where the two disagree for a reason
 * known and right, EXPLAINED says why; any other disagreement is printed as unexplained.
 */
const SITES = [
  'ecdsa-le',
  'wildcard-sni',
  'expired-leaf',
  'rsa-expired-cross',
  'sha1-cross',
  'eku-client-only',
  'name-constraints',
  'no-san',
  'ed25519-leaf',
  'p521-leaf',
  'rsa-kx',
  'cbc-only',
  'dhe-1024-only',
  'gnutls-3des-rc4',
  'middlebox',
  'mtls',
];
const TIMED = 'ecdsa-le';
const REPEAT = 15;

/** Disagreements that are right, by `site check` (`site *`: every check of that site). */
export const EXPLAINED: Readonly<Record<string, string>> = {
  'ed25519-leaf ssl.key-and-signature':
    'testssl.sh rates an Ed25519 key as fine; no browser accepts one in a TLS certificate (Chrome and Firefox offer no Ed25519 signature scheme), and Mozilla admits only RSA and P-256/P-384',
  'ed25519-leaf ssl.ciphers':
    "testssl.sh lists the suites its own hellos (which offer Ed25519) negotiate; a browser's hello is refused by this server, which the product probes and testssl.sh does not",
  // On a loaded machine testssl.sh 3.0.8 sometimes completes no handshake with this server and has no finding at all.
  'ed25519-leaf *': 'testssl.sh completed no handshake with the Ed25519 server this time (no finding to compare); that no browser connects is what ssl.ciphers and ssl.key-and-signature fail on',
  'p521-leaf ssl.key-and-signature': "testssl.sh rates an EC key by its size; Mozilla's root policy admits only P-256/P-384 leaves and Chrome (BoringSSL) verifies no P-521 signature",
  'p521-leaf ssl.ciphers':
    "testssl.sh lists the suites its own hellos negotiate; a browser's hello (no ecdsa_secp521r1_sha512) is refused by this server, which the product probes and testssl.sh does not",
  'mtls ssl.protocols': "both see TLS 1.2 offered; the product fails ssl.protocols on purpose to name the client-certificate demand (no buyer's browser completes a handshake)",
};

/** Why a difference is right; when testssl.sh had no finding (`?`), the site-wide reason comes first. */
function explanation(site: string, id: string, their?: Verdict): string | undefined {
  return their === '?' ? (EXPLAINED[`${site} *`] ?? EXPLAINED[`${site} ${id}`]) : (EXPLAINED[`${site} ${id}`] ?? EXPLAINED[`${site} *`]);
}

type Verdict = 'pass' | 'fail' | '?';

/** What testssl.sh's findings say, mapped onto our check ids (DESIGN §9: its chain of trust also fails on expiry). */
export function testsslVerdicts(findings: readonly TestsslFinding[]): { verdicts: Record<string, Verdict>; suites: Record<string, string[]> } {
  const get = (id: string): TestsslFinding | undefined => findings.find((f) => f.id === id);
  const offered = (id: string): boolean => /^offered/.test(get(id)?.finding ?? '');
  const suites: Record<string, string[]> = {};
  const dh = new Map<string, number>();
  for (const f of findings) {
    const m = /^cipher-(tls1(?:_\d)?)_x([0-9a-f]+)$/.exec(f.id);
    if (!m) continue;
    const version = { tls1: 'TLSv1', tls1_1: 'TLSv1.1', tls1_2: 'TLSv1.2', tls1_3: 'TLSv1.3' }[m[1]!]!;
    const name = suiteByCode(Number.parseInt(m[2]!, 16)).name;
    suites[version] = [...(suites[version] ?? []), name];
    const bits = /\bDH (\d+)\b/.exec(f.finding);
    if (bits) dh.set(name, Number(bits[1]));
  }
  const all = Object.values(suites).flat();
  const tls12 = (suites['TLSv1.2'] ?? []).map((n) => suiteByCode(codeOf(n)));
  const insecure = Object.values(suites)
    .flat()
    .some((n) => insecurity({ ...suiteByCode(codeOf(n)), ...(dh.has(n) ? { dhBits: dh.get(n)! } : {}) }) !== undefined);
  const browser = all.some((n) => suiteByCode(codeOf(n)).browser);
  const trust = get('cert_chain_of_trust')?.finding ?? '';
  const host = get('cert_trust')?.finding ?? '';
  const verdicts: Record<string, Verdict> = {
    'ssl.certificate-trust': trust === '' ? '?' : /^passed/.test(trust) ? 'pass' : 'fail',
    'ssl.hostname': host === '' ? '?' : /^Ok via SAN/.test(host) ? 'pass' : 'fail',
    'ssl.validity': /expired/i.test(get('cert_expirationStatus')?.finding ?? '') ? 'fail' : get('cert_expirationStatus') ? 'pass' : '?',
    'ssl.protocols': get('TLS1_2') === undefined ? '?' : offered('TLS1') || offered('TLS1_1') || !(offered('TLS1_2') || offered('TLS1_3')) ? 'fail' : 'pass',
    'ssl.ciphers': all.length === 0 ? '?' : insecure || !browser ? 'fail' : 'pass',
    'ssl.forward-secrecy': all.length === 0 ? '?' : tls12.some((s) => !s.forwardSecret) || (tls12.length > 0 && !tls12.some((s) => s.aead)) ? 'fail' : 'pass',
    'ssl.key-and-signature': !get('cert_keySize') ? '?' : [get('cert_keySize'), get('cert_signatureAlgorithm')].some((f) => /HIGH|CRITICAL|MEDIUM/.test(f?.severity ?? '')) ? 'fail' : 'pass',
  };
  return { verdicts, suites };
}

function codeOf(name: string): number {
  return suiteByName(name)?.code ?? -1;
}

/**
 * Our verdicts, mapped as testssl.sh counts them (DESIGN §9): its "chain of trust" also fails an
 * expired certificate, which the product reports under ssl.validity alone.
 */
function ourVerdicts(site: SiteResult): Record<string, string> {
  const context = contextFor(site.url);
  const checks = CATALOG.filter((c) => c.reads.length === 1 && c.reads[0] === 'tls');
  const ours: Record<string, string> = Object.fromEntries(checks.map((c) => [c.id, evaluateDeclared(c, blankEvidence({ tls: site.outcome }), context).status]));
  if (ours['ssl.validity'] === 'fail') ours['ssl.certificate-trust'] = 'fail';
  return ours;
}

/** The figures: our TLS pass time, testssl.sh's on the same site, their ratio, and the verdict comparison. */
export async function bench(): Promise<BenchFigure[]> {
  const results = await probeWorld({ only: SITES, repeat: REPEAT, testssl: true });
  const timed = results.get(TIMED);
  if (!timed?.runs) throw new Error(`the TLS world did not probe ${TIMED}`);
  const ours = summarize(timed.runs);
  const oursFigure: BenchFigure = {
    name: `TLS pass, ours (${TIMED}: chain, 4 versions, every suite)`,
    unit: 'ms',
    ...ours,
    samples: timed.runs.length,
    target: '≤ 150 ms',
    meets: ours.median <= 150,
    note: 'in a test world (loopback of a private netns), by DNS name with SNI',
  };
  if (!timed.testssl || timed.testssl.findings.length === 0) return [{ ...oursFigure, note: `${oursFigure.note}. testssl.sh: not installed or wrote no JSON (apt-get install testssl.sh), no ratio` }];

  const rows: string[] = [];
  let agreeing = 0;
  let compared = 0;
  const unexplained: string[] = [];
  for (const name of SITES) {
    const site = results.get(name);
    if (!site?.testssl) continue;
    const mine = ourVerdicts(site);
    const { verdicts: theirs, suites } = testsslVerdicts(site.testssl.findings);
    for (const [id, their] of Object.entries(theirs)) {
      const our = mine[id] ?? '?';
      compared++;
      if (our === their) {
        agreeing++;
        continue;
      }
      const why = explanation(name, id, their);
      rows.push(`${name} ${id}: ours ${our}, testssl.sh ${their}${why ? ` — ${why}` : ' — UNEXPLAINED'}`);
      if (!why) unexplained.push(`${name} ${id}`);
    }
    // The suites themselves, version by version (testssl.sh lists only what it could negotiate).
    if (site.outcome.ok) {
      for (const v of site.outcome.value.ciphers.versions) {
        const a = v.suites
          .map((s) => s.name)
          .sort()
          .join(' ');
        const b = [...(suites[v.version] ?? [])].sort().join(' ');
        if (a === b) continue;
        const why = explanation(name, 'suites');
        rows.push(`${name} ${v.version} suites: ours [${a}] testssl.sh [${b}]${why ? ` — ${why}` : ' — UNEXPLAINED'}`);
        if (!why) unexplained.push(`${name} ${v.version} suites`);
      }
    }
  }
  const theirMs = results.get(TIMED)!.testssl!.ms;
  const ratio = theirMs / ours.median;
  return [
    oursFigure,
    { name: `testssl.sh -p -S -E (${TIMED})`, unit: 'ms', median: theirMs, samples: 1, note: 'Debian testssl.sh 3.0.8 on the same site, in the same world' },
    { name: 'speed-up over testssl.sh -p -S -E', unit: 'ratio', median: ratio, samples: 1, target: '≥ 20×', meets: ratio >= 20 },
    {
      name: 'ssl.* verdicts equal to testssl.sh',
      unit: 'count',
      median: agreeing,
      samples: compared,
      target: 'every difference explained',
      meets: unexplained.length === 0,
      note: `${agreeing} of ${compared} verdicts on ${SITES.length} sites agree.${rows.length > 0 ? `\n  ${rows.join('\n  ')}` : ''}`,
    },
  ];
}
