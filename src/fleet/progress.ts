import type { FleetFile, SiteResult } from './fleet-file.js';
import type { SiteOutcome } from './run.js';

export interface ProgressOptions {
  readonly total: number;
  readonly write: (s: string) => void;
  /** A terminal: a bar is redrawn under the lines, and results are coloured (unless `color` is false). */
  readonly tty: boolean;
  readonly color: boolean;
  readonly now?: () => number;
}

export interface Progress {
  site(outcome: SiteOutcome): void;
  done(fleet: FleetFile, fleetFile: string): void;
}

const COLOR: Readonly<Record<SiteResult, number>> = { pass: 32, warn: 33, fail: 31, error: 35 };
const BAR = 24;

/**
 * One line per site as it finishes (`[ 12/200] fail   https://… 2 blockers, 1 warning (812 ms)`)
 * and a total at the end; on a TTY a progress bar stays on the last line, redrawn after each site.
 * Lines carry no secret: the caller passes them through the redactor in `write`.
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const width = String(options.total).length;
  let finished = 0;
  let barShown = false;
  const counts: Record<SiteResult, number> = { pass: 0, warn: 0, fail: 0, error: 0 };
  const paint = (result: SiteResult, s: string): string => (options.color ? `\x1b[${COLOR[result]}m${s}\x1b[39m` : s);
  const clearBar = (): string => (barShown ? '\r\x1b[2K' : '');

  function bar(): string {
    const filled = options.total === 0 ? BAR : Math.round((finished / options.total) * BAR);
    const rate = finished / Math.max(0.001, (now() - started) / 1000);
    const tally = (['fail', 'warn', 'error', 'pass'] as const).map((r) => paint(r, `${counts[r]} ${r}`)).join(' · ');
    return `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${finished}/${options.total} · ${rate.toFixed(1)} sites/s · ${tally}`;
  }

  return {
    site(outcome) {
      finished++;
      counts[outcome.result]++;
      const detail = outcome.error ?? `${plural(outcome.blockers, 'blocker')}, ${plural(outcome.warnings, 'warning')}`;
      const line = `[${String(finished).padStart(width)}/${options.total}] ${paint(outcome.result, outcome.result.padEnd(5))} ${outcome.siteUrl}  ${detail} (${outcome.durationMs} ms)`;
      options.write(`${clearBar()}${line}\n`);
      if (options.tty) {
        options.write(bar());
        barShown = true;
      }
    },
    done(fleet, fleetFile) {
      const seconds = fleet.durationMs / 1000;
      const rate = fleet.sites.length / Math.max(0.001, seconds);
      const c = fleet.counts;
      options.write(
        `${clearBar()}fleet: ${plural(fleet.sites.length, 'site')} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} sites/s): ${c.pass} pass, ${c.warn} warn, ${c.fail} fail, ${c.error} error. Reports and ${fleetFile} written.\n`,
      );
      barShown = false;
    },
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
