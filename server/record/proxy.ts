// `vipm-sim record`: a recording proxy. The partner's integration calls it as it would call
// Adobe; it forwards `/ims/...` to IMS and everything else to the partner API, answers with what
// came back, and writes each exchange to the recording (masked, bounded, anonymised on demand),
// checking each answer against contracts/openapi.yaml on the way.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Contract } from '../contract/contract.js';
import { defaultContract } from '../simulator.js';
import { Anonymiser } from './anonymise.js';
import { captureBody, exchangeHeaders, recordedHeaders, recordedQuery } from './bodies.js';
import { checkRawAnswer } from './contract-check.js';
import { RECORDING_LIMITS, type Exchange } from './recording.js';
import { RecordingWriter } from './recording-file.js';

/** Adobe's sandbox, as its authentication page gives it. */
export const ADOBE_SANDBOX_API = 'https://partnersandbox-stage.adobe.io';
export const ADOBE_SANDBOX_IMS = 'https://ims-na1-stg1.adobelogin.com';

/** The proxy forwards requests up to this size, and answers up to `MAX_ANSWER_BYTES`. */
export const MAX_REQUEST_BYTES = 1024 * 1024;
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** An upstream that has not answered by then is given up on (504). */
export const UPSTREAM_TIMEOUT_MS = 120_000;

export interface RecordOptions {
  /** The recording file (overwritten). */
  out: string;
  upstream?: string;
  imsUpstream?: string;
  port?: number;
  host?: string;
  anonymise?: boolean;
  note?: string;
  /** What time it is for the recording's timestamps (default: the machine's clock). */
  now?: () => Date | Promise<Date>;
  /** Called with each exchange once written. */
  onExchange?: (exchange: Exchange) => void;
  /** Called once, when the recording holds as many exchanges as a recording may: later ones are forwarded, not recorded. */
  onFull?: () => void;
  contract?: Contract;
  /** Exchanges the recording may hold (default, and at most, RECORDING_LIMITS.maxExchanges). */
  maxExchanges?: number;
  /** How long an upstream may take to answer (default UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs?: number;
}

export interface RecordingProxy {
  url: string;
  /** Exchanges written so far. */
  readonly count: number;
  stop(): Promise<void>;
}

export class TooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** An answer's body, refused (TooLarge) beyond MAX_ANSWER_BYTES, before or while it arrives. */
export async function readAnswer(response: Response): Promise<Buffer> {
  if (Number(response.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES) throw new TooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The proxy's own failures, in Adobe's error shape. */
function proxyError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: String(status), message: `vipm-sim record: ${message}`, additionalDetails: [] }));
}

export async function startRecordingProxy(options: RecordOptions): Promise<RecordingProxy> {
  const api = (options.upstream ?? ADOBE_SANDBOX_API).replace(/\/+$/, '');
  const ims = (options.imsUpstream ?? options.upstream ?? ADOBE_SANDBOX_IMS).replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const contract = options.contract ?? defaultContract();
  const anonymiser = options.anonymise ? new Anonymiser() : undefined;
  const writer = new RecordingWriter(options.out, { recordedAt: (await now()).toISOString(), upstream: { api, ims }, anonymised: Boolean(options.anonymise), note: options.note },
    Math.min(options.maxExchanges ?? RECORDING_LIMITS.maxExchanges, RECORDING_LIMITS.maxExchanges));
  const timeoutMs = options.upstreamTimeoutMs ?? UPSTREAM_TIMEOUT_MS;
  let seq = 0;
  let reportedFull = false;

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://proxy.invalid');
    const target = `${url.pathname.startsWith('/ims/') ? ims : api}${url.pathname}${url.search}`;
    const requestHeaders = exchangeHeaders(req.headers);
    const requestBody = await readBody(req, MAX_REQUEST_BYTES);
    const at = await now();
    const started = performance.now();
    const upstream = await fetch(target, {
      method: req.method, headers: requestHeaders, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs),
      body: requestBody.length && req.method !== 'GET' && req.method !== 'HEAD' ? new Uint8Array(requestBody) : undefined,
    });
    const answer = await readAnswer(upstream);
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const answerHeaders = exchangeHeaders(upstream.headers);
    res.writeHead(upstream.status, answerHeaders);
    res.end(answer);

    if (writer.full) {
      if (!reportedFull) options.onFull?.();
      reportedFull = true;
      return;
    }
    const method = req.method ?? 'GET';
    let exchange: Exchange = {
      seq: ++seq, at: at.toISOString(), durationMs,
      request: { method, path: url.pathname, query: recordedQuery(url.search.slice(1)), headers: recordedHeaders(requestHeaders), body: captureBody(requestBody, requestHeaders['content-type']) },
      response: { status: upstream.status, headers: recordedHeaders(answerHeaders), body: captureBody(answer, answerHeaders['content-type']) },
      contract: checkRawAnswer(contract, method, url.pathname, upstream.status, answer, answerHeaders['content-type'] ?? ''),
    };
    if (anonymiser) exchange = anonymiser.apply(exchange);
    writer.write(exchange);
    options.onExchange?.(exchange);
  }

  const server: Server = createServer((req, res) => {
    forward(req, res).catch((error: Error) => {
      if (error instanceof TooLarge) proxyError(res, 413, `a request or answer larger than the proxy forwards (${MAX_REQUEST_BYTES} / ${MAX_ANSWER_BYTES} bytes)`);
      else if (error.name === 'TimeoutError') proxyError(res, 504, `the upstream did not answer within ${timeoutMs / 1000} s`);
      else proxyError(res, 502, `the upstream could not be reached (${(error as { cause?: Error }).cause?.message ?? error.message})`);
    });
  });
  server.requestTimeout = timeoutMs + 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    get count() {
      return writer.count;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      writer.close();
    },
  };
}
