import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInWorld, runNodeInWorld } from './netns.js';

const LOOKUP = `
const dns = require('node:dns');
const net = require('node:net');
const server = net.createServer((s) => s.end('hello from ' + s.localAddress)).listen(443, '203.0.113.10', () => {
  dns.lookup('shop.example', (error, address) => {
    if (error) { console.log(JSON.stringify({ error: error.code })); server.close(); return; }
    const socket = net.connect(443, 'shop.example');
    let got = '';
    socket.setEncoding('utf8').on('data', (d) => (got += d)).on('end', () => {
      dns.lookup('unlisted.example', (e2) => {
        console.log(JSON.stringify({ address, got, publicName: e2 ? e2.code : 'resolved' }));
        server.close();
      });
    });
  });
});`;

describe('test world (network + mount namespace with its own /etc/hosts)', () => {
  it('resolves the names it was given, serves on their addresses, and knows no other name', async () => {
    const run = await runInWorld({ hosts: { 'shop.example': '203.0.113.10' } }, [process.execPath, '-e', LOOKUP], { killAfterMs: 10_000 });
    assert.equal(run.code, 0, run.stderr);
    const got = JSON.parse(run.stdout.trim());
    assert.equal(got.address, '203.0.113.10');
    assert.equal(got.got, 'hello from 203.0.113.10');
    assert.notEqual(got.publicName, 'resolved', 'a name the world does not list must not resolve inside a world');
  });

  it('has no route beyond its own loopback', async () => {
    const probe = `require('node:net').connect({ host: '198.51.100.7', port: 443, timeout: 2000 }).on('error', (e) => console.log(e.code)).on('timeout', () => console.log('timeout')).on('connect', () => console.log('connected'));`;
    const run = await runNodeInWorld({}, '-e', [probe], { killAfterMs: 10_000 });
    assert.equal(run.code, 0, run.stderr);
    assert.notEqual(run.stdout.trim(), 'connected');
    assert.match(run.stdout.trim(), /ENETUNREACH|EHOSTUNREACH|ECONNREFUSED|timeout/);
  });
});
