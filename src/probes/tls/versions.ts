import type * as tls from 'node:tls';
import { handshake, type HandshakeOptions, type HandshakeResult } from './handshake.js';

/** The protocol versions probed one by one, oldest first, as OpenSSL names them. */
export const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type TlsVersion = (typeof TLS_VERSIONS)[number];

/** Whether the server completes a handshake at one version; `null` when that could not be told. */
export interface ProtocolSupport {
  readonly version: TlsVersion;
  readonly offered: boolean | null;
  /** Why a handshake did not complete (alert or socket error code), when it did not. */
  readonly detail?: string;
}

export type Attempt = { readonly ok: true; readonly result: HandshakeResult } | { readonly ok: false; readonly error: unknown };

/** The handshakes of one TLS probe, run concurrently. */
export interface VersionHandshakes {
  /** Node's defaults (TLS 1.2–1.3, default security level): what a normal client sees. It also answers for TLS 1.3. */
  readonly standard: Attempt;
  readonly tls12: Attempt;
  readonly tls11: Attempt;
  readonly tls10: Attempt;
}

type Connect = (options: HandshakeOptions) => Promise<HandshakeResult>;

/**
 * Four concurrent handshakes: Node's defaults, TLS 1.2 only, and TLS 1.1 / 1.0 at
 * `DEFAULT@SECLEVEL=0` (OpenSSL's default level refuses legacy versions even when a server
 * offers them, so only these two probes lower it). TLS 1.3 needs no probe of its own: a
 * default client offers it first, so the standard handshake negotiates it whenever it is served.
 */
export async function shakeAllVersions(
  base: Omit<HandshakeOptions, 'signal'>,
  signal: (version: TlsVersion) => AbortSignal,
  connect: Connect = handshake,
  onModernAnswer: () => void = () => undefined,
): Promise<VersionHandshakes> {
  const attempt = (version: TlsVersion, extra: Partial<HandshakeOptions>): Promise<Attempt> =>
    connect({ ...base, signal: signal(version), ...extra }).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  const only = (v: tls.SecureVersion, legacy: boolean): Partial<HandshakeOptions> => ({ minVersion: v, maxVersion: v, ...(legacy ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {}) });
  const modern = (p: Promise<Attempt>): Promise<Attempt> =>
    p.then((a) => {
      if (a.ok) onModernAnswer();
      return a;
    });
  const [standard, tls12, tls11, tls10] = await Promise.all([
    modern(attempt('TLSv1.3', {})),
    modern(attempt('TLSv1.2', only('TLSv1.2', false))),
    attempt('TLSv1.1', only('TLSv1.1', true)),
    attempt('TLSv1', only('TLSv1', true)),
  ]);
  return { standard, tls12, tls11, tls10 };
}

/** Error codes that say the client itself would not accept the server's key or signature: not a protocol refusal. */
export function isLocalStrengthError(error: unknown): boolean {
  const code = codeOf(error);
  return /KEY_TOO_SMALL|MD_TOO_WEAK|CA_KEY_TOO_SMALL|DH_KEY_TOO_SMALL|INSUFFICIENT_SECURITY/.test(code);
}

/** Code of a socket or OpenSSL error, or ''. */
export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * What one attempt says about a version. A TLS alert or OpenSSL refusal means the server does
 * not complete that version (not offered); so does a reset in the middle of the handshake, the
 * way some servers turn down old versions. A timeout or a refused connection tells nothing.
 */
export function supportFrom(version: TlsVersion, attempt: Attempt, negotiated?: string): ProtocolSupport {
  if (attempt.ok) {
    const protocol = negotiated ?? attempt.result.protocol;
    return { version, offered: protocol === version };
  }
  const code = codeOf(attempt.error);
  if (code.startsWith('ERR_SSL') || code === 'ECONNRESET' || code === 'EPIPE') return { version, offered: false, detail: code };
  if (code === 'ERR_LEGACY_DROPPED') return { version, offered: false, detail: 'dropped: no answer while TLS 1.2/1.3 answered' };
  const name = (attempt.error as { name?: string } | undefined)?.name;
  return { version, offered: null, detail: code || name || 'no answer' };
}
