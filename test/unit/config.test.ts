import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigFile } from '../../src/config/config-file.js';
import { InputError } from '../../src/config/input-error.js';
import { DEFAULT_THRESHOLDS } from '../../src/checks/catalog.js';
import { buildSettings } from '../../src/config/settings.js';
import { thresholdsOf } from '../../src/engine.js';

const base = { 'site-url': 'https://shop.example/checkout', 'access-token': 'APP_USR-1234' };

function settingsFrom(inputs: Record<string, string>, files: Record<string, string> = {}) {
  return buildSettings((name) => inputs[name] ?? '', { workspace: '/ws', readFile: (p) => files[p], parseConfig: parseConfigFile });
}

function rejects(fn: () => unknown, expected: RegExp): void {
  assert.throws(fn, (error: unknown) => error instanceof InputError && expected.test(error.message));
}

describe('settings from inputs', () => {
  it('applies the documented defaults', () => {
    const s = settingsFrom(base);
    assert.equal(s.failOn, 'blocker');
    assert.equal(s.language, 'auto');
    assert.equal(s.timeoutMs, 60_000);
    assert.equal(s.prComment, 'always');
    assert.equal(s.reportFile, '/ws/mercadopago-readiness.json');
    assert.equal(s.apiBaseUrl.href, 'https://api.mercadopago.com/');
    assert.deepEqual(s.thresholds, {}, 'no config file: no overrides');
    assert.deepEqual(thresholdsOf(s), DEFAULT_THRESHOLDS);
    assert.deepEqual(DEFAULT_THRESHOLDS, { expiryMinDays: 30, hstsMinDays: 180, fieldCoverage: 0.9, rejectionRateMax: 0.25, webhookTimeoutMs: 22_000 });
    assert.equal(s.sarifFile, undefined);
  });

  it('trims a token pasted with white space and a trailing newline', () => {
    assert.equal(settingsFrom({ ...base, 'access-token': '  APP_USR-1234\n' }).accessToken, 'APP_USR-1234');
  });

  it('refuses a token with white space inside, without echoing it', () => {
    assert.throws(
      () => settingsFrom({ ...base, 'access-token': 'APP_USR-12 34' }),
      (e: unknown) => e instanceof InputError && /access-token/.test(e.message) && !e.message.includes('APP_USR-12'),
    );
  });

  it('refuses a site-url that is not http(s)', () => {
    rejects(() => settingsFrom({ ...base, 'site-url': 'ftp://shop.example/' }), /Invalid 'site-url': 'ftp:\/\/shop.example\/' is not an http\(s\) URL/);
  });

  it('accepts fractional timeout seconds and refuses negative ones', () => {
    assert.equal(settingsFrom({ ...base, 'timeout-seconds': '2.5' }).timeoutMs, 2500);
    rejects(() => settingsFrom({ ...base, 'timeout-seconds': '-3' }), /Invalid 'timeout-seconds': '-3'/);
  });

  it('refuses a payment-id that is not numeric', () => {
    rejects(() => settingsFrom({ ...base, 'payment-id': 'abc' }), /Invalid 'payment-id': 'abc'/);
  });

  it('is fine without the default config file, and reads it when present', () => {
    assert.deepEqual(settingsFrom(base).waivers, []);
    const s = settingsFrom(base, { '/ws/.github/mercadopago-readiness.yml': 'checks:\n  ssl.hsts: blocker\nthresholds:\n  hsts-min-days: 365\n' });
    assert.equal(s.severityOverrides['ssl.hsts'], 'blocker');
    assert.equal(s.thresholds.hstsMinDays, 365);
    assert.equal(s.thresholds.expiryMinDays, undefined, 'only the overridden threshold is in settings');
    assert.equal(thresholdsOf(s).expiryMinDays, 30);
    assert.equal(thresholdsOf(s).hstsMinDays, 365);
  });
});

