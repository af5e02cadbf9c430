import { createHash } from 'node:crypto';

/** File names the fleet writes itself: no site's report may take them. */
const RESERVED = new Set(['fleet.json']);
const MAX_STEM = 120;

/**
 * `<host>-<path>.json` for each URL (DESIGN §2), unique over the whole list. Names are computed
 * over the full targets file before sharding, so shards downloaded into one folder never
 * overwrite each other: URLs that sanitize to the same name (`/a-b` and `/a/b`, a query, a port)
 * get a short hash of the full URL appended.
 */
export function reportFileNames(urls: readonly URL[]): string[] {
  const stems = urls.map(stemOf);
  const count = new Map<string, number>();
  for (const s of stems) count.set(s, (count.get(s) ?? 0) + 1);
  return urls.map((url, i) => {
    const stem = stems[i]!;
    const clash = count.get(stem)! > 1 || url.search !== '' || RESERVED.has(`${stem}.json`);
    return `${clash ? `${stem}-${createHash('sha256').update(url.href).digest('hex').slice(0, 8)}` : stem}.json`;
  });
}

function stemOf(url: URL): string {
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/:/g, '_');
  const port = url.port === '' ? '' : `_${url.port}`;
  const route = decodeSafely(url.pathname).replace(/^\/+|\/+$/g, '');
  const raw = route === '' ? `${host}${port}` : `${host}${port}-${route}`;
  // Only portable characters: no separators, no dot-files, nothing a shell or Windows runner trips on.
  const clean = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  return (clean || 'site').slice(0, MAX_STEM);
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
