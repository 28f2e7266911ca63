/**
 * The screenshots README shows, taken in Chromium: the demo article with its highlights and the
 * popup in light and dark. Written only when missing or with CLAIMLENS_SCREENSHOTS=1, so a
 * test run does not dirty the tree.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findControl, HIGHLIGHT_NAMES, listItems, requireBrowser, ROOT, useSession, waitFor, waitForHighlights } from './harness';

const DIR = join(ROOT, 'docs', 'screenshots');
const wanted = (file: string) => process.env.CLAIMLENS_SCREENSHOTS === '1' || !existsSync(join(DIR, file));
const anyWanted = ['demo-chromium.png', 'popup-light.png', 'popup-dark.png'].some(wanted);

(requireBrowser('chromium') && anyWanted ? describe : describe.skip)('screenshots [chromium]', () => {
  const session = useSession('chromium');

  test.skipIf(!wanted('demo-chromium.png'))('docs/screenshots/demo-chromium.png: the demo article with highlights', async () => {
    const s = session();
    const page = await s.open(s.server.articleUrl('kursk-seed'), { viewport: { width: 1100, height: 900 } });
    await waitForHighlights(page, 'all four kinds painted', (r) => HIGHLIGHT_NAMES.every((n) => (r[n]?.length ?? 0) > 0));
    await mkdir(DIR, { recursive: true });
    await page.screenshot(join(DIR, 'demo-chromium.png'));
    expect(existsSync(join(DIR, 'demo-chromium.png'))).toBe(true);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('docs/screenshots/popup-%s.png', async (colorScheme) => {
    const file = `popup-${colorScheme}.png`;
    if (!wanted(file)) return;
    const s = session();
    const url = s.server.articleUrl('kursk-seed');
    const page = await s.open(url);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`, { colorScheme, viewport: { width: 420, height: 640 } });
    await waitFor('the popup objectives', () => listItems(popup, 'objectives'), (items) => items.length >= 3);
    await waitFor('the switches', () => findControl(popup, 'Highlights'), (c) => c !== null);
    await popup.evaluate(() => window.scrollTo(0, 0));
    await mkdir(DIR, { recursive: true });
    await popup.screenshot(join(DIR, file));
    expect(existsSync(join(DIR, file))).toBe(true);
    await popup.close();
    await page.close();
  });
});
