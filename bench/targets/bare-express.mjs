// The bare Express 5 baseline: parses the JSON body like the simulator's routes do and answers the
// response document the simulator gave for the same method and path (captured by the benchmark
// into a file), with the same X-Correlation-Id / X-Request-Id echo. Nothing else: no auth, no
// rules, no state. Plain JS in a process of its own:
//   node bench/targets/bare-express.mjs --port 4000 --responses responses.json
// responses.json: { "PATCH /v3/customers/9876543210": { "status": 200, "headers": {...}, "body": <JSON> }, ... }
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import express from 'express';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

const port = Number(option('port', '0'));
const responsesFile = option('responses');
const responses = new Map(Object.entries(responsesFile ? JSON.parse(readFileSync(responsesFile, 'utf8')) : {}));

const app = express();
app.disable('x-powered-by');
app.set('etag', false);
app.use(express.json({ limit: '1mb' }));

app.get('/partnerservice/ping', (_req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('pong');
});

app.use((req, res) => {
  const answer = responses.get(`${req.method} ${req.path}`);
  if (!answer) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ code: '404', message: `no captured response for ${req.method} ${req.path}`, additionalDetails: [] }));
    return;
  }
  const text = JSON.stringify(answer.body);
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  res.setHeader('X-Correlation-Id', req.get('x-correlation-id') ?? '');
  res.setHeader('X-Request-Id', req.get('x-request-id') ?? randomUUID());
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
});

const server = app.listen(port, '127.0.0.1', () => {
  console.log(`bare-express listening on http://127.0.0.1:${server.address().port}`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
