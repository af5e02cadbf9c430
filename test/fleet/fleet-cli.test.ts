import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import { randomLoopback } from '../sandbox/net.js';
import { issue } from '../sandbox/pki.js';
import type { Shop } from '../sandbox/shop.js';
import { startApiRecorder, startHangingHost, type ApiRecorder } from './recorder.js';
import { runCli } from './run-cli.js';
import { startHealthyShop, startStorefronts, type Storefronts } from './storefronts.js';

let world: Storefronts;
let badCert: Shop;
let hanging: Awaited<ReturnType<typeof startHangingHost>>;
const recorders: ApiRecorder[] = [];

before(async () => {
  world = await startStorefronts(3);
  const host = randomLoopback();
  const selfSigned = issue({ commonName: host, hosts: [host] });
  badCert = await startHealthyShop(host, selfSigned.certPem, selfSigned.keyPem);
  hanging = await startHangingHost();
});
after(async () => {
  await Promise.all([world.stop(), badCert.close(), hanging.close(), ...recorders.map((r) => r.close())]);
});

async function recorder(mode: 'forward' | 'storm' = 'forward'): Promise<ApiRecorder> {
  const r = await startApiRecorder(world.ca, world.api.baseUrl, mode);
  recorders.push(r);
  return r;
}

function tree(dir: string): string[] {
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).sort() : [];
}

