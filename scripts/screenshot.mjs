// Screenshots of the job summary as GitHub shows it, for the README (docs/), and the measure of
// the broken shop's first screen: how far down the verdict, the counts, "fix these first" and
// the manual checklist end.
//
//   node scripts/screenshot.mjs            (needs Chromium: Debian `chromium`, or CHROME_PATH)
//
// The golden summaries (test/golden/summaries/, `npm run golden`) are rendered with markdown-it
// (GitHub-flavoured: tables, raw HTML, autolinks; task lists as GitHub draws them) and GitHub's
// own Markdown stylesheet (github-markdown-css), at GitHub's content width, in headless Chromium.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chrome = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
if (!chrome) {
  console.error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(2);
}

/** GitHub's job summary column: 1012 px wide with 16 px of padding, as on a 1280 px screen. */
const WIDTH = 1012;
const SCREEN = 900;
const css = fs.readFileSync(path.join(root, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8');
const md = new MarkdownIt({ html: true, linkify: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-shot-'));

/** The normaliser's placeholders, back to values a reader would see. */
function realistic(markdown) {
  return markdown
    .replace(/<time> UTC/g, 'Nov 28, 2026, 10:00 AM UTC')
    .replace(/N ms/g, '812 ms')
    .replace(/<uuid>/g, '5f0c8a6e-3b7d-4b7e-9d2e-1c4f6a8b9e01')
    .replace(/<hex>/g, '9c1e4f2a7b3d5e6f')
    .replace(/YYYY-MM-DD/g, '2026-11-26');
}

function page(markdown, measure) {
  const body = md.render(realistic(markdown)).replace(/<li>\[ \] /g, '<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled> ');
  // Where the first-screen parts end, written into the page for --dump-dom to read.
  const script = measure
    ? `<script>addEventListener('load',()=>{const top=document.querySelector('.markdown-body').getBoundingClientRect().top;const end=(h)=>{const el=[...document.querySelectorAll('h3')].find(e=>e.textContent.startsWith(h));if(!el)return null;let n=el.nextElementSibling;let last=el;while(n&&n.tagName!=='H3'){last=n;n=n.nextElementSibling;}return Math.round(last.getBoundingClientRect().bottom-top);};const p=document.createElement('pre');p.id='measure';p.textContent=JSON.stringify({counts:Math.round(document.querySelector('h2').nextElementSibling.nextElementSibling.getBoundingClientRect().bottom-top),fixFirst:end('Fix these first'),manual:end('To confirm by hand'),height:Math.round(document.querySelector('.markdown-body').getBoundingClientRect().height)});document.body.appendChild(p);});</script>`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:${WIDTH}px;padding:16px}
.markdown-body .task-list-item{list-style-type:none}.markdown-body .task-list-item-checkbox{margin:0 .2em .25em -1.4em;vertical-align:middle}
</style></head><body><article class="markdown-body">${body}</article>${script}</body></html>`;
}

function chromium(args) {
  // A local file only: no background traffic, and no name resolves (Chrome looks up its own hosts at start otherwise).
  const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND'];
  return execFileSync(chrome, ['--headless', '--no-sandbox', '--disable-gpu', ...quiet, '--hide-scrollbars', '--force-device-scale-factor=1', `--window-size=${WIDTH},${SCREEN}`, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 60_000,
  });
}

fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
for (const shop of ['broken', 'healthy']) {
  const markdown = fs.readFileSync(path.join(root, `test/golden/summaries/${shop}-shop.en.md`), 'utf8');
  const html = path.join(tmp, `${shop}.html`);
  fs.writeFileSync(html, page(markdown, false));
  const png = path.join(root, `docs/summary-${shop}-shop.png`);
  chromium([`--screenshot=${png}`, `file://${html}`]);
  console.log(`wrote ${path.relative(root, png)} (${WIDTH}×${SCREEN}, the first screen)`);
  const measured = path.join(tmp, `${shop}-measure.html`);
  fs.writeFileSync(measured, page(markdown, true));
  const dom = chromium(['--virtual-time-budget=2000', '--dump-dom', `file://${measured}`]);
  const figures = JSON.parse(/<pre id="measure">(.*?)<\/pre>/s.exec(dom)?.[1]?.replace(/&quot;/g, '"') ?? 'null');
  console.log(
    `${shop} shop at ${WIDTH} px: counts end at ${figures?.counts} px, "Fix these first" at ${figures?.fixFirst ?? '-'} px, the manual checklist at ${figures?.manual ?? '-'} px; whole summary ${figures?.height} px`,
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
