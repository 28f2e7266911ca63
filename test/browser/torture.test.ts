/**
 * Hostile and huge pages (issue 7): Claimlens logs no error, leaves the page's DOM exactly as
 * the page made it, keeps its memory bounded, and still does its job where there is an article
 * to read.
 */
import { expect, test } from 'vitest';
import {
  consoleErrors, describeEachBrowser, domChange, normalizeText, readHighlights, settle, useSession, waitFor, waitForHighlights,
  type BrowserName, type Registry, type Session, type Tab,
} from './harness';

/** The checks every torture page ends with. */
async function intact(page: Tab): Promise<void> {
  expect(consoleErrors(page)).toEqual([]);
  expect(await domChange(page)).toBeNull();
}

/**
 * Pages with an article, and a text Claimlens should highlight in each. The highlight is a soft
 * expectation: the torture requirement is no error and an intact DOM; whether a 1 MB paragraph
 * is read is reported beside it.
 */
const ARTICLE_PAGES: [string, string][] = [
  ['deep-nesting.html', 'According to the city council'],
  ['big-text-node.html', '350 square kilometers'],
  ['builtins.html', 'According to the ministry'],
  ['strict.csp.html', 'According to the health agency'],
  ['quirks.html', 'According to the port authority'],
  ['huge-dom.html', 'According to the statistics office'],
];

/**
 * Memory, measured once Claimlens has finished with the page: the JS memory of the process
 * showing the tab after a forced garbage collection, beside the same page in the same browser
 * without Claimlens (a second browser, launched once per suite). Each browser counts its own
 * way, so compare a page's two figures, not Chromium's with Firefox's:
 * - Chromium: CDP `Runtime.getHeapUsage`, V8 heap used by the renderer's isolate (the page's
 *   world and the content script's isolated world), after `HeapProfiler.collectGarbage`.
 * - Firefox: no CDP, no `performance.memory`, and puppeteer's `Page.metrics()` is CDP only; the
 *   about:memory reporters are reachable from the browser's own window over WebDriver BiDi, so
 *   the figure is the content process's `js-main-runtime` total after "minimize memory usage"
 *   (every realm there, the content script's sandbox included). See harness/firefox.ts.
 *
 * The bound: what Claimlens may add to one tab, in two sizes a reader can check. Measured
 * (README, "Torture pages: memory"): Claimlens adds under 1 MB (Chromium) and under 3 MB
 * (Firefox, whose figure includes its content-script machinery) to a page of ordinary size, and
 * up to about 10 MB (Chromium) and 41 MB (Firefox) to the two huge pages: the 1 MB paragraph and
 * the 100,000-node article, whose analysis (sentences, spans, text-node offsets, highlight
 * ranges) Claimlens keeps to answer the popup. So: at most 8 MB on a page with under 100,000
 * characters of text, which a leak breaks (1,000 updates of mutating.html keeping 8 KB each),
 * and at most 64 MB on a huge one: an extension that makes a tab grow by more than that is one
 * a reader notices. Both leave room for a loaded machine and browser updates, not for a leak.
 */
const ORDINARY_PAGE_CHARS = 100_000;
const ADDS_AT_MOST_MB = { ordinary: 8, huge: 64 };

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The JS memory of `file` in the browser without Claimlens, once `ready` says its own scripts are done. */
async function heapWithout(bare: Session, file: string, ready?: (page: Tab) => Promise<unknown>): Promise<number> {
  const page = await bare.open(bare.server.pageUrl(file));
  try {
    await ready?.(page);
    return await page.jsHeapAfterGc();
  } finally {
    await page.close();
  }
}

/** Prints the page's memory with and without Claimlens and checks what Claimlens adds stays under the bound. */
async function memoryBounded(browser: BrowserName, page: Tab, bare: Session, file: string, ready?: (page: Tab) => Promise<unknown>): Promise<void> {
  const chars = await page.evaluate(() => document.documentElement.textContent?.length ?? 0);
  const withClaimlens = await page.jsHeapAfterGc();
  const without = await heapWithout(bare, file, ready);
  const added = withClaimlens - without;
  console.log(`[memory] ${browser} ${file.replace(/\.html$/, '')}: ${mb(withClaimlens)} used (page without extension: ${mb(without)}, Claimlens adds ${mb(added)})`);
  const size = chars < ORDINARY_PAGE_CHARS ? 'ordinary' : 'huge';
  expect(added / 1e6, `Claimlens adds ${mb(added)} of JS memory to ${file} (${size}: ${chars} characters of text) in ${browser}`).toBeLessThanOrEqual(ADDS_AT_MOST_MB[size]);
}

