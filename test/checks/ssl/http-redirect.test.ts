import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckOutcome } from '../../../src/checks/types.js';
import { createBudget } from '../../../src/probes/budget.js';
import { probeHttpRedirect } from '../../../src/probes/http/redirect.js';
import { contextFor, judge } from '../../helpers/tls-page-evidence.js';
import type { Shop } from '../../sandbox/shop.js';
import { httpRedirect } from '../../../src/checks/ssl/http-redirect.js';
import { useLocalShop } from '../../helpers/local-shop.js';

const local = useLocalShop();

describe('ssl.http-redirect: http:// on port 80', () => {
  const redirect = async (s: Shop): Promise<CheckOutcome> => {
    const outcome = await probeHttpRedirect(new URL(s.url('/good-headers')), createBudget(10_000));
    return judge(httpRedirect, { httpRedirect: outcome }, contextFor(s.url('/good-headers')));
  };

  it('passes when port 80 redirects to https on the same host', async () => {
    assert.equal((await redirect(local.shop)).status, 'pass');
  });
  it('fails when port 80 serves the page over plain http', async () => {
    const outcome = await redirect(local.plainShop);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /answers 200 over plain http/);
  });
  it('fails when nothing listens on port 80', async () => {
    const outcome = await redirect(local.closedShop);
    assert.equal(outcome.status, 'fail');
    assert.equal((outcome.evidence as { port80Closed: boolean }).port80Closed, true);
  });

  it('fails when port 80 redirects to https on another port than site-url (a site on :8443 sent to :443)', () => {
    const probe = {
      ok: true as const,
      value: {
        requestedUrl: 'http://shop.example/checkout',
        hops: [{ url: 'http://shop.example/checkout', status: 301, location: 'https://shop.example/checkout' }],
        httpsTarget: 'https://shop.example/checkout',
        closed: false,
      },
    };
    const outcome = judge(httpRedirect, { httpRedirect: probe }, contextFor('https://shop.example:8443/checkout'));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /port 443, but the site is served on port 8443/);
    assert.equal(judge(httpRedirect, { httpRedirect: probe }, contextFor('https://shop.example/checkout')).status, 'pass');
    const explicit = { ok: true as const, value: { ...probe.value, httpsTarget: 'https://shop.example:443/checkout' } };
    assert.equal(judge(httpRedirect, { httpRedirect: explicit }, contextFor('https://shop.example/checkout')).status, 'pass', ':443 is the default port');
  });
});
