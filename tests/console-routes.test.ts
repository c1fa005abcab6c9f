// The console's files, the API documents and the pointer pages: what they answer, with which
// content types and cache headers, and that the control plane behind them stays guarded.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../server/index.js';

describe('web console routes', () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startSimulator({ adminToken: 'routes-token' });
  });
  after(() => sim.stop());
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${sim.url}${path}`, { headers, redirect: 'manual' });

  it('serves the console page without the admin token, never cached, loading nothing from elsewhere', async () => {
    const res = await get('/__sandbox/console/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.match(res.headers.get('content-security-policy')!, /default-src 'self'/);
    const html = await res.text();
    assert.doesNotMatch(html, /https?:\/\//, 'no URL elsewhere');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
    assert.ok(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css')), `assets: ${assets}`);
    for (const asset of assets) {
      const file = await get(`/__sandbox/console/${asset}`);
      assert.equal(file.status, 200, asset);
      assert.match(file.headers.get('content-type')!, asset.endsWith('.js') ? /^(text|application)\/javascript/ : /^text\/css/);
      assert.equal(file.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.doesNotMatch(await file.text(), /https?:\/\/(?!www\.w3\.org)[a-z]/i, `${asset} loads nothing from elsewhere`);
    }
  });

  it('keeps the control plane the console calls behind the admin token', async () => {
    assert.equal((await get('/__sandbox/clock')).status, 401);
    assert.equal((await get('/__sandbox/clock', { authorization: 'Bearer routes-token' })).status, 200);
    assert.equal((await get('/__sandbox/console/missing.js')).status, 401, 'an unknown file falls through to the guarded control plane');
  });

  it('points / and /__sandbox to the console and the API documents, which it serves', async () => {
    for (const path of ['/', '/__sandbox']) {
      const json = await get(path, { accept: 'application/json' });
      assert.equal(json.status, 200);
      const body = await json.json();
      assert.equal(body.console, '/__sandbox/console/');
      const html = await (await get(path, { accept: 'text/html' })).text();
      assert.match(html, /href="\/__sandbox\/console\/"/);
      for (const [name, doc] of Object.entries<string>(body.documents)) {
        const res = await get(doc, { authorization: 'Bearer routes-token' });
        assert.equal(res.status, 200, name);
        assert.match(res.headers.get('content-type')!, /^application\/yaml/);
        assert.equal(await res.text(), readFileSync(`contracts/${doc.split('/').pop()}`, 'utf8'));
      }
    }
    const redirect = await get('/__sandbox/console');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/__sandbox/console/');
  });

  it('the start-up banner prints the console URL, which answers the console', async () => {
    const child = spawn(process.execPath, ['bin/vipm-sim.js', 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const found = /console: (http:\/\/\S+)/.exec(out);
          if (found) resolve(found[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      assert.match(url, /\/__sandbox\/console\/$/);
      const res = await fetch(url);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /<div id="app">/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
