import { isMap, isNode, isSeq, type Document, type LineCounter } from 'yaml';

/**
 * The line (1-based) of the deepest node on `path` that exists in the document, or undefined.
 * For a key path the key's own line is given, so "unknown key 'x'" points at the key.
 */
export function lineAt(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).map((k) => (typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : k));
    const last = keys[keys.length - 1];
    const parent = depth === 0 ? undefined : depth === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === last);
      if (isNode(pair?.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
    }
    if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last];
      if (isNode(item) && item.range) return counter.linePos(item.range[0]).line;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}
