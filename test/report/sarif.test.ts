import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import { ROOT } from '../helpers/run-action.js';
import { FINGERPRINT_KEY, renderSarif, workflowAnchor } from '../../src/report/sarif.js';
import { brokenReport } from './fixture.js';

/**
 * The OASIS SARIF 2.1.0 schema (2.1.0-rtm.5, draft-04), vendored from the npm package
 * @microsoft/jest-sarif (MIT) so the test needs no network. Its `language` pattern is not valid
 * under the `u` flag, hence `unicodeRegExp: false`.
 */
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
const validate = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

const anchor = { path: '.github/workflows/readiness.yml', line: 12 };

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    for (const language of ['en', 'es', 'pt-BR'] as const) {
      const sarif = renderSarif(brokenReport({ language }), anchor);
      const valid = validate(sarif);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    }
  });

  it('rejects what the schema forbids (the validator is really checking)', () => {
    const sarif = renderSarif(brokenReport(), anchor) as any;
    sarif.runs[0].results[0].level = 'fatal';
    assert.equal(validate(sarif), false);
  });

  it('declares every check as a rule; only security checks carry the security tag and a security-severity', () => {
    const run = (renderSarif(brokenReport(), anchor) as any).runs[0];
    assert.equal(run.tool.driver.rules.length, brokenReport().checks.length);
    assert.equal(run.tool.driver.informationUri, 'https://github.com/mercadopago-readiness/mercadopago-readiness');
    const rule = (id: string): any => run.tool.driver.rules.find((r: any) => r.id === id);
    assert.equal(rule('ssl.certificate-trust').properties['security-severity'], '8.0');
    assert.equal(rule('ssl.hsts').properties['security-severity'], '5.0');
    assert.deepEqual(rule('ssl.hsts').properties.tags, ['security', 'mercadopago', 'ssl']);
    assert.deepEqual(rule('page.security-headers').properties.tags, ['security', 'mercadopago', 'page']);
    for (const id of ['credentials.production', 'approval.sdk-v2', 'reports.release', 'quality.live-payment', 'pix.enabled']) {
      assert.equal(rule(id).properties['security-severity'], undefined, `${id} is not a vulnerability`);
      assert.ok(!rule(id).properties.tags.includes('security'), id);
    }
    assert.equal(rule('ssl.hsts').helpUri, 'https://www.mercadopago.com.br/developers/pt/docs/ssl.hsts');
    assert.equal(rule('ssl.certificate-trust').name, 'SslCertificateTrust');
  });

  it("gives each rule help that says what, why and how, in the report's language", () => {
    const run = (renderSarif(brokenReport({ language: 'es' }), anchor) as any).runs[0];
    const help = run.tool.driver.rules.find((r: any) => r.id === 'ssl.certificate-trust').help;
    assert.match(
      help.markdown,
      /^\*\*Title of `ssl\.certificate-trust`\*\* \(Certificado SSL y HTTPS\)\n\nLos datos de tarjeta solo pueden recolectarse por una conexión HTTPS válida y actual \(PCI DSS\)\. Bloqueante: impide salir a producción\.\n\n\*\*Cómo corregir:\*\* Serve `fullchain\.pem`\.\n\n\[documentación\]\(https:/,
    );
    assert.match(help.text, /Cómo corregir: Serve fullchain\.pem\./);
  });

  it('reports failing and unverifiable checks, not waived ones, anchored to the workflow file with the site in the message', () => {
    const run = (renderSarif(brokenReport(), anchor) as any).runs[0];
    assert.deepEqual(
      run.results.map((r: any) => [r.ruleId, r.level]),
      [
        ['credentials.production', 'error'],
        ['quality.live-payment', 'warning'],
        ['ssl.certificate-trust', 'error'],
        ['ssl.validity', 'error'],
        ['ssl.hsts', 'warning'],
        ['pix.enabled', 'warning'],
        ['approval.sdk-v2', 'note'],
      ],
    );
    for (const r of run.results) {
      assert.deepEqual(r.locations, [{ physicalLocation: { artifactLocation: { uri: '.github/workflows/readiness.yml' }, region: { startLine: 12 } } }]);
      assert.ok(!JSON.stringify(r.locations).includes('https:'), 'no URL locations');
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    }
    assert.match(
      run.results[0].message.text,
      /^Title of credentials\.production \[blocker, failed\] https:\/\/shop\.example\/checkout\nMessage of credentials\.production\.\nHow to fix: Use the production token\./,
    );
  });

  it('gives stable fingerprints: same check and site across runs, different per storefront', () => {
    const fp = (report: ReturnType<typeof brokenReport>): string[] => (renderSarif(report, anchor) as any).runs[0].results.map((r: any) => r.partialFingerprints[FINGERPRINT_KEY]);
    const first = fp(brokenReport());
    assert.deepEqual(fp(brokenReport({ startedAt: '2027-01-01T00:00:00.000Z', durationMs: 5, language: 'es' })), first, 'time and language do not change identity');
    assert.equal(new Set(first).size, first.length, 'one identity per check');
    const other = fp(brokenReport({ siteUrl: 'https://other.example/checkout' }));
    assert.ok(other.every((f) => !first.includes(f)));
    assert.match(first[0]!, /^[0-9a-f]{64}$/);
    const category = (url: string): string => (renderSarif(brokenReport({ siteUrl: url }), anchor) as any).runs[0].automationDetails.id;
    assert.equal(category('https://shop.example/checkout?x=1'), 'mercadopago-readiness/shop.example/checkout/');
  });
});

describe('SARIF anchor', () => {
  const workspace = (files: Record<string, string>): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-sarif-'));
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    return dir;
  };
  const workflow =
    'on: pull_request\njobs:\n  check:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: acme/mercadopago-readiness@v1\n        with:\n          site-url: https://shop.example\n';

  it('takes the calling workflow from GITHUB_WORKFLOW_REF and points at the line that uses the action', () => {
    const dir = workspace({ '.github/workflows/shop.yml': workflow });
    const got = workflowAnchor({ env: { GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/shop.yml@refs/pull/7/merge' }, workspace: dir });
    assert.deepEqual(got, { path: '.github/workflows/shop.yml', line: 6 });
  });

  it('falls back to the workflow in the workspace that mentions the action', () => {
    const dir = workspace({ '.github/workflows/a-build.yml': 'on: push\n', '.github/workflows/b-release.yaml': workflow });
    assert.deepEqual(workflowAnchor({ env: {}, workspace: dir }), { path: '.github/workflows/b-release.yaml', line: 6 });
  });

  it('falls back to a conventional name at line 1 when nothing is checked out', () => {
    const dir = workspace({});
    assert.deepEqual(workflowAnchor({ env: { GITHUB_WORKFLOW_REF: 'garbage' }, workspace: dir }), { path: '.github/workflows/mercadopago-readiness.yml', line: 1 });
  });
});
