// The HTTP server's own defences, below Express: requests Node's parser rejects, and HTTP/1.1
// requests without a Host header (which Node would answer with an empty 400), get an
// Adobe-shaped answer (IMS's on the token endpoints) instead of an empty one, and slow or idle
// clients cannot hold the server.
import { STATUS_CODES, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { errors, type AdobeError } from '../domain/protocol/errors.js';
import type { FairScheduler } from './fair-scheduler.js';
import { shapedError } from './fallbacks.js';

/**
 * Connections the kernel may hold for accepting. Node's default (511) overflows when a thousand
 * clients connect at once: the overflowing handshakes are dropped and retried with backoff, so a
 * new client waited 10–20 s behind a flood. Linux caps it at net.core.somaxconn.
 */
export const LISTEN_BACKLOG = 4096;

/** How long a client may take to send its headers, and its whole request; idle keep-alive time. */
export const SERVER_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

function parserError(code: string | undefined): AdobeError {
  if (code === 'HPE_HEADER_OVERFLOW') return errors.headersTooLarge([], 'Request header fields too large: headers and URL may take 16 KB together');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return errors.requestTimeout();
  return errors.invalidFields([], `Some fields are invalid: the request is not valid HTTP (${code ?? 'unparsable'})`);
}

/** The path of the request line among the bytes the parser read, when it got that far. */
function requestPath(raw: Buffer | undefined): string {
  const line = raw?.subarray(0, 8192).toString('latin1').split('\r\n', 1)[0] ?? '';
  return line.split(' ')[1] ?? '';
}

function writeRaw(socket: Duplex, path: string, error: AdobeError): void {
  const shaped = shapedError(path, error);
  const body = JSON.stringify(shaped.body);
  socket.end(`HTTP/1.1 ${shaped.status} ${STATUS_CODES[shaped.status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** HTTP/1.1 requires Host (RFC 9112 §3.2): without it, a 400 that says so, before the app sees the request. */
function requireHost(server: Server): void {
  (server as Server & { requireHostHeader: boolean }).requireHostHeader = false;
  const app = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.host !== undefined || req.httpVersion !== '1.1') {
      for (const listener of app) listener(req, res);
      return;
    }
    writeShaped(res, req.url ?? '', errors.invalidFields(['Host'], 'Some fields are invalid: an HTTP/1.1 request needs a Host header'));
  });
}

function writeShaped(res: ServerResponse, path: string, error: AdobeError): void {
  const shaped = shapedError(path, error);
  const body = JSON.stringify(shaped.body);
  res.writeHead(shaped.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Connection: 'close' }).end(body);
}

export function guardServer(server: Server, scheduler?: FairScheduler): Server {
  scheduler?.watch(server);
  server.headersTimeout = SERVER_TIMEOUTS.headersMs;
  server.requestTimeout = SERVER_TIMEOUTS.requestMs;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveMs;
  requireHost(server);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    writeRaw(socket, requestPath((error as { rawPacket?: Buffer }).rawPacket), parserError(error.code));
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => writeShaped(res, req.url ?? '', errors.expectationFailed()));
  return server;
}
