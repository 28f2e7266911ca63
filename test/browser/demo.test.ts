/**
 * The demo article end to end (issues 3 and 6): the page loads with the content script and no
 * console error, the popup shows the page, lists the 3 stated objectives and the sources, and
 * clicking an objective brings it into view on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  ARTICLES_DIR, consoleErrors, describeEachBrowser, listItems, normalizeText, readHighlights, useSession, waitFor, waitForHighlights,
  type Tab,
} from './harness';

const DEMO = 'kursk-seed';
const gold = JSON.parse(readFileSync(join(ARTICLES_DIR, DEMO, 'gold.json'), 'utf8')) as { title: string; objectives: string[] };

/** Visible text of a tab, whitespace collapsed. */
const bodyText = (tab: Tab) => tab.evaluate(() => (document.body.innerText || document.body.textContent || '').replace(/\s+/g, ' ').trim());

describeEachBrowser('demo article', (browser) => {
  const session = useSession(browser);

  test('loads with the content script running, no console error, and the popup shows its title', async () => {
    const s = session();
    const url = s.server.articleUrl(DEMO);
    const page = await s.open(url);
    // The content script has run once it has painted something.
    await waitForHighlights(page, 'the content script to register highlights on the demo article', (r) => Object.keys(r).length > 0);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
    await waitFor('the popup to show the page title', () => bodyText(popup), (text) => text.includes(normalizeText(gold.title)));
    expect(consoleErrors(page)).toEqual([]);
    expect(consoleErrors(popup)).toEqual([]);
    expect(s.backgroundErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('the popup lists the 3 stated objectives in article order, and sources including Bloomberg and The Telegraph', async () => {
    const s = session();
    const url = s.server.articleUrl(DEMO);
    const page = await s.open(url);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
    const objectives = await waitFor('3 items in [data-testid=objectives]', () => listItems(popup, 'objectives'), (items) => items.length >= 3);
    expect(objectives).toHaveLength(3);
    gold.objectives.forEach((start, i) => expect(objectives[i]).toContain(normalizeText(start).slice(0, 30)));
    const sources = await waitFor('items in [data-testid=sources]', () => listItems(popup, 'sources'), (items) => items.length > 0);
    expect(sources.some((item) => item.includes('Bloomberg'))).toBe(true);
    expect(sources.some((item) => item.includes('The Telegraph'))).toBe(true);
    await popup.close();
    await page.close();
  });

  test('clicking an objective in the popup scrolls the page to it', async () => {
    const s = session();
    const url = s.server.articleUrl(DEMO);
    // A short window, so the objectives start below the fold.
    const page = await s.open(url, { viewport: { width: 900, height: 300 } });
    await waitForHighlights(page, 'highlights on the demo article', (r) => Object.keys(r).length > 0);
    const third = normalizeText(gold.objectives[2] ?? '').slice(0, 40);
    const where = () =>
      page.evaluate((start) => {
        const block = Array.from(document.querySelectorAll('p')).find((p) => (p.textContent ?? '').replace(/\s+/g, ' ').includes(start));
        const rect = block?.getBoundingClientRect();
        return { scrollY: window.scrollY, top: rect?.top ?? null, bottom: rect?.bottom ?? null, height: window.innerHeight };
      }, third);
    const before = await where();
    expect(before.top, 'the third objective starts below the fold').toBeGreaterThan(before.height);

    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
    await waitFor('3 objectives in the popup', () => listItems(popup, 'objectives'), (items) => items.length >= 3);
    const target = await popup.evaluate(() => {
      const item = document.querySelectorAll('[data-testid="objectives"] > li, [data-testid="objectives"] > [role="listitem"]')[2];
      const clickable = item?.querySelector('button, a, [role="button"], [tabindex]') ?? item;
      if (!clickable) return null;
      clickable.scrollIntoView({ block: 'center' });
      const r = clickable.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    });
    expect(target, 'a third objective item to click').not.toBeNull();
    await popup.click(target!.x, target!.y);
    // In a real browser the popup floats over the visible page; here the page is another tab.
    await page.bringToFront();
    const after = await waitFor(
      'the page to scroll the third objective into view',
      where,
      (w) => w.top !== null && w.bottom !== null && w.top < w.height && w.bottom > 0 && w.scrollY > 0,
    );
    expect(after.scrollY).toBeGreaterThan(before.scrollY);
    expect(consoleErrors(page)).toEqual([]);
    expect(consoleErrors(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('every highlight kind of CONTRACT §2 is registered on the demo article', async () => {
    const s = session();
    const page = await s.open(s.server.articleUrl(DEMO));
    const registry = await waitForHighlights(page, 'all four kinds registered', (r) =>
      ['claimlens-claim', 'claimlens-number', 'claimlens-attribution', 'claimlens-hedge'].every((k) => (r[k]?.length ?? 0) > 0),
    );
    expect(registry['claimlens-attribution']?.map(normalizeText)).toContain('According to Bloomberg');
    expect(Object.keys(await readHighlights(page)).every((k) => k.startsWith('claimlens-'))).toBe(true);
    await page.close();
  });
});
