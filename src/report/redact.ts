/**
 * Last line of defence for secrets: every rendered output passes through here before it is
 * written. Checks never see the token, but a server could echo it back in an error body.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): (value: string) => string {
  const list = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (value) => value;
  return (value) => {
    let out = value;
    for (const secret of list) out = out.split(secret).join('***');
    return out;
  };
}