describe('config file', () => {
  it('reads " #" in an unquoted value as a YAML comment (the README says to quote)', () => {
    const c = parseConfigFile('waivers:\n  - check: ssl.hsts\n    reason: tracked in #123\n    until: 2027-01-31\n', 'c.yml');
    assert.equal(c.waivers?.[0]?.reason, 'tracked in');
  });

  it('reads checks, waivers and thresholds', () => {
    const c = parseConfigFile(
      'checks:\n  reports.settlement: off\nwaivers:\n  - check: page.security-headers\n    reason: "CSP rollout tracked in #123"\n    until: 2027-01-31\nthresholds:\n  rejection-rate-max: 0.3\n',
      'c.yml',
    );
    assert.equal(c.checks?.['reports.settlement'], 'off');
    assert.deepEqual(c.waivers, [{ check: 'page.security-headers', reason: 'CSP rollout tracked in #123', until: '2027-01-31' }]);
    assert.equal(c.thresholds?.['rejection-rate-max'], 0.3);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['bad YAML', 'checks:\n  ssl.hsts: [blocker\n', /Invalid config file 'c.yml' at line \d+: /],
    ['an unknown top-level key', 'checks: {}\nchecs:\n  ssl.hsts: off\n', /at line 2: unknown key 'checs'/],
    ['an unknown check id', 'checks:\n  ssl.hsts: blocker\n  ssl.tls: off\n', /at line 3: unknown check id 'checks.ssl.tls'/],
    ['a bad severity', 'checks:\n  ssl.hsts: critical\n', /at line 2: .*'checks.ssl.hsts'/],
    ['a waiver without reason', 'waivers:\n  - check: ssl.hsts\n    until: 2027-01-01\n', /at line 2: .*'waivers.0.reason'/],
    ['a waiver with a bad date', 'waivers:\n  - check: ssl.hsts\n    reason: r\n    until: next week\n', /at line 4: expected a date as YYYY-MM-DD 'waivers.0.until'/],
    ['a waiver for an unknown check', 'waivers:\n  - check: ssl.nope\n    reason: r\n    until: 2027-01-01\n', /at line 2: unknown check id 'waivers.0.check'/],
    ['an out-of-range threshold', 'thresholds:\n  field-coverage: 1.5\n', /at line 2: .*'thresholds.field-coverage'/],
    ['an unknown threshold', 'thresholds:\n  hsts-days: 10\n', /at line 2: unknown key 'thresholds.hsts-days'/],
  ];
  for (const [what, source, expected] of bad) {
    it(`refuses ${what}, naming the line`, () => rejects(() => parseConfigFile(source, 'c.yml'), expected));
  }
});

describe('the browser input', () => {
  const withEnv = (inputs: Record<string, string>, env: NodeJS.ProcessEnv) => buildSettings((name) => inputs[name] ?? '', { workspace: '/ws', readFile: () => undefined, env });

  it('is off by default and looks for no browser', () => {
    assert.deepEqual(withEnv(base, { CHROME_PATH: '/nowhere/chrome' }).browser, { mode: 'off' });
  });

  it('makes browser: on without a browser an input error naming browser and CHROME_PATH', () => {
    assert.throws(
      () => withEnv({ ...base, browser: 'on' }, { CHROME_PATH: '/nowhere/chrome' }),
      (e: unknown) => e instanceof InputError && /'browser'/.test(e.message) && /CHROME_PATH/.test(e.message),
    );
  });

  it('keeps why for browser: auto without a browser, and the executable when CHROME_PATH names one', () => {
    const auto = withEnv({ ...base, browser: 'auto' }, { CHROME_PATH: '/nowhere/chrome' }).browser;
    assert.equal(auto.mode, 'auto');
    assert.match(auto.missing ?? '', /CHROME_PATH=\/nowhere\/chrome/);
    const named = withEnv({ ...base, browser: 'on' }, { CHROME_PATH: process.execPath }).browser;
    assert.equal(named.executable, process.execPath);
  });

  it('refuses an unknown mode', () => {
    rejects(() => withEnv({ ...base, browser: 'maybe' }, {}), /'browser'/);
  });
});
