import { texts } from '../../i18n/text.js';
import type { Account } from '../../probes/mercadopago/account.js';
import type { CheckOutcome } from '../types.js';
import { skip } from './outcomes.js';

const T = texts({
  skippedPixBrazilianAccounts: (site: string) => ({
    en: `Skipped: Pix is for Brazilian accounts (MLB); this account is on site ${site}.`,
    es: `Omitido: Pix es para cuentas de Brasil (MLB); esta cuenta es del sitio ${site}.`,
    'pt-BR': `Ignorado: Pix é para contas do Brasil (MLB); esta conta é do site ${site}.`,
  }),
});

/** Where a Brazilian seller registers Pix keys (reference §5; no API reads them). */
export const PIX_KEYS_URL = 'https://www.mercadopago.com.br/admin-pix-keys/my-keys';

export function brazilOnly(account: Account, evaluate: () => CheckOutcome): CheckOutcome {
  if (account.siteId === 'MLB') return evaluate();
  const site = account.siteId ?? '?';
  return skip(T.skippedPixBrazilianAccounts(site), { siteId: account.siteId ?? null });
}
