import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportEvidence } from '../../../src/probes/mercadopago/reports.js';
import { judgeReport } from '../../../src/checks/support/report-check.js';
import { emptyList, failedAnswer } from './report-fixtures.js';

describe('reports.release and reports.settlement (the rule they share)', () => {
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
});