/** Every file under `dir`, as one string: searched for secrets. */
function allText(dir: string): string {
  return tree(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

describe('mercadopago-readiness fleet (the CLI bundle, against local storefronts)', () => {
  it("isolates sites: a hang, a bad certificate, a 429 storm and an unset token change no other verdict, and no token reaches another site's host", async () => {
    const sites = [
      { url: world.shops[0]!.url('/checkout'), env: 'T_A', api: await recorder() },
      { url: world.shops[1]!.url('/checkout'), env: 'T_B', api: await recorder() },
      { url: world.shops[2]!.url('/checkout'), env: 'T_C', api: await recorder() },
      { url: badCert.url('/checkout'), env: 'T_A', api: await recorder() },
      { url: hanging.url, env: 'T_D', api: await recorder(), extra: '    timeout-seconds: 4\n' },
      { url: `${world.shops[0]!.origin}/other-checkout`, env: 'T_E', api: await recorder('storm'), extra: '    timeout-seconds: 6\n' },
      { url: `${world.shops[1]!.origin}/unset`, env: 'MP_UNSET', api: await recorder() },
    ];
    const env: Record<string, string> = {
      T_A: TOKENS.productionMlb,
      T_B: TOKENS.productionMla,
      T_C: TOKENS.quietMlb,
      T_D: TOKENS.busyMlb,
      T_E: TOKENS.noWebhookMlb,
      WH: world.webhookSecret,
      NODE_EXTRA_CA_CERTS: world.caFile,
    };
    const yaml = `defaults:\n  webhook-secret-env: WH\n  timeout-seconds: 30\n  language: en\nsites:\n${sites.map((s) => `  - site-url: ${s.url}\n    access-token-env: ${s.env}\n    api-base-url: ${s.api.baseUrl}\n${s.extra ?? ''}`).join('')}`;
    const dir = fs.mkdtempSync(path.join(world.dir, 'mixed-'));
    fs.writeFileSync(path.join(dir, 'targets.yml'), yaml);
    const run = await runCli(['fleet', '--targets', 'targets.yml', '--out-dir', 'out', '--concurrency', '8'], { env, cwd: dir });

    assert.equal(run.code, 1, run.stderr);
    const out = path.join(dir, 'out');
    const fleet = JSON.parse(fs.readFileSync(path.join(out, 'fleet.json'), 'utf8'));
    assert.deepEqual(Object.keys(fleet), ['schemaVersion', 'startedAt', 'durationMs', 'counts', 'sites']);
    assert.deepEqual(Object.keys(fleet.counts), ['pass', 'warn', 'fail', 'error']);
    assert.deepEqual(
      fleet.sites.map((s: { siteUrl: string }) => s.siteUrl),
      sites.map((s) => s.url),
    );
    for (const s of fleet.sites) {
      assert.ok(fs.statSync(path.join(out, s.reportFile)).isFile(), s.reportFile);
      assert.equal(typeof s.blockers, 'number');
    }
    const [a, b, c, bad, hung, storm, unset] = fleet.sites;
    assert.equal(a.result, 'pass');
    assert.equal(bad.result, 'fail');
    const report = (s: { reportFile: string }) => JSON.parse(fs.readFileSync(path.join(out, s.reportFile), 'utf8'));
    assert.equal(report(bad).checks.find((x: { id: string }) => x.id === 'ssl.certificate-trust').status, 'fail');
    // The hung site ran out its own 4 s: its TLS and page checks are errors, and it still has a report.
    assert.equal(hung.result, 'fail');
    assert.equal(report(hung).checks.find((x: { id: string }) => x.id === 'ssl.validity').status, 'error');
    assert.equal(storm.result, 'fail');
    assert.equal(report(storm).checks.find((x: { id: string }) => x.id === 'credentials.token-valid').status, 'error');
    assert.equal(unset.result, 'error');
    assert.equal(unset.error, 'environment variable MP_UNSET (access-token-env) is not set');

    // The same sites checked alone, one process each: the same verdict, check by check.
    const alone = await Promise.all(
      [0, 1, 2].map(async (i) => {
        const file = path.join(dir, `alone-${i}.json`);
        const single = await runCli(['--site-url', sites[i]!.url, '--api-base-url', sites[i]!.api.baseUrl, '--webhook-secret', world.webhookSecret, '--language', 'en', '--report-file', file], {
          env: { NODE_EXTRA_CA_CERTS: world.caFile, MP_ACCESS_TOKEN: env[sites[i]!.env]! },
          cwd: dir,
        });
        assert.ok(single.code === 0 || single.code === 1, single.stderr);
        return JSON.parse(fs.readFileSync(file, 'utf8'));
      }),
    );
    [a, b, c].forEach((site, i) => {
      const statuses = (r: { checks: Array<{ id: string; status: string }> }) => r.checks.map((x) => `${x.id}=${x.status}`);
      assert.deepEqual(statuses(report(site)), statuses(alone[i]), site.siteUrl);
      assert.equal(site.result, alone[i].result);
    });

    // Which token reached which API host: each site's own, and nothing for the site without one.
    sites.forEach((s, i) => {
      const expected = env[s.env];
      if (expected === undefined) assert.equal(s.api.tokens.length, 0, 'the unset site sent nothing');
      else {
        assert.ok(s.api.tokens.length > 0, `site ${i} reached its API host`);
        assert.ok(
          s.api.tokens.every((t) => t === expected),
          `site ${i}'s API host saw only its own token`,
        );
      }
    });
    assert.ok(recorders.slice(-7).every((r) => r.tokens.length === 0 || new Set(r.tokens).size === 1));
    for (const n of world.webhook.received) assert.equal(n.headers.authorization, undefined);

    // One line per site and a total; no token anywhere.
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 8, run.stdout);
    assert.match(lines[7]!, /^fleet: 7 sites in [\d.]+ s \([\d.]+ sites\/s\): \d pass, \d warn, \d fail, 1 error\./);
    assert.ok(lines.some((l) => /\] error {1,2}https:\/\/.*\/unset {2}environment variable MP_UNSET \(access-token-env\) is not set/.test(l)));
    const everything = run.stdout + run.stderr + allText(out);
    for (const token of Object.values(TOKENS)) assert.ok(!everything.includes(token.slice(-45)), 'no token in any output');
    assert.ok(!everything.includes(world.webhookSecret));
  });

  it('refuses bad input with exit 2 and one line, before any request and before writing anything', async () => {
    const api = await recorder();
    const dir = fs.mkdtempSync(path.join(world.dir, 'bad-'));
    const site = world.shops[0]!.url('/checkout');
    const file = (name: string, content: string): string => {
      fs.writeFileSync(path.join(dir, name), content);
      return name;
    };
    const good = file('good.yml', `defaults:\n  api-base-url: ${api.baseUrl}\n  access-token-env: T\nsites:\n  - site-url: ${site}\n`);
    const secret = 'a-webhook-secret-written-in-the-file';
    const cases: Array<[string[], RegExp]> = [
      [['--targets', 'missing.yml'], /^Invalid '--targets': file 'missing\.yml' does not exist\.$/],
      [['--targets', file('malformed.yml', `sites:\n  - site-url: ${site}\n  bad: [\n`)], /^Invalid targets file 'malformed\.yml' at line \d: not valid YAML/],
      [['--targets', file('no-url.yml', `sites:\n  - site-url: ${site}\n  - access-token-env: T\n`)], /^Invalid targets file 'no-url\.yml' at line 3: site 2 has no 'site-url'\.$/],
      [['--targets', file('twice.yml', `sites:\n  - site-url: ${site}\n  - site-url: ${site}\n`)], /at line 3: site .* is listed twice \(first at line 2\)\.$/],
      [['--targets', file('literal.yml', `sites:\n  - site-url: ${site}\n    access-token: ${TOKENS.productionMlb}\n`)], /at line 3: it contains a Mercado Pago access token \(not shown\)/],
      [['--targets', file('literal-secret.yml', `sites:\n  - site-url: ${site}\n    webhook-secret: ${secret}\n`)], /at line 3: 'webhook-secret' is written literally \(value not shown\)/],
      [
        ['--targets', file('bad-fail-on.yml', `sites:\n  - site-url: ${site}\n  - site-url: ${site}x\n    fail-on: sometimes\n`)],
        /^Invalid targets file 'bad-fail-on\.yml' at line 3 \(.*x\): Invalid 'fail-on': 'sometimes'\. Expected one of: blocker, warning, never\.$/,
      ],
      [['--targets', good, '--shard', '4/3'], /^Invalid '--shard': '4\/3'\. Expected K\/N/],
      [['--targets', good, '--shard', 'two'], /^Invalid '--shard': 'two'/],
      [['--targets', good, '--concurrency', '0'], /^Invalid '--concurrency': '0'/],
      [['--targets', good, '--bogus'], /^Unknown argument '--bogus'/],
      [['--shard', '1/2'], /^Option '--targets' is required/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(['fleet', ...args, '--out-dir', 'out'], { env: { T: TOKENS.productionMlb, NODE_EXTRA_CA_CERTS: world.caFile }, cwd: dir })));
    runs.forEach((run, i) => {
      const [args, pattern] = cases[i]!;
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.split('\n').filter(Boolean).length, 1, run.stderr);
      assert.match(run.stderr.trim(), pattern);
      assert.ok(!run.stderr.includes(TOKENS.productionMlb.slice(-40)) && !run.stderr.includes(secret));
    });
    assert.equal(api.tokens.length, 0, 'no request was sent');
    assert.ok(!fs.existsSync(path.join(dir, 'out')), 'nothing was written');
  });

  it('never writes through a symbolic link: an out-dir that is one is refused, a planted report link is not followed', async () => {
    const dir = fs.mkdtempSync(path.join(world.dir, 'links-'));
    const site = world.shops[2]!.url('/checkout');
    fs.writeFileSync(path.join(dir, 'targets.yml'), `defaults:\n  api-base-url: ${world.api.baseUrl}\n  access-token-env: T\nsites:\n  - site-url: ${site}\n`);
    const env = { T: TOKENS.productionMlb, NODE_EXTRA_CA_CERTS: world.caFile };
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'linked'));
    const refused = await runCli(['fleet', '--targets', 'targets.yml', '--out-dir', 'linked'], { env, cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^Invalid '--out-dir': 'linked' is a symbolic link; name a real folder\.\n$/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'elsewhere')), []);

    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    fs.mkdirSync(path.join(dir, 'out'));
    fs.symlinkSync(victim, path.join(dir, 'out', `${new URL(site).hostname}-checkout.json`));
    const planted = await runCli(['fleet', '--targets', 'targets.yml', '--out-dir', 'out'], { env, cwd: dir });
    assert.equal(planted.code, 2, planted.stdout + planted.stderr);
    assert.match(planted.stderr, /^Could not write the report of https:\/\/.* to '.*-checkout\.json': ELOOP\n$/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'keep me');
    assert.ok(fs.existsSync(path.join(dir, 'out', 'fleet.json')));
  });

  it('splits a file over --shard K/N, and merge counts each site once from out-dirs, fleet.json files and reports', async () => {
    const dir = fs.mkdtempSync(path.join(world.dir, 'shards-'));
    const urls = [...world.shops.map((s) => s.url('/checkout')), badCert.url('/checkout'), `${world.shops[0]!.origin}/b`, `${world.shops[1]!.origin}/unset`];
    const yaml = `defaults:\n  api-base-url: ${world.api.baseUrl}\n  access-token-env: T\n  webhook-secret-env: WH\n  language: en\nsites:\n${urls.map((u) => `  - site-url: ${u}\n${u.endsWith('/unset') ? '    access-token-env: MP_UNSET\n' : ''}`).join('')}`;
    fs.writeFileSync(path.join(dir, 'targets.yml'), yaml);
    const env = { T: TOKENS.productionMlb, WH: world.webhookSecret, NODE_EXTRA_CA_CERTS: world.caFile };
    const shards = await Promise.all([1, 2, 3].map((k) => runCli(['fleet', '--targets', 'targets.yml', '--shard', `${k}/3`, '--out-dir', `artifacts/shard-${k}`], { env, cwd: dir })));
    const listed = shards.map((_, k) => JSON.parse(fs.readFileSync(path.join(dir, `artifacts/shard-${k + 1}/fleet.json`), 'utf8')).sites.map((s: { siteUrl: string }) => s.siteUrl));
    assert.deepEqual(listed, [
      [urls[0], urls[3]],
      [urls[1], urls[4]],
      [urls[2], urls[5]],
    ]);
    assert.deepEqual(
      shards.map((s) => s.code),
      [1, 1, 1],
    );

    const summary = path.join(dir, 'step-summary.md');
    fs.writeFileSync(summary, '');
    const artifacts = path.join(dir, 'artifacts');
    const fleetFiles = [1, 2, 3].map((k) => path.join(artifacts, `shard-${k}`, 'fleet.json'));
    const reportFiles = tree(artifacts)
      .filter((f) => !f.endsWith('fleet.json') && f.endsWith('.json'))
      .map((f) => path.join(artifacts, f));
    const merged = await runCli(['merge', artifacts, ...fleetFiles, ...reportFiles], { env: { GITHUB_STEP_SUMMARY: summary }, cwd: dir });
    assert.equal(merged.code, 0, merged.stderr);
    assert.match(merged.stdout, /^merge: 6 sites: 3 pass, 0 warn, 2 fail, 1 error; summary written to GITHUB_STEP_SUMMARY\.\n$/);
    const md = fs.readFileSync(summary, 'utf8');
    assert.match(md, /^## Mercado Pago readiness: 6 storefronts/);
    for (const u of urls) assert.equal(md.split(`| ${u} |`).length - 1, 1, `${u} appears once`);
    assert.match(md, /\| ❌ fail \| \d+ \| \d+ \| `ssl\.certificate-trust` /);
    assert.match(md, /\/unset \| 🚫 error \| 0 \| 0 \| not checked: environment variable MP_UNSET/);

    // --summary writes a file; with neither, the table goes to stdout.
    const own = await runCli(['merge', ...fleetFiles, '--summary', 'merged.md'], { cwd: dir });
    assert.equal(own.code, 0, own.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'merged.md'), 'utf8'), md);
    const printed = await runCli(['merge', artifacts], { cwd: dir });
    assert.equal(printed.stdout, md);
    const bad = await runCli(['merge', path.join(dir, 'targets.yml')], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^Invalid report '.*targets\.yml': not JSON/);
  });
});
