import { createHmac } from 'node:crypto';

/** What Mercado Pago signs for one notification (reference §4). */
export interface SignatureParts {
  /** `data.id` as it appears in the notification URL's query. */
  readonly dataId: string;
  /** The `x-request-id` header. */
  readonly requestId: string;
  /** Unix time in seconds: the docs say milliseconds but their example and the SDKs use seconds. */
  readonly ts: number;
}

/**
 * The signed manifest: `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` with the trailing `;`.
 * `data.id` keeps its casing: the official SDKs stopped lowercasing it (reference §4).
 */
export function signatureManifest(parts: SignatureParts): string {
  return `id:${parts.dataId};request-id:${parts.requestId};ts:${parts.ts};`;
}

/** HMAC-SHA256 of the manifest with the application's secret, as lowercase hex (`v1`). */
export function signatureV1(secret: string, parts: SignatureParts): string {
  return createHmac('sha256', secret).update(signatureManifest(parts)).digest('hex');
}

/** The `x-signature` header value: `ts=<seconds>,v1=<hex>`. */
export function signatureHeader(secret: string, parts: SignatureParts): string {
  return `ts=${parts.ts},v1=${signatureV1(secret, parts)}`;
}

/** Reads `ts` and `v1` from an `x-signature` header; undefined when either is missing. */
export function parseSignatureHeader(header: string): { ts: string; v1: string } | undefined {
  const fields = new Map<string, string>();
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const ts = fields.get('ts');
  const v1 = fields.get('v1');
  return ts && v1 ? { ts, v1 } : undefined;
}
