// The results: Markdown tables (printed, and written between the markers of
// docs/performance.md), the targets with PASS/MISS, and the JSON document.
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { Summary } from './measure.js';

export interface TargetRun {
  target: string;
  summary: Summary;
  /** VmHWM of the target process over this scenario's runs, bytes (NaN when unknown). */
  peakRss: number;
}

export interface ScenarioResult {
  id: string;
  title: string;
  runs: TargetRun[];
}

export interface Goal {
  name: string;
  goal: string;
  measured: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
}

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
  memoryGb: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
}

export interface Results {
  mode: 'full' | 'quick';
  profiled: boolean;
  date: string;
  durationS: number;
  /** The commit the simulator was built from. */
  build?: string;
  machine: Machine;
  settings: Record<string, number>;
  main: ScenarioResult[];
  startup: { simulatorSamplesMs: number[]; simulatorMedianMs: number; others: Record<string, number> };
  rssAfter: Array<{ scenario: string; requests: number; rps: number; rssBytes: number; peakBytes: number; errors: number; statuses: Record<string, number> }>;
  scale: { customers: number; small: number; startupMs: number; rssBytes: number; groups: ScenarioResult[] };
  stores: { groups: ScenarioResult[]; skipped: Record<string, string> };
  reset: { customers: number; samplesMs: number[]; medianMs: number };
  goals: Goal[];
  profile?: { file: string; top: string };
}

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return {
    nproc: availableParallelism(),
    cpu,
    node: process.version,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const mb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(0) : '—');
const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '—');
const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

export function statusText(statuses: Record<string, number>): string {
  const entries = Object.entries(statuses).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return '—';
  if (entries.length === 1) return entries[0][0];
  return entries.map(([s, n]) => `${s}×${n}`).join(' ');
}

function run(result: ScenarioResult, target: string): TargetRun | undefined {
  return result.runs.find((r) => r.target === target);
}

function mainTable(results: ScenarioResult[]): string {
  const lines = [
    '| scenario | target | status | req/s | p50 ms | p99 ms | peak RSS MB | errors | × bare Express | × Prism | × Prism -v silent |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const s of results) {
    const bare = run(s, 'bare-express')?.summary.rps ?? NaN;
    const prism = run(s, 'prism')?.summary.rps ?? NaN;
    const silent = run(s, 'prism-silent')?.summary.rps ?? NaN;
    for (const r of s.runs) {
      const self = r.target === 'simulator';
      lines.push(`| ${self ? s.title : ''} | ${r.target} | ${statusText(r.summary.statuses)} | ${int(r.summary.rps)} | ${ms(r.summary.p50)} | ${ms(r.summary.p99)} | ${mb(r.peakRss)} | ${int(r.summary.errors)} | ${r.target === 'bare-express' ? '' : ratio(r.summary.rps, bare)} | ${r.target === 'prism' ? '' : ratio(r.summary.rps, prism)} | ${r.target === 'prism-silent' ? '' : ratio(r.summary.rps, silent)} |`);
    }
  }
  return lines.join('\n');
}

/** Targets as columns of one scenario group, with ratios to the first target. */
function groupTable(groups: ScenarioResult[], reference: string): string {
  const lines = ['| scenario | target | status | req/s | p50 ms | p99 ms | mean ms | peak RSS MB | errors | × ' + reference + ' |', '|---|---|---|--:|--:|--:|--:|--:|--:|--:|'];
  for (const g of groups) {
    const ref = run(g, reference);
    g.runs.forEach((r, i) => {
      lines.push(`| ${i === 0 ? g.title : ''} | ${r.target} | ${statusText(r.summary.statuses)} | ${int(r.summary.rps)} | ${ms(r.summary.p50)} | ${ms(r.summary.p99)} | ${ms(r.summary.mean)} | ${mb(r.peakRss)} | ${int(r.summary.errors)} | ${r.target === reference ? '' : ratio(r.summary.rps, ref?.summary.rps ?? NaN)} |`);
    });
  }
  return lines.join('\n');
}

export function goalsTable(goals: Goal[]): string {
  const lines = ['| target | goal | measured | result |', '|---|---|---|---|'];
  for (const g of goals) lines.push(`| ${g.name} | ${g.goal} | ${g.measured} | ${g.pass === undefined ? 'not measured' : g.pass ? 'PASS' : 'MISS'} |`);
  return lines.join('\n');
}

export function markdown(r: Results): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`Run of ${r.date} (${r.mode} mode${r.profiled ? ', with CPU profiling: slower than usual' : ''}, ${Math.round(r.durationS)} s) of simulator build ${r.build ?? 'unknown'}: ${m.nproc} cores, ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}; load average ${m.loadAverageAtStart.join(' / ')} at start${m.loadAverageAtEnd ? `, ${m.loadAverageAtEnd.join(' / ')} at end` : ''}.`);
  out.push(`Settings: ${Object.entries(r.settings).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  out.push('', '### Targets', '', goalsTable(r.goals));
  out.push('', '### Scenarios (simulator in memory, default fixtures) against the baselines', '', mainTable(r.main));
  out.push('', '### Start-up and memory', '');
  out.push('| measure | value |', '|---|---|');
  out.push(`| simulator start-up to the first 200 on /partnerservice/ping (median of ${r.startup.simulatorSamplesMs.length}) | ${ms(r.startup.simulatorMedianMs)} ms (${r.startup.simulatorSamplesMs.map((v) => v.toFixed(0)).join(', ')}) |`);
  for (const [name, v] of Object.entries(r.startup.others)) out.push(`| start-up of ${name} (one start) | ${ms(v)} ms |`);
  for (const x of r.rssAfter) out.push(`| RSS after ${int(x.requests)} requests of ${x.scenario} (fresh process; peak) | ${mb(x.rssBytes)} MB (peak ${mb(x.peakBytes)} MB; ${int(x.rps)} req/s, ${statusText(x.statuses)}, ${int(x.errors)} errors) |`);
  out.push(`| simulator with ${int(r.scale.customers)} customers: start-up, RSS when ready | ${ms(r.scale.startupMs)} ms, ${mb(r.scale.rssBytes)} MB |`);
  out.push(`| POST /__sandbox/reset with ${int(r.reset.customers)} customers (client-measured, median of ${r.reset.samplesMs.length}) | ${ms(r.reset.medianMs)} ms (${r.reset.samplesMs.map((v) => v.toFixed(0)).join(', ')}) |`);
  out.push('', `### ${int(r.scale.customers)} customers against ${int(r.scale.small)} (memory store)`, '', groupTable(r.scale.groups, `memory-${r.scale.small}`));
  out.push('', `### Stores (${int(r.scale.small)} customers)`, '', groupTable(r.stores.groups, `memory-${r.scale.small}`));
  for (const [store, why] of Object.entries(r.stores.skipped)) out.push('', `${store}: not measured (${why}).`);
  if (r.profile) out.push('', `### CPU profile (${r.profile.file})`, '', '```', r.profile.top, '```');
  return out.join('\n');
}

/** Writes JSON through a .tmp file, so a reader never sees half of it. */
export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, file);
}

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** Replaces what is between the markers of docs/performance.md (appends them when missing). */
export function refreshDocs(file: string, table: string): void {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '# Performance\n';
  }
  const block = `${START}\n${table}\n${END}`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
