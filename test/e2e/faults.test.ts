import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheckId } from '../../src/checks/ids.js';
import { ACCOUNT_DATA_CHECKS, assertCleanRun, checkIds, checksAmong, idsReading } from '../helpers/invariants.js';
import { statusOf, type ActionRun } from '../helpers/run-action.js';
import { FAULT_KINDS, type FaultKind, type FaultServer } from '../sandbox/faults.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { FAULT_TIMEOUT_SECONDS, faultInputs, inTurn, startTargetFault, type FaultTarget } from './fault-matrix.js';
import { startSecretWitness, type SecretWitness } from './secret-hygiene.js';

/** Checks judged on the site's TLS handshake. */
const TLS_CHECKS = idsReading('tls');
/** Checks judged on the checkout page itself (issue 3): present in the report once built. */
const PAGE_CHECKS = idsReading('page');
/** Checks that read the account: with the API down they cannot be judged. */
const ACCOUNT_CHECKS = checkIds('credentials.token-valid', 'credentials.production');
/** Other checks that read the Mercado Pago API (issue 4): never pass or fail on an API that did not answer. */
const OTHER_API_CHECKS = ACCOUNT_DATA_CHECKS;
/** The check judged on the test notification's delivery (issue 5). */
const WEBHOOK_CHECKS = checkIds('notifications.reachable');

/**
 * What a fault does to the checks it touches: `error` with a message naming the cause, `pass`
 * (the fault is in another layer), `not-pass` (whatever the design, never a pass), or `any`.
 */
type Expect = { readonly status: 'error' | 'fail'; readonly cause: RegExp } | { readonly status: 'pass' | 'not-pass' | 'any' };
const error = (cause: RegExp): Expect => ({ status: 'error', cause });
const fail = (cause: RegExp): Expect => ({ status: 'fail', cause });
const PASS: Expect = { status: 'pass' };
const NOT_PASS: Expect = { status: 'not-pass' };
const ANY: Expect = { status: 'any' };

const TIMEOUT = /within the time budget|within timeout-seconds/;

/** The site: the TLS checks see connection-level faults; HTTP-level faults are the page probe's (issue 3). */
const SITE: Readonly<Record<FaultKind, { tls: Expect; page: Expect }>> = {
  refused: { tls: error(/connection refused/), page: NOT_PASS },
  'unknown-host': { tls: error(/host name not found/), page: NOT_PASS },
  hang: { tls: error(TIMEOUT), page: NOT_PASS },
  drip: { tls: PASS, page: NOT_PASS },
  reset: { tls: PASS, page: NOT_PASS },
  'tls-garbage': { tls: error(/TLS failure/), page: NOT_PASS },
  'status-500': { tls: PASS, page: NOT_PASS },
  'retry-after': { tls: PASS, page: ANY },
  'malformed-json': { tls: PASS, page: ANY },
  'huge-body': { tls: PASS, page: ANY },
  'redirect-loop': { tls: PASS, page: NOT_PASS },
  'redirect-http': { tls: PASS, page: NOT_PASS },
  'non-utf8': { tls: PASS, page: ANY },
};

/** The Mercado Pago API: every fault but a 429 then success (and Latin-1 JSON, still readable) leaves the account unread. */
const API: Readonly<Record<FaultKind, Expect>> = {
  refused: error(/connection refused/),
  'unknown-host': error(/host name not found/),
  hang: error(TIMEOUT),
  drip: error(TIMEOUT),
  reset: error(/connection reset by the server/),
  'tls-garbage': error(/TLS failure/),
  'status-500': error(/answered 500 after \d retr/),
  'retry-after': PASS,
  'malformed-json': error(/answered 200 with a body that is not JSON/),
  'huge-body': error(/answer larger than 8 MB/),
  'redirect-loop': error(/answered 302/),
  'redirect-http': error(/answered 301/),
  'non-utf8': PASS,
};

