/** Launches Firefox ESR (puppeteer-core over WebDriver BiDi) with Claimlens installed as a temporary add-on. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { RECORD_DOM_SCRIPT, waitFor, withTimeout, type ConsoleEntry, type OpenOptions, type Session, type Tab } from './session';
import { startRecordingProxy, startServer } from './server';

export const FIREFOX_PATH = process.env.CLAIMLENS_FIREFOX ?? '/usr/bin/firefox-esr';

/** Fixed so extension page URLs are known before install. */
export const FIREFOX_EXTENSION_UUID = 'c1a1f5e2-7e57-4c1a-9d3b-5eed0c1a1e25';

function wrap(browser: Browser, page: Page, entries: ConsoleEntry[]): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: async (source) => {
      await page.evaluate(source);
    },
    click: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, options) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    jsHeapAfterGc: () => contentProcessJsHeap(browser, page.url()),
    console: entries,
    close: () => page.close(),
  };
}

/**
 * Run in the browser's own window: garbage-collects every process (`minimizeMemoryUsage`: GC
 * and CC three times, as about:memory's "Minimize memory usage" button), then adds up the
 * about:memory reports `js-main-runtime/…` (all JS memory of a process's main runtime: every
 * realm, the page's and the content script's sandbox, plus the runtime) of the one content
 * process that holds the window at `windowUrl`. The children minimize asynchronously after the
 * parent's callback, hence the pause (measured: the figure is the same to the byte on re-reads).
 */
const CONTENT_PROCESS_JS_BYTES = `(async (windowUrl) => {
  const manager = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
  await new Promise((resolve) => manager.minimizeMemoryUsage(resolve));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const reports = [];
  await new Promise((resolve) => manager.getReports((proc, path, kind, units, amount) => reports.push([proc, path, amount]), null, resolve, null, false));
  // Report paths write a URL's slashes as backslashes.
  const windowPath = 'explicit/window-objects/top(' + windowUrl.replace(/\\//g, '\\\\') + ',';
  const processes = new Set(reports.filter((r) => r[1].startsWith(windowPath)).map((r) => r[0]));
  if (processes.size !== 1) throw new Error(processes.size + ' processes hold ' + windowUrl);
  let bytes = 0;
  for (const [proc, path, amount] of reports) if (processes.has(proc) && path.startsWith('js-main-runtime/')) bytes += amount;
  return bytes;
})`;

/** The raw WebDriver BiDi connection under puppeteer's Browser (puppeteer has no memory API for Firefox). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/**
 * JS memory of the content process showing `url`, after garbage collection. `Page.metrics()`
 * and heap snapshots are CDP only, and pages have no `performance.memory` in Firefox, so this
 * asks about:memory's reporters from the browser window: `--remote-allow-system-access` (see
 * launch) lets BiDi list that chrome context (`moz:scope`) and evaluate there.
 */
async function contentProcessJsHeap(browser: Browser, url: string): Promise<number> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const chromeWindow = tree.contexts[0]?.context;
  if (!chromeWindow) throw new Error('Firefox lists no chrome window (is --remote-allow-system-access passed?)');
  const { result } = await connection.send('script.evaluate', {
    expression: `${CONTENT_PROCESS_JS_BYTES}(${JSON.stringify(url)})`,
    target: { context: chromeWindow },
    awaitPromise: true,
  });
  const value = (result as { result?: { value?: unknown } }).result?.value;
  if (result.type !== 'success' || typeof value !== 'number') throw new Error(`about:memory reports unreadable: ${JSON.stringify(result).slice(0, 400)}`);
  return value;
}

function listen(page: Page): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  page.on('console', (m) => {
    const type = m.type() === 'warn' ? 'warning' : m.type();
    if (type === 'error' || type === 'warning') entries.push({ type, text: m.text(), url: m.location().url ?? '' });
  });
  page.on('pageerror', (e) => {
    const error = e as Error;
    entries.push({ type: 'pageerror', text: `${error.name}: ${error.message}`, url: error.stack ?? '' });
  });
  return entries;
}

