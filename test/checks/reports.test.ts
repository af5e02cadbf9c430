import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportEvidence } from '../../src/probes/mercadopago/reports.js';
import { ok } from '../../src/probes/outcome.js';
import { evidenceWith, refusedEvidence, run, SERVER_ERROR } from './api-fixtures.js';
import { judgeReport } from '../../src/checks/support/report-check.js';
import { release } from '../../src/checks/reports/release.js';
import { settlement } from '../../src/checks/reports/settlement.js';

const failedAnswer = { state: 'failed', error: { kind: 'http', message: 'GET /v1/account/release_report/config answered 403: forbidden' } } as const;
const emptyList = { state: 'listed', count: 0, latest: null } as const;

describe('reports.release and reports.settlement', () => {
  it('pass when the config is scheduled', () => {
    const outcome = judgeReport('release', { config: { state: 'found', scheduled: true, frequency: 'daily' } });
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message['pt-BR'], /relatório de liberações está configurado e agendado \(daily\)/);
  });

  it('pass when reports were generated, whatever the config said', () => {
    const list = { state: 'listed', count: 2, latest: { file_name: 'r.csv', date_created: '2026-11-27T04:00:00.000-03:00', created_from: 'manual' } } as const;
    for (const config of [{ state: 'not-found', httpStatus: 404 } as const, failedAnswer]) {
      assert.equal(judgeReport('settlement', { config, list }).status, 'pass');
    }
  });

  it('fail on the documented "no config" answer with an empty list', () => {
    const outcome = judgeReport('settlement', { config: { state: 'not-found', httpStatus: 400 }, list: emptyList });
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /settlement report is not configured and none was ever generated/);
    assert.match(outcome.remediation!.en, /settlement_report\/config/);
  });

  it('fail on a config that is not scheduled with an empty list', () => {
    assert.equal(judgeReport('release', { config: { state: 'found', scheduled: false, frequency: 'daily' }, list: emptyList }).status, 'fail');
  });

  it('are an error, never a pass or a fail, on any other answer', () => {
    const cases: ReportEvidence[] = [
      { config: failedAnswer, list: emptyList },
      { config: { state: 'not-found', httpStatus: 404 }, list: { state: 'failed', error: { kind: 'parse', message: 'GET /v1/account/release_report/list answered 200 without an array' } } },
      { config: { state: 'found', scheduled: null, frequency: null }, list: emptyList },
    ];
    for (const report of cases) {
      const outcome = judgeReport('release', report);
      assert.equal(outcome.status, 'error', JSON.stringify(report));
    }
    assert.match(judgeReport('release', cases[0]!).message.en, /answered 403: forbidden/);
  });

  it('read the evidence gathered for each report', () => {
    const evidence = evidenceWith({ reports: ok({ release: { config: { state: 'found', scheduled: true, frequency: 'daily' } }, settlement: { config: { state: 'not-found', httpStatus: 400 }, list: emptyList } }) });
    assert.equal(run(release, evidence).status, 'pass');
    assert.equal(run(settlement, evidence).status, 'fail');
  });

  it('skip when the token was refused and are an error when the reports were not read', () => {
    assert.equal(run(release, refusedEvidence()).status, 'skip');
    assert.equal(run(settlement, evidenceWith({ reports: SERVER_ERROR })).status, 'error');
    assert.equal(run(settlement, evidenceWith({ reports: undefined })).status, 'error');
  });
});
