/**
 * The keyboard shortcut of `toggle-highlights` as the browser has it now, and how
 * to change it, with a button that opens the browser's shortcut settings where
 * the browser allows.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { browserFamily, openShortcutSettings, shortcutSettingsHowTo } from '../shared/ui/platform';

export const COMMAND = 'toggle-highlights';

/** Renders the current shortcut (or that none is set) and the way to change it. */
export function ShortcutHint() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [status, setStatus] = useState('');
  const family = browserFamily();

  useEffect(() => {
    let live = true;
    browser.commands
      .getAll()
      .then((all) => live && setShortcut(all.find((c) => c.name === COMMAND)?.shortcut || null))
      .catch(() => live && setShortcut(null));
    return () => {
      live = false;
    };
  }, []);

  const open = async () => {
    const opened = await openShortcutSettings(family);
    setStatus(opened ? 'Opened the shortcut settings.' : 'Your browser does not let extensions open that page: follow the steps above.');
  };

  return (
    <div class="shortcut">
      <p data-testid="shortcut">
        Turn all highlights off and on (the command <code>{COMMAND}</code>):{' '}
        {shortcut === undefined ? 'reading…' : shortcut ? <kbd>{shortcut}</kbd> : 'no shortcut is set.'}
      </p>
      <p class="hint">{shortcutSettingsHowTo(family)}</p>
      <button type="button" onClick={() => void open()}>Open shortcut settings</button>
      <p role="status" class="hint">{status}</p>
    </div>
  );
}
