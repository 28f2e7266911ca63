import { test } from 'vitest';
import { describeEachBrowser, listItems, useSession, waitFor, waitForHighlights } from './harness';
describeEachBrowser('tmp shots', (browser) => {
  const session = useSession(browser);
  test.each(['light', 'dark'] as const)('shot %s', async (scheme) => {
    const s = session();
    const url = s.server.articleUrl('kursk-seed');
    const page = await s.open(url);
    await waitForHighlights(page, 'hl', (r) => Object.keys(r).length > 0);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`, { colorScheme: browser === 'chromium' ? scheme : undefined, viewport: { width: 420, height: 1400 } });
    await waitFor('3', () => listItems(popup, 'objectives'), (items) => items.length >= 3);
    await popup.evaluate(() => { for (const b of document.querySelectorAll('button.disclosure')) if ((b.textContent||'').startsWith('Show')) { (b as HTMLButtonElement).click(); break; } });
    await new Promise((r) => setTimeout(r, 300));
    await popup.screenshot(`/tmp/shot-${browser}-${scheme}.png`, { fullPage: true });
    const wide = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`, { viewport: { width: 1280, height: 900 } });
    await waitFor('3', () => listItems(wide, 'objectives'), (items) => items.length >= 3);
    await wide.screenshot(`/tmp/wide-${browser}.png`);
    console.log(popup.console, wide.console);
  });
});
