import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../src/i18n/text.js';
import { runAction } from '../helpers/run-action.js';
import { startGitHubStandIn } from './github-api.js';
import { startSandbox } from './sandbox.js';
import { SCENARIOS } from './scenarios.js';

/**
 * `npm run demo`: starts the sandbox on loopback and runs the built dist/index.js against a
 * healthy and a broken shop, exactly as the runner would, then prints both job summaries.
 *   --language pt-BR|es|en   the report language (default: auto, the account's site)
 *   --out DIR                also write every summary in all three languages, the JSON
 *                            reports and the broken shop's SARIF into DIR
 * The broken shop runs as a pull_request event against a local GitHub API stand-in, twice:
 * the sticky comment is created, then updated in place.
 */
const { values } = parseArgs({ options: { language: { type: 'string', default: 'auto' }, out: { type: 'string' } } });
const language = values.language as Language | 'auto';
if (language !== 'auto' && !(LANGUAGES as readonly string[]).includes(language)) {
  process.stderr.write(`--language must be auto, ${LANGUAGES.join(', ')}\n`);
  process.exit(2);
}

const [sandbox, github] = await Promise.all([startSandbox(), startGitHubStandIn()]);
const eventPath = path.join(sandbox.dir, 'event.json');
fs.writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }));
const pullRequestEnv = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_API_URL: github.apiUrl,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '1',
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/mercadopago-readiness.yml@refs/pull/7/merge',
};
const line = '='.repeat(78);
try {
  for (const scenario of SCENARIOS) {
    const base = scenario.options(sandbox, language);
    const pr = scenario.shop === 'broken';
    const options = pr ? { ...base, env: pullRequestEnv, inputs: { ...base.inputs, 'github-token': github.tokens.write, 'sarif-file': 'mercadopago-readiness.sarif' } } : base;
    const run = await runAction(options);
    process.stdout.write(`\n${line}\n${scenario.title}: ${base.inputs['site-url']}\n`);
    process.stdout.write(`exit code ${run.code} · outputs ${JSON.stringify(run.outputs)} · ${Math.round(run.wallMs)} ms\n${line}\n\n`);
    process.stdout.write(run.summary || '(no summary written)\n');
    const failedLine = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    if (failedLine) process.stdout.write(`\nrunner log: ${failedLine}\n`);
    if (pr) {
      const again = await runAction(options);
      const said = (r: typeof run): string => r.stdout.split('\n').find((l) => l.startsWith('Pull-request comment')) ?? '(no comment line)';
      const comments = github.comments.get('acme/shop#7') ?? [];
      process.stdout.write(`\nPR comment, first run: ${said(run)}\nPR comment, second run: ${said(again)}\n`);
      process.stdout.write(`comments on the pull request now: ${comments.length} (${Buffer.byteLength(comments[0]?.body ?? '')} bytes)\n`);
      const sarif = JSON.parse(fs.readFileSync(path.join(run.workspace, 'mercadopago-readiness.sarif'), 'utf8'));
      process.stdout.write(
        `SARIF: ${sarif.runs[0].results.length} results, ${sarif.runs[0].tool.driver.rules.length} rules, anchored to ${sarif.runs[0].results[0]?.locations[0].physicalLocation.artifactLocation.uri ?? '-'}\n`,
      );
    }
    if (values.out) await writeAllLanguages(values.out, scenario, run.workspace);
  }
  const nonGet = sandbox.api.requests.filter((q) => q.method !== 'GET');
  process.stdout.write(`\nMercado Pago API stand-in: ${sandbox.api.requests.length} requests, ${nonGet.length} other than GET.\n`);
} finally {
  await Promise.all([sandbox.stop(), github.close()]);
}

async function writeAllLanguages(dir: string, scenario: (typeof SCENARIOS)[number], workspace: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of LANGUAGES) {
    const run = await runAction(scenario.options(sandbox, lang));
    fs.writeFileSync(path.join(dir, `${scenario.shop}-shop.${lang}.md`), run.summary);
    if (lang === 'en') fs.writeFileSync(path.join(dir, `${scenario.shop}-shop.json`), run.reportText);
  }
  const sarif = path.join(workspace, 'mercadopago-readiness.sarif');
  if (fs.existsSync(sarif)) fs.copyFileSync(sarif, path.join(dir, `${scenario.shop}-shop.sarif`));
  process.stdout.write(`\nwrote ${scenario.shop}-shop.{${LANGUAGES.join(',')}}.md to ${path.resolve(dir)}${os.EOL}`);
}
