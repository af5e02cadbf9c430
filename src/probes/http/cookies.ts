/** A cookie's attributes as set, never its value. */
export interface CookieFacts {
  readonly name: string;
  /** The URL whose answer set it. */
  readonly setBy: string;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  /** `Strict`, `Lax`, `None`, or null when absent. */
  readonly sameSite: string | null;
}

/** Reads one Set-Cookie header (RFC 6265 §5.2: name=value, then `;`-separated attributes). */
export function parseCookie(header: string, setBy: string): CookieFacts {
  const [pair = '', ...attributes] = header.split(';');
  const name = pair.includes('=') ? pair.slice(0, pair.indexOf('=')).trim() : '';
  let secure = false;
  let httpOnly = false;
  let sameSite: string | null = null;
  for (const attribute of attributes) {
    const [key = '', ...rest] = attribute.split('=');
    const k = key.trim().toLowerCase();
    if (k === 'secure') secure = true;
    else if (k === 'httponly') httpOnly = true;
    else if (k === 'samesite') {
      const v = rest.join('=').trim().toLowerCase();
      sameSite = v === 'strict' ? 'Strict' : v === 'lax' ? 'Lax' : v === 'none' ? 'None' : null;
    }
  }
  return { name, setBy, secure, httpOnly, sameSite };
}
