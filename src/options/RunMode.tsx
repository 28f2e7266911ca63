/** Run on every site, or only after a click on the toolbar button. */
import type { RunMode, Settings } from '../shared/settings';

const CHOICES: { mode: RunMode; label: string; hint: string }[] = [
  { mode: 'always', label: 'On every site', hint: 'Claimlens reads each page as it loads.' },
  { mode: 'on-click', label: 'Only when I ask', hint: 'Claimlens waits until you open it and choose “Run on this page”.' },
];

/** The run-mode radio group; writes `settings.runMode`. */
export function RunModeChoice({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  return (
    <fieldset class="choices">
      <legend>Run Claimlens</legend>
      {CHOICES.map((c) => (
        <label key={c.mode} class="choice">
          <input type="radio" name="run-mode" value={c.mode} checked={settings.runMode === c.mode} onChange={() => onChange({ ...settings, runMode: c.mode })} />
          <span>
            {c.label} <span class="hint">({c.hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
