import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG } from '../../src/checks/catalog.js';
import { LANGUAGES } from '../../src/i18n/text.js';

describe('failure titles (Lighthouse failureTitle)', () => {
  it('every check names its finding in all three languages, apart from its requirement', () => {
    for (const check of CATALOG) {
      for (const lang of LANGUAGES) {
        const failure = check.failureTitle[lang];
        assert.ok(failure.trim().length > 0, `${check.id} ${lang}`);
        assert.notEqual(failure, check.title[lang], `${check.id} ${lang}: the failure title repeats the requirement`);
      }
      assert.notEqual(check.failureTitle['pt-BR'], check.failureTitle.en, `${check.id}: pt-BR left in English`);
      assert.notEqual(check.failureTitle.es, check.failureTitle.en, `${check.id}: es left in English`);
    }
  });
});
