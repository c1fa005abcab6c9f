// The web console's files (built by `npm run build` into dist/console/) at /__sandbox/console/,
// and a pointer page at / and /__sandbox to it and to the served API documents. They hold
// no state, so they are served without the admin token: every call the console makes goes to
// the guarded control plane, and with an admin token configured it asks for the token.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import { packageFile } from '../platform/package-files.js';

export const CONSOLE_PATH = '/__sandbox/console/';
const CONSOLE_DIR = packageFile('dist', 'console');
/** The console loads nothing from elsewhere; the browser enforces it. */
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

const links = {
  console: CONSOLE_PATH,
  controlPlane: '/__sandbox/sandbox.yaml',
  partnerApi: '/openapi.yaml',
};

function pointer(req: Request, res: Response): void {
  res.set('Cache-Control', 'no-store');
  if (!req.accepts('html') || req.accepts(['json', 'html']) === 'json') {
    res.json({ name: 'vipm-sim', console: links.console, documents: { controlPlane: links.controlPlane, partnerApi: links.partnerApi } });
    return;
  }
  res.set('Content-Security-Policy', CSP).type('html').send(`<!doctype html><html lang="en"><meta charset="utf-8"><title>vipm-sim</title>
<h1>vipm-sim</h1><ul>
<li><a href="${links.console}">Sandbox console</a></li>
<li><a href="${links.controlPlane}">Control plane API (sandbox.yaml)</a></li>
<li><a href="${links.partnerApi}">Simulated Partner API (openapi.yaml)</a></li>
</ul><p>docs/sandbox.md and docs/console.md ship in the package.</p></html>`);
}

function consoleFile(res: Response, file: string, cacheControl: string): void {
  res.set('Content-Security-Policy', CSP).set('X-Content-Type-Options', 'nosniff').set('Cache-Control', cacheControl);
  res.sendFile(file, { root: CONSOLE_DIR, dotfiles: 'deny', cacheControl: false, lastModified: false, etag: false });
}

/** Vite names assets by their content hash: they never change; index.html always may. */
const ASSET = /^[\w.-]+\.(?:js|css|svg|png|woff2)$/;

/** The operations of contracts/sandbox.yaml that serve the console and point to it. */
export function consoleHandlers(): Record<string, RequestHandler> {
  return {
    home: pointer,
    sandboxHome: pointer,
    webConsoleRedirect: (_req, res) => res.redirect(301, CONSOLE_PATH),
    webConsole: (_req, res) => {
      if (!existsSync(CONSOLE_DIR)) {
        res.status(503).type('text').send('The console is not built: run `npm run build`.');
        return;
      }
      consoleFile(res, 'index.html', 'no-cache');
    },
    webConsoleAsset: (req, res, next) => {
      const file = String(req.params.file);
      if (!ASSET.test(file) || !existsSync(join(CONSOLE_DIR, 'assets', file))) return next();
      consoleFile(res, `assets/${file}`, 'public, max-age=31536000, immutable');
    },
  };
}

