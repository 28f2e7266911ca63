/**
 * Applies the reader's theme to a page of the extension (popup, full report,
 * options). The colours live in static/theme.css as custom properties keyed on
 * `data-theme`; 'system' leaves the choice to prefers-color-scheme there.
 */
import type { Theme } from '../settings';

/** Sets `data-theme` on the root element (the document's `<html>` unless given). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
