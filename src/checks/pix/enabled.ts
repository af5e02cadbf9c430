import { text } from '../../i18n/text.js';
import { fail, pass, probeFailed, withAccount } from '../support/outcomes.js';
import { PIX_KEYS_URL, brazilOnly } from '../support/pix-account.js';
import type { CheckDefinition } from '../types.js';

const PIX_DOCS = '/guides/checkout-api/receiving-payment-by-pix';

export const pixEnabled: CheckDefinition = {
  id: 'pix.enabled',
  section: 'pix',
  defaultSeverity: 'warning',
  title: text('Pix is an active payment method', 'Pix es un medio de pago activo', 'Pix é um meio de pagamento ativo'),
  docs: PIX_DOCS,
  reads: ['account', 'paymentMethods'],
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
