/**
 * The highlights on live pages agree with `npm run analyze --json` on the same page (issue 5):
 * per kind, the same number of ranges with the same texts, on the demo article and corpus pages
 * with hand annotations; the page's DOM is unchanged and Claimlens logs no error.
 */
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import {
  ARTICLES_DIR, claimlensErrors, describeEachBrowser, domChange, settle, sortedTexts, useSession,
} from './harness';
import { analyzeFiles, expectedHighlights } from './harness/cli';
import type { HighlightName } from './harness/page';

/** The demo article and corpus pages with gold.json, of several publishers and layouts. */
const PAGES = ['kursk-seed', 'guardian-1', 'nytimes-3', 'wapo-1', 'theverge', 'seattletimes-1', 'cnn'];

let expected: Map<string, Record<HighlightName, string[]>> | undefined;

beforeAll(async () => {
  const analyses = await analyzeFiles(PAGES.map((slug) => join(ARTICLES_DIR, slug, 'source.html')));
  expected = new Map(PAGES.map((slug, i) => [slug, expectedHighlights(analyses[i]!)]));
}, 120_000);

describeEachBrowser('highlights agree with the CLI', (browser) => {
  const session = useSession(browser);

  test.each(PAGES)('%s', async (slug) => {
    const s = session();
    const want = expected?.get(slug);
    if (!want) throw new Error('the CLI analysis did not run (see beforeAll)');
    expect(Object.values(want).some((texts) => texts.length > 0), `the CLI finds something to highlight in ${slug}`).toBe(true);
    const url = s.server.articleUrl(slug);
    const page = await s.open(url, { recordDom: true });
    const { status, registry } = await settle(s, page, url);
    expect(status, `the content script's state on ${slug}`).toBe('ready');
    expect(sortedTexts(registry)).toEqual(want);
    expect(await domChange(page)).toBeNull();
    expect(claimlensErrors(s, page)).toEqual([]);
    await page.close();
  });
});
