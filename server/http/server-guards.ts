// The HTTP server's own defences, below Express: requests Node's parser rejects get an
// Adobe-shaped answer instead of an empty one, and slow or idle clients cannot hold the server.
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errors, type AdobeError } from '../domain/protocol/errors.js';
import type { FairScheduler } from './fair-scheduler.js';

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

function writeRaw(socket: Duplex, error: AdobeError): void {
  const body = JSON.stringify(error.toBody());
  socket.end(`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

export function guardServer(server: Server, scheduler?: FairScheduler): Server {
  scheduler?.watch(server);
  server.headersTimeout = SERVER_TIMEOUTS.headersMs;
  server.requestTimeout = SERVER_TIMEOUTS.requestMs;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveMs;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    writeRaw(socket, parserError(error.code));
  });
  server.on('checkExpectation', (_req, res) => {
    const error = errors.expectationFailed();
    const body = JSON.stringify(error.toBody());
    res.writeHead(error.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Connection: 'close' }).end(body);
  });
  return server;
}