async function prepare(page: Page, options: OpenOptions | undefined): Promise<void> {
  await page.setViewport(options?.viewport ?? { width: 1280, height: 800 });
  // WebDriver BiDi cannot emulate media features; the profile is fixed to light (see launch).
  if (options?.colorScheme === 'dark') throw new Error('Firefox under WebDriver BiDi cannot emulate prefers-color-scheme: dark');
}

/** Reads the add-on id (browser_specific_settings.gecko.id) from the manifest being installed. */
async function geckoId(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('manifest.json has no browser_specific_settings.gecko.id');
  return id;
}

/**
 * Starts Firefox with the extension in `extensionDir` (none when null: the baseline for memory);
 * the session owns its server and proxy.
 */
export async function launchFirefox(extensionDir: string | null): Promise<Session> {
  const server = await startServer();
  const proxy = await startRecordingProxy();
  let browser: Browser | undefined;
  try {
    const id = extensionDir === null ? null : await geckoId(extensionDir);
    browser = await withTimeout(
      `Firefox (${FIREFOX_PATH}) to start`,
      puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        // Also lets the memory probe read about:memory from the browser window (contentProcessJsHeap).
        args: ['--remote-allow-system-access'],
        defaultViewport: { width: 1280, height: 800 },
        extraPrefsFirefox: {
          ...(id === null ? {} : { 'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }) }),
          // Light pages whatever the desktop theme, so runs are alike (0 dark, 1 light).
          'layout.css.prefers-color-scheme.content-override': 1,
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.share_proxy_settings': true,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': false,
        },
      }),
      30_000,
    );
    const b = browser;
    if (extensionDir !== null) await withTimeout(`Firefox to install the add-on from ${extensionDir}`, b.installExtension(extensionDir), 20_000);
    const extensionOrigin = extensionDir === null ? '' : `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    const requests: string[] = [];
    const newPage = async (options: OpenOptions | undefined) => {
      const page = await b.newPage();
      page.on('request', (r) => requests.push(r.url()));
      const entries = listen(page);
      await prepare(page, options);
      return { page, entries };
    };
    return {
      name: 'firefox',
      extensionOrigin,
      server,
      proxy,
      requests,
      backgroundErrors: [],
      async open(url, options) {
        const { page, entries } = await newPage(options);
        if (options?.recordDom) await page.evaluateOnNewDocument(RECORD_DOM_SCRIPT);
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
        return wrap(b, page, entries);
      },
      async openExtensionPage(pathAndQuery, options) {
        if (!extensionOrigin) throw new Error('this Firefox session has no add-on');
        const { page, entries } = await newPage(options);
        const url = `${extensionOrigin}/${pathAndQuery}`;
        const tab = wrap(b, page, entries);
        // Puppeteer never sees a moz-extension navigation finish: start it, then watch the page
        // itself. On a busy machine Firefox now and then drops it (the tab stays on about:blank),
        // so a navigation that has not started is asked for again; one that has started but is
        // still loading (a saturated machine) is given longer rather than started over.
        const loaded = ([href, state]: string[]): boolean => href === url && state === 'complete';
        const readState = (): Promise<string[]> => tab.evaluate(() => [location.href, document.readyState]);
        for (let attempt = 1; ; attempt++) {
          page.goto(url, { timeout: 120_000 }).catch(() => undefined);
          try {
            await waitFor(`${pathAndQuery} to finish loading in Firefox (attempt ${attempt} of 3)`, readState, loaded, 10_000);
            return tab;
          } catch (error) {
            const href = await tab.evaluate(() => location.href).catch(() => '');
            if (href === url) {
              await waitFor(`${pathAndQuery} to finish loading in Firefox (started, slow)`, readState, loaded, 30_000);
              return tab;
            }
            if (attempt >= 3 || href !== 'about:blank') throw error;
          }
        }
      },
      async close() {
        await b.close().catch(() => undefined);
        await Promise.all([server.close(), proxy.close()]);
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await Promise.all([server.close(), proxy.close()]);
    throw error;
  }
}
