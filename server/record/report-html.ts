// The replay's report as one self-contained HTML page (no external assets, no script): per
// exchange its verdict, its differences, and the recorded and replayed answers side by side with
// the differing fields highlighted. Everything shown is escaped; bodies are the masked ones.
import { HTTP_STATUS } from './compare.js';
import type { RecordedBody, RecordedRequest, RecordedResponse } from './recording.js';
import { shown, summaryLine, type ExchangeResult, type ReplayReport } from './report.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** Pretty JSON as HTML, each value whose path is marked wrapped in <mark>. */
function jsonHtml(value: unknown, marks: Set<string>, path = '', indent = ''): string {
  const mark = (html: string) => (marks.has(path || 'body') ? `<mark>${html}</mark>` : html);
  if (value === null || typeof value !== 'object') return mark(escapeHtml(JSON.stringify(value) ?? 'null'));
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return mark('[]');
    return mark(`[\n${value.map((v, i) => `${inner}${jsonHtml(v, marks, join(path, i), inner)}`).join(',\n')}\n${indent}]`);
  }
  const entries = Object.entries(value);
  if (!entries.length) return mark('{}');
  return mark(`{\n${entries.map(([k, v]) => `${inner}${escapeHtml(JSON.stringify(k))}: ${jsonHtml(v, marks, join(path, k), inner)}`).join(',\n')}\n${indent}}`);
}

function bodyHtml(body: RecordedBody | undefined, marks: Set<string>): string {
  if (!body) return '<span class="none">(no body)</span>';
  if (body.form) return jsonHtml(body.form, marks);
  if (body.text !== undefined) return `${escapeHtml(body.text)}${body.truncated ? `<span class="none"> … (${body.bytes} bytes, cut)</span>` : ''}`;
  return jsonHtml(body.json, marks);
}

function requestHtml(request: RecordedRequest): string {
  const headers = Object.entries(request.headers).map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`).join('\n');
  return `<details><summary>request</summary><pre>${escapeHtml(`${request.method} ${request.path}${request.query ? `?${request.query}` : ''}`)}\n${headers}\n\n${bodyHtml(request.body, new Set())}</pre></details>`;
}

function sideHtml(title: string, side: { request: RecordedRequest; response: RecordedResponse } | undefined, marks: Set<string>): string {
  if (!side) return `<div class="side"><h4>${title}</h4><p class="none">not replayed</p></div>`;
  const status = marks.has(HTTP_STATUS) ? `<mark>${side.response.status}</mark>` : String(side.response.status);
  return `<div class="side"><h4>${title}</h4><pre class="status">HTTP ${status}</pre><pre>${bodyHtml(side.response.body, marks)}</pre>${requestHtml(side.request)}</div>`;
}

function exchangeHtml(r: ExchangeResult): string {
  const marks = new Set(r.differences.map((d) => d.path));
  const differences = r.differences.length
    ? `<table class="diff"><tr><th>field</th><th>recorded</th><th>replayed</th></tr>${r.differences.map((d) => `<tr><td><code>${escapeHtml(d.path)}</code></td><td><code>${escapeHtml(shown(d.recorded))}</code></td><td><code>${escapeHtml(shown(d.replayed))}</code></td></tr>`).join('')}</table>`
    : '';
  const sides = `<div class="sides">${sideHtml('recorded', r.recorded, marks)}${sideHtml('replayed on the simulator', r.replayed, marks)}</div>`;
  return `<section class="exchange ${r.verdict}" id="exchange-${r.seq}">
<h3><span class="verdict">${r.verdict.replace('-', ' ')}</span> #${r.seq} ${escapeHtml(r.method)} <code>${escapeHtml(r.path)}</code> <small>${escapeHtml(r.at)}</small></h3>
${r.note ? `<p class="note">${escapeHtml(r.note)}</p>` : ''}${differences}
${r.verdict === 'same' ? `<details><summary>answers</summary>${sides}</details>` : sides}
</section>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f5f5f7}
header{background:#1d1d1f;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:20px}header p{margin:2px 0;color:#d0d0d5}
main{padding:16px 24px}.counts span{display:inline-block;margin-right:8px;padding:2px 10px;border-radius:12px;font-weight:600}
.exchange{background:#fff;border-radius:8px;margin:0 0 14px;padding:10px 16px;border-left:6px solid #9aa0a6}
.exchange h3{margin:4px 0 8px;font-size:15px}.exchange small{color:#6e6e73;font-weight:400}
.verdict{display:inline-block;min-width:96px;text-align:center;padding:1px 8px;border-radius:10px;font-size:12px;text-transform:uppercase;color:#fff;background:#9aa0a6;margin-right:6px}
.same{border-color:#1e8e3e}.same .verdict,.counts .same{background:#1e8e3e;color:#fff}
.different{border-color:#d93025}.different .verdict,.counts .different{background:#d93025;color:#fff}
.not-simulated{border-color:#e37400}.not-simulated .verdict,.counts .not-simulated{background:#e37400;color:#fff}
.not-replayed .verdict,.counts .not-replayed{background:#5f6368;color:#fff}
.note{margin:4px 0 12px;color:#5f6368}.index{list-style:none;padding:0;margin:0 0 12px;columns:2}.index li{margin:2px 0}.index .verdict{font-size:10px;min-width:0}.index a{color:#1d1d1f}.diff{border-collapse:collapse;margin:6px 0 10px}.diff td,.diff th{border:1px solid #dadce0;padding:3px 8px;text-align:left;vertical-align:top}
.diff th{background:#f1f3f4}.sides{display:grid;grid-template-columns:1fr 1fr;gap:12px}.side h4{margin:4px 0}
pre{background:#f8f9fa;border:1px solid #e8eaed;border-radius:4px;padding:8px;margin:4px 0;overflow:auto;max-height:420px;white-space:pre-wrap;word-break:break-all;font:12px/1.4 ui-monospace,monospace}
pre.status{padding:4px 8px}mark{background:#fad2cf;color:#a50e0e;border-radius:2px}.none{color:#80868b}summary{cursor:pointer;color:#5f6368}
`;

export function htmlReport(report: ReplayReport): string {
  const s = report.summary;
  const counts = (['same', 'different', 'not-simulated', 'not-replayed'] as const).map((v) => `<span class="${v}">${s[v]} ${v.replace('-', ' ')}</span>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>vipm-sim replay: ${escapeHtml(summaryLine(s))}</title><style>${STYLE}</style></head>
<body><header><h1>Recorded answers against the simulator's</h1>
<p>Recording <b>${escapeHtml(report.recording.name)}</b>, recorded ${escapeHtml(report.recording.recordedAt)} against ${escapeHtml(report.recording.upstream.api)}${report.recording.anonymised ? ' (ids anonymised)' : ''}</p>
${report.recording.note ? `<p>${escapeHtml(report.recording.note)}</p>` : ''}<p>Replayed ${escapeHtml(report.replayedAt)} on ${escapeHtml(report.target)}</p></header>
<main><p class="counts">${counts}</p>
<ol class="index">${report.exchanges.map((r) => `<li class="${r.verdict}"><a href="#exchange-${r.seq}">#${r.seq} ${escapeHtml(r.method)} ${escapeHtml(r.path)}</a> <span class="verdict">${r.verdict.replace('-', ' ')}</span></li>`).join('')}</ol>
<p class="note">Not compared: ids the simulator generated in place of the recorded ones, dates and times, request and correlation ids, secrets, the host part of links.</p>
${report.exchanges.map(exchangeHtml).join('\n')}
</main></body></html>
`;
}
