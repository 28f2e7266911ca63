/**
 * The highlights on live pages agree with `npm run analyze --json` on the same page (issue 5):
 * per kind, the same number of ranges with the same texts, on the demo article and corpus pages
 * with hand annotations; the page's DOM is unchanged and Claimlens logs no error.
 */
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import {
  ARTICLES_DIR, claimlensErrors, describeEachBrowser, domChange, readHighlights, sortedTexts, useSession, waitForHighlights,
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

const sameAs = (want: Record<HighlightName, string[]>) => (registry: Record<string, string[]>) =>
  JSON.stringify(sortedTexts(registry)) === JSON.stringify(want);

describeEachBrowser('highlights agree with the CLI', (browser) => {
  const session = useSession(browser);

  test.each(PAGES)('%s', async (slug) => {
    const s = session();
    const want = expected?.get(slug);
    if (!want) throw new Error('the CLI analysis did not run (see beforeAll)');
    expect(Object.values(want).some((texts) => texts.length > 0), `the CLI finds something to highlight in ${slug}`).toBe(true);
    const page = await s.open(s.server.articleUrl(slug), { recordDom: true });
    try {
      await waitForHighlights(page, `the ${slug} highlights to match the CLI`, sameAs(want), 20_000);
    } catch {
      // Fall through to the assertion below, which shows the difference kind by kind.
    }
    expect(sortedTexts(await readHighlights(page))).toEqual(want);
    expect(await domChange(page)).toBeNull();
    expect(claimlensErrors(s, page)).toEqual([]);
    await page.close();
  });
});
