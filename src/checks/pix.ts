import { text } from '../i18n/text.js';
import type { Account } from '../probes/mercadopago/account.js';
import { fail, manual, pass, probeFailed, skip, withAccount } from './support/outcomes.js';
import type { CheckDefinition, CheckOutcome } from './types.js';

const PIX_DOCS = '/guides/checkout-api/receiving-payment-by-pix';
/** Where a Brazilian seller registers Pix keys (reference §5; no API reads them). */
export const PIX_KEYS_URL = 'https://www.mercadopago.com.br/admin-pix-keys/my-keys';

function brazilOnly(account: Account, evaluate: () => CheckOutcome): CheckOutcome {
  if (account.siteId === 'MLB') return evaluate();
  const site = account.siteId ?? '?';
  return skip(text(`Skipped: Pix is for Brazilian accounts (MLB); this account is on site ${site}.`, `Omitido: Pix es para cuentas de Brasil (MLB); esta cuenta es del sitio ${site}.`, `Ignorado: Pix é para contas do Brasil (MLB); esta conta é do site ${site}.`), { siteId: account.siteId ?? null });
}

export const pixEnabled: CheckDefinition = {
  id: 'pix.enabled',
  section: 'pix',
  defaultSeverity: 'warning',
  title: text('Pix is an active payment method', 'Pix es un medio de pago activo', 'Pix é um meio de pagamento ativo'),
  docs: PIX_DOCS,
  evaluate(evidence) {
    return withAccount(evidence.account, (account) =>
      brazilOnly(account, () => {
        const methods = evidence.paymentMethods;
        if (methods === undefined) return probeFailed({ kind: 'internal', message: 'GET /v1/payment_methods was not asked' });
        if (!methods.ok) return probeFailed(methods.error);
        const pix = methods.value.find((m) => m.id === 'pix');
        const facts = { pix: pix ? { id: pix.id, status: pix.status ?? null, payment_type_id: pix.payment_type_id ?? null } : null, methods: methods.value.length };
        const fix = text(
          `Register a Pix key for the account at ${PIX_KEYS_URL}; Mercado Pago only offers Pix when a key exists.`,
          `Registra una clave Pix para la cuenta en ${PIX_KEYS_URL}; Mercado Pago solo ofrece Pix cuando existe una clave.`,
          `Cadastre uma chave Pix para a conta em ${PIX_KEYS_URL}; o Mercado Pago só exibe o Pix quando há uma chave cadastrada.`,
        );
        if (!pix) {
          return fail(text('Pix is not among the account\'s payment methods.', 'Pix no está entre los medios de pago de la cuenta.', 'O Pix não está entre os meios de pagamento da conta.'), fix, facts);
        }
        if (pix.status === 'active') return pass(text('Pix is listed as an active payment method.', 'Pix figura como medio de pago activo.', 'O Pix aparece como meio de pagamento ativo.'), facts);
        const status = pix.status ?? 'unknown';
        return fail(text(`Pix is listed with status "${status}", not active.`, `Pix figura con estado "${status}", no activo.`, `O Pix aparece com status "${status}", não ativo.`), fix, facts);
      }),
    );
  },
};

export const pixKey: CheckDefinition = {
  id: 'pix.key',
  section: 'pix',
  defaultSeverity: 'info',
  title: text('A Pix key is registered', 'Hay una clave Pix registrada', 'Há uma chave Pix cadastrada'),
  docs: PIX_KEYS_URL,
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
