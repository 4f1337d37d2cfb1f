/**
 * What the browser tests stand on: a production build of the pane into a temporary folder, a tiny
 * static server on 127.0.0.1, Debian's Chromium driven by playwright-core (never a downloaded
 * browser), and a guard that aborts and records every request leaving that server.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** `webpack --mode production` of the project's own config, into `outputPath`. */
export async function buildPane(outputPath: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', `outputPath=${outputPath}`],
    { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
  );
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(folder + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface GuardedContext {
  context: BrowserContext;
  /** Every URL the pages asked for, in order. */
  requested: string[];
  /** Requests for anything but `origin` (and in-page blob:/data: URLs): aborted, so that none leaves. */
  external: string[];
}

/** A browser context whose requests are all observed; any that would leave `origin` is aborted and recorded. */
export async function guardedContext(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const requested: string[] = [];
  const external: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) await route.continue();
    else {
      external.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return { context, requested, external };
}

/** tests/browser/fake-office.ts as one browser script, to be served in place of office.js. */
export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'tests/browser/fake-office.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
