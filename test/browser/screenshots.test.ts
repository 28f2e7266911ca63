/**
 * The screenshots README shows, taken in Chromium: the demo article with its highlights and the
 * popup in light and dark. Always taken; written over docs/screenshots/ only when missing or with
 * CLAIMLENS_SCREENSHOTS=1 (so a test run does not dirty the tree), else into test-results/.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findControl, HIGHLIGHT_NAMES, listItems, requireBrowser, ROOT, useSession, waitFor, waitForHighlights } from './harness';

const DOCS = join(ROOT, 'docs', 'screenshots');
const SCRATCH = join(ROOT, 'test-results', 'screenshots');
/** Where `file` goes: over the README's copy when asked for or missing, else beside the test results. */
const target = (file: string) =>
  process.env.CLAIMLENS_SCREENSHOTS === '1' || !existsSync(join(DOCS, file)) ? join(DOCS, file) : join(SCRATCH, file);

/** Relative luminance (0 dark … 1 light) of a CSS rgb()/rgba() colour. */
function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

(requireBrowser('chromium') ? describe : describe.skip)('screenshots [chromium]', () => {
  const session = useSession('chromium');

  test('docs/screenshots/demo-chromium.png: the demo article with highlights', async () => {
    const s = session();
    const page = await s.open(s.server.articleUrl('kursk-seed'), { viewport: { width: 1100, height: 900 } });
    await waitForHighlights(page, 'all four kinds painted', (r) => HIGHLIGHT_NAMES.every((n) => (r[n]?.length ?? 0) > 0));
    const file = target('demo-chromium.png');
    await mkdir(dirname(file), { recursive: true });
    await page.screenshot(file);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('docs/screenshots/popup-%s.png', async (colorScheme) => {
    const file = target(`popup-${colorScheme}.png`);
    const s = session();
    const url = s.server.articleUrl('kursk-seed');
    const page = await s.open(url);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`, { colorScheme, viewport: { width: 420, height: 640 } });
    await waitFor('the popup objectives', () => listItems(popup, 'objectives'), (items) => items.length >= 3);
    await waitFor('the switches', () => findControl(popup, 'Highlights'), (c) => c !== null);
    await popup.evaluate(() => window.scrollTo(0, 0));
    // The theme follows the system: a dark system gives a dark popup, a light one a light popup.
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    if (colorScheme === 'dark') expect(luminance(background)).toBeLessThan(0.3);
    else expect(luminance(background)).toBeGreaterThan(0.7);
    await mkdir(dirname(file), { recursive: true });
    await popup.screenshot(file);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await popup.close();
    await page.close();
  });
});
