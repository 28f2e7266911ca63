/**
 * The reader's settings, kept in extension storage so they persist and every
 * part (popup, content scripts, keyboard command) sees the same values.
 */
import type { HighlightKind } from './messages';

export type Theme = 'system' | 'light' | 'dark' | 'contrast';
export type RunMode = 'always' | 'on-click';

export interface Settings {
  /** Master switch: all highlights on or off. */
  enabled: boolean;
  /** Which kinds are painted when highlights are on. */
  kinds: Record<HighlightKind, boolean>;
  /** Run on every site, or only after a click on the toolbar button. */
  runMode: RunMode;
  /** Per-site override by hostname. */
  sites: Record<string, 'always' | 'never'>;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: { claim: true, number: true, attribution: true, hedge: true },
  runMode: 'always',
  sites: {},
  theme: 'system',
};

export const SETTINGS_KEY = 'settings';

/** Fills what a stored (possibly older or damaged) settings object lacks with the defaults. */
export function withDefaults(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Settings>;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    kinds: { ...DEFAULT_SETTINGS.kinds, ...(s.kinds && typeof s.kinds === 'object' ? s.kinds : {}) },
    runMode: s.runMode === 'on-click' ? 'on-click' : 'always',
    sites: s.sites && typeof s.sites === 'object' ? { ...s.sites } : {},
    theme: s.theme === 'light' || s.theme === 'dark' || s.theme === 'contrast' ? s.theme : 'system',
  };
}
