import { join, type Text, texts } from '../../i18n/text.js';
import type { PageEvidence } from '../../probes/http/page.js';
import { allows, parsePolicies, type LoadKind, type Policy } from '../support/csp.js';
import { fail, pass } from '../support/outcomes.js';
import { blockedOwnScripts } from '../support/csp-scripts.js';
import { browserNote, runtimeOf, usageOf, withPage } from '../support/page-facts.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: {
    en: 'Checkout page lacks security headers or safe cookies',
    es: 'Faltan encabezados de seguridad o cookies seguras en la página de pago',
    'pt-BR': 'Faltam cabeçalhos de segurança ou cookies seguros na página de pagamento',
  },
  title: {
    en: 'Security headers and cookies of the checkout page',
    es: 'Encabezados de seguridad y cookies de la página de pago',
    'pt-BR': 'Cabeçalhos de segurança e cookies da página de pagamento',
  },
  xContentTypeOptions: {
    en: 'X-Content-Type-Options: nosniff missing',
    es: 'falta X-Content-Type-Options: nosniff',
    'pt-BR': 'falta X-Content-Type-Options: nosniff',
  },
  noClickjackingProtectionCsp: {
    en: 'no clickjacking protection (CSP frame-ancestors or X-Frame-Options)',
    es: 'sin protección contra clickjacking (CSP frame-ancestors o X-Frame-Options)',
    'pt-BR': 'sem proteção contra clickjacking (CSP frame-ancestors ou X-Frame-Options)',
  },
  referrerPolicyMissing: {
    en: 'Referrer-Policy missing',
    es: 'falta Referrer-Policy',
    'pt-BR': 'falta Referrer-Policy',
  },
  referrerPolicyUnsafeUrl: {
    en: 'Referrer-Policy unsafe-url leaks full URLs',
    es: 'Referrer-Policy unsafe-url filtra las URLs completas',
    'pt-BR': 'Referrer-Policy unsafe-url vaza as URLs completas',
  },
  cookieWithout: (name: string, missing: string[]) => ({
    en: `cookie ${name} without ${missing.join(', ')}`,
    es: `cookie ${name} sin ${missing.join(', ')}`,
    'pt-BR': `cookie ${name} sem ${missing.join(', ')}`,
  }),
  cspAllowsMercadoPago: {
    en: 'CSP allows Mercado Pago and blocks the rest; nosniff, clickjacking protection, Referrer-Policy and cookie flags are set.',
    es: 'La CSP permite Mercado Pago y bloquea el resto; nosniff, protección contra clickjacking, Referrer-Policy y atributos de cookies están presentes.',
    'pt-BR': 'A CSP permite o Mercado Pago e bloqueia o resto; nosniff, proteção contra clickjacking, Referrer-Policy e atributos de cookies estão presentes.',
  },
  checkoutPageSecurity: (list: Text) => ({
    en: `Checkout page security: ${list.en}.`,
    es: `Seguridad de la página de pago: ${list.es}.`,
    'pt-BR': `Segurança da página de pagamento: ${list['pt-BR']}.`,
  }),
  sendContentSecurityPolicy: {
    en: "Send Content-Security-Policy allowing Mercado Pago (script-src https://sdk.mercadopago.com https://www.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com; frame-ancestors 'none'), X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin, and cookies with Secure; HttpOnly; SameSite=Lax.",
    es: "Envía Content-Security-Policy que permita Mercado Pago (script-src https://sdk.mercadopago.com https://www.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com; frame-ancestors 'none'), X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin y cookies con Secure; HttpOnly; SameSite=Lax.",
    'pt-BR':
      "Envie Content-Security-Policy que permita o Mercado Pago (script-src https://sdk.mercadopago.com https://www.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com; frame-ancestors 'none'), X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin e cookies com Secure; HttpOnly; SameSite=Lax.",
  },
  noContentSecurityPolicy: {
    en: 'no Content-Security-Policy',
    es: 'sin Content-Security-Policy',
    'pt-BR': 'sem Content-Security-Policy',
  },
  cspBlocksOwnScripts: (list: string) => ({
    en: `the Content-Security-Policy blocks the page's own scripts, so the checkout cannot run: ${list}`,
    es: `la Content-Security-Policy bloquea los scripts propios de la página, así que el checkout no funciona: ${list}`,
    'pt-BR': `a Content-Security-Policy bloqueia os scripts da própria página, então o checkout não funciona: ${list}`,
  }),
  browserSawCspBlock: (list: string) => ({
    en: `in the browser, the Content-Security-Policy blocked ${list}`,
    es: `en el navegador, la Content-Security-Policy bloqueó ${list}`,
    'pt-BR': `no navegador, a Content-Security-Policy bloqueou ${list}`,
  }),
  contentSecurityPolicyBlocks: (list: string) => ({
    en: `the Content-Security-Policy blocks ${list}`,
    es: `la Content-Security-Policy bloquea ${list}`,
    'pt-BR': `a Content-Security-Policy bloqueia ${list}`,
  }),
});

/** What Mercado Pago's front end loads, per kind, as far as the page shows it uses it. */
interface Need {
  readonly what: string;
  readonly kind: LoadKind;
  readonly url: string;
}

const SDK_NEEDS: readonly Need[] = [
  { what: 'MercadoPago.js v2', kind: 'script', url: 'https://sdk.mercadopago.com/js/v2' },
  { what: 'Mercado Pago API (card tokens)', kind: 'connect', url: 'https://api.mercadopago.com/v1/card_tokens' },
  { what: 'Mercado Pago iframes (Bricks, Secure Fields)', kind: 'frame', url: 'https://www.mercadopago.com/' },
];

