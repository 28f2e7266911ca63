/**
 * The popup's switches and the master setting act at once on the open page (CONTRACT §2, §3):
 * each switch turned off removes its registry entry and turned on restores the same ranges;
 * the page's serialized DOM is identical throughout.
 */
import { beforeEach, expect, test } from 'vitest';
import {
  clickControl, consoleErrors, describeEachBrowser, domChange, findControl, HIGHLIGHT_NAMES, patchSettings, readHighlights, sortedTexts,
  useSession, waitFor, waitForHighlights, type Registry,
} from './harness';

const DEMO = 'kursk-seed';
const SWITCHES = [
  ['Claims', 'claimlens-claim'],
  ['Numbers', 'claimlens-number'],
  ['Attributions', 'claimlens-attribution'],
  ['Hedges', 'claimlens-hedge'],
] as const;

const allFour = (r: Registry) => HIGHLIGHT_NAMES.every((name) => (r[name]?.length ?? 0) > 0);
const without = (gone: readonly string[]) => (r: Registry) =>
  HIGHLIGHT_NAMES.every((name) => (gone.includes(name) ? !(name in r) : (r[name]?.length ?? 0) > 0));

describeEachBrowser('switches', (browser) => {
  const session = useSession(browser);

  // Each test starts from the default settings, whatever an earlier (failed) test left.
  beforeEach(async () => {
    const probe = await session().openExtensionPage('options.html');
    await probe.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    await probe.close();
  });

  test('each kind switch removes and restores its highlights; Highlights removes and restores all; the DOM never changes', async () => {
    const s = session();
    const url = s.server.articleUrl(DEMO);
    const page = await s.open(url, { recordDom: true });
    const full = sortedTexts(await waitForHighlights(page, 'all four kinds on the demo article', allFour));
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
    await waitFor('the popup to show the Highlights switch', () => findControl(popup, 'Highlights'), (c) => c !== null);

    for (const [label, name] of SWITCHES) {
      expect((await findControl(popup, label))?.checked, `${label} starts checked`).toBe(true);
      await clickControl(popup, label);
      await waitForHighlights(page, `${name} to go after unchecking ${label}`, without([name]));
      expect((await findControl(popup, label))?.checked).toBe(false);
      await clickControl(popup, label);
      const back = await waitForHighlights(page, `${name} to come back after checking ${label}`, allFour);
      expect(sortedTexts(back)).toEqual(full);
    }

    await clickControl(popup, 'Highlights');
    await waitForHighlights(page, 'every claimlens entry to go after unchecking Highlights', (r) => Object.keys(r).length === 0);
    await clickControl(popup, 'Highlights');
    expect(sortedTexts(await waitForHighlights(page, 'all highlights back after checking Highlights', allFour))).toEqual(full);

    expect(await domChange(page)).toBeNull();
    expect(consoleErrors(page)).toEqual([]);
    expect(consoleErrors(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('a kind switched off stays off on pages opened later (the setting persists)', async () => {
    const s = session();
    const url = s.server.articleUrl(DEMO);
    const first = await s.open(url);
    await waitForHighlights(first, 'all four kinds', allFour);
    const popup = await s.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
    await waitFor('the Numbers switch', () => findControl(popup, 'Numbers'), (c) => c !== null);
    await clickControl(popup, 'Numbers');
    await waitForHighlights(first, 'numbers to go on the open page', without(['claimlens-number']));
    const second = await s.open(url);
    await waitForHighlights(second, 'a newly opened page to paint every kind but numbers', without(['claimlens-number']));
    await clickControl(popup, 'Numbers');
    await waitForHighlights(second, 'numbers back on the second page', allFour);
    await Promise.all([popup.close(), first.close(), second.close()]);
  });

  test('the toggle-highlights command’s setting (settings.enabled) turns every highlight off and on', async () => {
    // Browsers do not deliver synthetic key presses to extension commands in headless mode, so
    // this drives what the command changes: settings.enabled in extension storage.
    const s = session();
    const page = await s.open(s.server.articleUrl(DEMO), { recordDom: true });
    const full = sortedTexts(await waitForHighlights(page, 'all four kinds', allFour));
    const probe = await s.openExtensionPage('options.html');
    await patchSettings(probe, { enabled: false });
    await waitForHighlights(page, 'every entry to go with settings.enabled false', (r) => Object.keys(r).length === 0);
    await patchSettings(probe, { enabled: true });
    expect(sortedTexts(await waitForHighlights(page, 'highlights back with settings.enabled true', allFour))).toEqual(full);
    expect(await readHighlights(page)).not.toEqual({});
    expect(await domChange(page)).toBeNull();
    await probe.close();
    await page.close();
  });
});
