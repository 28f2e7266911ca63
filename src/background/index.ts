/**
 * Background entry: the toolbar badge (claims per tab), the toggle-highlights
 * keyboard command, and the analysis of every article, off the page's main thread
 * (the content script sends its text here).
 */
import { analyze } from '../analysis/index';
import { browser, loadSettings, saveSettings } from '../shared/browser';
import type { BackgroundRequest } from '../shared/messages';

/** The badge for a tab: the number of claims, or nothing when the page has none or no article. */
export function badgeText(claims: number, status: string): string {
  if (status !== 'ready' || !(claims > 0)) return '';
  return claims > 999 ? '999+' : String(claims);
}

/** Flips the master switch; every content script hears it through the settings change. */
export async function toggleHighlights(): Promise<void> {
  const settings = await loadSettings();
  await saveSettings({ ...settings, enabled: !settings.enabled });
}

/** Answers one request; undefined for requests meant for someone else (the popup, content scripts). */
export function answer(request: BackgroundRequest, tabId: number | undefined): Promise<unknown> | undefined {
  switch (request?.type) {
    case 'page-analysed':
      if (tabId === undefined) return Promise.resolve();
      return Promise.all([
        browser.action.setBadgeText({ tabId, text: badgeText(request.claims, request.status) }),
        browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' }),
      ]).then(() => undefined, () => undefined);
    case 'analyze':
      return Promise.resolve().then(() => analyze({ title: String(request.title ?? ''), text: String(request.text ?? ''), site: String(request.site ?? '') }));
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => answer(message as BackgroundRequest, sender.tab?.id));
browser.commands.onCommand.addListener((command) => {
  if (command === 'toggle-highlights') toggleHighlights().catch(() => undefined);
});
