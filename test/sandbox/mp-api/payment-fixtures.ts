/**
 * Payments in the documented shape of GET /v1/payments/search results and /v1/payments/{id}
 * (reference §6; fields as in the create-payment reference: items, payer and shipments under
 * additional_info). Dates are relative to when the stand-in starts, so "the last 30 days" holds.
 */

const DAY = 86_400_000;

export interface PaymentSpec {
  readonly id: number;
  readonly daysAgo: number;
  readonly site: 'MLB' | 'MLA';
  readonly collectorId: number;
  readonly status?: 'approved' | 'rejected' | 'pending' | 'refunded' | 'cancelled' | 'in_process';
  readonly statusDetail?: string;
  readonly live?: boolean;
  /** complete: every required and recommended field; poor: what a hurried integration sends. */
  readonly data?: 'complete' | 'poor' | 'no-identification';
  readonly method?: 'card' | 'pix';
  readonly notificationUrl: string;
}

const DETAIL_FOR: Readonly<Record<string, string>> = {
  approved: 'accredited',
  rejected: 'cc_rejected_other_reason',
  pending: 'pending_waiting_transfer',
  refunded: 'refunded',
  cancelled: 'expired',
  in_process: 'pending_review_manual',
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
  const pix = spec.method === 'pix';
  const amount = 100 + (spec.id % 17) * 10 + 0.9;
  const brazil = spec.site === 'MLB';
  const data = spec.data ?? 'complete';
  const complete = data !== 'poor';
  const identification = data === 'complete' ? { type: brazil ? 'CPF' : 'DNI', number: brazil ? '19119119100' : '32659430' } : { type: null, number: null };
  const items = complete
    ? [
        {
          id: `SKU-${1000 + (spec.id % 7)}`,
          title: brazil ? 'Camiseta algodão orgânico' : 'Remera algodón orgánico',
          description: brazil ? 'Camiseta unissex, tamanho M' : 'Remera unisex, talle M',
          category_id: 'fashion',
          picture_url: 'https://127.0.0.1/static/item.png',
          quantity: '1',
          unit_price: String(amount),
        },
      ]
    : [{ id: null, title: 'Pedido', description: null, category_id: null, picture_url: null, quantity: '1', unit_price: String(amount) }];
  return {
    id: spec.id,
    date_created: mpDate(created, spec.site),
    date_approved: status === 'approved' ? mpDate(created + 5000, spec.site) : null,
    date_last_updated: mpDate(created + 6000, spec.site),
    money_release_date: status === 'approved' ? mpDate(created + 14 * DAY, spec.site) : null,
    operation_type: 'regular_payment',
    issuer_id: pix ? null : '24',
    payment_method_id: pix ? 'pix' : 'master',
    payment_type_id: pix ? 'bank_transfer' : 'credit_card',
    status,
    status_detail: spec.statusDetail ?? DETAIL_FOR[status],
    currency_id: brazil ? 'BRL' : 'ARS',
    description: complete ? items[0]!.title : 'Pedido',
    live_mode: spec.live ?? true,
    collector_id: spec.collectorId,
    payer: {
      id: String(500000000 + spec.id),
      type: null,
      email: complete ? `comprador${spec.id}@mail.example` : null,
      identification,
      first_name: null,
      last_name: null,
      entity_type: null,
      phone: { area_code: null, number: null, extension: null },
    },
    metadata: {},
    additional_info: {
      items,
      ...(complete
        ? {
            payer: { first_name: 'Ana', last_name: 'Souza', phone: { area_code: '11', number: '987654321' }, address: { zip_code: '01310-100', street_name: 'Av. Paulista', street_number: '1000' } },
            shipments: { receiver_address: { zip_code: '01310-100', state_name: 'São Paulo', city_name: 'São Paulo', street_name: 'Av. Paulista', street_number: '1000', floor: '', apartment: '' } },
          }
        : {}),
      ip_address: '127.0.0.1',
    },
    external_reference: complete ? `ORDER-${spec.id}` : null,
    transaction_amount: amount,
    transaction_amount_refunded: status === 'refunded' ? amount : 0,
    installments: pix ? 1 : 3,
    transaction_details: {
      net_received_amount: status === 'approved' ? Math.round(amount * 95) / 100 : 0,
      total_paid_amount: amount,
      installment_amount: pix ? amount : Math.round((amount / 3) * 100) / 100,
      overpaid_amount: 0,
    },
    fee_details: [],
    statement_descriptor: complete ? (brazil ? 'LOJAEXEMPLO' : 'TIENDAEJEMPLO') : null,
    notification_url: complete ? spec.notificationUrl : null,
    binary_mode: false,
    card: pix ? {} : { first_six_digits: '503143', last_four_digits: '6351', expiration_month: 11, expiration_year: 2030 },
    ...(pix && status === 'pending' ? { point_of_interaction: { type: 'PIX', transaction_data: { qr_code: '00020126580014br.gov.bcb.pix', ticket_url: 'https://127.0.0.1/pix/ticket' } } } : {}),
  };
}

/** A preference as /checkout/preferences/search lists it (reference §7). */
export function preference(id: string, daysAgo: number, site: 'MLB' | 'MLA', collectorId: number, notificationUrl: string | null, live = true, now = Date.now()): Record<string, unknown> {
  return {
    id: `${collectorId}-${id}`,
    client_id: '4862191752735213',
    collector_id: collectorId,
    date_created: mpDate(now - daysAgo * DAY, site),
    expires: false,
    external_reference: `ORDER-P${id}`,
    items: [`SKU-${id}`],
    live_mode: live,
    marketplace: 'NONE',
    notification_url: notificationUrl,
    operation_type: 'regular_payment',
    payer_email: '',
    site_id: site,
    sponsor_id: null,
  };
}
