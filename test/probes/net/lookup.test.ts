import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { describe, it } from 'node:test';
import { createCachedLookup } from '../../../src/probes/net/lookup.js';

/** A resolver that counts its calls and answers after a tick, like getaddrinfo on the thread pool. */
function countingResolver(answers: Record<string, LookupAddress[] | Error>) {
  const calls: string[] = [];
  const resolve = (hostname: string, _options: unknown, callback: (error: NodeJS.ErrnoException | null, list: LookupAddress[]) => void): void => {
    calls.push(hostname);
    const answer = answers[hostname] ?? Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    setImmediate(() => (answer instanceof Error ? callback(answer, []) : callback(null, answer)));
  };
  return { calls, resolve };
}

const ask = (lookup: ReturnType<typeof createCachedLookup>['lookup'], host: string, all = false): Promise<unknown> =>
  new Promise((resolve, reject) => lookup(host, { all }, (error, address, family) => (error ? reject(error) : resolve(all ? address : [address, family]))));

describe('each host resolved once per run', () => {
  it('shares one resolution among concurrent connections to a host, in both answer forms', async () => {
    const r = countingResolver({
      'api.example': [
        { address: '192.0.2.10', family: 4 },
        { address: '2001:db8::10', family: 6 },
      ],
    });
    const { lookup } = createCachedLookup(r.resolve as never);
    const answers = await Promise.all([ask(lookup, 'api.example'), ask(lookup, 'API.example', true), ask(lookup, 'api.example')]);
    assert.deepEqual(r.calls, ['api.example']);
    assert.deepEqual(answers[0], ['192.0.2.10', 4]);
    assert.deepEqual(answers[1], [
      { address: '192.0.2.10', family: 4 },
      { address: '2001:db8::10', family: 6 },
    ]);
    await ask(lookup, 'api.example');
    assert.equal(r.calls.length, 1, 'still one resolution afterwards');
  });

  it('keeps no failure: the next connection asks the resolver again', async () => {
    const r = countingResolver({});
    const { lookup } = createCachedLookup(r.resolve as never);
    await assert.rejects(ask(lookup, 'nowhere.example'), /ENOTFOUND/);
    await assert.rejects(ask(lookup, 'nowhere.example'), /ENOTFOUND/);
    assert.equal(r.calls.length, 2);
  });

  it('resolves again once the entry is older than its time to live', async () => {
    const r = countingResolver({ 'shop.example': [{ address: '198.51.100.7', family: 4 }] });
    const { lookup } = createCachedLookup(r.resolve as never, 20);
    await ask(lookup, 'shop.example');
    await new Promise((resolve) => setTimeout(resolve, 40));
    await ask(lookup, 'shop.example');
    assert.equal(r.calls.length, 2);
  });

  it('says ENOTFOUND for a host with no address at all', async () => {
    const r = countingResolver({ 'empty.example': [] });
    const { lookup } = createCachedLookup(r.resolve as never);
    await assert.rejects(ask(lookup, 'empty.example'), (e: NodeJS.ErrnoException) => e.code === 'ENOTFOUND');
  });
});
