/**
 * Runs inside a test world (test/world/netns.ts): a public site and API by DNS name, a cloud
 * metadata stand-in on 169.254.169.254, a private host on 10.0.0.7 and a loopback one, then
 * dist/index.js against each attack. Prints one JSON line: every run's verdict and bounds, and
 * every connection each stand-in saw. Started by ssrf.test.ts; not a test file itself.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, statusOf } from '../../helpers/run-action.js';
import { createLocalCa } from '../../sandbox/pki.js';
import { ATTACKS } from './ssrf-cases.js';
import { HOSTILE_TOKEN } from './stand-ins.js';

interface Seen {
  connections: number;
  requests: string[];
}

/** A listener that records every TCP connection (not only requests) and answers a page. */
function recorder(address: string, ports: number[], ca: ReturnType<typeof createLocalCa>, names: string[]): Seen {
  const seen: Seen = { connections: 0, requests: [] };
  const answer = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    seen.requests.push(`${req.method} ${req.headers.host}${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>ami-id: secret-instance-credentials</body></html>');
  };
  for (const port of ports) {
    const leaf = ca.server({ commonName: names[0] ?? address, hosts: [...names, address] });
    const server = port === 443 || port === 8443 ? https.createServer({ key: leaf.key, cert: leaf.chain }, answer) : http.createServer(answer);
    server.on('connection', () => seen.connections++);
    server.listen(port, address);
  }
  return seen;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-ssrf-world-'));
  const ca = createLocalCa();
  const caFile = path.join(dir, 'ca.pem');
  fs.writeFileSync(caFile, ca.root.certPem);

  const metadata = recorder('169.254.169.254', [80, 443], ca, ['metadata.example']);
  const intranet = recorder('10.0.0.7', [80, 443], ca, ['intranet.example']);
  const loopback = recorder('127.0.0.1', [8080], ca, ['localhost']);
  const mixed = recorder('203.0.113.30', [80], ca, ['mixed.example']);

  // The public shop: /r/<n> redirects (https and port 80) to attack n; /scripts loads every target as a script.
  const targets = Object.values(ATTACKS);
  const shop = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const n = /^\/r\/(\d+)/.exec(req.url ?? '')?.[1];
    if (n !== undefined) return void res.writeHead(302, { location: targets[Number(n)]!.redirect }).end();
    const scripts = targets.map((t) => `<script src="${t.redirect}app.js"></script>`).join('');
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head>${scripts}</head><body><form action="/pay"></form></body></html>`);
  };
  const shopCert = ca.server({ commonName: 'shop.example', hosts: ['shop.example', 'staging.example'] });
  for (const address of ['203.0.113.10', '10.0.0.8']) {
    https.createServer({ key: shopCert.key, cert: shopCert.chain }, shop).listen(443, address);
    http.createServer(shop).listen(80, address);
  }

  // The API: the account's data names the notification_url of attack n (from the token's query).
  let notificationFor = (): string => targets[0]!.notification;
  const apiCert = ca.server({ commonName: 'api.example' });
  const apiRequests: string[] = [];
  https
    .createServer({ key: apiCert.key, cert: apiCert.chain }, (req, res) => {
      apiRequests.push(`${req.method} ${req.url}`);
      const p = (req.url ?? '').split('?')[0];
      const json = (status: number, body: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (p === '/users/me') return json(200, { id: 730551246, nickname: 'SHOP', site_id: 'MLA', tags: ['normal'] });
      const url = req.headers['x-attack'] ? '' : notificationFor();
      if (p === '/v1/payments/search')
        return json(200, { paging: { total: 1, limit: 50, offset: 0 }, results: [{ id: 91, live_mode: true, status: 'approved', date_created: new Date().toISOString(), notification_url: url }] });
      if (p === '/checkout/preferences/search') return json(200, { elements: [], paging: { total: 0 } });
      return json(404, { message: 'not_found', error: 'not_found', status: 404, cause: [] });
    })
    .listen(443, '203.0.113.20');
  await new Promise((r) => setTimeout(r, 200));

  const runs: Record<string, unknown> = {};
  const names = Object.keys(ATTACKS);
  const one = async (i: number, site: string, extra: Record<string, string> = {}): Promise<Record<string, unknown>> => {
    const run = await runAction({
      inputs: { 'site-url': site, 'access-token': HOSTILE_TOKEN, 'api-base-url': 'https://api.example', 'timeout-seconds': '10', 'pr-comment': 'false', ...extra },
      caFile,
      killAfterMs: 30_000,
    });
    const ids = ['credentials.secret-exposure', 'ssl.http-redirect', 'notifications.reachable', 'ssl.certificate-trust', 'credentials.token-valid'];
    return {
      index: i,
      code: run.code,
      wallMs: Math.round(run.wallMs),
      peakRssKb: run.peakRssKb,
      statuses: Object.fromEntries(ids.map((id) => [id, statusOf(run.report, id)])),
      messages: Object.fromEntries(ids.map((id) => [id, run.report?.checks?.find((c: { id: string }) => c.id === id)?.message])),
      summaryHasMetadata: run.summary.includes('secret-instance-credentials') || run.reportText.includes('secret-instance-credentials'),
    };
  };
  // One at a time: each attack's notification_url is served while its run reads the API.
  for (let i = 0; i < names.length; i++) {
    notificationFor = () => targets[i]!.notification;
    runs[names[i]!] = await one(i, `https://shop.example/r/${i}`);
  }
  notificationFor = () => targets[0]!.notification;
  runs['scripts to every target'] = await one(-1, 'https://shop.example/scripts');
  const before = { metadata: { ...metadata }, intranet: { ...intranet, requests: [...intranet.requests] }, loopback: { ...loopback, requests: [...loopback.requests] } };
  // The user's own choice: a staging site on a private address may lead into its network, and a
  // webhook-url the user named on a private address is notified; cloud metadata, never.
  notificationFor = () => targets[0]!.notification;
  runs['staging site on a private address'] = await one(5, 'https://staging.example/r/6', { 'webhook-url': 'http://10.0.0.7/hook' });
  runs['staging site redirected to metadata'] = await one(4, 'https://staging.example/r/4');
  // Link-local stays closed even when the user names it, in every input: the TLS probe, the page,
  // the port-80 probe, the API (the token is never sent) and the webhook.
  runs['metadata named in every input'] = await one(-2, 'https://metadata.example/latest/', { 'webhook-url': 'http://169.254.169.254/hook', 'api-base-url': 'https://metadata.example/' });
  process.stdout.write(`${JSON.stringify({ runs, before, after: { metadata, intranet, loopback, mixed }, apiRequests: apiRequests.length })}\n`);
  process.exit(0);
}

void main();
