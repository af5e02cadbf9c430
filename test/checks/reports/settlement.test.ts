import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evidenceWith, refusedEvidence, run, SERVER_ERROR } from '../api-fixtures.js';
import { release } from '../../../src/checks/reports/release.js';
import { settlement } from '../../../src/checks/reports/settlement.js';

describe('reports.settlement', () => {
  it('skip when the token was refused and are an error when the reports were not read', () => {
    assert.equal(run(release, refusedEvidence()).status, 'skip');
    assert.equal(run(settlement, evidenceWith({ reports: SERVER_ERROR })).status, 'error');
    assert.equal(run(settlement, evidenceWith({ reports: undefined })).status, 'error');
  });
});
