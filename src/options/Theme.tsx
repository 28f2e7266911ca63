/** The theme of the popup, full report and this page: follow the system, light, dark or high contrast. */
import type { Settings, Theme } from '../shared/settings';

const THEMES: { theme: Theme; label: string }[] = [
  { theme: 'system', label: 'Follow the system' },
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
  { theme: 'contrast', label: 'High contrast' },
];

/** The theme radio group; writes `settings.theme` (applied at once through data-theme). */
export function ThemeChoice({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  return (
    <fieldset class="choices">
      <legend>Theme</legend>
      {THEMES.map((t) => (
        <label key={t.theme} class="choice">
          <input type="radio" name="theme" value={t.theme} checked={settings.theme === t.theme} onChange={() => onChange({ ...settings, theme: t.theme })} />
          <span>{t.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
