import { failed, ok, type ProbeOutcome } from '../outcome.js';
import type { MercadoPagoClient } from './client.js';

/** What the checks need of `GET /users/me`. */
export interface Account {
  readonly userId: number;
  readonly siteId: string | undefined;
  readonly countryId: string | undefined;
  readonly tags: readonly string[];
  readonly email: string | undefined;
  readonly nickname: string | undefined;
}

interface UsersMeBody {
  id?: unknown;
  site_id?: unknown;
  country_id?: unknown;
  tags?: unknown;
  email?: unknown;
  nickname?: unknown;
}

/** `GET /users/me`. A 401/403 is `refused` (the token is not valid); other failures say why. */
export async function probeAccount(client: MercadoPagoClient): Promise<ProbeOutcome<Account>> {
  const answer = await client.get<UsersMeBody>('/users/me');
  if (!answer.ok) return { ok: false, error: answer.error };
  const body = answer.data;
  if (typeof body !== 'object' || body === null || typeof body.id !== 'number') {
    return failed('parse', 'GET /users/me answered without a numeric user id');
  }
  return ok({
    userId: body.id,
    siteId: typeof body.site_id === 'string' ? body.site_id : undefined,
    countryId: typeof body.country_id === 'string' ? body.country_id : undefined,
    tags: Array.isArray(body.tags) ? body.tags.filter((t): t is string => typeof t === 'string') : [],
    email: typeof body.email === 'string' ? body.email : undefined,
    nickname: typeof body.nickname === 'string' ? body.nickname : undefined,
  });
}
