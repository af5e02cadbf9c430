import { text } from '../../i18n/text.js';
import { manual, withAccount } from '../support/outcomes.js';
import { PIX_KEYS_URL, brazilOnly } from '../support/pix-account.js';
import type { CheckDefinition } from '../types.js';

export const pixKey: CheckDefinition = {
  id: 'pix.key',
  section: 'pix',
  defaultSeverity: 'info',
  title: text('A Pix key is registered', 'Hay una clave Pix registrada', 'Há uma chave Pix cadastrada'),
  docs: PIX_KEYS_URL,
  reads: ['account', 'payments'],
  evaluate(evidence) {
    return withAccount(evidence.account, (account) =>
      brazilOnly(account, () => {
        // An approved live Pix payment shows a key existed when it was paid: a hint, not a proof of today.
        const approvedPix = evidence.payments.ok ? evidence.payments.value.payments.filter((p) => p.live_mode === true && p.status === 'approved' && p.payment_method_id === 'pix').length : null;
        const hint =
          approvedPix !== null && approvedPix > 0
            ? text(` Approved Pix payments in the last 30 days (${approvedPix}) suggest one is.`, ` Los pagos Pix aprobados en los últimos 30 días (${approvedPix}) sugieren que sí.`, ` Os pagamentos Pix aprovados nos últimos 30 dias (${approvedPix}) indicam que sim.`)
            : text('', '', '');
        return manual(
          text(`No API tells whether a Pix key is registered; confirm it in Mercado Pago.${hint.en}`, `Ninguna API indica si hay una clave Pix registrada; confírmalo en Mercado Pago.${hint.es}`, `Nenhuma API informa se há uma chave Pix cadastrada; confirme no Mercado Pago.${hint['pt-BR']}`),
          text(`Open ${PIX_KEYS_URL} and check at least one key is registered.`, `Abre ${PIX_KEYS_URL} y comprueba que haya al menos una clave registrada.`, `Abra ${PIX_KEYS_URL} e confira que há pelo menos uma chave cadastrada.`),
          { pixKeysUrl: PIX_KEYS_URL, approvedLivePixPayments: approvedPix },
        );
      }),
    );
  },
};
