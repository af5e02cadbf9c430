import { failed, ok, type ProbeOutcome } from '../outcome.js';
import type { MercadoPagoClient } from './client.js';

/** A payment method as `GET /v1/payment_methods` lists it, reduced to what the checks read. */
export interface PaymentMethodSummary {
  readonly id: string;
  readonly name?: string;
  readonly payment_type_id?: string;
  /** `active`, `deactivated` or `temporally_deactivated` (reference §5). */
  readonly status?: string;
}

/** `GET /v1/payment_methods`: the methods the account can offer (Pix among them in Brazil). */
export async function probePaymentMethods(client: MercadoPagoClient): Promise<ProbeOutcome<readonly PaymentMethodSummary[]>> {
  const answer = await client.get('/v1/payment_methods');
  if (!answer.ok) return { ok: false, error: answer.error };
  if (!Array.isArray(answer.data)) return failed('parse', 'GET /v1/payment_methods answered without an array');
  const methods: PaymentMethodSummary[] = [];
  for (const m of answer.data as unknown[]) {
    if (typeof m !== 'object' || m === null || typeof (m as { id?: unknown }).id !== 'string') continue;
    const { id, name, payment_type_id, status } = m as Record<string, unknown>;
    methods.push({
      id: id as string,
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof payment_type_id === 'string' ? { payment_type_id } : {}),
      ...(typeof status === 'string' ? { status } : {}),
    });
  }
  return ok(methods);
}