/**
 * The webhook endpoint (issue 5), as `notifications.reachable` judges it: Mercado Pago counts a
 * delivery only on 200 or 201 within its limit, so anything else is a finding (`fail`); a run
 * budget that ends first leaves it unjudged (`error`). The body of a 200 does not matter.
 */
const WEBHOOK: Readonly<Record<FaultKind, Expect>> = {
  refused: fail(/connection refused/),
  'unknown-host': fail(/host name not found/),
  hang: error(TIMEOUT),
  drip: PASS,
  reset: fail(/connection reset/),
  'tls-garbage': fail(/TLS failure/),
  'status-500': fail(/answered 500/),
  'retry-after': fail(/answered 429/),
  'malformed-json': PASS,
  'huge-body': PASS,
  'redirect-loop': fail(/redirects \(302/),
  'redirect-http': fail(/redirects \(301 to http:/),
  'non-utf8': PASS,
};

function assertChecks(report: any, ids: readonly CheckId[], expected: Expect, what: string): void {
  for (const check of checksAmong(report, ids)) {
    if (expected.status === 'any') continue;
    if (expected.status === 'not-pass') assert.notEqual(check.status, 'pass', `${what}: ${check.id} passed: ${check.message}`);
    else assert.equal(check.status, expected.status, `${what}: ${check.id} is ${check.status}: ${check.message}`);
    if (expected.status === 'error' || expected.status === 'fail') assert.match(check.message, expected.cause, `${what}: ${check.id} does not name the cause`);
  }
}

let sandbox: Sandbox;
let witness: SecretWitness;
/** The API faults of the matrix, for the read-only assertion over all of them at the end. */
const apiFaults: FaultServer[] = [];
before(async () => {
  sandbox = await startSandbox();
  witness = await startSecretWitness(sandbox);
});
after(async () => {
  await witness.close();
  await sandbox.stop();
});

/**
 * One run of the matrix, which is also a secret-hygiene run: on a pull request with every secret
 * input set and a SARIF file asked for, no form of any secret may show on any surface (the
 * secrets suite covers the scenarios that are not faults).
 */
async function runWithFault(target: FaultTarget, kind: FaultKind, check: (run: ActionRun, fault: FaultServer) => void): Promise<void> {
  await inTurn(target, kind, async () => {
    const fault = await startTargetFault(target, kind, sandbox);
    if (target === 'api') apiFaults.push(fault);
    try {
      const token = sandbox.tokens.productionMlb;
      const run = await witness.run({ caFile: sandbox.caFile, inputs: faultInputs(target, fault, sandbox, token), killAfterMs: 30_000 });
      assertCleanRun(run, { timeoutSeconds: FAULT_TIMEOUT_SECONDS, label: `${target} ${kind}` });
      witness.assertNoLeak(run, token);
      check(run, fault);
    } finally {
      await fault.close();
    }
  });
}

// The runs of the matrix mostly wait (a hang costs the whole time budget): they run side by side,
// a few processes at a time (inTurn), each still held to timeout-seconds + 1 s.
describe('the fault matrix: every fault of every target ends cleanly and shows no secret', { concurrency: true }, () => {
  describe('a misbehaving checkout site', { concurrency: true }, () => {
    for (const kind of FAULT_KINDS) {
      const expected = SITE[kind];
      it(`ends cleanly on ${kind}, the TLS checks ${expected.tls.status === 'error' ? 'in error naming the cause' : 'unaffected'}`, async () => {
        await runWithFault('site', kind, (run) => {
          assertChecks(run.report, TLS_CHECKS, expected.tls, kind);
          assertChecks(run.report, PAGE_CHECKS, expected.page, kind);
          assert.equal(statusOf(run.report, 'ssl.https'), 'pass');
          assert.equal(statusOf(run.report, 'credentials.token-valid'), 'pass', 'the API is healthy');
          if (expected.tls.status === 'error') assert.equal(run.report.result, 'fail', 'a site that cannot be checked never passes');
        });
      });
    }
  });

  describe('a misbehaving Mercado Pago API', { concurrency: true }, () => {
    for (const kind of FAULT_KINDS) {
      const expected = API[kind];
      it(`ends cleanly on ${kind}, the account checks ${expected.status === 'error' ? 'in error naming the cause' : 'judged'}`, async () => {
        await runWithFault('api', kind, (run, fault) => {
          assertChecks(run.report, ACCOUNT_CHECKS, expected, kind);
          if (expected.status === 'error') {
            assertChecks(run.report, OTHER_API_CHECKS, NOT_PASS, kind);
            assert.equal(run.report.account, null);
            assert.equal(run.report.result, 'fail', 'an unreadable account never passes');
          } else {
            assert.equal(run.report.account?.userId, 1160535239);
          }
          assert.deepEqual(
            fault.requests.filter((r) => r.method !== 'GET'),
            [],
            'only GET reaches the API',
          );
          assert.equal(statusOf(run.report, 'ssl.certificate-trust'), 'pass', 'the site is healthy');
          if (kind === 'retry-after') {
            // Every request is answered 429 the first time: each one is sent again after the wait.
            const sent = new Map<string, number>();
            for (const r of fault.requests) sent.set(r.path, (sent.get(r.path) ?? 0) + 1);
            assert.equal(sent.get('/users/me'), 2, 'GET /users/me answered 429, then was retried once after Retry-After');
            assert.ok(sent.size >= 6, `the account and the calls after it: ${[...sent.keys()].join(', ')}`);
            for (const [path, count] of sent) assert.equal(count, 2, `GET ${path} answered 429, then was retried once after Retry-After`);
            assert.ok(run.report.durationMs >= 2000, 'the retries waited for Retry-After: /users/me, then the calls after it');
            assertChecks(run.report, OTHER_API_CHECKS, PASS, kind);
          }
          if (kind === 'redirect-http') {
            assert.deepEqual(
              fault.requests.filter((r) => r.scheme === 'http'),
              [],
              'the token never follows a redirect to plain http',
            );
          }
        });
      });
    }
  });

  describe('a misbehaving webhook endpoint', { concurrency: true }, () => {
    for (const kind of FAULT_KINDS) {
      it(`ends cleanly on ${kind}`, async () => {
        await runWithFault('webhook', kind, (run) => {
          assert.equal(checksAmong(run.report, WEBHOOK_CHECKS).length, 1, 'notifications.reachable is in the report');
          assertChecks(run.report, WEBHOOK_CHECKS, WEBHOOK[kind], kind);
          assert.equal(statusOf(run.report, 'credentials.token-valid'), 'pass', 'the API is healthy');
          assert.equal(statusOf(run.report, 'ssl.certificate-trust'), 'pass', 'the site is healthy');
        });
      });
    }
  });
});

it('had real surfaces to search: SARIF files were written and PR comments were posted', () => {
  const runs = 3 * FAULT_KINDS.length;
  assert.ok(witness.sarifFilesRead > runs / 2, `only ${witness.sarifFilesRead} of ${runs} runs wrote a SARIF file`);
  const posted = witness.comments.filter((body) => body.includes('mercadopago-readiness')).length;
  assert.ok(posted > runs / 2, `only ${posted} of ${runs} runs posted a PR comment`);
});

it('sent nothing but GET to the Mercado Pago API in all those runs (read-only)', () => {
  const viaFaults = apiFaults.flatMap((f) => f.requests.filter((r) => r.scheme === 'https'));
  assert.ok(sandbox.api.requests.length > 20, `the stand-in saw ${sandbox.api.requests.length} requests`);
  assert.ok(viaFaults.length > 10, `the API faults saw ${viaFaults.length} requests`);
  assert.deepEqual([...new Set([...sandbox.api.requests, ...viaFaults].map((r) => r.method))], ['GET']);
});
