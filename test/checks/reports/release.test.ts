import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ok } from '../../../src/probes/outcome.js';
import { evidenceWith, run } from '../api-fixtures.js';
import { release } from '../../../src/checks/reports/release.js';
import { settlement } from '../../../src/checks/reports/settlement.js';
import { emptyList } from '../support/report-fixtures.js';

describe('reports.release', () => {
  it('read the evidence gathered for each report', () => {
    const evidence = evidenceWith({
      reports: ok({ release: { config: { state: 'found', scheduled: true, frequency: 'daily' } }, settlement: { config: { state: 'not-found', httpStatus: 400 }, list: emptyList } }),
    });
    assert.equal(run(release, evidence).status, 'pass');
    assert.equal(run(settlement, evidence).status, 'fail');
  });
});
