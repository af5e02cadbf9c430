import type { Evidence } from '../../src/probes/evidence.js';
import { failed } from '../../src/probes/outcome.js';

/**
 * Evidence where every probe reads as unavailable ("not part of this test"), for unit tests of
 * checks to override only the fields they judge. One place, so a new Evidence field is added once.
 */
export function blankEvidence(fields: Partial<Evidence> = {}): Evidence {
  const none = failed('network', 'not part of this test');
  return { account: none, payments: none, preferences: none, tls: undefined, page: none, httpRedirect: undefined, webhook: { target: undefined }, ...fields };
}