/** Resolves once mutating.html has made its last change. */
const mutationsDone = (page: Tab) =>
  waitFor('the page to finish its 1,000 mutations', () => page.evaluate(() => (window as unknown as { __mutationsDone?: boolean }).__mutationsDone === true), Boolean, 40_000);

const includes = (text: string) => (r: Registry) => Object.values(r).some((t) => t.some((x) => normalizeText(x).includes(text)));

describeEachBrowser('torture pages', (browser) => {
  const session = useSession(browser);
  const bare = useSession(browser, 'none');

  test.each(ARTICLE_PAGES)('%s: no console error, DOM intact, not an error state, highlighted', async (file, mustHighlight) => {
    const s = session();
    const url = s.server.pageUrl(file);
    const page = await s.open(url, { recordDom: true });
    // A 1 MB paragraph can take Firefox tens of seconds on a loaded machine: wait, do not time it.
    const { status, registry } = await settle(s, page, url, 80_000);
    expect(['ready', 'no-article']).toContain(status);
    await intact(page);
    expect.soft(includes(mustHighlight)(registry), `"${mustHighlight}" is highlighted on ${file}`).toBe(true);
    await memoryBounded(browser, page, bare(), file);
    await page.close();
  }, 180_000);

  test('no-article.html: no highlights (not even in form fields), an honest state, no console error, DOM intact', async () => {
    const s = session();
    const url = s.server.pageUrl('no-article.html');
    const page = await s.open(url, { recordDom: true });
    expect((await settle(s, page, url)).status).toBe('no-article');
    expect(await readHighlights(page)).toEqual({});
    await intact(page);
    await memoryBounded(browser, page, bare(), 'no-article.html');
    await page.close();
  }, 120_000);

  test('rtl.html (Arabic, Hebrew, right to left): no console error, DOM intact', async () => {
    const s = session();
    const url = s.server.pageUrl('rtl.html');
    const page = await s.open(url, { recordDom: true });
    expect(['ready', 'no-article']).toContain((await settle(s, page, url)).status);
    await intact(page);
    await memoryBounded(browser, page, bare(), 'rtl.html');
    await page.close();
  }, 120_000);

  test('mutating.html (100 mutations a second for 10 s): no console error, DOM as the page left it, final text followed', async () => {
    const s = session();
    const page = await s.open(s.server.pageUrl('mutating.html'), { recordDom: true });
    await mutationsDone(page);
    let registry: Registry = {};
    try {
      registry = await waitForHighlights(page, 'the final update (4,321 evacuated) to be highlighted', includes('4,321'), 6_000);
    } catch {
      registry = await readHighlights(page);
    }
    await intact(page);
    expect(registry['claimlens-number']?.some((x) => x.includes('4,321')), 'the last update is highlighted once the page stops changing').toBe(true);
    await memoryBounded(browser, page, bare(), 'mutating.html', mutationsDone);
    await page.close();
  }, 120_000);

  test('frames.html: the top article is highlighted, the iframe’s story is not read, no console error, DOM intact', async () => {
    const s = session();
    const url = s.server.pageUrl('frames.html');
    const page = await s.open(url, { recordDom: true });
    const { status, registry } = await settle(s, page, url);
    expect(status).toBe('ready');
    expect(includes('According to the harbour master')(registry)).toBe(true);
    expect(includes('frame council')(registry), 'text inside the iframe is not part of the article').toBe(false);
    // Only the top document runs Claimlens: the frame's own registry stays empty.
    const frameHighlights = await page.evaluate(() => {
      const frame = document.querySelector('iframe')?.contentWindow as (Window & typeof globalThis) | null;
      return frame?.CSS?.highlights ? frame.CSS.highlights.size : -1;
    });
    expect(frameHighlights).toBe(0);
    await intact(page);
    await memoryBounded(browser, page, bare(), 'frames.html');
    await page.close();
  }, 120_000);

  test('shadow.html: light DOM highlighted, the open shadow root left alone, no console error, DOM intact', async () => {
    const s = session();
    const url = s.server.pageUrl('shadow.html');
    const page = await s.open(url, { recordDom: true });
    const { status, registry } = await settle(s, page, url);
    expect(status).toBe('ready');
    expect(includes('According to the water board')(registry)).toBe(true);
    expect(includes('shadow committee')(registry)).toBe(false);
    const shadowText = await page.evaluate(() => document.getElementById('widget')?.shadowRoot?.textContent ?? null);
    expect(shadowText).toBe('According to the shadow committee, 777 shadow votes were counted.');
    await intact(page);
    await memoryBounded(browser, page, bare(), 'shadow.html');
    await page.close();
  }, 120_000);
});
