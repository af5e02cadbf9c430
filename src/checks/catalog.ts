import { tokenValid } from './credentials/token-valid.js';
import { production } from './credentials/production.js';
import { publicKey } from './credentials/public-key.js';
import { secretExposure } from './credentials/secret-exposure.js';
import { livePayment } from './quality/live-payment.js';
import { paymentFields } from './quality/payment-fields.js';
import { measurement } from './quality/measurement.js';
import { https as sslHttps } from './ssl/https.js';
import { certificateTrust } from './ssl/certificate-trust.js';
import { hostname } from './ssl/hostname.js';
import { validity } from './ssl/validity.js';
import { expiryWindow } from './ssl/expiry-window.js';
import { protocols } from './ssl/protocols.js';
import { ciphers } from './ssl/ciphers.js';
import { forwardSecrecy } from './ssl/forward-secrecy.js';
import { keyAndSignature } from './ssl/key-and-signature.js';
import { httpRedirect } from './ssl/http-redirect.js';
import { hsts } from './ssl/hsts.js';
import { mixedContent } from './ssl/mixed-content.js';
import { securityHeaders } from './page/security-headers.js';
import { scriptInventory } from './page/script-inventory.js';
import { pixEnabled } from './pix/enabled.js';
import { pixKey } from './pix/key.js';
import { deviceId } from './approval/device-id.js';
import { sdkV2 } from './approval/sdk-v2.js';
import { itemData } from './approval/item-data.js';
import { payerData } from './approval/payer-data.js';
import { shippingData } from './approval/shipping-data.js';
import { rejectionRate } from './approval/rejection-rate.js';
import { configured } from './notifications/configured.js';
import { https as notificationsHttps } from './notifications/https.js';
import { reachable } from './notifications/reachable.js';
import { signature } from './notifications/signature.js';
import { release } from './reports/release.js';
import { settlement } from './reports/settlement.js';
import { CHECK_IDS } from './ids.js';
import type { CheckDefinition, Thresholds } from './types.js';

/** Every check, in the contract's order (DESIGN §5): one line per check. */
export const CATALOG: readonly CheckDefinition[] = [
  tokenValid,
  production,
  publicKey,
  secretExposure,
  livePayment,
  paymentFields,
  measurement,
  sslHttps,
  certificateTrust,
  hostname,
  validity,
  expiryWindow,
  protocols,
  ciphers,
  forwardSecrecy,
  keyAndSignature,
  httpRedirect,
  hsts,
  mixedContent,
  securityHeaders,
  scriptInventory,
  pixEnabled,
  pixKey,
  deviceId,
  sdkV2,
  itemData,
  payerData,
  shippingData,
  rejectionRate,
  configured,
  notificationsHttps,
  reachable,
  signature,
  release,
  settlement,
];

// The catalog and the id list (which config validation reads without loading the checks) must
// agree id for id and in order; a mismatch stops the program at load, and a test says which.
const mismatch = CATALOG.findIndex((check, i) => check.id !== CHECK_IDS[i]);
if (mismatch >= 0 || CATALOG.length !== CHECK_IDS.length) {
  throw new Error(`the catalog and CHECK_IDS differ at position ${mismatch >= 0 ? mismatch : CATALOG.length}`);
}

/**
 * Every threshold's default, gathered from the checks that read it (checks sharing a threshold
 * must agree). The config file's `thresholds` override these; nothing else sets them.
 */
export const DEFAULT_THRESHOLDS: Thresholds = defaultThresholds(CATALOG);

/** Merges the checks' declared defaults; throws when two checks disagree on one. */
export function defaultThresholds(catalog: readonly CheckDefinition[]): Thresholds {
  const merged: Record<string, number> = {};
  for (const check of catalog) {
    for (const [key, value] of Object.entries(check.defaults ?? {})) {
      if (merged[key] !== undefined && merged[key] !== value) throw new Error(`${check.id} declares ${key} = ${value}, another check ${merged[key]}`);
      merged[key] = value;
    }
  }
  return merged as unknown as Thresholds;
}
