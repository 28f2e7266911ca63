/**
 * The one place that knows which browser the extension runs in, for the few
 * words and links that differ (the keyboard-shortcut settings page).
 */
import { browser } from '../browser';

export type BrowserFamily = 'firefox' | 'chrome';

/** 'firefox' when the extension's pages are served from moz-extension://, else 'chrome'. */
export function browserFamily(): BrowserFamily {
  try {
    return browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chrome';
  } catch {
    return 'chrome';
  }
}

/** Where a reader changes the extension's keyboard shortcuts, in words. */
export function shortcutSettingsHowTo(family: BrowserFamily): string {
  return family === 'firefox'
    ? 'In Firefox: open about:addons, click the gear button, then choose “Manage Extension Shortcuts”.'
    : 'In Chrome: open chrome://extensions/shortcuts (Extensions menu → Manage extensions → Keyboard shortcuts).';
}

/**
 * Opens the browser's shortcut settings: Firefox has commands.openShortcutSettings()
 * (since 137); Chrome lets an extension open chrome://extensions/shortcuts in a tab.
 * Resolves false when neither works, so the caller keeps showing the words.
 */
export async function openShortcutSettings(family: BrowserFamily): Promise<boolean> {
  try {
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
    if (family === 'firefox') {
      if (typeof commands.openShortcutSettings !== 'function') return false;
      await commands.openShortcutSettings();
      return true;
    }
    await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    return true;
  } catch {
    return false;
  }
}
