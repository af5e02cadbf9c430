import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LANGUAGES } from '../../src/i18n/text.js';
import { renderComment } from '../../src/report/comment-markdown.js';
import type { Report } from '../../src/report/model.js';
import { stickyMarker } from '../../src/report/pr-comment.js';
import { ROOT, runAction } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { SCENARIOS } from '../sandbox/scenarios.js';
import { normaliseSummary } from './normalise.js';

/**
 * Golden job summaries: the healthy and the broken shop in each language, from the built
 * dist/index.js against the sandbox, volatile values normalised. Committed under
 * test/golden/summaries/ so a reviewer sees the report itself change.
 * Regenerate with `npm run golden` (UPDATE_GOLDEN=1).
 */
const DIR = path.join(ROOT, 'test/golden/summaries');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.stop();
});

/** The JSON reports of the runs, by shop and language, for the translation check below. */
const reports = new Map<string, any>();

describe('golden job summaries', () => {
  for (const scenario of SCENARIOS) {
    for (const language of LANGUAGES) {
      const file = `${scenario.shop}-shop.${language}.md`;
      it(`renders the ${scenario.shop} shop in ${language} as ${file}`, async () => {
        // Two runs: a volatile value that escapes normalising shows up as a difference here.
        const [run, again] = [await runAction(scenario.options(sandbox, language)), await runAction(scenario.options(sandbox, language))];
        assert.ok(run.summary.length > 0, run.stdout + run.stderr);
        reports.set(`${scenario.shop}.${language}`, run.report);
        const actual = normaliseSummary(run.summary, sandbox);
        assert.equal(normaliseSummary(again.summary, sandbox), actual, 'a value changes from run to run: add a rule for it in test/golden/normalise.ts');
        const target = path.join(DIR, file);
        if (UPDATE) {
          fs.mkdirSync(DIR, { recursive: true });
          fs.writeFileSync(target, actual);
          return;
        }
        assert.ok(fs.existsSync(target), `${file} is missing: run \`npm run golden\` and commit test/golden/summaries/`);
        const expected = fs.readFileSync(target, 'utf8');
        assert.equal(actual, expected, `the ${scenario.shop} shop's ${language} summary changed: review the diff, then run \`npm run golden\` and commit it`);
      });

      const commentFile = `${scenario.shop}-shop.${language}.comment.md`;
      it(`renders the ${scenario.shop} shop's pull-request comment in ${language} as ${commentFile}, under 8 KB`, () => {
        const report = reports.get(`${scenario.shop}.${language}`) as Report | undefined;
        assert.ok(report, 'the summary run ran');
        const body = renderComment(report, {
          marker: stickyMarker(report.siteUrl),
          runUrl: 'https://github.com/acme/shop/actions/runs/4242',
          sha: '0123456789abcdef0123456789abcdef01234567',
          at: '2026-11-28T10:00:00.000Z',
        });
        assert.ok(Buffer.byteLength(body) <= 8 * 1024, `${Buffer.byteLength(body)} bytes`);
        const actual = normaliseSummary(body, sandbox).replace(/sticky:[0-9a-f]{16}/, 'sticky:<key>');
        const target = path.join(DIR, commentFile);
        if (UPDATE) {
          fs.writeFileSync(target, actual);
          return;
        }
        assert.ok(fs.existsSync(target), `${commentFile} is missing: run \`npm run golden\` and commit test/golden/summaries/`);
        assert.equal(actual, fs.readFileSync(target, 'utf8'), `the ${scenario.shop} shop's ${language} comment changed: review the diff, then run \`npm run golden\``);
      });
    }
  }

  it('has every title, message and remediation of these runs translated, not English left in place', () => {
    const untranslated: string[] = [];
    for (const { shop } of SCENARIOS) {
      const en = reports.get(`${shop}.en`);
      assert.ok(en, 'the English run ran');
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        const other = reports.get(`${shop}.${language}`);
        en.checks.forEach((check: any, i: number) => {
          for (const field of ['title', 'message', 'remediation'] as const) {
            const english: string | undefined = check[field];
            // Prose only: a value without three words of letters (an id, a URL) reads the same everywhere.
            if (english === undefined || (english.match(/\p{L}{3,}/gu) ?? []).length < 3) continue;
            if (other.checks[i][field] === english) untranslated.push(`${shop} ${language} ${check.id}.${field}: ${english}`);
          }
        });
      }
    }
    assert.deepEqual(untranslated, []);
  });
});
