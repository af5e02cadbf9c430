import { text } from '../../i18n/text.js';
import type { Account } from '../../probes/mercadopago/account.js';
import type { CheckOutcome } from '../types.js';
import { skip } from './outcomes.js';

/** Where a Brazilian seller registers Pix keys (reference §5; no API reads them). */
export const PIX_KEYS_URL = 'https://www.mercadopago.com.br/admin-pix-keys/my-keys';

export function brazilOnly(account: Account, evaluate: () => CheckOutcome): CheckOutcome {
  if (account.siteId === 'MLB') return evaluate();
  const site = account.siteId ?? '?';
  return skip(text(`Skipped: Pix is for Brazilian accounts (MLB); this account is on site ${site}.`, `Omitido: Pix es para cuentas de Brasil (MLB); esta cuenta es del sitio ${site}.`, `Ignorado: Pix é para contas do Brasil (MLB); esta conta é do site ${site}.`), { siteId: account.siteId ?? null });
}
