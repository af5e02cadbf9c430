import { failed, ok, type ProbeOutcome } from '../outcome.js';
import type { MercadoPagoClient } from './client.js';

/** A preference as GET /checkout/preferences/search lists it (a different envelope from payments). */
export interface PreferenceSummary {
  readonly id: string;
  readonly live_mode?: boolean;
  readonly date_created?: string;
  readonly external_reference?: string | null;
  readonly notification_url?: string | null;
  readonly site_id?: string;
}

export interface PreferenceSample {
  readonly preferences: readonly PreferenceSummary[];
  readonly total: number;
}

interface PreferenceSearchBody {
  elements?: unknown;
  total?: unknown;
}

/** The most recent preferences (one page): Checkout Pro integrations show their notification_url here. */
export async function probePreferences(client: MercadoPagoClient, limit = 50): Promise<ProbeOutcome<PreferenceSample>> {
  const answer = await client.get<PreferenceSearchBody>('/checkout/preferences/search', { limit, offset: 0 });
  if (!answer.ok) return { ok: false, error: answer.error };
  const body = answer.data;
  if (typeof body !== 'object' || body === null || !Array.isArray(body.elements)) {
    return failed('parse', 'GET /checkout/preferences/search answered without an elements array');
  }
  const preferences = body.elements.filter((e): e is PreferenceSummary => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string');
  return ok({ preferences, total: typeof body.total === 'number' ? body.total : preferences.length });
}