const DEVICE_NEED: Need = { what: 'device script security.js', kind: 'script', url: 'https://www.mercadopago.com/v2/security.js' };

export const securityHeaders: CheckDefinition = {
  id: 'page.security-headers',
  section: 'page',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides',
  reads: ['page', 'browser'],
  evaluate(evidence) {
    return withPage(evidence.page, (page) => {
      const problems: Text[] = [];
      const csp = judgeCsp(page);
      problems.push(...csp.problems);
      // What the browser really refused to run or load (enforced policies only).
      const violations = (runtimeOf(evidence.browser)?.cspViolations ?? []).filter((v) => v.disposition === 'enforce');
      if (violations.length > 0) {
        const list = [...new Set(violations.map((v) => `${v.blockedUrl} (${v.directive})`))].slice(0, 5).join(', ');
        problems.push(T.browserSawCspBlock(list));
      }
      const nosniff = (page.headers['x-content-type-options'] ?? '').trim().toLowerCase() === 'nosniff';
      if (!nosniff) problems.push(T.xContentTypeOptions);
      const clickjacking = clickjackingProtection(page);
      if (!clickjacking) problems.push(T.noClickjackingProtectionCsp);
      const referrer =
        (page.headers['referrer-policy'] ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter((s) => s !== '')
          .pop() ?? null;
      if (referrer === null) problems.push(T.referrerPolicyMissing);
      else if (referrer === 'unsafe-url') problems.push(T.referrerPolicyUnsafeUrl);
      const https = new URL(page.finalUrl).protocol === 'https:';
      const cookies = page.cookies.map((c) => {
        const missing = [
          ...(https && !c.secure ? ['Secure'] : []),
          ...(!c.httpOnly ? ['HttpOnly'] : []),
          ...(c.sameSite === null ? ['SameSite'] : []),
          ...(c.sameSite === 'None' && !c.secure ? ['Secure (required by SameSite=None)'] : []),
        ];
        if (missing.length > 0) problems.push(T.cookieWithout(c.name, missing));
        return { name: c.name, secure: c.secure, httpOnly: c.httpOnly, sameSite: c.sameSite, missing };
      });
      const facts = {
        contentSecurityPolicy: {
          present: csp.present,
          fromMeta: page.metaCsp.length > 0,
          reportOnly: page.headers['content-security-policy-report-only'] !== undefined,
          blocked: csp.blocked,
          ownScriptsBlocked: csp.ownScriptsBlocked,
          ...(evidence.browser !== undefined ? { browser: browserNote(evidence.browser), violations: violations.slice(0, 20) } : {}),
        },
        xContentTypeOptions: page.headers['x-content-type-options'] ?? null,
        clickjacking: { protected: clickjacking, xFrameOptions: page.headers['x-frame-options'] ?? null },
        referrerPolicy: referrer,
        cookies,
      };
      if (problems.length === 0) {
        return pass(T.cspAllowsMercadoPago, facts);
      }
      const list = join(problems, '; ');
      return fail(T.checkoutPageSecurity(list), T.sendContentSecurityPolicy, facts);
    });
  },
};

/** The CSP's presence and whether it lets through what the page's Mercado Pago integration loads. */
function judgeCsp(page: PageEvidence): { present: boolean; blocked: string[]; ownScriptsBlocked: string[]; problems: Text[] } {
  const header = page.headers['content-security-policy'];
  const policies: Policy[] = [...(header ? parsePolicies(header) : []), ...page.metaCsp.flatMap(parsePolicies)];
  if (policies.length === 0) return { present: false, blocked: [], ownScriptsBlocked: [], problems: [T.noContentSecurityPolicy] };
  const own = blockedOwnScripts(policies, page).map((b) => `${b.what} (${b.directive})`);
  const usage = usageOf(page);
  const needs: Need[] = [];
  if (usage.sdkV2.length > 0 || usage.npmSdk.length > 0) needs.push(...SDK_NEEDS);
  if (usage.deviceScript.length > 0) needs.push(DEVICE_NEED);
  const self = new URL(page.finalUrl);
  const blocked = needs
    .filter((need) => {
      const tag = page.resources.find((r) => r.kind === 'script' && r.url.startsWith(need.url));
      const load = { kind: need.kind, url: new URL(need.url), self, ...(tag?.nonce ? { nonce: tag.nonce } : {}), loadedByScript: need.kind === 'script' && tag === undefined };
      return policies.some((p) => !allows(p, load));
    })
    .map((need) => `${need.what} (${need.kind === 'script' ? 'script-src' : need.kind === 'frame' ? 'frame-src' : 'connect-src'} ${new URL(need.url).origin})`);
  const list = blocked.join(', ');
  const problems = blocked.length > 0 ? [T.contentSecurityPolicyBlocks(list)] : [];
  if (own.length > 0) problems.push(T.cspBlocksOwnScripts(`${own.slice(0, 5).join(', ')}${own.length > 5 ? ` (+${own.length - 5})` : ''}`));
  return { present: true, blocked, ownScriptsBlocked: own, problems };
}

/** frame-ancestors only works from the header (browsers ignore it in <meta>); X-Frame-Options is the older way. */
function clickjackingProtection(page: PageEvidence): boolean {
  const header = page.headers['content-security-policy'];
  const ancestors = header
    ? parsePolicies(header)
        .map((p) => p.get('frame-ancestors'))
        .find((v) => v !== undefined)
    : undefined;
  if (ancestors && !ancestors.some((s) => s === '*' || /^[a-z]+:$/i.test(s))) return true;
  const xfo = (page.headers['x-frame-options'] ?? '').trim().toLowerCase();
  return xfo === 'deny' || xfo === 'sameorigin';
}
