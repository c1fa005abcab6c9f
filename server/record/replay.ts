// `vipm-sim replay`: sends a recording's requests, in order, to a simulator (one started in this
// process, or --url), with the replay's own credentials, the ids the simulator generated in place
// of Adobe's, fresh correlation and request ids, and the simulated clock moved on by the gaps
// between the recorded requests; then compares each answer with the recorded one.
import { randomUUID } from 'node:crypto';
import { startSimulator, type RunningSimulator } from '../index.js';
import { connectSimulator } from '../control-plane/http-client.js';
import type { ControlPlane } from '../control-plane/control-plane.js';
import { bodyText, captureBody, exchangeHeaders, recordedHeaders, recordedQuery } from './bodies.js';
import { compareAnswers, ignoreMatcher } from './compare.js';
import { learnIds } from './id-map.js';
import { MAX_ANSWER_BYTES, readAnswer, TooLarge } from './proxy.js';
import { IdTable } from './ids.js';
import type { Exchange, RecordedBody, RecordedRequest, Recording } from './recording.js';
import { maskedBody } from './recording-file.js';
import { summarise, type ExchangeResult, type ReplayReport } from './report.js';

export interface ReplayOptions {
  recording: Recording;
  /** Where the recording came from, for the report. */
  recordingName?: string;
  /** A running simulator; by default one is started in this process and stopped afterwards. */
  url?: string;
  adminToken?: string;
  /** Reset the simulator at `url` to its fixtures first (through its control plane), so that earlier runs leave nothing behind. */
  reset?: boolean;
  /** Fixtures of the simulator started in this process (default: the shipped ones). */
  fixtures?: string;
  clientId?: string;
  clientSecret?: string;
  /** `gaps`: the simulated clock moves on by each gap of a second or more between recorded requests; `off`: left alone. */
  clock?: 'gaps' | 'off';
  /** Ids known beforehand: the recording's id → the simulator's (the partner's reseller → a fixture's). */
  ids?: Array<[string, string]>;
  /** Field paths not compared (`message`, `items[*].creationDate`). */
  ignore?: string[];
}

export class ReplayError extends Error {}

/** Gaps shorter than this are not worth a clock change. */
export const CLOCK_MIN_GAP_MS = 1000;
const REPLAY_TIMEOUT_MS = 30_000;

const isTokenPath = (path: string) => path.startsWith('/ims/');

/** The client the recording was made with: its first token request's, or its first API key. */
function recordedClient(recording: Recording): string | undefined {
  for (const { request } of recording.exchanges) {
    if (isTokenPath(request.path)) return request.body?.form?.client_id ?? new URLSearchParams(request.query).get('client_id') ?? undefined;
    if (request.headers['x-api-key']) return request.headers['x-api-key'];
  }
  return undefined;
}

/** The masked tokens the recorded token answers issued (their last characters tell them apart). */
function recordedTokens(recording: Recording): Set<string> {
  const tokens = new Set<string>();
  for (const { request, response } of recording.exchanges) {
    const token = (response.body?.json as { access_token?: unknown } | undefined)?.access_token;
    if (isTokenPath(request.path) && typeof token === 'string') tokens.add(`Bearer ${token}`);
  }
  return tokens;
}

class Replayer {
  private readonly ids = new IdTable();
  private readonly fresh = new Map<string, string>();
  private readonly client: string | undefined;
  private readonly tokens: Set<string>;
  private token = '';

  constructor(private readonly base: string, private readonly options: ReplayOptions & { clientId: string; clientSecret: string }) {
    for (const [from, to] of options.ids ?? []) this.ids.set(from, to);
    this.client = recordedClient(options.recording);
    this.tokens = recordedTokens(options.recording);
  }

  /** One fresh value per recorded correlation or request id: a retry in the recording stays a retry. */
  private freshId(recorded: string): string {
    let id = this.fresh.get(recorded);
    if (!id) this.fresh.set(recorded, (id = randomUUID()));
    return id;
  }

