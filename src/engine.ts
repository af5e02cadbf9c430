import { CATALOG, DEFAULT_THRESHOLDS } from './checks/catalog.js';
import type { CheckContext, CheckDefinition, CheckOutcome, Thresholds } from './checks/types.js';
import type { Settings } from './config/settings.js';
import { languageForHost, languageForSite, text, type Language } from './i18n/text.js';
import { createBudget } from './probes/budget.js';
import type { Evidence } from './probes/evidence.js';
import { gatherEvidence, type ProbeOptions } from './probes/gather.js';
import type { MercadoPagoClient } from './probes/mercadopago/client.js';
import { VERSION } from './version.js';
import { buildReport, waiverFor, type EvaluatedCheck, type Report, type ReportAccount } from './report/model.js';

export { VERSION };

/** Time kept back from the budget to evaluate, render and write once the probes are done. */
const RESERVE_MS = 300;

export interface RunOutcome {
  readonly report: Report;
  readonly apiRequests: number;
}

export interface EngineDependencies {
  readonly clock?: () => Date;
  readonly client?: MercadoPagoClient;
  readonly catalog?: readonly CheckDefinition[];
}

/** inputs → probes → evidence → checks → report. Never throws for anything a site or API does. */
export async function runReadiness(settings: Settings, deps: EngineDependencies = {}): Promise<RunOutcome> {
  const clock = deps.clock ?? (() => new Date());
  const startedAt = clock();
  const budget = createBudget(Math.max(settings.timeoutMs - RESERVE_MS, Math.round(settings.timeoutMs * 0.8)));
  // The budget ends with the probes: nothing lingers, and nothing of the run stays reachable from its timers.
  const { evidence, apiRequests } = await gatherEvidence(probeOptionsOf(settings), budget, deps.client).finally(() => budget.end());
  const now = clock();
  const checks = evaluateAll(deps.catalog ?? CATALOG, evidence, contextOf(settings, now), settings, now);
  const account = accountOf(evidence);
  // auto: the account's site; without an account (token refused), a guess from the site's domain.
  const language: Language = settings.language !== 'auto' ? settings.language : account?.siteId ? languageForSite(account.siteId) : languageForHost(settings.siteUrl.hostname);
  const report = buildReport({ settings, checks, account, language, startedAt, durationMs: clock().getTime() - startedAt.getTime(), version: VERSION });
  return { report, apiRequests };
}

/** The checks' default thresholds with the config file's overrides on top. */
export function thresholdsOf(settings: Pick<Settings, 'thresholds'>): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...settings.thresholds };
}

/** The few settings the probes read, handed down as plain options. */
export function probeOptionsOf(settings: Settings): ProbeOptions {
  return {
    siteUrl: settings.siteUrl,
    accessToken: settings.accessToken,
    apiBaseUrl: settings.apiBaseUrl,
    paymentId: settings.paymentId,
    webhookUrl: settings.webhookUrl,
    webhookSecret: settings.webhookSecret,
    webhookTimeoutMs: thresholdsOf(settings).webhookTimeoutMs,
    browser: settings.browser,
  };
}

export function contextOf(settings: Settings, now: Date): CheckContext {
  const token = settings.accessToken;
  return {
    now,
    thresholds: thresholdsOf(settings),
    siteUrl: settings.siteUrl,
    ...(settings.publicKey ? { publicKey: settings.publicKey } : {}),
    tokenPrefix: token.startsWith('TEST-') ? 'TEST' : token.startsWith('APP_USR-') ? 'APP_USR' : 'other',
    webhookSecretGiven: settings.webhookSecret !== undefined,
    scriptInventory: settings.scriptInventory,
  };
}

/** Evaluates every check; a check that throws becomes `error` (a bug of ours must not read as pass). */
export function evaluateAll(catalog: readonly CheckDefinition[], evidence: Evidence, context: CheckContext, settings: Pick<Settings, 'severityOverrides' | 'waivers'>, now: Date): EvaluatedCheck[] {
  const today = now.toISOString().slice(0, 10);
  return catalog.map((definition) => {
    const override = settings.severityOverrides[definition.id];
    const waiver = waiverFor(definition.id, settings.waivers, today);
    const started = performance.now();
    const outcome: CheckOutcome = override === 'off' ? turnedOff() : safeEvaluate(definition, evidence, context);
    return {
      definition,
      outcome,
      severity: override === undefined || override === 'off' ? definition.defaultSeverity : override,
      durationMs: Math.round(performance.now() - started),
      ...(waiver ? { waiver } : {}),
    };
  });
}

/**
 * The evidence a check declared it reads, and nothing else: an undeclared read finds nothing,
 * so a check cannot come to depend on evidence its declaration does not name.
 */
export function declaredEvidence(definition: Pick<CheckDefinition, 'reads'>, evidence: Evidence): Evidence {
  return Object.fromEntries(definition.reads.map((key) => [key, evidence[key]])) as unknown as Evidence;
}

function safeEvaluate(definition: CheckDefinition, evidence: Evidence, context: CheckContext): CheckOutcome {
  try {
    return definition.evaluate(declaredEvidence(definition, evidence), context);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      status: 'error',
      message: text(`Internal error while judging this check: ${detail}`, `Error interno al evaluar esta verificación: ${detail}`, `Erro interno ao avaliar esta verificação: ${detail}`),
      remediation: text(
        "Please report this at the action's issue tracker with the JSON report attached.",
        'Repórtalo en el issue tracker de la action adjuntando el reporte JSON.',
        'Informe isto no issue tracker da action anexando o relatório JSON.',
      ),
    };
  }
}

function turnedOff(): CheckOutcome {
  return { status: 'skip', message: text('Turned off in the config file.', 'Desactivada en el archivo de configuración.', 'Desativada no arquivo de configuração.') };
}

function accountOf(evidence: Evidence): ReportAccount | null {
  if (!evidence.account.ok) return null;
  const a = evidence.account.value;
  // Test users created since 2023 carry no tags, only the @testuser.com e-mail (reference §11 F14).
  return { userId: a.userId, siteId: a.siteId ?? null, testUser: a.tags.includes('test_user') || /@testuser\.com$/i.test(a.email ?? '') };
}
