// One load run with autocannon (10 keep-alive connections over loopback), and the statistics.
// It runs in the load generator's process (load-worker.ts), not in the benchmark's.
// Latencies come from autocannon's per-response event (float ms), not its 1 ms histogram, so a
// p50 of 1.4 ms is not reported as 1.
import autocannon, { type RequestSpec } from 'autocannon';

export interface Load {
  connections?: number;
  /** Seconds; or `amount` requests. */
  duration?: number;
  amount?: number;
}

export interface RunResult {
  /** Responses received. */
  responses: number;
  elapsedMs: number;
  /** Responses per second over the run. */
  rps: number;
  /** Status → count. */
  statuses: Record<string, number>;
  /** Answers with a status the scenario does not expect, plus connection errors and timeouts. */
  errors: number;
  latencies: Float64Array;
}

export function runLoad(url: string, spec: RequestSpec, load: Load, expected: number[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    let latencies = new Float64Array(load.amount ?? 65_536);
    let count = 0;
    const statuses: Record<string, number> = {};
    let unexpected = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        connections: load.connections ?? 10,
        ...(load.amount ? { amount: load.amount } : { duration: load.duration ?? 5 }),
        timeout: 10,
        // autocannon stops a run only on its sample tick (1 s by default): 100 ms keeps short runs short.
        sampleInt: 100,
        requests: [spec],
      },
      (error, result) => {
        if (error) return reject(error);
        const elapsedMs = performance.now() - started;
        resolve({
          responses: count,
          elapsedMs,
          rps: (count * 1000) / elapsedMs,
          statuses,
          errors: unexpected + result.errors + result.timeouts,
          latencies: latencies.subarray(0, count),
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (count === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[count++] = responseTime;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!expected.includes(status)) unexpected++;
    });
  });
}

/**
 * The same load split over several targets at once (a fleet without a balancer in front):
 * the connections divided between them, one run each, the answers counted together.
 */
export async function runSplit(urls: string[], spec: RequestSpec, load: Load, expected: number[]): Promise<RunResult> {
  if (urls.length === 1) return runLoad(urls[0], spec, load, expected);
  const connections = load.connections ?? 10;
  const runs = await Promise.all(urls.map((url, i) => runLoad(url, spec, {
    ...load,
    connections: Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0),
    ...(load.amount ? { amount: Math.ceil(load.amount / urls.length) } : {}),
  }, expected)));
  const responses = runs.reduce((n, r) => n + r.responses, 0);
  const elapsedMs = Math.max(...runs.map((r) => r.elapsedMs));
  const statuses: Record<string, number> = {};
  for (const r of runs) for (const [k, n] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + n;
  const latencies = new Float64Array(responses);
  let at = 0;
  for (const r of runs) {
    latencies.set(r.latencies, at);
    at += r.latencies.length;
  }
  return { responses, elapsedMs, rps: (responses * 1000) / elapsedMs, statuses, errors: runs.reduce((n, r) => n + r.errors, 0), latencies };
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Percentile (0–100) of a sorted array, nearest rank. */
export function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Several runs of one target on one scenario, summarised. */
export interface Summary {
  rounds: number;
  /** Median over the rounds of each round's req/s. */
  rps: number;
  /** Every round's req/s, in order. */
  rpsRounds: number[];
  /** Latency percentiles over every response of every round, ms. */
  p50: number;
  p99: number;
  mean: number;
  responses: number;
  errors: number;
  statuses: Record<string, number>;
}

export function summarise(runs: RunResult[]): Summary {
  const total = runs.reduce((n, r) => n + r.latencies.length, 0);
  const all = new Float64Array(total);
  let at = 0;
  for (const r of runs) {
    all.set(r.latencies, at);
    at += r.latencies.length;
  }
  all.sort();
  const statuses: Record<string, number> = {};
  for (const r of runs) for (const [s, n] of Object.entries(r.statuses)) statuses[s] = (statuses[s] ?? 0) + n;
  return {
    rounds: runs.length,
    rps: median(runs.map((r) => r.rps)),
    rpsRounds: runs.map((r) => Math.round(r.rps)),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    mean: total ? all.reduce((a, b) => a + b, 0) / total : NaN,
    responses: total,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    statuses,
  };
}

/** Times an async action, ms. */
export async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}
