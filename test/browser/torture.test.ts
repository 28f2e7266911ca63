/**
 * Hostile and huge pages (issue 7): Claimlens logs no error, leaves the page's DOM exactly as
 * the page made it, and still does its job where there is an article to read.
 */
import { expect, test } from 'vitest';
import {
  consoleErrors, describeEachBrowser, domChange, normalizeText, readHighlights, settle, useSession, waitFor, waitForHighlights,
  type Registry, type Tab,
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

const includes = (text: string) => (r: Registry) => Object.values(r).some((t) => t.some((x) => normalizeText(x).includes(text)));

describeEachBrowser('torture pages', (browser) => {
  const session = useSession(browser);

  test.each(ARTICLE_PAGES)('%s: no console error, DOM intact, not an error state, highlighted', async (file, mustHighlight) => {
    const s = session();
    const url = s.server.pageUrl(file);
    const page = await s.open(url, { recordDom: true });
    // A 1 MB paragraph can take Firefox tens of seconds on a loaded machine: wait, do not time it.
    const { status, registry } = await settle(s, page, url, 80_000);
    expect(['ready', 'no-article']).toContain(status);
    await intact(page);
    expect.soft(includes(mustHighlight)(registry), `"${mustHighlight}" is highlighted on ${file}`).toBe(true);
    await page.close();
  }, 120_000);

  test('no-article.html: no highlights (not even in form fields), an honest state, no console error, DOM intact', async () => {
    const s = session();
    const url = s.server.pageUrl('no-article.html');
    const page = await s.open(url, { recordDom: true });
    expect((await settle(s, page, url)).status).toBe('no-article');
    expect(await readHighlights(page)).toEqual({});
    await intact(page);
    await page.close();
  });

  test('rtl.html (Arabic, Hebrew, right to left): no console error, DOM intact', async () => {
    const s = session();
    const url = s.server.pageUrl('rtl.html');
    const page = await s.open(url, { recordDom: true });
    expect(['ready', 'no-article']).toContain((await settle(s, page, url)).status);
    await intact(page);
    await page.close();
  });

  test('mutating.html (100 mutations a second for 10 s): no console error, DOM as the page left it, final text followed', async () => {
    const s = session();
    const page = await s.open(s.server.pageUrl('mutating.html'), { recordDom: true });
    await waitFor('the page to finish its 1,000 mutations', () => page.evaluate(() => (window as unknown as { __mutationsDone?: boolean }).__mutationsDone === true), Boolean, 40_000);
    let registry: Registry = {};
    try {
      registry = await waitForHighlights(page, 'the final update (4,321 evacuated) to be highlighted', includes('4,321'), 6_000);
    } catch {
      registry = await readHighlights(page);
    }
    await intact(page);
    expect(registry['claimlens-number']?.some((x) => x.includes('4,321')), 'the last update is highlighted once the page stops changing').toBe(true);
    await page.close();
  });

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
    await page.close();
  });

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
    await page.close();
  });
});
