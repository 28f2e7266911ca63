/** Launches Debian Chromium (playwright-core) with Claimlens loaded unpacked. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { RECORD_DOM_SCRIPT, waitFor, withTimeout, type ConsoleEntry, type OpenOptions, type Session, type Tab } from './session';
import { startRecordingProxy, startServer } from './server';

export const CHROMIUM_PATH = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';

function wrap(page: Page, entries: ConsoleEntry[]): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: async (source) => {
      await page.evaluate(source);
    },
    click: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, options) => {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    jsHeapAfterGc: () => jsHeapAfterGc(page),
    console: entries,
    close: () => page.close(),
  };
}

/**
 * V8 heap in use by the tab's renderer after garbage collection (CDP `Runtime.getHeapUsage`
 * counts the whole isolate: the page's world and the content script's isolated world). Three
 * collections, as bench/page.ts does: one can leave garbage that finalizers free for the next.
 */
async function jsHeapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function listen(page: Page): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') entries.push({ type: m.type(), text: m.text(), url: m.location().url });
  });
  page.on('pageerror', (e) => entries.push({ type: 'pageerror', text: `${e.name}: ${e.message}`, url: e.stack ?? '' }));
  return entries;
}

async function prepare(page: Page, options: OpenOptions | undefined): Promise<void> {
  if (options?.viewport) await page.setViewportSize(options.viewport);
  if (options?.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
}

/** `chrome-extension://<id>` of the extension, once its service worker has started. */
async function workerOrigin(ctx: BrowserContext): Promise<string> {
  const worker = ctx.serviceWorkers()[0] ?? (await withTimeout('the extension service worker to start (is background.js loadable?)', ctx.waitForEvent('serviceworker'), 15_000));
  const workerUrl = new URL(worker.url());
  // URL.origin is "null" for non-special schemes such as chrome-extension:.
  return `${workerUrl.protocol}//${workerUrl.host}`;
}

/**
 * Starts Chromium with the extension in `extensionDir` (none when null: the baseline for memory);
 * the session owns its server, proxy and profile.
 */
export async function launchChromium(extensionDir: string | null): Promise<Session> {
  const server = await startServer();
  const proxy = await startRecordingProxy();
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await withTimeout(
      `Chromium (${CHROMIUM_PATH}) to start`,
      chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        viewport: { width: 1280, height: 800 },
        args: [
          ...(extensionDir === null ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
          '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          `--proxy-server=http://127.0.0.1:${proxy.port}`,
        ],
      }),
      30_000,
    );
    const ctx = context;
    const requests: string[] = [];
    ctx.on('request', (r) => requests.push(r.url()));
    const backgroundErrors: string[] = [];
    ctx.on('console', (m) => {
      if (m.worker() && m.type() === 'error') backgroundErrors.push(`${m.text()} (${m.location().url})`);
    });
    const extensionOrigin = extensionDir === null ? '' : await workerOrigin(ctx);
    for (const page of ctx.pages()) await page.close().catch(() => undefined);
    return {
      name: 'chromium',
      extensionOrigin,
      server,
      proxy,
      requests,
      backgroundErrors,
      async open(url, options) {
        const page = await ctx.newPage();
        const entries = listen(page);
        await prepare(page, options);
        if (options?.recordDom) await page.addInitScript(RECORD_DOM_SCRIPT);
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
        return wrap(page, entries);
      },
      async openExtensionPage(pathAndQuery, options) {
        if (!extensionOrigin) throw new Error('this Chromium session has no extension');
        const page = await ctx.newPage();
        const entries = listen(page);
        await prepare(page, options);
        await page.goto(`${extensionOrigin}/${pathAndQuery}`, { waitUntil: 'load', timeout: 20_000 });
        const tab = wrap(page, entries);
        await waitFor(`${pathAndQuery} to finish loading`, () => tab.evaluate(() => document.readyState), (s) => s === 'complete');
        return tab;
      },
      async close() {
        await ctx.close().catch(() => undefined);
        await Promise.all([server.close(), proxy.close(), rm(profile, { recursive: true, force: true })]);
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await Promise.all([server.close(), proxy.close(), rm(profile, { recursive: true, force: true })]);
    throw error;
  }
}
