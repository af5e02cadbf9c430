import { CHECK_IDS } from '../../src/checks/ids.js';
import { renderComment } from '../../src/report/comment-markdown.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { CheckReport, Report } from '../../src/report/model.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { brokenReport, check } from '../report/fixture.js';
import { summarize, timeRuns, type BenchFigure } from './figures.js';

/**
 * Renderer figures on a full catalog (every contract check, all failing, realistic evidence)
 * and on one with 2 MB of evidence per check: time to render, and output sizes against
 * GitHub's limits (summary 1 MiB, comment 65,536 characters).
 */
export async function bench(): Promise<BenchFigure[]> {
  const realistic = reportWith({
    chain: ['CN=shop.example', "CN=R11, O=Let's Encrypt"],
    headers: { 'content-security-policy': "default-src 'self' https://sdk.mercadopago.com".repeat(4) },
    sample: Array.from({ length: 50 }, (_, i) => ({ id: 1000 + i, status: 'approved' })),
  });
  const huge = reportWith({ blob: 'x'.repeat(2_000_000) });
  const figures: BenchFigure[] = [];
  const time = async (name: string, fn: () => unknown, target?: [string, number]): Promise<void> => {
    const s = summarize(await timeRuns(async () => fn(), 30));
    figures.push({ name, unit: 'ms', ...s, samples: 30, ...(target ? { target: target[0], meets: s.median < target[1] } : {}) });
  };
  await time('render job summary (32 failing checks)', () => renderMarkdown(realistic), ['< 20 ms', 20]);
  await time('render job summary (32 checks × 2 MB evidence)', () => renderMarkdown(huge), ['< 100 ms', 100]);
  await time('render SARIF (32 failing checks)', () => renderSarif(realistic, { path: '.github/workflows/x.yml', line: 1 }), ['< 20 ms', 20]);
  await time('render terminal (32 failing checks)', () => renderTerminal(realistic, { color: true }), ['< 20 ms', 20]);
  const kb = (s: string): number => Math.round(Buffer.byteLength(s) / 102.4) / 10;
  const size = (name: string, value: string, limitKb: number): BenchFigure => ({ name, unit: 'KB', median: kb(value), samples: 1, target: `≤ ${limitKb} KB`, meets: kb(value) <= limitKb });
  figures.push(size('job summary size, 2 MB evidence per check', renderMarkdown(huge), 1000));
  figures.push(
    size('PR comment size, 32 failing checks (compact: no evidence)', renderComment(realistic, { marker: '<!-- m -->', runUrl: 'https://github.com/o/r/actions/runs/1', sha: 'a'.repeat(40) }), 8),
  );
  return figures;
}

function reportWith(evidence: Record<string, unknown>): Report {
  const checks: CheckReport[] = CHECK_IDS.map((id, i) =>
    check(id, { status: i % 5 === 0 ? 'error' : 'fail', severity: i % 3 === 0 ? 'warning' : 'blocker', remediation: 'Do the documented thing, then run again.', evidence }),
  );
  return brokenReport({ checks, counts: { pass: 0, fail: checks.filter((c) => c.status === 'fail').length, error: checks.filter((c) => c.status === 'error').length, skip: 0, manual: 0 } });
}
