/**
 * The highlight switches: one for all highlights and one per kind, each a real
 * checkbox with the accessible names of CONTRACT §3. Used by the popup (acts on
 * the page at once) and the options page (the same stored settings).
 */
import { useState } from 'preact/hooks';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../messages';
import type { Settings } from '../settings';
import { ALL_LABEL, KIND_LABELS } from './labels';

export interface HighlightSwitchesProps {
  settings: Settings;
  /** Called with the settings as they should be stored after a switch changes. */
  onChange: (next: Settings) => void;
  /** Heading text of the group (also its accessible name). */
  legend: string;
}

/** Renders the switches and announces each change in a polite live region. */
export function HighlightSwitches({ settings, onChange, legend }: HighlightSwitchesProps) {
  const [announcement, setAnnouncement] = useState('');

  const setAll = (on: boolean) => {
    onChange({ ...settings, enabled: on });
    setAnnouncement(on ? 'Highlights on.' : 'All highlights off.');
  };
  const setKind = (kind: HighlightKind, on: boolean) => {
    onChange({ ...settings, kinds: { ...settings.kinds, [kind]: on } });
    const hint = on && !settings.enabled ? ' (highlights are off overall)' : '';
    setAnnouncement(`${KIND_LABELS[kind]} ${on ? 'on' : 'off'}${hint}.`);
  };

  return (
    <fieldset class="switches">
      <legend>{legend}</legend>
      <label class="switch switch-all">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => setAll(e.currentTarget.checked)} />
        <span>{ALL_LABEL}</span>
      </label>
      {HIGHLIGHT_KINDS.map((kind) => (
        <label key={kind} class={`switch switch-${kind}`} data-dimmed={settings.enabled ? undefined : 'true'}>
          <input type="checkbox" checked={settings.kinds[kind]} onChange={(e) => setKind(kind, e.currentTarget.checked)} />
          <span class="swatch" aria-hidden="true" />
          <span>{KIND_LABELS[kind]}</span>
        </label>
      ))}
      <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </fieldset>
  );
}
