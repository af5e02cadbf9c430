import { type Text, texts } from '../../i18n/text.js';

const T = texts({
  buyerMistypedCardData: {
    en: 'The buyer mistyped card data: the payment form lets bad input through. Use the Card Payment Brick or MercadoPago.js v2 fields, which validate number, date and code before submitting.',
    es: 'El comprador ingresó mal los datos de la tarjeta: el formulario de pago deja pasar datos inválidos. Usa el Card Payment Brick o los campos de MercadoPago.js v2, que validan número, fecha y código antes de enviar.',
    'pt-BR':
      'O comprador digitou errado os dados do cartão: o formulário de pagamento deixa passar dados inválidos. Use o Card Payment Brick ou os campos do MercadoPago.js v2, que validam número, data e código antes de enviar.',
  },
  issuerAsksBuyerAuthorize: {
    en: 'The issuer asks the buyer to authorize the payment: tell buyers to call their bank and try again.',
    es: 'El emisor pide que el comprador autorice el pago: indica al comprador que llame a su banco y reintente.',
    'pt-BR': 'O emissor pede que o comprador autorize o pagamento: oriente o comprador a ligar para o banco e tentar novamente.',
  },
  cardNotActivatedBuyer: {
    en: 'The card is not activated: the buyer must activate it with the issuer or use another one.',
    es: 'La tarjeta no está activada: el comprador debe activarla con el emisor o usar otra.',
    'pt-BR': 'O cartão não está ativado: o comprador deve ativá-lo com o emissor ou usar outro.',
  },
  samePaymentWasSubmitted: {
    en: 'The same payment was submitted twice: disable the pay button after the first click and send one X-Idempotency-Key per purchase.',
    es: 'El mismo pago se envió dos veces: desactiva el botón de pago tras el primer clic y envía un X-Idempotency-Key por compra.',
    'pt-BR': 'O mesmo pagamento foi enviado duas vezes: desative o botão de pagar após o primeiro clique e envie um X-Idempotency-Key por compra.',
  },
  insufficientFundsOfferOther: {
    en: 'Insufficient funds: offer other means, such as Pix or another card, on the rejection screen.',
    es: 'Fondos insuficientes: ofrece otros medios, como otra tarjeta, en la pantalla de rechazo.',
    'pt-BR': 'Saldo insuficiente: ofereça outros meios, como Pix ou outro cartão, na tela de recusa.',
  },
  cardDoesNotAccept: {
    en: 'The card does not accept the chosen installments: offer only the installments Mercado Pago returns for the card (the Brick does this).',
    es: 'La tarjeta no acepta las cuotas elegidas: ofrece solo las cuotas que Mercado Pago devuelve para la tarjeta (el Brick lo hace).',
    'pt-BR': 'O cartão não aceita as parcelas escolhidas: ofereça só as parcelas que o Mercado Pago retorna para o cartão (o Brick faz isso).',
  },
  buyerReachedCardS: {
    en: "The buyer reached the card's attempt limit: suggest another card or means of payment.",
    es: 'El comprador alcanzó el límite de intentos de la tarjeta: sugiere otra tarjeta u otro medio.',
    'pt-BR': 'O comprador atingiu o limite de tentativas do cartão: sugira outro cartão ou meio de pagamento.',
  },
  fraudPreventionRefusedPayment: {
    en: 'Fraud prevention refused the payment: send the device id, full payer data (name, identification, phone, address) and item data so Mercado Pago can assess the risk.',
    es: 'La prevención de fraude rechazó el pago: envía el device id, los datos completos del comprador (nombre, identificación, teléfono, dirección) y de los ítems para que Mercado Pago evalúe el riesgo.',
    'pt-BR':
      'A prevenção a fraudes recusou o pagamento: envie o device id, os dados completos do comprador (nome, identificação, telefone, endereço) e dos itens para que o Mercado Pago avalie o risco.',
  },
  cardBuyerBlockedFraud: {
    en: 'The card or buyer is blocked by fraud prevention: nothing to fix in the integration; the buyer must use another means.',
    es: 'La tarjeta o el comprador están bloqueados por prevención de fraude: no hay nada que corregir en la integración; el comprador debe usar otro medio.',
    'pt-BR': 'O cartão ou o comprador está bloqueado pela prevenção a fraudes: não há o que corrigir na integração; o comprador deve usar outro meio.',
  },
  issuerDeclinedWithoutReason: {
    en: 'The issuer declined without a reason: the buyer should use another card; if it is frequent, check the data you send (approval section).',
    es: 'El emisor rechazó sin motivo: el comprador debe usar otra tarjeta; si es frecuente, revisa los datos que envías (sección de aprobación).',
    'pt-BR': 'O emissor recusou sem informar o motivo: o comprador deve usar outro cartão; se for frequente, revise os dados enviados (seção de aprovação).',
  },
  seeMercadoPagoS: {
    en: "See Mercado Pago's list of rejection reasons for this status_detail.",
    es: 'Consulta la lista de motivos de rechazo de Mercado Pago para este status_detail.',
    'pt-BR': 'Consulte a lista de motivos de recusa do Mercado Pago para este status_detail.',
  },
});

/**
 * What a rejection's `status_detail` means for the merchant (reference §6, the documented
 * rejection codes). `form` codes point at the payment form, `issuer` at the buyer's bank,
 * `fraud` at the data that feeds Mercado Pago's fraud prevention.
 */
export type RejectionCause = 'form' | 'issuer' | 'fraud' | 'other';

interface Advice {
  readonly cause: RejectionCause;
  readonly advice: Text;
}

const FORM = T.buyerMistypedCardData;

const ADVICE: Readonly<Record<string, Advice>> = {
  cc_rejected_bad_filled_card_number: { cause: 'form', advice: FORM },
  cc_rejected_bad_filled_date: { cause: 'form', advice: FORM },
  cc_rejected_bad_filled_other: { cause: 'form', advice: FORM },
  cc_rejected_bad_filled_security_code: { cause: 'form', advice: FORM },
  cc_rejected_call_for_authorize: {
    cause: 'issuer',
    advice: T.issuerAsksBuyerAuthorize,
  },
  cc_rejected_card_disabled: {
    cause: 'issuer',
    advice: T.cardNotActivatedBuyer,
  },
  cc_rejected_duplicated_payment: {
    cause: 'form',
    advice: T.samePaymentWasSubmitted,
  },
  cc_rejected_insufficient_amount: {
    cause: 'issuer',
    advice: T.insufficientFundsOfferOther,
  },
  cc_rejected_invalid_installments: {
    cause: 'form',
    advice: T.cardDoesNotAccept,
  },
  cc_rejected_max_attempts: {
    cause: 'issuer',
    advice: T.buyerReachedCardS,
  },
  cc_rejected_high_risk: {
    cause: 'fraud',
    advice: T.fraudPreventionRefusedPayment,
  },
  cc_rejected_blacklist: {
    cause: 'fraud',
    advice: T.cardBuyerBlockedFraud,
  },
  cc_rejected_other_reason: {
    cause: 'issuer',
    advice: T.issuerDeclinedWithoutReason,
  },
};

const UNKNOWN: Advice = {
  cause: 'other',
  advice: T.seeMercadoPagoS,
};

/** The advice for a `status_detail`, or a pointer to the docs for one we do not know. */
export function adviceFor(statusDetail: string): Advice {
  return ADVICE[statusDetail] ?? UNKNOWN;
}
