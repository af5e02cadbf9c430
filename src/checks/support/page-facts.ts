import { texts } from '../../i18n/text.js';
import type { BrowserEvidence } from '../../probes/browser/evidence.js';
import type { PageEvidence } from '../../probes/http/page.js';
import type { Location, Marker, MarkerKind } from '../../probes/http/scan.js';
import type { ProbeOutcome } from '../../probes/outcome.js';
import { probeFailed } from './outcomes.js';
import type { CheckOutcome } from '../types.js';

const T = texts({
  makeSureSiteUrl: {
    en: 'Make sure site-url answers with the checkout page (no login wall, no redirect loop), then run again.',
    es: 'Asegúrate de que site-url responda con la página de pago (sin login ni bucles de redirección) y vuelve a ejecutar.',
    'pt-BR': 'Garanta que site-url responda com a página de pagamento (sem login nem loop de redirecionamento) e execute novamente.',
  },
  passAsSiteUrl: {
    en: 'Pass as site-url the URL of the page that shows the payment form, reachable without logging in.',
    es: 'Pasa en site-url la URL de la página que muestra el formulario de pago, accesible sin iniciar sesión.',
    'pt-BR': 'Informe em site-url a URL da página que mostra o formulário de pagamento, acessível sem login.',
  },
  passAsSiteUrl2: {
    en: 'Pass as site-url the HTML page that shows the payment form, not an API or asset URL.',
    es: 'Pasa en site-url la página HTML que muestra el formulario de pago, no una URL de API o de un recurso.',
    'pt-BR': 'Informe em site-url a página HTML que mostra o formulário de pagamento, não uma URL de API ou de recurso.',
  },
  serveSmallerCheckoutPage: {
    en: 'Serve a smaller checkout page (a payment page has no reason to weigh megabytes), then run again.',
    es: 'Sirve una página de pago más liviana (no hay razón para que pese megabytes) y vuelve a ejecutar.',
    'pt-BR': 'Sirva uma página de pagamento menor (não há motivo para pesar megabytes) e execute novamente.',
  },
});

/** For checks on the page's answer (headers): error when the page could not be read or did not answer 2xx. */
export function withPage(outcome: ProbeOutcome<PageEvidence>, evaluate: (page: PageEvidence) => CheckOutcome): CheckOutcome {
  if (!outcome.ok) {
    return probeFailed(outcome.error, T.makeSureSiteUrl);
  }
  const page = outcome.value;
  if (page.status < 200 || page.status > 299) {
    return probeFailed({ kind: 'http', message: `${page.finalUrl} answered HTTP ${page.status}, not the checkout page` }, T.passAsSiteUrl);
  }
  return evaluate(page);
}

/** For checks on the page's content: also error when the answer is not HTML. */
export function withHtml(outcome: ProbeOutcome<PageEvidence>, evaluate: (page: PageEvidence) => CheckOutcome): CheckOutcome {
  return withPage(outcome, (page) => {
    if (!page.html) {
      return probeFailed({ kind: 'parse', message: `${page.finalUrl} answered ${page.contentType ?? 'an unknown content type'}, not an HTML page` }, T.passAsSiteUrl2);
    }
    return evaluate(page);
  });
}

/** How the page integrates Mercado Pago, from the scanners' traces (comments excluded: they load nothing). */
export interface MercadoPagoUsage {
  readonly sdkV2: readonly Location[];
  readonly sdkV1: readonly Location[];
  readonly deviceScript: readonly Location[];
  readonly npmSdk: readonly Location[];
  /** Checkout Pro: a link/form to the init_point, or code that sends the buyer there (`location = init_point`, `window.open`). */
  readonly checkoutProRedirect: readonly Location[];
  readonly walletBrick: readonly Location[];
}

export function usageOf(page: PageEvidence): MercadoPagoUsage {
  const of = (kind: MarkerKind): Location[] => page.markers.filter((m: Marker) => m.kind === kind && m.where.context !== 'comment').map((m) => m.where);
  return {
    sdkV2: of('sdk-v2'),
    sdkV1: of('sdk-v1'),
    deviceScript: of('device-script'),
    npmSdk: of('sdk-npm'),
    checkoutProRedirect: [...of('checkout-pro-redirect'), ...of('checkout-pro-script')],
    walletBrick: of('wallet-brick'),
  };
}

/** A Checkout Pro redirect page: it sends the buyer to Mercado Pago's init_point and embeds no SDK. */
export function isCheckoutProRedirect(usage: MercadoPagoUsage): boolean {
  return usage.checkoutProRedirect.length > 0 && usage.sdkV2.length + usage.sdkV1.length + usage.npmSdk.length === 0;
}

/** What the browser pass saw, when it ran; a browser that failed or was off adds nothing. */
export function runtimeOf(outcome: ProbeOutcome<BrowserEvidence> | undefined): BrowserEvidence | undefined {
  return outcome?.ok ? outcome.value : undefined;
}

/** The browser pass in a check's evidence: what it added, or why it did not run. */
export function browserNote(outcome: ProbeOutcome<BrowserEvidence> | undefined): string {
  if (outcome === undefined) return 'off';
  return outcome.ok ? 'ran' : `did not run: ${outcome.error.message}`;
}

/** A script URL the browser really loaded (answered 2xx, not blocked) that starts with `prefix`. */
export function browserLoaded(browser: BrowserEvidence | undefined, prefix: string): string | undefined {
  return browser?.requests.find((r) => r.type === 'Script' && r.url.startsWith(prefix) && r.blocked === undefined && r.status !== undefined && r.status >= 200 && r.status < 300)?.url;
}

/** `url:line` for people. */
export function at(where: Location): string {
  return `${where.url}:${where.line}`;
}

/** Why a finding-free scan cannot pass when the page was cut: the rest was not read. */
export function truncatedError(page: PageEvidence): CheckOutcome {
  if (page.decodeError !== undefined) return probeFailed({ kind: 'parse', message: `the page could not be decoded: ${page.decodeError}` }, T.makeSureSiteUrl);
  return probeFailed({ kind: 'parse', message: `the page is larger than the ${Math.round(page.bytes / 1024 / 1024)} MB read; the rest was not scanned` }, T.serveSmallerCheckoutPage);
}
