import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figures.js';

/**
 * `npm run bench`: runs every module of test/bench that exports `bench()` (this one and
 * figures.js excepted), prints one table of medians and spreads against the targets, and writes
 * the figures as JSON to a file in the temp folder (printed at the end; not part of the repo).
 * `npm run bench -- startup action` runs only those modules; `--suite` also times `npm test`,
 * `--fleet` adds the fleet bench (1,000 local storefronts).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const modules = fs
  .readdirSync(here)
  // *-world.js are scripts a bench runs inside a test world (test/world/netns.ts), not bench modules.
  .filter((f) => f.endsWith('.js') && !f.endsWith('-world.js') && f !== 'bench.js' && f !== 'figures.js' && f !== 'suite.js')
  .filter((f) => (only.length === 0 && f !== 'fleet.js') || only.includes(f.replace(/\.js$/, '')))
  .sort();
if (args.includes('--suite')) modules.push('suite.js');
// The fleet bench starts 1,000 storefronts: only when asked (`-- --fleet`, or `-- fleet` alone).
if (args.includes('--fleet') && !modules.includes('fleet.js')) modules.push('fleet.js');

const figures: BenchFigure[] = [];
const problems: string[] = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { bench?: () => Promise<BenchFigure[]> };
  if (typeof mod.bench !== 'function') continue;
  process.stderr.write(`bench: ${file}…\n`);
  try {
    figures.push(...(await mod.bench()));
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

const fmt = (v: number | undefined, unit: BenchFigure['unit']): string => {
  if (v === undefined) return '';
  const digits = unit === 'ms' ? (v < 10 ? 1 : 0) : unit === 'ratio' ? 0 : unit === 'count' ? 0 : 2;
  return `${v.toFixed(digits)}${unit === 'ratio' ? '×' : unit === 'count' ? '' : ` ${unit}`}`;
};
const rows = figures.map((f) => [
  f.name,
  fmt(f.median, f.unit),
  f.p10 !== undefined && f.p90 !== undefined && f.samples > 1 ? `${fmt(f.p10, f.unit)} – ${fmt(f.p90, f.unit)}` : '',
  String(f.samples),
  f.target ?? '',
  f.meets === undefined ? '' : f.meets ? 'yes' : 'NO',
]);
const header = ['figure', 'median', 'p10 – p90', 'samples', 'target', 'meets'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
process.stdout.write(`\n${out.join('\n')}\n`);
process.stdout.write(
  `\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}\n`,
);
for (const f of figures) if (f.note) process.stdout.write(`${f.name}: ${f.note}\n`);
for (const p of problems) process.stdout.write(`not measured: ${p}\n`);

const file = path.join(os.tmpdir(), 'mercadopago-readiness-bench.json');
fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), figures, problems }, null, 2) + '\n');
process.stdout.write(`figures written to ${file}\n`);
