/** Why a probe could not produce evidence. The message is for people and never holds a secret. */
/** `unavailable`: the probe's tool is not on this runner (no browser for `browser: auto`). */
export type ProbeErrorKind = 'timeout' | 'network' | 'tls' | 'http' | 'parse' | 'refused' | 'internal' | 'unavailable';

export interface ProbeError {
  readonly kind: ProbeErrorKind;
  readonly message: string;
}

/** A probe's result: the evidence, or why there is none. Probes never decide pass or fail. */
export type ProbeOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ProbeError };

export function ok<T>(value: T): ProbeOutcome<T> {
  return { ok: true, value };
}

export function failed<T = never>(kind: ProbeErrorKind, message: string): ProbeOutcome<T> {
  return { ok: false, error: { kind, message } };
}

/** Turns anything thrown inside a probe into a ProbeError with a one-line message, never a stack. */
export function toProbeError(error: unknown, what: string): ProbeError {
  if (isProbeErrorLike(error)) return error;
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown } | undefined;
  const name = e?.name ?? '';
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code ?? '';
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT') {
    return { kind: 'timeout', message: `${what}: no answer within the time budget` };
  }
  // The connection guard (net/guard.ts): its message names the address and the rule.
  if (code === 'ERR_ADDRESS_REFUSED') return { kind: 'network', message: `${what}: ${e?.message ?? 'address refused'}` };
  if (code === 'ECONNREFUSED') return { kind: 'network', message: `${what}: connection refused` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'network', message: `${what}: host name not found` };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { kind: 'network', message: `${what}: connection reset by the server` };
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return { kind: 'network', message: `${what}: host unreachable` };
  if (typeof code === 'string' && code.startsWith('ERR_SSL')) return { kind: 'tls', message: `${what}: TLS failure (${code})` };
  const detail = (e?.message ?? String(error)).split('\n')[0]?.slice(0, 200) ?? 'unknown error';
  return { kind: 'internal', message: `${what}: ${code ? `${code}: ` : ''}${detail}` };
}

function isProbeErrorLike(value: unknown): value is ProbeError {
  return typeof value === 'object' && value !== null && 'kind' in value && 'message' in value && Object.keys(value).length === 2;
}
