import { CATALOG } from '../../src/checks/catalog.js';
import type { Settings } from '../../src/config/settings.js';
import { planSites } from '../../src/fleet/site-settings.js';
import { reportFileNames } from '../../src/fleet/report-names.js';
import { parseTargets } from '../../src/fleet/targets.js';
import { text } from '../../src/i18n/text.js';
import { buildReport, type Report } from '../../src/report/model.js';

/** Plans for sites named by what the stand-in engine does with them. */
export function plans(behaviours: readonly string[], extra = '') {
  const source = `defaults:\n  access-token-env: T\n  timeout-seconds: 1\n${extra}sites:\n${behaviours.map((b, i) => `  - site-url: https://${b}-${i}.example/\n`).join('')}`;
  const targets = parseTargets(source, 't.yml');
  return planSites(targets, reportFileNames(targets.map((t) => t.siteUrl)), { T: 'APP_USR-1' }, process.cwd(), 't.yml');
}

export function passReport(settings: Settings): Report {
  return buildReport({
    settings,
    checks: CATALOG.map((definition) => ({ definition, outcome: { status: 'pass', message: text('ok', 'ok', 'ok') }, severity: definition.defaultSeverity, durationMs: 0 })),
    account: null,
    language: 'en',
    startedAt: new Date(),
    durationMs: 1,
    version: 'test',
  });
}

/** The engine's stand-in: each site's host says how it misbehaves. */
export function engine(inFlight: { now: number; max: number }) {
  return (settings: Settings): Promise<Report> => {
    const behaviour = settings.siteUrl.hostname.split('-')[0];
    inFlight.now++;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    const done = <T>(p: Promise<T>): Promise<T> => p.finally(() => inFlight.now--);
    switch (behaviour) {
      case 'throws':
        // A socket callback that throws: nothing awaits it, only the site's async context knows whose it is.
        setTimeout(() => {
          throw new Error('socket callback exploded');
        }, 20);
        return done(new Promise<Report>(() => undefined));
      case 'rejects':
        setTimeout(() => void Promise.reject(new Error('nobody caught this')), 20);
        return done(new Promise<Report>(() => undefined));
      case 'hangs':
        return done(new Promise<Report>(() => undefined));
      case 'sync':
        inFlight.now--;
        throw new Error('thrown before any promise');
      default:
        return done(new Promise<Report>((resolve) => setTimeout(() => resolve(passReport(settings)), 30)));
    }
  };
}
