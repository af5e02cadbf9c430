import type { Report } from './model.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
}

/** GitHub shows at most 10 annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_OF = { blocker: 'error', warning: 'warning', info: 'notice' } as const;

const MORE = { en: (n: number) => `${n} more in the job summary`, es: (n: number) => `${n} más en el resumen del job`, 'pt-BR': (n: number) => `mais ${n} no resumo do job` } as const;

/** One annotation per failing or unverifiable check, cut to GitHub's limits with a "N more" line. */
export function annotationsFor(report: Report): Annotation[] {
  const byLevel = new Map<AnnotationLevel, Annotation[]>();
  for (const check of report.checks) {
    if (check.status !== 'fail' && check.status !== 'error') continue;
    if (check.waiver && !check.waiver.expired) continue;
    const level = LEVEL_OF[check.severity];
    const list = byLevel.get(level) ?? [];
    list.push({ level, title: `${check.id}: ${check.title}`, message: [check.message, check.remediation].filter(Boolean).join(' ') });
    byLevel.set(level, list);
  }
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const list = byLevel.get(level) ?? [];
    if (list.length <= ANNOTATIONS_PER_LEVEL) {
      out.push(...list);
    } else {
      out.push(...list.slice(0, ANNOTATIONS_PER_LEVEL - 1));
      const rest = list.length - (ANNOTATIONS_PER_LEVEL - 1);
      out.push({ level, title: 'mercadopago-readiness', message: MORE[report.language](rest) });
    }
  }
  return out;
}
