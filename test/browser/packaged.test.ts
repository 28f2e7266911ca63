/**
 * The store zips (dist/claimlens-chrome.zip, -firefox.zip), unpacked, load and work (issue 7):
 * the demo article is highlighted and the popup shows it. Skipped with a hint when the zips
 * are not built (`npm run package`; `npm test` builds them first); with CI=true a missing zip fails.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { consoleErrors, HIGHLIGHT_NAMES, normalizeText, requireBrowser, useSession, waitFor, waitForHighlights, zipPath, BROWSERS } from './harness';

for (const browser of BROWSERS) {
  const zip = zipPath(browser);
  const present = existsSync(zip) || process.env.CI === 'true';
  if (!present) console.warn(`⚠ ${browser} zip tests skipped: ${zip} missing (run \`npm run package\`).`);
  (requireBrowser(browser) && present ? describe : describe.skip)(`store zip [${browser}]`, () => {
    const session = useSession(browser, 'zip');

    test(`${zip.split('/').pop()} highlights the demo article and its popup shows it`, async () => {
      const s = session();
      const url = s.server.articleUrl('kursk-seed');
      const page = await s.open(url);
      await waitForHighlights(page, 'all four kinds painted', (r) => HIGHLIGHT_NAMES.every((n) => (r[n]?.length ?? 0) > 0));
      const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
      const title = await page.evaluate(() => document.title);
      await waitFor('the popup to show the page title', () => popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' ')), (t) => t.includes(normalizeText(title)));
      expect(consoleErrors(page)).toEqual([]);
      expect(consoleErrors(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });
  });
}
