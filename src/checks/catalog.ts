import * as approval from './approval.js';
import * as credentials from './credentials.js';
import * as notifications from './notifications.js';
import * as pix from './pix.js';
import * as quality from './quality.js';
import * as reports from './reports.js';
import * as pageApproval from './page-approval.js';
import * as pageCredentials from './page-credentials.js';
import * as page from './page.js';
import * as sslHttp from './ssl-http.js';
import * as sslTls from './ssl-tls.js';
import * as ssl from './ssl.js';
import { CHECK_IDS } from './ids.js';
import type { CheckDefinition, Thresholds } from './types.js';

const BUILT: readonly CheckDefinition[] = [
  credentials.tokenValid,
  credentials.production,
  quality.livePayment,
  quality.paymentFields,
  quality.measurement,
  pix.pixEnabled,
  pix.pixKey,
  approval.itemData,
  approval.payerData,
  approval.shippingData,
  approval.rejectionRate,
  reports.release,
  reports.settlement,
  ssl.https,
  ssl.certificateTrust,
  ssl.hostname,
  ssl.validity,
  notifications.configured,
  notifications.https,
  notifications.reachable,
  notifications.signature,
  pageCredentials.publicKey,
  pageCredentials.secretExposure,
  sslTls.expiryWindow,
  sslTls.protocols,
  sslTls.keyAndSignature,
  sslHttp.httpRedirect,
  sslHttp.hsts,
  sslHttp.mixedContent,
  page.securityHeaders,
  pageApproval.deviceId,
  pageApproval.sdkV2,
];

/** The built checks, in the contract's order (DESIGN §5). A check not built yet is absent. */
export const CATALOG: readonly CheckDefinition[] = [...BUILT].sort((a, b) => order(a.id) - order(b.id));

function order(id: string): number {
  const index = (CHECK_IDS as readonly string[]).indexOf(id);
  if (index < 0) throw new Error(`check ${id} is not in the contract's catalog`);
  return index;
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
