import { texts } from '../../i18n/text.js';
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
  readonly checkoutProRedirect: readonly Location[];
}

export function usageOf(page: PageEvidence): MercadoPagoUsage {
  const of = (kind: MarkerKind): Location[] => page.markers.filter((m: Marker) => m.kind === kind && m.where.context !== 'comment').map((m) => m.where);
  return { sdkV2: of('sdk-v2'), sdkV1: of('sdk-v1'), deviceScript: of('device-script'), npmSdk: of('sdk-npm'), checkoutProRedirect: of('checkout-pro-redirect') };
}

/** A Checkout Pro redirect page: it sends the buyer to Mercado Pago's init_point and embeds no SDK. */
export function isCheckoutProRedirect(usage: MercadoPagoUsage): boolean {
  return usage.checkoutProRedirect.length > 0 && usage.sdkV2.length + usage.sdkV1.length + usage.npmSdk.length === 0;
}

/** `url:line` for people. */
export function at(where: Location): string {
  return `${where.url}:${where.line}`;
}

/** Why a finding-free scan cannot pass when the page was cut: the rest was not read. */
export function truncatedError(page: PageEvidence): CheckOutcome {
  return probeFailed({ kind: 'parse', message: `the page is larger than the ${Math.round(page.bytes / 1024 / 1024)} MB read; the rest was not scanned` }, T.serveSmallerCheckoutPage);
}
