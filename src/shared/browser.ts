/**
 * The one module that touches the extension API. Everything else imports from here,
 * so tests can replace this module (vi.mock('…/shared/browser')) and the rest of the
 * code never sees `chrome` or `browser` directly.
 */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, ContentRequest, ReplyTo } from './messages';

export { browser };

/** Sends a request to the content script of one tab; resolves with its typed reply. */
export function sendToTab<R extends ContentRequest>(tabId: number, request: R): Promise<ReplyTo<R>> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ReplyTo<R>>;
}

/** Sends a request to the background script; resolves with its typed reply. */
export function sendToBackground<R extends BackgroundRequest>(request: R): Promise<ReplyTo<R>> {
  return browser.runtime.sendMessage(request) as Promise<ReplyTo<R>>;
}

import { SETTINGS_KEY, withDefaults, type Settings } from './settings';

/** Reads the reader's settings, defaults filled in. */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return withDefaults(got[SETTINGS_KEY]);
}

/** Stores the reader's settings; every part listening with `onSettingsChanged` hears of it. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` whenever the settings change; returns a function that stops listening. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(withDefaults(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
