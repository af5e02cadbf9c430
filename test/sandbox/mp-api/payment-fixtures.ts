/**
 * Payments in the shape GET /v1/payments/search and /v1/payments/{id} really return (reference
 * §6 and §11): item quantity/unit_price as strings, top-level payer names null with the names in
 * additional_info.payer, payer.email and payer.identification withheld unless the payment is
 * approved, refunded or charged back (F1), objects left empty where nothing was sent (F13).
 * Dates are relative to when the stand-in starts, so "the last 30 days" holds.
 */

const DAY = 86_400_000;

export interface PaymentSpec {
  readonly id: number;
  readonly daysAgo: number;
  readonly site: 'MLB' | 'MLA';
  readonly collectorId: number;
  readonly status?: 'approved' | 'rejected' | 'pending' | 'refunded' | 'cancelled' | 'in_process' | 'charged_back';
  readonly statusDetail?: string;
  readonly live?: boolean;
  /**
   * complete: every required and recommended field; poor: what a hurried integration sends;
   * no-identification: complete but the buyer's document; digital: complete, but payer address,
   * phone and receiver address sent as empty objects (a production Checkout Pro record, F13).
   */
  readonly data?: 'complete' | 'poor' | 'no-identification' | 'digital';
  readonly method?: 'card' | 'pix';
  /**
   * Where the payment came from. online: the shop's checkout (the default); point / qr: an
   * in-person sale (no items, no notification_url by nature, F7); transfer: money sent to the
   * account; link: a payment link made in the dashboard (another channel, no notification_url).
   */
  readonly channel?: 'online' | 'point' | 'qr' | 'transfer' | 'link';
  /** Lines a platform plugin appends to the product lines (F6): a discount coupon and shipping. */
  readonly pluginLines?: boolean;
  /** The statement_descriptor Mercado Pago fills in itself on Checkout Pro payments (F10), e.g. `MERPAGO*LOJA   `. */
  readonly autoDescriptor?: string;
  readonly notificationUrl: string;
}

/** Statuses on which the API returns payer.email and payer.identification (payments reference, F1). */
const PAYER_DATA_STATUSES = new Set(['approved', 'refunded', 'charged_back']);

const DETAIL_FOR: Readonly<Record<string, string>> = {
  approved: 'accredited',
  rejected: 'cc_rejected_other_reason',
  pending: 'pending_waiting_transfer',
  refunded: 'refunded',
  cancelled: 'expired',
  in_process: 'pending_review_manual',
  charged_back: 'settled',
};

/** Mercado Pago's date format: ISO with milliseconds and the seller's offset. */
function mpDate(ms: number, site: 'MLB' | 'MLA'): string {
  void site;
  const offset = -3; // Brasília and Buenos Aires time are both UTC-3
  const local = new Date(ms + offset * 3600_000).toISOString().slice(0, 23);
  return `${local}-0${-offset}:00`;
}

