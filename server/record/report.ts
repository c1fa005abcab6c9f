// The replay's report: per exchange a verdict and its differences, the recorded and replayed
// exchanges (masked) for the HTML page, and a summary. As text for the terminal here; as a page
// in report-html.ts; as JSON as it is.
import type { Difference, Verdict } from './compare.js';
import type { RecordedRequest, RecordedResponse, RecordingHeader } from './recording.js';

export interface ExchangeResult {
  seq: number;
  at: string;
  method: string;
  /** The recorded path. */
  path: string;
  verdict: Verdict;
  differences: Difference[];
  note?: string;
  recorded: { request: RecordedRequest; response: RecordedResponse };
  /** What the replay sent and got (absent when it was not replayed). */
  replayed?: { request: RecordedRequest; response: RecordedResponse };
}

export type Summary = Record<Verdict, number>;

export interface ReplayReport {
  recording: Pick<RecordingHeader, 'recordedAt' | 'upstream' | 'note' | 'anonymised'> & { name: string };
  target: string;
  replayedAt: string;
  summary: Summary;
  /** The recording's ids and the simulator's that replaced them. */
  mappedIds: Record<string, string>;
  exchanges: ExchangeResult[];
}

export function summarise(results: ExchangeResult[]): Summary {
  const summary: Summary = { same: 0, different: 0, 'not-simulated': 0, 'not-replayed': 0 };
  for (const r of results) summary[r.verdict]++;
  return summary;
}

/** Whether the report should fail a CI job: something differs. */
export const hasDifferences = (report: ReplayReport) => report.summary.different > 0;

/** A value as the text report shows it: JSON, at most 200 characters; `(absent)` for a missing field. */
export function shown(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export const summaryLine = (s: Summary) =>
  `${s.same} same, ${s.different} different, ${s['not-simulated']} not simulated, ${s['not-replayed']} not replayed`;

export function textReport(report: ReplayReport): string {
  const lines = [`replay of ${report.recording.name} (recorded ${report.recording.recordedAt} against ${report.recording.upstream.api}) on ${report.target}`];
  for (const r of report.exchanges) {
    lines.push(`#${r.seq} ${r.method} ${r.path}  ${r.verdict.replace('-', ' ')}${r.note ? ` (${r.note})` : ''}`);
    for (const d of r.differences) lines.push(`    ${d.path}: recorded ${shown(d.recorded)}, replayed ${shown(d.replayed)}`);
  }
  lines.push(summaryLine(report.summary));
  return lines.join('\n');
}
