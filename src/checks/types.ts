import type { Text } from '../i18n/text.js';
import type { Evidence } from '../probes/evidence.js';
import type { CheckId } from './ids.js';
import type { InventoryInput } from './support/inventory-types.js';

/** The go-live page's sections, in its order, plus our own checkout-page section. */
export const SECTIONS = ['credentials', 'quality', 'ssl', 'page', 'pix', 'approval', 'notifications', 'reports'] as const;
export type Section = (typeof SECTIONS)[number];

/** A field of the probes' evidence. */
export type EvidenceKey = keyof Evidence;

export type Severity = 'blocker' | 'warning' | 'info';
export type Status = 'pass' | 'fail' | 'error' | 'skip' | 'manual';

/** What a check decides. `evidence` is plain JSON that goes into the report as is. */
export interface CheckOutcome {
  readonly status: Status;
  readonly message: Text;
  /** What to do about it; omitted on pass/skip when there is nothing to do. */
  readonly remediation?: Text;
  readonly evidence?: Readonly<Record<string, unknown>>;
}

/**
 * Numeric limits the checks use. Each check declares the defaults of the limits it reads
 * (`CheckDefinition.defaults`, as Lighthouse's `defaultOptions`); the config file's
 * `thresholds` only override them.
 */
export interface Thresholds {
  readonly expiryMinDays: number;
  readonly hstsMinDays: number;
  readonly fieldCoverage: number;
  readonly rejectionRateMax: number;
  readonly webhookTimeoutMs: number;
}

/** Everything a check may read besides the evidence. The clock is passed in: checks never read it. */
export interface CheckContext {
  readonly now: Date;
  readonly thresholds: Thresholds;
  readonly siteUrl: URL;
  /** The `public-key` input, when given. */
  readonly publicKey?: string;
  /** The token's prefix only: checks never see the token itself. */
  readonly tokenPrefix: 'TEST' | 'APP_USR' | 'other';
  readonly webhookSecretGiven: boolean;
  /** The approved script inventory (DESIGN §6b), or that there is none yet; undefined reads as none. */
  readonly scriptInventory?: InventoryInput;
}

/** A check: a small declarative unit. `evaluate` is pure: evidence and context in, outcome out. */
export interface CheckDefinition {
  /** A contract id (DESIGN §5): a misspelt id does not compile. */
  readonly id: CheckId;
  readonly section: Section;
  readonly defaultSeverity: Severity;
  /** The requirement, as a person reads it when it holds ("Certificate chain is trusted"). */
  readonly title: Text;
  /**
   * The finding, as Lighthouse's `failureTitle`: how a failing check is titled in every report
   * ("Access token exposed in the page"), so nobody reads a requirement with a ❌ as the problem.
   */
  readonly failureTitle: Text;
  /**
   * Where the requirement is explained: a path on Mercado Pago's developer site (`/docs/...`,
   * linked on the account's country site and language) or an absolute URL.
   */
  readonly docs: string;
  /**
   * The evidence this check reads (as Lighthouse's `requiredArtifacts`). The engine hands a
   * check only these keys, and a test proves no check reads past its list.
   */
  readonly reads: readonly EvidenceKey[];
  /** Defaults of the thresholds this check reads; the config file may override them. */
  readonly defaults?: Partial<Thresholds>;
  evaluate(evidence: Evidence, context: CheckContext): CheckOutcome;
}
