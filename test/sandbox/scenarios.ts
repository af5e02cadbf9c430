import type { Language } from '../../src/i18n/text.js';
import type { RunOptions } from '../helpers/run-action.js';
import type { Sandbox } from './sandbox.js';

/** The demo's and the golden files' runs: the same shops, the way a merchant's workflow runs them. */
export interface Scenario {
  /** `healthy` or `broken`: file names of the golden summaries. */
  readonly shop: 'healthy' | 'broken';
  readonly title: string;
  readonly options: (sandbox: Sandbox, language: Language | 'auto') => RunOptions;
}

/**
 * The broken shop's config: one waiver that applies and one that has expired, so reviewers see
 * both as users will. Dates are fixed far from now so golden files never drift.
 */
export const BROKEN_SHOP_CONFIG = `# .github/mercadopago-readiness.yml of the demo's broken shop
waivers:
  - check: ssl.certificate-trust
    reason: Full chain goes out with the CDN migration (#88)
    until: 2099-12-31
  - check: credentials.production
    reason: Test credentials until launch day
    until: 2025-01-31
`;

export const SCENARIOS: readonly Scenario[] = [
  {
    shop: 'healthy',
    title: 'healthy shop (production MLB account)',
    options: (sandbox, language) => ({
      caFile: sandbox.caFile,
      // No webhook-url: the endpoint is found in the recent payments' notification_url.
      inputs: {
        'site-url': sandbox.healthy.url('/checkout'),
        'access-token': sandbox.tokens.productionMlb,
        'api-base-url': sandbox.api.baseUrl,
        'webhook-secret': sandbox.webhookSecret,
        'timeout-seconds': '20',
        language,
      },
    }),
  },
  {
    shop: 'broken',
    title: 'broken shop (expired certificate without its intermediate, TEST- token)',
    options: (sandbox, language) => ({
      caFile: sandbox.caFile,
      inputs: { 'site-url': sandbox.broken.url('/checkout'), 'access-token': sandbox.tokens.legacyTest, 'api-base-url': sandbox.api.baseUrl, 'timeout-seconds': '20', language },
      files: { '.github/mercadopago-readiness.yml': BROKEN_SHOP_CONFIG },
    }),
  },
];
