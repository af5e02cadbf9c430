import { moreInSummary } from './labels.js';
import type { Report } from './model.js';
import { displayTitle, isCounted } from './view.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
}

/** GitHub shows at most 10 annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_OF = { blocker: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * One annotation per failing or unverifiable check (waived ones excepted; info-severity ones as
 * notices), cut to GitHub's limit per level: the tenth becomes "N more in the job summary".
 */
export function annotationsFor(report: Report): Annotation[] {
  const byLevel = new Map<AnnotationLevel, Annotation[]>();
  for (const check of report.checks) {
    if (!isCounted(check)) continue;
    const level = LEVEL_OF[check.severity];
    const list = byLevel.get(level) ?? [];
    list.push({ level, title: `${displayTitle(check)} (${check.id})`, message: [check.message, check.remediation, check.docsUrl].filter(Boolean).join('\n') });
    byLevel.set(level, list);
  }
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const list = byLevel.get(level) ?? [];
    if (list.length <= ANNOTATIONS_PER_LEVEL) {
      out.push(...list);
    } else {
      const kept = list.slice(0, ANNOTATIONS_PER_LEVEL - 1);
      const rest = list.length - kept.length;
      out.push(...kept, { level, title: 'mercadopago-readiness', message: moreInSummary(rest, report.language) });
    }
  }
  return out;
}
