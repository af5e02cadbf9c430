import { type Text, texts } from '../../i18n/text.js';
import { manual, withAccount } from '../support/outcomes.js';
import { PIX_KEYS_URL, brazilOnly } from '../support/pix-account.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  title: {
    en: 'A Pix key is registered',
    es: 'Hay una clave Pix registrada',
    'pt-BR': 'Há uma chave Pix cadastrada',
  },
  approvedPixPaymentsLast: (approvedPix: number) => ({
    en: ` Approved Pix payments in the last 30 days (${approvedPix}) suggest one is.`,
    es: ` Los pagos Pix aprobados en los últimos 30 días (${approvedPix}) sugieren que sí.`,
    'pt-BR': ` Os pagamentos Pix aprovados nos últimos 30 dias (${approvedPix}) indicam que sim.`,
  }),
  nothing: {
    en: '',
    es: '',
    'pt-BR': '',
  },
  noApiTellsWhether: (hint: Text) => ({
    en: `No API tells whether a Pix key is registered; confirm it in Mercado Pago.${hint.en}`,
    es: `Ninguna API indica si hay una clave Pix registrada; confírmalo en Mercado Pago.${hint.es}`,
    'pt-BR': `Nenhuma API informa se há uma chave Pix cadastrada; confirme no Mercado Pago.${hint['pt-BR']}`,
  }),
  openCheckLeastOne: (PIX_KEYS_URL: string) => ({
    en: `Open ${PIX_KEYS_URL} and check at least one key is registered.`,
    es: `Abre ${PIX_KEYS_URL} y comprueba que haya al menos una clave registrada.`,
    'pt-BR': `Abra ${PIX_KEYS_URL} e confira que há pelo menos uma chave cadastrada.`,
  }),
});

export const pixKey: CheckDefinition = {
  id: 'pix.key',
  section: 'pix',
  defaultSeverity: 'info',
  title: T.title,
  docs: PIX_KEYS_URL,
  reads: ['account', 'payments'],
  evaluate(evidence) {
    return withAccount(evidence.account, (account) =>
      brazilOnly(account, () => {
        // An approved live Pix payment shows a key existed when it was paid: a hint, not a proof of today.
        const approvedPix = evidence.payments.ok ? evidence.payments.value.payments.filter((p) => p.live_mode === true && p.status === 'approved' && p.payment_method_id === 'pix').length : null;
        const hint = approvedPix !== null && approvedPix > 0 ? T.approvedPixPaymentsLast(approvedPix) : T.nothing;
        return manual(T.noApiTellsWhether(hint), T.openCheckLeastOne(PIX_KEYS_URL), { pixKeysUrl: PIX_KEYS_URL, approvedLivePixPayments: approvedPix });
      }),
    );
  },
};
