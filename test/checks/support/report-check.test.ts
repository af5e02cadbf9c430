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

describe('reports: a pending list entry is no generated report (reference §11 F3)', () => {
  const pendingOnly = { state: 'listed', count: 0, unfinished: 1, latest: null } as const;

  it('fails "not configured" when the only entry is still pending, and says so', () => {
    const outcome = judgeReport('release', { config: { state: 'not-found', httpStatus: 404 }, list: pendingOnly });
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /release report is not configured and none was ever generated\. The one report asked for is still pending or failed, without a file\./);
    assert.match(outcome.message.es, /El único reporte pedido sigue pendiente o fallido/);
    assert.equal((outcome.evidence as { list: { unfinished: number } }).list.unfinished, 1);
  });

  it('passes on the generated files only, counting none of the pending ones', () => {
    const list = { state: 'listed', count: 1, unfinished: 3, latest: { file_name: 'release-2026-11-27.csv', date_created: '2026-11-27T04:00:00.000-03:00', created_from: 'schedule' } } as const;
    const outcome = judgeReport('release', { config: { state: 'not-found', httpStatus: 404 }, list });
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /^1 release report files were generated/);
  });
});
