// npm run bench:record [-- --requests N]: what the recording proxy adds to a request, how fast a
// recording replays, and what reading the largest recording accepted costs. Everything runs in
// this process (a simulator standing in for Adobe, the proxy, the replay's simulator): the
// numbers compare paths, they are not a load test (npm run bench is).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../server/index.js';
import { startRecordingProxy } from '../server/record/proxy.js';
import { RECORDING_LIMITS } from '../server/record/recording.js';
import { parseRecording, readRecording } from '../server/record/recording-file.js';
import { replayRecording } from '../server/record/replay.js';

const at = process.argv.indexOf('--requests');
const REQUESTS = at > 0 ? Number(process.argv[at + 1]) : 300;
const ROUNDS = 3;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function token(url: string): Promise<string> {
  const answer = await fetch(`${url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) });
  return ((await answer.json()) as { access_token: string }).access_token;
}

async function timedGets(url: string, bearer: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const answer = await fetch(`${url}/v3/customers/9876543210`, { headers: { authorization: `Bearer ${bearer}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': randomUUID() } });
    await answer.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

const dir = mkdtempSync(join(tmpdir(), 'vipm-bench-record-'));
const upstream = await startSimulator();
const out = join(dir, 'bench.jsonl');
const proxy = await startRecordingProxy({ out, upstream: upstream.url });
try {
  const bearer = await token(proxy.url);
  const direct: number[] = [];
  const proxied: number[] = [];
  await timedGets(upstream.url, bearer, 20);
  for (let round = 0; round < ROUNDS; round++) {
    direct.push(...await timedGets(upstream.url, bearer, REQUESTS / ROUNDS));
    proxied.push(...await timedGets(proxy.url, bearer, REQUESTS / ROUNDS));
  }
  await proxy.stop();
  const exchanges = proxy.count;
  console.log(`GET /v3/customers/9876543210, ${direct.length} sequential requests each way, in ${ROUNDS} interleaved rounds:`);
  console.log(`  direct   p50 ${ms(percentile(direct, 50))}, p99 ${ms(percentile(direct, 99))}`);
  console.log(`  proxied  p50 ${ms(percentile(proxied, 50))}, p99 ${ms(percentile(proxied, 99))} (recorded, masked, contract-checked)`);
  console.log(`  the proxy adds ${ms(percentile(proxied, 50) - percentile(direct, 50))} at p50`);
  console.log(`recording: ${exchanges} exchanges, ${(statSync(out).size / exchanges).toFixed(0)} bytes each`);

  const recording = readRecording(out);
  const started = performance.now();
  const report = await replayRecording({ recording, clock: 'off' });
  const replayMs = performance.now() - started;
  console.log(`replay of ${recording.exchanges.length} exchanges (a simulator started and stopped in-process): ${ms(replayMs)}, ${ms(replayMs / recording.exchanges.length)} each; ${report.summary.same} same, ${report.summary.different} different`);

  const [header, first] = readFileSync(out, 'utf8').split('\n');
  const line = (seq: number) => first.replace(/^\{"seq":\d+/, `{"seq":${seq}`);
  const largest = [header, ...Array.from({ length: RECORDING_LIMITS.maxExchanges }, (_, i) => line(i + 1))].join('\n');
  const heapBefore = process.memoryUsage().heapUsed;
  const parseStarted = performance.now();
  const parsed = parseRecording(largest);
  console.log(`reading the largest recording accepted (${parsed.exchanges.length} exchanges, ${(Buffer.byteLength(largest) / 1024 / 1024).toFixed(1)} MB): ${ms(performance.now() - parseStarted)}, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(0)} MB`);
  const oversized = `${header}\n${'{}\n'.repeat(RECORDING_LIMITS.maxExchanges + 1)}`;
  const refuseStarted = performance.now();
  try {
    parseRecording(oversized);
  } catch (error) {
    console.log(`refusing one exchange too many: ${ms(performance.now() - refuseStarted)} (${(error as Error).message})`);
  }
} finally {
  await upstream.stop();
  rmSync(dir, { recursive: true, force: true });
}
