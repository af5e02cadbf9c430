import { texts } from '../../i18n/text.js';
import { fail, pass, probeFailed, withAccount } from '../support/outcomes.js';
import { PIX_KEYS_URL, brazilOnly } from '../support/pix-account.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Pix is not active', es: 'Pix no está activo', 'pt-BR': 'Pix não está ativo' },
  title: {
    en: 'Pix is an active payment method',
    es: 'Pix es un medio de pago activo',
    'pt-BR': 'Pix é um meio de pagamento ativo',
  },
  registerPixKeyAccount: (PIX_KEYS_URL: string) => ({
    en: `Register a Pix key for the account at ${PIX_KEYS_URL}; Mercado Pago only offers Pix when a key exists.`,
    es: `Registra una clave Pix para la cuenta en ${PIX_KEYS_URL}; Mercado Pago solo ofrece Pix cuando existe una clave.`,
    'pt-BR': `Cadastre uma chave Pix para a conta em ${PIX_KEYS_URL}; o Mercado Pago só exibe o Pix quando há uma chave cadastrada.`,
  }),
  pixNotAmongAccount: {
    en: "Pix is not among the account's payment methods.",
    es: 'Pix no está entre los medios de pago de la cuenta.',
    'pt-BR': 'O Pix não está entre os meios de pagamento da conta.',
  },
  pixListedAsActive: {
    en: 'Pix is listed as an active payment method.',
    es: 'Pix figura como medio de pago activo.',
    'pt-BR': 'O Pix aparece como meio de pagamento ativo.',
  },
  pixListedWithStatus: (status: string) => ({
    en: `Pix is listed with status "${status}", not active.`,
    es: `Pix figura con estado "${status}", no activo.`,
    'pt-BR': `O Pix aparece com status "${status}", não ativo.`,
  }),
});

const PIX_DOCS = '/guides/checkout-api/receiving-payment-by-pix';

export const pixEnabled: CheckDefinition = {
  id: 'pix.enabled',
  section: 'pix',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
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
        const fix = T.registerPixKeyAccount(PIX_KEYS_URL);
        if (!pix) {
          return fail(T.pixNotAmongAccount, fix, facts);
        }
        if (pix.status === 'active') return pass(T.pixListedAsActive, facts);
        const status = pix.status ?? 'unknown';
        return fail(T.pixListedWithStatus(status), fix, facts);
      }),
    );
  },
};
