import { type Text, texts } from '../../i18n/text.js';
import { fail, manual, pass, withAccount } from '../support/outcomes.js';
import { PIX_KEYS_URL, brazilOnly } from '../support/pix-account.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'No Pix key registered', es: 'No hay una clave Pix registrada', 'pt-BR': 'Nenhuma chave Pix cadastrada' },
  title: {
    en: 'A Pix key is registered',
    es: 'Hay una clave Pix registrada',
    'pt-BR': 'Há uma chave Pix cadastrada',
  },
  inferredRegistered: (approvedPix: number) => ({
    en: `Inferred, not read: Pix is an active payment method of the account, which Mercado Pago's own WooCommerce plugin takes to mean a Pix key is registered, and ${approvedPix} live Pix payment${approvedPix === 1 ? ' was' : 's were'} approved in the last 30 days. No API reads the keys themselves.`,
    es: `Inferido, no leído: Pix es un medio de pago activo de la cuenta, lo que el propio plugin de WooCommerce de Mercado Pago toma como que hay una clave Pix registrada, y se aprobaron ${approvedPix} pago${approvedPix === 1 ? '' : 's'} Pix en producción en los últimos 30 días. Ninguna API lee las claves en sí.`,
    'pt-BR': `Inferido, não lido: o Pix é um meio de pagamento ativo da conta, o que o próprio plugin de WooCommerce do Mercado Pago entende como chave Pix cadastrada, e ${approvedPix} pagamento${approvedPix === 1 ? '' : 's'} Pix em produção ${approvedPix === 1 ? 'foi aprovado' : 'foram aprovados'} nos últimos 30 dias. Nenhuma API lê as chaves em si.`,
  }),
  likelyRegistered: {
    en: "Probably registered (an inference): Pix is an active payment method of the account, which Mercado Pago's own WooCommerce plugin takes to mean a Pix key is registered; no live Pix payment was approved in the last 30 days to back it, and no API reads the keys.",
    es: 'Probablemente registrada (una inferencia): Pix es un medio de pago activo de la cuenta, lo que el propio plugin de WooCommerce de Mercado Pago toma como que hay una clave Pix registrada; ningún pago Pix en producción se aprobó en los últimos 30 días que lo confirme, y ninguna API lee las claves.',
    'pt-BR':
      'Provavelmente cadastrada (uma inferência): o Pix é um meio de pagamento ativo da conta, o que o próprio plugin de WooCommerce do Mercado Pago entende como chave Pix cadastrada; nenhum pagamento Pix em produção foi aprovado nos últimos 30 dias para confirmar, e nenhuma API lê as chaves.',
  },
  notListed: {
    en: 'Probably not registered (an inference): Pix is not among the account\'s payment methods. Mercado Pago offers Pix only when a key is registered, and its own WooCommerce plugin reads this as "no Pix key".',
    es: 'Probablemente no registrada (una inferencia): Pix no está entre los medios de pago de la cuenta. Mercado Pago solo ofrece Pix cuando hay una clave registrada, y su propio plugin de WooCommerce lo lee como "sin clave Pix".',
    'pt-BR':
      'Provavelmente não cadastrada (uma inferência): o Pix não está entre os meios de pagamento da conta. O Mercado Pago só oferece o Pix quando há uma chave cadastrada, e o próprio plugin de WooCommerce dele entende isso como "sem chave Pix".',
  },
  listedInactive: (status: string) => ({
    en: `Cannot be inferred: Pix is listed with status "${status}", not active (see pix.enabled). Mercado Pago's own WooCommerce plugin takes a listing as a registered key, but an inactive Pix may have another cause; no API reads the keys.`,
    es: `No se puede inferir: Pix figura con estado "${status}", no activo (ver pix.enabled). El propio plugin de WooCommerce de Mercado Pago toma que figure como una clave registrada, pero un Pix inactivo puede tener otra causa; ninguna API lee las claves.`,
    'pt-BR': `Não é possível inferir: o Pix aparece com status "${status}", não ativo (veja pix.enabled). O próprio plugin de WooCommerce do Mercado Pago entende a listagem como chave cadastrada, mas um Pix inativo pode ter outra causa; nenhuma API lê as chaves.`,
  }),
  noMethods: (why: string) => ({
    en: `No API tells whether a Pix key is registered, and the account's payment methods, the one hint, could not be read (${why}); confirm it in Mercado Pago.`,
    es: `Ninguna API indica si hay una clave Pix registrada, y los medios de pago de la cuenta, la única pista, no se pudieron leer (${why}); confírmalo en Mercado Pago.`,
    'pt-BR': `Nenhuma API informa se há uma chave Pix cadastrada, e os meios de pagamento da conta, a única pista, não puderam ser lidos (${why}); confirme no Mercado Pago.`,
  }),
  openCheckLeastOne: (url: string) => ({
    en: `Open ${url} and check at least one key is registered.`,
    es: `Abre ${url} y comprueba que haya al menos una clave registrada.`,
    'pt-BR': `Abra ${url} e confira que há pelo menos uma chave cadastrada.`,
  }),
  registerKey: (url: string) => ({
    en: `Register a Pix key at ${url}, then run again; Pix shows at checkout only once a key exists.`,
    es: `Registra una clave Pix en ${url} y vuelve a ejecutar; Pix aparece en el checkout solo cuando existe una clave.`,
    'pt-BR': `Cadastre uma chave Pix em ${url} e execute novamente; o Pix só aparece no checkout quando há uma chave.`,
  }),
});

/**
 * No API reads Pix keys (reference §5). What can be weighed, as Mercado Pago's own WooCommerce
 * plugin does (`Configs/Seller.php`, reference §11 F17): Pix among the account's active payment
 * methods means a key is registered, its absence that none is. Every verdict says it is an
 * inference; a pass needs a second sign, live Pix payments approved in the last 30 days, and a
 * listed but inactive Pix (whose cause may be another) stays manual.
 */
export const pixKey: CheckDefinition = {
  id: 'pix.key',
  section: 'pix',
  defaultSeverity: 'info',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: PIX_KEYS_URL,
  reads: ['account', 'payments', 'paymentMethods'],
  evaluate(evidence) {
    return withAccount(evidence.account, (account) =>
      brazilOnly(account, () => {
        const approvedPix = evidence.payments.ok ? evidence.payments.value.payments.filter((p) => p.live_mode === true && p.status === 'approved' && p.payment_method_id === 'pix').length : null;
        const check: Text = T.openCheckLeastOne(PIX_KEYS_URL);
        const methods = evidence.paymentMethods;
        if (methods === undefined || !methods.ok) {
          const why = methods === undefined ? 'not asked' : methods.error.message;
          return manual(T.noMethods(why), check, { pixKeysUrl: PIX_KEYS_URL, approvedLivePixPayments: approvedPix, pixListed: null, inferred: true });
        }
        const pix = methods.value.find((m) => m.id === 'pix');
        const facts = { pixKeysUrl: PIX_KEYS_URL, approvedLivePixPayments: approvedPix, pixListed: pix !== undefined, pixStatus: pix?.status ?? null, inferred: true };
        if (!pix) return fail(T.notListed, T.registerKey(PIX_KEYS_URL), facts);
        if (pix.status !== 'active') return manual(T.listedInactive(pix.status ?? 'unknown'), check, facts);
        if (approvedPix !== null && approvedPix > 0) return pass(T.inferredRegistered(approvedPix), facts);
        return manual(T.likelyRegistered, check, facts);
      }),
    );
  },
};