  async obtainToken(): Promise<void> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.options.clientId, client_secret: this.options.clientSecret, scope: 'openid,AdobeID,read_organizations' });
    const answer = await fetch(`${this.base}/ims/token/v3`, { method: 'POST', body: form, signal: AbortSignal.timeout(REPLAY_TIMEOUT_MS) }).catch((error: Error) => {
      throw new ReplayError(`the simulator at ${this.base} cannot be reached (${(error.cause as Error | undefined)?.message ?? error.message})`);
    });
    const body = (await answer.json().catch(() => ({}))) as { access_token?: string };
    if (!answer.ok || typeof body.access_token !== 'string') throw new ReplayError(`the simulator at ${this.base} gives client ${this.options.clientId} no token (${answer.status}): check --client-id and --client-secret`);
    this.token = body.access_token;
  }

  private headers(request: RecordedRequest): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (name === 'authorization') {
        // The recording's own tokens (or any, when it holds no token answer) become the replay's; another stays as recorded, masked.
        out[name] = !this.tokens.size || this.tokens.has(value) ? `Bearer ${this.token}` : value;
      } else if (name === 'x-api-key') out[name] = value === this.client ? this.options.clientId : value;
      else if (name === 'x-correlation-id' || name === 'x-request-id') out[name] = this.freshId(value);
      else if (!value.includes('****')) out[name] = this.ids.substitute(value);
    }
    return out;
  }

  private credentials(fields: Record<string, string>): Record<string, string> {
    const out = { ...fields };
    if ('client_id' in out && out.client_id === this.client) out.client_id = this.options.clientId;
    if ('client_secret' in out) out.client_secret = this.options.clientSecret;
    return out;
  }

  private body(request: RecordedRequest): RecordedBody | undefined {
    const body = request.body;
    if (!body) return undefined;
    if (body.form) return { ...body, form: isTokenPath(request.path) ? this.credentials(body.form) : this.ids.substituteInJson(body.form) };
    if (body.text !== undefined) return { ...body, text: this.ids.substitute(body.text) };
    return { ...body, json: this.ids.substituteInJson(body.json) };
  }

  private query(request: RecordedRequest): string {
    if (!isTokenPath(request.path)) return this.ids.substitute(request.query);
    return new URLSearchParams(this.credentials(Object.fromEntries(new URLSearchParams(request.query)))).toString();
  }

  async replay(exchange: Exchange): Promise<ExchangeResult> {
    const { request } = exchange;
    const result = { seq: exchange.seq, at: exchange.at, method: request.method, path: request.path, recorded: { request, response: exchange.response } };
    if (request.body?.truncated) return { ...result, verdict: 'not-replayed', differences: [], note: 'the request body was longer than a recording keeps' };
    const sent: RecordedRequest = { method: request.method, path: this.ids.substitute(request.path), query: this.query(request), headers: this.headers(request), body: this.body(request) };
    const url = `${this.base}${sent.path}${sent.query ? `?${sent.query}` : ''}`;
    let answer: Response;
    let raw: Buffer;
    try {
      answer = await fetch(url, { method: sent.method, headers: sent.headers, body: bodyText(sent.body), redirect: 'manual', signal: AbortSignal.timeout(REPLAY_TIMEOUT_MS) });
      raw = await readAnswer(answer);
    } catch (error) {
      const reason = error instanceof TooLarge ? `its answer is larger than ${MAX_ANSWER_BYTES} bytes` : ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      return { ...result, verdict: 'not-replayed', differences: [], note: `the simulator did not answer (${reason})` };
    }
    const headers = exchangeHeaders(answer.headers);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      // not JSON: nothing to learn from
    }
    if (isTokenPath(request.path) && answer.ok && typeof (parsed as { access_token?: unknown })?.access_token === 'string') this.token = (parsed as { access_token: string }).access_token;
    learnIds(this.ids, exchange.response.body?.json, parsed);
    const replayed = { status: answer.status, headers: recordedHeaders(headers), body: captureBody(raw, headers['content-type']) };
    const maskedSent = { ...sent, query: recordedQuery(sent.query), headers: recordedHeaders(sent.headers), body: maskedBody(sent.body) };
    const comparison = compareAnswers(exchange.response, replayed, this.ids, ignoreMatcher(this.options.ignore ?? []));
    return { ...result, ...comparison, replayed: { request: maskedSent, response: replayed } };
  }

  mappedIds(): Array<[string, string]> {
    return this.ids.entries();
  }
}

/** Whole seconds, as an ISO 8601 duration the control plane takes. */
const isoSeconds = (ms: number) => `PT${Math.floor(ms / 1000)}S`;

export async function replayRecording(options: ReplayOptions): Promise<ReplayReport> {
  let running: RunningSimulator | undefined;
  let control: ControlPlane;
  let base: string;
  if (options.url) {
    base = options.url.replace(/\/+$/, '');
    control = connectSimulator(base, { adminToken: options.adminToken });
    if (options.reset) {
      await control.reset().catch((error: Error) => {
        throw new ReplayError(`the simulator at ${base} cannot be reset (${error.message}): give --admin-token, or leave out --reset`);
      });
    }
  } else {
    running = await startSimulator({ fixtures: options.fixtures });
    base = running.url;
    control = running.sandbox;
  }
  try {
    const replayer = new Replayer(base, { ...options, clientId: options.clientId ?? 'vipm-sim-client', clientSecret: options.clientSecret ?? 'vipm-sim-secret' });
    await replayer.obtainToken();
    const results: ExchangeResult[] = [];
    let previous: number | undefined;
    for (const exchange of options.recording.exchanges) {
      const at = Date.parse(exchange.at);
      if (options.clock !== 'off' && previous !== undefined && at - previous >= CLOCK_MIN_GAP_MS) {
        await control.advanceClock(isoSeconds(at - previous)).catch((error: Error) => {
          throw new ReplayError(`the simulator's clock cannot be moved on (${error.message}): give --admin-token, or --clock off`);
        });
      }
      previous = at;
      results.push(await replayer.replay(exchange));
    }
    const { header } = options.recording;
    return {
      recording: { name: options.recordingName ?? 'recording', recordedAt: header.recordedAt, upstream: header.upstream, note: header.note, anonymised: header.anonymised },
      target: options.url ? base : `a simulator in this process (${options.fixtures ?? 'fixtures/default.json'})`,
      replayedAt: new Date().toISOString(),
      summary: summarise(results),
      mappedIds: Object.fromEntries(replayer.mappedIds()),
      exchanges: results,
    };
  } finally {
    await running?.stop();
  }
}