export function payment(spec: PaymentSpec, now = Date.now()): Record<string, unknown> {
  const status = spec.status ?? 'approved';
  const created = now - spec.daysAgo * DAY;
  const channel = spec.channel ?? 'online';
  const pix = spec.method === 'pix';
  const amount = 100 + (spec.id % 17) * 10 + 0.9;
  const brazil = spec.site === 'MLB';
  const data = spec.data ?? 'complete';
  const complete = data !== 'poor' && channel === 'online';
  const payerData = PAYER_DATA_STATUSES.has(status);
  const identification = payerData && complete && data !== 'no-identification' ? { type: brazil ? 'CPF' : 'DNI', number: brazil ? '19119119100' : '32659430' } : { number: null, type: null };
  const product = {
    id: `SKU-${1000 + (spec.id % 7)}`,
    title: brazil ? 'Camiseta algodão orgânico' : 'Remera algodón orgánico',
    description: brazil ? 'Camiseta unissex, tamanho M' : 'Remera unisex, talle M',
    category_id: 'fashion',
    picture_url: 'https://127.0.0.1/static/item.png',
    quantity: '1',
    unit_price: String(amount),
  };
  // As the Magento plugin fixture and the LG Chile record show them: no category, no picture, a negative price for the coupon.
  const plugin = spec.pluginLines
    ? [
        {
          id: 'Descuento',
          title: brazil ? 'Cupom de desconto da loja' : 'Cupón de descuento de la tienda',
          description: null,
          category_id: null,
          picture_url: null,
          quantity: '1',
          unit_price: '-10.0',
        },
        { id: 'shipping', title: brazil ? 'Frete' : 'Costo de envío', description: null, category_id: null, picture_url: null, quantity: '1', unit_price: '15.0' },
      ]
    : [];
  const items =
    channel === 'link'
      ? [{ id: null, title: brazil ? 'Link de pagamento' : 'Link de pago', description: null, category_id: null, picture_url: null, quantity: '1', unit_price: String(amount) }]
      : complete
        ? [product, ...plugin]
        : channel === 'online'
          ? [{ id: null, title: 'Pedido', description: null, category_id: null, picture_url: null, quantity: '1', unit_price: String(amount) }]
          : [];
  const digital = data === 'digital';
  const names = { first_name: 'Ana', last_name: 'Souza' };
  const buyer = digital
    ? { ...names, address: {}, phone: {} }
    : { ...names, phone: { area_code: '11', number: '987654321' }, address: { zip_code: '01310-100', street_name: 'Av. Paulista', street_number: '1000' } };
  const inPerson = channel === 'point' || channel === 'qr';
  const transfer = channel === 'transfer';
  return {
    id: spec.id,
    date_created: mpDate(created, spec.site),
    date_approved: status === 'approved' ? mpDate(created + 5000, spec.site) : null,
    date_last_updated: mpDate(created + 6000, spec.site),
    money_release_date: status === 'approved' ? mpDate(created + 14 * DAY, spec.site) : null,
    operation_type: transfer ? 'money_transfer' : channel === 'qr' ? 'pos_payment' : 'regular_payment',
    issuer_id: pix || transfer ? null : '24',
    payment_method_id: transfer ? 'account_money' : pix ? 'pix' : channel === 'point' ? 'debmaster' : 'master',
    payment_type_id: transfer ? 'account_money' : pix ? 'bank_transfer' : channel === 'point' ? 'debit_card' : 'credit_card',
    status,
    status_detail: spec.statusDetail ?? DETAIL_FOR[status],
    currency_id: brazil ? 'BRL' : 'ARS',
    description: transfer ? (brazil ? 'Transferência' : 'Transferencia') : inPerson ? (brazil ? 'Venda presencial' : 'Venta en persona') : complete ? product.title : (items[0]?.title ?? null),
    live_mode: spec.live ?? true,
    collector_id: spec.collectorId,
    payer: {
      id: String(500000000 + spec.id),
      type: null,
      email: payerData && (complete || transfer) ? `comprador${spec.id}@mail.example` : null,
      identification,
      first_name: null,
      last_name: null,
      entity_type: null,
      phone: { area_code: null, number: null, extension: null },
    },
    metadata: {},
    additional_info: {
      // Every recorded search result carries these three, whatever else was sent (F13).
      authentication_code: inPerson ? `A${spec.id % 100000}` : null,
      nsu_processadora: inPerson ? String(spec.id % 1000000) : null,
      available_balance: null,
      ...(items.length > 0 ? { items } : {}),
      ...(complete
        ? {
            payer: buyer,
            shipments: {
              receiver_address: digital ? {} : { zip_code: '01310-100', state_name: 'São Paulo', city_name: 'São Paulo', street_name: 'Av. Paulista', street_number: '1000', floor: '', apartment: '' },
            },
          }
        : {}),
      ...(channel === 'online' ? { ip_address: '127.0.0.1' } : {}),
    },
    external_reference: complete ? `ORDER-${spec.id}` : null,
    transaction_amount: amount,
    transaction_amount_refunded: status === 'refunded' ? amount : 0,
    installments: pix || transfer ? 1 : 3,
    transaction_details: {
      net_received_amount: status === 'approved' ? Math.round(amount * 95) / 100 : 0,
      total_paid_amount: amount,
      installment_amount: pix ? amount : Math.round((amount / 3) * 100) / 100,
      overpaid_amount: 0,
    },
    fee_details: [],
    statement_descriptor: spec.autoDescriptor ?? (complete ? (brazil ? 'LOJAEXEMPLO' : 'TIENDAEJEMPLO') : null),
    notification_url: complete ? spec.notificationUrl : null,
    binary_mode: false,
    card: pix || transfer ? {} : { first_six_digits: '503143', last_four_digits: '6351', expiration_month: 11, expiration_year: 2030 },
    ...(pix && status === 'pending' ? { point_of_interaction: { type: 'PIX', transaction_data: { qr_code: '00020126580014br.gov.bcb.pix', ticket_url: 'https://127.0.0.1/pix/ticket' } } } : {}),
    ...(channel === 'point' ? { point_of_interaction: { type: 'POINT', sub_type: 'INSTORE', device_id: 'PAX_A910__SMARTPOS1234567890' } } : {}),
    ...(channel === 'qr' ? { point_of_interaction: { type: 'INSTORE', sub_type: 'QR' }, store_id: '12345678', pos_id: '87654321' } : {}),
  };
}

/**
 * A preference as /checkout/preferences/search lists it. The recorded searches (sdk-go, sdk-php,
 * sdk-java; reference §11 F4) carry no `notification_url` key, and `items` lists item titles:
 * only GET /checkout/preferences/{id} has the URL.
 */
export function preference(id: string, daysAgo: number, site: 'MLB' | 'MLA', collectorId: number, live = true, now = Date.now()): Record<string, unknown> {
  const created = mpDate(now - daysAgo * DAY, site);
  return {
    client_id: '4862191752735213',
    collector_id: collectorId,
    corporation_id: null,
    date_created: created,
    expiration_date_from: null,
    expiration_date_to: null,
    expires: false,
    external_reference: `ORDER-P${id}`,
    id: `${collectorId}-${id}`,
    integrator_id: null,
    items: [site === 'MLB' ? 'Camiseta algodão orgânico' : 'Remera algodón orgánico'],
    last_updated: null,
    live_mode: live,
    marketplace: 'NONE',
    operation_type: 'regular_payment',
    payer_email: '',
    payer_id: null,
    platform_id: null,
    processing_modes: ['aggregator'],
    product_id: null,
    purpose: '',
    site_id: site,
    sponsor_id: null,
    shipping_mode: null,
  };
}
