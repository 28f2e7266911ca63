/**
 * Issue 8 in the popup, in both browsers: on the demo article the source ledger names the
 * main source the analysis found (Bloomberg), lists as many claims under "no source" as
 * the analysis counts, and the headline's "3 key objectives" is shown agreeing with the body.
 */
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { ARTICLES_DIR, consoleErrors, describeEachBrowser, listItems, useSession, waitFor, type Tab } from './harness';
import { analyzeFiles } from './harness/cli';

const DEMO = 'kursk-seed';

interface LedgerFields {
  ledger: { claims: number; unsourced: number; topSource: string | null };
  headline: { text: string; status: string }[];
}

let cli: LedgerFields | undefined;

beforeAll(async () => {
  const [analysis] = await analyzeFiles([join(ARTICLES_DIR, DEMO, 'source.html')]);
  cli = analysis as unknown as LedgerFields;
}, 120_000);

/** The text of the element with this data-testid, whitespace collapsed ('' when absent). */
const textOf = (tab: Tab, testid: string) =>
  tab.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim(), testid);

describeEachBrowser('source ledger and headline check in the popup', (browser) => {
  const session = useSession(browser);

  test('the demo article: main source, claims citing nobody, and the headline agreeing with the body', async () => {
    const want = cli;
    if (!want) throw new Error('the CLI analysis did not run (see beforeAll)');
    expect(want.ledger.topSource).toBe('Bloomberg');

    const s = session();
    const url = s.server.articleUrl(DEMO);
    const page = await s.open(url);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);

    const summary = await waitFor('the ledger summary', () => textOf(popup, 'ledger-summary'), (t) => t.length > 0);
    // "N claims: 5 Bloomberg, …, M no source": the count first, the main source named first.
    expect(summary.startsWith(`${want.ledger.claims} claims:`)).toBe(true);
    expect(summary).toMatch(/^\d+ claims: \d+ Bloomberg\b/);
    expect(summary).toContain(`${want.ledger.unsourced} no source`);

    const unsourced = await listItems(popup, 'unsourced');
    expect(unsourced.length).toBe(Math.min(want.ledger.unsourced, 25));

    const headline = await listItems(popup, 'headline');
    const keyObjectives = headline.find((item) => item.includes('3 key objectives'));
    expect(keyObjectives, 'the title’s “3 key objectives” is checked').toBeDefined();
    expect(keyObjectives).toContain('Agrees with the body');
    expect(want.headline.find((h) => h.text === '3 key objectives')?.status).toBe('agrees');

    expect(consoleErrors(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
