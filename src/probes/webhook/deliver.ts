import { request, type Dispatcher } from 'undici';
import { createRedactor } from '../../secrets/redact.js';
import { ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import type { BuiltNotification, SignatureKind } from './notification.js';

/** What came of sending one test notification. */
export interface Delivery {
  readonly signature: SignatureKind;
  /** The `x-request-id` sent: the merchant can find the notification in their logs by it. */
  readonly requestId: string;
  /** The signed manifest (no secret in it), for comparing with the receiver's own. */
  readonly manifest?: string;
  /** How long we waited at most, and why that long: Mercado Pago's limit or the run's budget. */
  readonly limitMs: number;
  readonly limitedBy: 'threshold' | 'budget';
  /** Until the status line arrived, or until we gave up. */
  readonly latencyMs: number;
  /** The endpoint's answer; undefined when none came within `limitMs`. */
  readonly answer?: DeliveryAnswer;
}

export interface DeliveryAnswer {
  readonly status: number;
  /** The `Location` of a redirect: reported, never followed (Mercado Pago wants 200/201 itself). */
  readonly location?: string;
  /** The first bytes of the body when the status is not 200/201, secrets scrubbed. */
  readonly bodyStart?: string;
}

export interface DeliverOptions {
  /** Longest wait for the answer. */
  readonly limitMs: number;
  readonly limitedBy: 'threshold' | 'budget';
  /** Values to scrub, in every form, from anything the endpoint sends back (the webhook secret, the token). */
  readonly scrub?: readonly string[];
  /** Most body bytes read; the rest is dropped. */
  readonly maxBodyBytes?: number;
  readonly dispatcher?: Dispatcher;
  /** Aborts the send early (the run's budget). */
  readonly signal?: AbortSignal;
}

const BODY_START_CHARS = 200;

/** Certificate errors are the endpoint's fault as much as a refused connection is. */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * POSTs one notification with undici: no redirect is followed, at most `maxBodyBytes` are read,
 * and the wait ends at `limitMs`. No answer in time is evidence (`answer` undefined), not an
 * error; a connection or certificate failure is an error of kind `network` or `tls`.
 */
export async function deliver(notification: BuiltNotification, signature: SignatureKind, options: DeliverOptions): Promise<ProbeOutcome<Delivery>> {
  const label = `POST ${notification.url.origin}${notification.url.pathname}`;
  const timeout = AbortSignal.timeout(Math.max(1, Math.round(options.limitMs)));
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const base = {
    signature,
    requestId: notification.requestId,
    ...(notification.manifest ? { manifest: notification.manifest } : {}),
    limitMs: options.limitMs,
    limitedBy: options.limitedBy,
  };
  const started = performance.now();
  let response: Dispatcher.ResponseData;
  try {
    response = await request(notification.url, {
      method: 'POST',
      headers: notification.headers,
      body: notification.body,
      signal,
      maxRedirections: 0,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    if (signal.aborted) return ok({ ...base, latencyMs });
    return { ok: false, error: classify(error, label) };
  }
  const latencyMs = Math.round(performance.now() - started);
  const status = response.statusCode;
  const accepted = status === 200 || status === 201;
  const scrub = createRedactor(options.scrub ?? []);
  const body = await readStart(response.body, options.maxBodyBytes ?? 16 * 1024, accepted);
  const location = header(response.headers['location']);
  return ok({
    ...base,
    latencyMs,
    answer: {
      status,
      ...(status >= 300 && status < 400 && location ? { location: clean(location, scrub) } : {}),
      ...(!accepted ? { bodyStart: clean(body, scrub).slice(0, BODY_START_CHARS) } : {}),
    },
  });
}

/** Reads at most `max` bytes and drops the rest; an accepted answer's body is only drained. */
async function readStart(body: Dispatcher.ResponseData['body'], max: number, discard: boolean): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    if (discard) return '';
    for await (const chunk of body) {
      const buffer = Buffer.from(chunk as Uint8Array);
      chunks.push(buffer.subarray(0, max - size));
      size += Math.min(buffer.length, max - size);
      if (size >= max) break;
    }
  } catch {
    // The body broke off or the wait ended mid-body: the status already says what we need.
  } finally {
    // undici's body emits an abort error when destroyed early; nobody else is listening.
    body.on('error', () => undefined);
    if (!body.destroyed) body.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * One line, printable, without the secret even if the endpoint echoes it back: scrubbed whole
 * (every form), then flattened, then scrubbed again (a secret split by a line break), before
 * any cut.
 */
function clean(value: string, scrub: (s: string) => string): string {
  return scrub(
    scrub(value)
      .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
      .trim(),
  );
}

function classify(error: unknown, label: string): ReturnType<typeof toProbeError> {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code ?? '';
  if (CERTIFICATE_CODES.has(code)) return { kind: 'tls', message: `${label}: the certificate was not accepted (${code})` };
  return toProbeError(error, label);
}
