import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../checks/types.js';
import type { Language } from '../i18n/text.js';
import { inert } from './inert.js';
import { inventorySarifProperties } from './inventory-diff.js';
import { SECTION_TITLES, SECTION_WHY, SEVERITY_LABELS, SEVERITY_WHY, STATUS_LABELS, UI } from './labels.js';
import { linkTarget } from './markdown.js';
import type { CheckReport, Report } from './model.js';
import { displayTitle, isCounted } from './view.js';

/** Where results are anchored: code scanning only takes files of the repository, not URLs. */
export interface SarifAnchor {
  /** Repository-relative path, e.g. `.github/workflows/readiness.yml`. */
  readonly path: string;
  readonly line: number;
}

/** Where the tool is documented (SARIF `informationUri`; also package.json `homepage`). */
export const INFORMATION_URI = 'https://github.com/mercadopago-readiness/mercadopago-readiness';

/**
 * The checks that find security weaknesses: TLS and certificates, a secret exposed, mixed
 * content, headers, the payment-page script inventory, the webhook's HTTPS and signature.
 * Only these carry the `security` tag and a `security-severity` (code scanning lists them as
 * security alerts); "Settlement report configured" is a go-live requirement, not a vulnerability.
 */
export function isSecurityCheck(id: string): boolean {
  return id.startsWith('ssl.') || ['credentials.secret-exposure', 'page.security-headers', 'page.script-inventory', 'notifications.https', 'notifications.signature'].includes(id);
}

/** GitHub maps `security-severity` to critical/high/medium/low: blockers high, warnings medium. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { blocker: '8.0', warning: '5.0', info: '2.0' };
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { blocker: 'error', warning: 'warning', info: 'note' };
const PROBLEM_SEVERITY: Readonly<Record<Severity, string>> = { blocker: 'error', warning: 'warning', info: 'recommendation' };

/** Fingerprint key; bump the version only if the identity of a finding ever changes meaning. */
export const FINGERPRINT_KEY = 'mercadopagoReadiness/v1';

/**
 * The report as SARIF 2.1.0 for GitHub code scanning. Every check is a rule (with
 * `security-severity`); each failing or unverifiable check that is not under a live waiver is
 * a result, anchored to the calling workflow file with the site URL in the message. The
 * fingerprint is the check id and the site (origin and path), so an alert keeps its identity
 * across runs and a matrix over several storefronts keeps one alert per storefront.
 */
export function renderSarif(report: Report, anchor: SarifAnchor): Record<string, unknown> {
  const lang = report.language;
  const site = siteKey(report.siteUrl);
  const ruleIndex = new Map(report.checks.map((c, i) => [c.id, i]));
  const rules = report.checks.map((c) => ({
    id: c.id,
    name: ruleName(c.id),
    shortDescription: { text: c.title },
    fullDescription: { text: `${SECTION_TITLES[c.section][lang]}: ${c.title}` },
    helpUri: c.docsUrl,
    help: helpOf(c, lang),
    defaultConfiguration: { level: LEVEL[c.severity] },
    properties: {
      tags: isSecurityCheck(c.id) ? ['security', 'mercadopago', c.section] : ['mercadopago', 'go-live', c.section],
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[c.severity],
      ...(isSecurityCheck(c.id) ? { 'security-severity': SECURITY_SEVERITY[c.severity] } : {}),
    },
  }));
  const results = report.checks.filter(isCounted).map((c) => ({
    ruleId: c.id,
    ruleIndex: ruleIndex.get(c.id)!,
    level: LEVEL[c.severity],
    message: { text: messageOf(c, report) },
    locations: [{ physicalLocation: { artifactLocation: { uri: anchor.path }, region: { startLine: anchor.line } } }],
    partialFingerprints: { [FINGERPRINT_KEY]: sha256(`${c.id}\n${site}`) },
    properties: { status: c.status, severity: c.severity, section: c.section, siteUrl: report.siteUrl, ...inventorySarifProperties(c) },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: INFORMATION_URI, rules } },
        // One category per storefront: uploads for different sites never close each other's alerts.
        // upload-sarif's `category` input is ignored when the file has this already (README).
        automationDetails: { id: `${report.tool.name}/${site.replace(/[^A-Za-z0-9._/-]+/g, '_')}/` },
        invocations: [{ executionSuccessful: true, startTimeUtc: report.startedAt, endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString() }],
        language: lang,
        results,
      },
    ],
  };
}

/** The rule's help: what the check asks, why (its section and severity), how to fix, the docs. */
function helpOf(c: CheckReport, lang: Language): { text: string; markdown: string } {
  const why = `${SECTION_WHY[c.section][lang]} ${SEVERITY_WHY[c.severity][lang]}`;
  const how = c.remediation ?? '';
  const text = [`${c.title}.`, why, how ? `${UI.howToFix[lang]}: ${how}` : '', `${UI.docs[lang]}: ${c.docsUrl}`].filter(Boolean).join('\n\n');
  const markdown = [`**${inert(c.title)}** (${SECTION_TITLES[c.section][lang]})`, why, how ? `**${UI.howToFix[lang]}:** ${inert(how)}` : '', `[${UI.docs[lang]}](${linkTarget(c.docsUrl)})`]
    .filter(Boolean)
    .join('\n\n');
  return { text, markdown };
}

function messageOf(c: CheckReport, report: Report): string {
  const lang = report.language;
  const head = `${displayTitle(c)} [${SEVERITY_LABELS[c.severity][lang]}, ${STATUS_LABELS[c.status][lang]}] ${report.siteUrl}`;
  return [head, c.message, c.remediation ? `${UI.howToFix[lang]}: ${c.remediation}` : '', `${UI.docs[lang]}: ${c.docsUrl}`].filter(Boolean).join('\n');
}

/** `ssl.key-and-signature` → `SslKeyAndSignature`. */
function ruleName(id: string): string {
  return id
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function siteKey(siteUrl: string): string {
  try {
    const u = new URL(siteUrl);
    return `${u.host}${u.pathname}`;
  } catch {
    return siteUrl;
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export interface AnchorEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The checked-out repository (GITHUB_WORKSPACE), to find the line that uses the action. */
  readonly workspace: string;
}

const DEFAULT_WORKFLOW = '.github/workflows/mercadopago-readiness.yml';

/**
 * The calling workflow file: from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`),
 * else the one workflow in the workspace that mentions the action, else a conventional name.
 * The line is the one that uses the action when the file is checked out, else 1.
 */
export function workflowAnchor({ env, workspace }: AnchorEnvironment): SarifAnchor {
  const file = fromWorkflowRef(env['GITHUB_WORKFLOW_REF']) ?? findInWorkspace(workspace) ?? DEFAULT_WORKFLOW;
  return { path: file, line: lineOfUse(path.join(workspace, file)) };
}

function fromWorkflowRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const at = ref.lastIndexOf('@');
  const file = (at > 0 ? ref.slice(0, at) : ref).split('/').slice(2).join('/');
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) ? file : undefined;
}

function findInWorkspace(workspace: string): string | undefined {
  const dir = path.join(workspace, '.github/workflows');
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
  } catch {
    return undefined;
  }
  const using = names.find((n) => readText(path.join(dir, n))?.includes('mercadopago-readiness'));
  return using ? `.github/workflows/${using}` : undefined;
}

function lineOfUse(file: string): number {
  const lines = readText(file)?.split(/\r?\n/) ?? [];
  const index = lines.findIndex((l) => /^\s*-?\s*uses:.*mercadopago-readiness/.test(l));
  return index >= 0 ? index + 1 : 1;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
