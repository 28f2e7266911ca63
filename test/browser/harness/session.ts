/**
 * One browser with Claimlens loaded, behind a small interface both drivers implement
 * (playwright-core for Chromium, puppeteer-core for Firefox), so every test is written once.
 */
import type { BrowserName } from './extension-source';
import type { RecordingProxy, TestServer } from './server';

/** A console message or uncaught error seen on a page. */
export interface ConsoleEntry {
  type: string;
  text: string;
  /** Script URL the message came from, when the browser says. */
  url: string;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** A tab the test drives. */
export interface Tab {
  /** Runs `fn(arg)` in the page's main world and returns its (JSON-like) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script source in the page's main world (e.g. axe-core). */
  evaluateScript(source: string): Promise<void>;
  /** A real mouse click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Makes this the visible tab (hidden tabs may not run smooth scrolling). */
  bringToFront(): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /**
   * Bytes of JS memory in use, after a full garbage collection, in the process that shows this
   * tab: every JS world there, the page's own and the content script's (the torture suite's
   * comment says what each browser counts).
   */
  jsHeapAfterGc(): Promise<number>;
  /** Console errors, warnings and uncaught errors, in order. */
  console: ConsoleEntry[];
  close(): Promise<void>;
}

export interface Session {
  name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extensionOrigin: string;
  server: TestServer;
  proxy: RecordingProxy;
  /** Every request URL the drivers reported for pages and the extension's worker. */
  requests: string[];
  /**
   * Errors logged by the extension's background (Chromium's service worker; Firefox's
   * background page is not visible to WebDriver BiDi, so this stays empty there).
   */
  backgroundErrors: string[];
  /**
   * Opens a web page and waits for its load event. With `recordDom`, the page's serialized DOM
   * at DOMContentLoaded (before any document_idle content script) is kept for `domUnchanged`.
   */
  open(url: string, options?: OpenOptions & { recordDom?: boolean }): Promise<Tab>;
  /** Opens an extension page (`popup.html?url=…`) in a tab and waits until it has loaded. */
  openExtensionPage(pathAndQuery: string, options?: OpenOptions): Promise<Tab>;
  close(): Promise<void>;
}

/** Init script: keeps the DOM as parsed, in a JS variable (never in the DOM). */
export const RECORD_DOM_SCRIPT = `(() => {
  const keep = () => { Object.defineProperty(window, '__claimlensTestDomAtLoad', { value: document.documentElement.outerHTML, configurable: true }); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', keep, { once: true }); else keep();
})();`;

/** Polls `probe` until it returns a value `done` accepts; on timeout throws saying what was awaited and the last value. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
  intervalMs = 150,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? `last error: ${String(lastError)}` : `last value: ${JSON.stringify(last)?.slice(0, 600)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Rejects after `ms` with a message naming what was being waited for. */
export function withTimeout<T>(what: string, promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
