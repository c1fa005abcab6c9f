// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, for the console's tests.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.VIPM_SIM_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Where a failing test leaves its screenshot (gitignored). */
export const FAILURE_SHOTS = join('tests', 'screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
  /** On failure: a screenshot in tests/screenshots/<name>.png. */
  shootFailure(name: string): Promise<string>;
}

export async function openBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/chromium does it)`);
  const profile = mkdtempSync(join(tmpdir(), 'vipm-sim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 720 }, acceptDownloads: true,
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(10_000);
  return {
    context, page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    async shootFailure(name) {
      mkdirSync(FAILURE_SHOTS, { recursive: true });
      const path = join(FAILURE_SHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true }).catch(() => undefined);
      return path;
    },
  };
}
