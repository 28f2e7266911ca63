/**
 * The reader's settings as preact state: loaded once, kept in step with storage
 * (another page or the keyboard command may change them), and saved on change.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings } from '../browser';
import { withDefaults, type Settings } from '../settings';
import { applyTheme } from './theme';

/** Returns the settings (null until loaded) and a function that stores new ones. */
export function useSettings(): [Settings | null, (next: Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    loadSettings()
      .then((s) => live && setSettings(s))
      // Storage unreadable: the defaults still let the reader use the page.
      .catch(() => live && setSettings(withDefaults(undefined)));
    const stop = onSettingsChanged((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next).catch(() => undefined);
  };
  return [settings, update];
}
