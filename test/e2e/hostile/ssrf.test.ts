import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runNodeInWorld } from '../../world/netns.js';
import { MAX_RSS_KB } from './stand-ins.js';
import { ATTACKS, WORLD } from './ssrf-cases.js';

/**
 * dist/index.js is no door into the runner's network (DESIGN §1): in a world with a public shop
 * and API by DNS name, redirects, script URLs and the account's notification_url aim at cloud
 * metadata, private and loopback addresses in every spelling. The metadata stand-in counts TCP
 * connections: it must see none. A staging site the user named on a private address still works.
 */
describe('hostile: redirects, scripts and notification URLs into the runner network', () => {
  let got: any;
  before(async () => {
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ssrf-world.js');
    const run = await runNodeInWorld(WORLD, script, [], { killAfterMs: 240_000 });
    assert.equal(run.code, 0, run.stderr);
    got = JSON.parse(run.stdout.trim().split('\n').pop()!);
  });

  it('never connects to the metadata address, whatever the spelling or the path there', () => {
    assert.equal(got.after.metadata.connections, 0, `metadata stand-in saw ${got.after.metadata.connections} connections: ${got.after.metadata.requests.join(', ')}`);
    assert.ok(got.apiRequests > 0, 'the runs did reach the API');
  });

  it('never follows a public site, nor its data, into private or loopback addresses', () => {
    assert.equal(got.before.intranet.connections, 0, `private host saw ${got.before.intranet.requests.join(', ')}`);
    assert.equal(got.before.loopback.connections, 0, `loopback host saw ${got.before.loopback.requests.join(', ')}`);
  });

  for (const name of Object.keys(ATTACKS)) {
    it(`${name}: the run says what was refused, never pass, within timeout + 1 s and 250 MiB`, () => {
      const r = got.runs[name];
      assert.ok(r.code === 0 || r.code === 1, `exit code ${r.code}`);
      assert.ok(r.wallMs <= 11_000, `took ${r.wallMs} ms`);
      assert.ok(r.peakRssKb > 0 && r.peakRssKb < MAX_RSS_KB, `peak RSS ${r.peakRssKb} KiB`);
      assert.equal(r.summaryHasMetadata, false, 'nothing read from a refused target is in the summary or the report');
      if (name.startsWith('a name with')) {
        assert.equal(r.statuses['credentials.secret-exposure'], 'pass', 'the public address of the name is used');
      } else {
        assert.equal(r.statuses['credentials.secret-exposure'], 'error');
        assert.match(r.messages['credentials.secret-exposure'], /refused to connect to/);
        assert.equal(r.statuses['ssl.http-redirect'] === 'pass', false, 'the port-80 redirect into the runner is not a pass');
      }
      if (name.startsWith('a name with')) {
        assert.equal(r.statuses['notifications.reachable'], 'pass', 'the notification went to the public address of the name');
        assert.ok(got.after.mixed.requests.some((q: string) => q.startsWith('POST mixed.example/hook')));
        return;
      }
      assert.ok(['error', 'fail'].includes(r.statuses['notifications.reachable']), `notification to ${ATTACKS[name]!.notification}: ${r.statuses['notifications.reachable']}`);
      assert.match(r.messages['notifications.reachable'], /refused to connect to/);
    });
  }

  it('a page whose scripts point into the runner network reads them from nowhere', () => {
    const r = got.runs['scripts to every target'];
    assert.ok(r.code === 0 || r.code === 1);
    assert.notEqual(r.statuses['credentials.secret-exposure'], 'error');
  });

  it('a staging site the user named on a private address may lead into its own network, and a private webhook-url is notified; metadata stays closed', () => {
    const staging = got.runs['staging site on a private address'];
    assert.equal(staging.statuses['credentials.secret-exposure'], 'pass', staging.messages['credentials.secret-exposure']);
    assert.ok(
      got.after.intranet.requests.some((r: string) => r.startsWith('GET intranet.example/admin')),
      'the redirect inside the private world was followed',
    );
    assert.ok(
      got.after.intranet.requests.some((r: string) => r.startsWith('POST 10.0.0.7/hook')),
      'the webhook-url the user named was notified',
    );
    const meta = got.runs['staging site redirected to metadata'];
    assert.equal(meta.statuses['credentials.secret-exposure'], 'error');
    assert.match(meta.messages['credentials.secret-exposure'], /link-local/);
  });
  it('never contacts link-local even when the user names it: TLS, page, port 80, API (no token sent) and webhook all say why', () => {
    const r = got.runs['metadata named in every input'];
    assert.equal(r.code, 1);
    for (const id of ['credentials.secret-exposure', 'ssl.certificate-trust', 'credentials.token-valid']) {
      assert.equal(r.statuses[id], 'error', `${id}: ${r.messages[id]}`);
    }
    assert.match(r.messages['credentials.token-valid'], /refused to connect to metadata\.example \(169\.254\.169\.254\): .*link-local/);
    assert.match(r.messages['ssl.certificate-trust'], /refused to connect|link-local/);
    assert.notEqual(r.statuses['notifications.reachable'], 'pass');
  });
});
