import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';
import { z } from 'zod';
import { CHECK_IDS } from '../checks/ids.js';
import { InputError } from './input-error.js';

const severityOrOff = z.enum(['off', 'info', 'warning', 'blocker']);
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
    message: 'expected a date as YYYY-MM-DD',
  });

const checkId = z.enum(CHECK_IDS, { message: 'unknown check id' });

const configSchema = z
  .object({
    checks: z.partialRecord(checkId, severityOrOff).optional(),
    waivers: z
      .array(
        z.strictObject({
          check: checkId,
          reason: z.string().trim().min(1, 'a waiver needs a reason'),
          until: isoDate,
        }),
      )
      .optional(),
    thresholds: z
      .strictObject({
        'expiry-min-days': z.number().int().positive().optional(),
        'hsts-min-days': z.number().int().positive().optional(),
        'field-coverage': z.number().min(0).max(1).optional(),
        'rejection-rate-max': z.number().min(0).max(1).optional(),
        'webhook-timeout-ms': z.number().int().positive().max(120000).optional(),
      })
      .optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;

/**
 * Parses and validates the YAML config (DESIGN §6). Any problem is an InputError naming the file
 * and line: unknown keys, unknown check ids and bad values included.
 */
export function parseConfigFile(source: string, fileName: string): ConfigFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new InputError(`Invalid config file '${fileName}' at line ${line}: ${yamlError.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') path.push(String(issue.keys[0]));
  const where = lineOf(doc, lineCounter, path);
  const at = path.length > 0 ? ` '${path.join('.')}'` : '';
  const unknownKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
  const message = unknownKey ? `${path[0] === 'checks' ? 'unknown check id' : 'unknown key'}${at}` : `${issue.message}${at}`;
  throw new InputError(`Invalid config file '${fileName}'${where}: ${message}`);
}

/** The line of the deepest node on `path` that exists, as " at line N", or "" when unknown (the inventory file's parser uses it too). */
export function lineOf(doc: Document, counter: LineCounter, path: readonly string[]): string {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const parentKeys = keys.slice(0, -1);
    const last = keys[keys.length - 1];
    const parent = depth === 0 ? doc.contents : doc.getIn(parentKeys, true);
    if (depth > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === last);
      const keyNode = pair?.key;
      if (isNode(keyNode) && keyNode.range) return ` at line ${counter.linePos(keyNode.range[0]).line}`;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return ` at line ${counter.linePos(node.range[0]).line}`;
  }
  return '';
}
