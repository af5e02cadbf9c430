import { SITE_DOMAINS } from '../../i18n/docs.js';
import { texts } from '../../i18n/text.js';
import type { CheckOutcome } from '../types.js';
import { probeFailed } from './outcomes.js';
import type { AuditChoice } from './payment-choice.js';

const T = texts({
  makeOneRealPayment: {
    en: 'Make one real payment through your checkout with the production credentials (a small purchase you refund afterwards will do), then run again.',
    es: 'Haz un pago real en tu checkout con las credenciales de producción (sirve una compra pequeña que luego reembolsas) y vuelve a ejecutar.',
    'pt-BR': 'Faça um pagamento real no seu checkout com as credenciais de produção (uma compra pequena que você reembolsa depois serve) e execute novamente.',
  },
});

export const MAKE_LIVE_PAYMENT = T.makeOneRealPayment;

/** The choice could not be made: the token (skip) or the API (error) is the reason. */
export function unavailable(choice: Extract<AuditChoice, { kind: 'refused' | 'error' }>): CheckOutcome {
  if (choice.kind === 'error') return probeFailed(choice.error);
  return probeFailed({ kind: 'http', message: 'a call after /users/me was refused' });
}

/** Mercado Pago's "Your integrations" panel, where the quality tool lives, on the account's site. */
export function qualityToolUrl(siteId: string | null | undefined): string {
  return `https://${(siteId && SITE_DOMAINS[siteId]) || SITE_DOMAINS['MLB']}/developers/panel/app`;
}
