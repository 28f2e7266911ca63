/**
 * Paints Ranges with the CSS Custom Highlight API: one registry entry per kind
 * (CONTRACT §2 names), styled by one stylesheet Claimlens owns and adopts into the
 * page. The page's nodes, text and attributes are never touched, so selecting and
 * copying work as on the bare page.
 */
import type { HighlightKind } from '../shared/messages';

/** Registry names, CONTRACT §2. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightKind, string>> = {
  claim: 'claimlens-claim',
  number: 'claimlens-number',
  attribution: 'claimlens-attribution',
  hedge: 'claimlens-hedge',
};
/** The short flash on a span the popup asked to reveal. */
export const FOCUS_NAME = 'claimlens-focus';

/** Which highlight wins where kinds overlap: the narrow spans sit above the sentence-wide claims. */
const PRIORITY: Record<HighlightKind, number> = { claim: 1, attribution: 2, hedge: 3, number: 4 };

/**
 * One style per kind, told apart without colour by the underline style, and with
 * explicit text and background colours so they read on light and dark pages alike.
 */
export const HIGHLIGHT_CSS = `
::highlight(claimlens-claim) { background-color: #fff1a8; color: #1a1600; text-decoration: underline solid #8a6a00 2px; text-underline-offset: 3px; }
::highlight(claimlens-attribution) { background-color: #f5d0fe; color: #2e0636; text-decoration: underline dotted #86198f 2px; text-underline-offset: 3px; }
::highlight(claimlens-hedge) { background-color: #fed7aa; color: #2b1200; text-decoration: underline wavy #b43c00 1px; text-underline-offset: 3px; }
::highlight(claimlens-number) { background-color: #bae6fd; color: #04202f; text-decoration: underline double #0369a1 3px; text-underline-offset: 2px; }
::highlight(claimlens-focus) { background-color: #1d4ed8; color: #ffffff; }
`;

interface HighlightRegistryLike {
  set(name: string, value: unknown): unknown;
  delete(name: string): boolean;
  has(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(r: Range): unknown };

interface PageGlobals {
  registry: HighlightRegistryLike;
  Highlight: HighlightCtor;
}

/**
 * The page's highlight registry and Highlight constructor, or null when the browser
 * lacks the API (or a page replaced `CSS` with a getter that throws: no highlights then,
 * and no exception, so stopping and clearing never fail).
 */
export function highlightApi(doc: Document): PageGlobals | null {
  try {
    const view = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor }) | null;
    const registry = view?.CSS?.highlights;
    const Highlight = view?.Highlight;
    return registry && typeof registry.set === 'function' && typeof Highlight === 'function' ? { registry, Highlight } : null;
  } catch {
    return null;
  }
}

const installedSheets = new WeakMap<Document, CSSStyleSheet | HTMLStyleElement | true>();

/**
 * Adds Claimlens's highlight styles to the page once, as a constructed stylesheet
 * appended to `document.adoptedStyleSheets` (no node is added). Returns false when
 * the document cannot adopt sheets (then highlights show in the browser's default
 * ::highlight style, or not at all).
 */
export function installHighlightStyles(doc: Document): boolean {
  if (installedSheets.has(doc)) return true;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return false;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    const adopted = doc.adoptedStyleSheets;
    // push keeps the page's own adopted sheets and works on the observable array (also across Firefox's xrays).
    if (typeof adopted.push === 'function') adopted.push(sheet);
    else doc.adoptedStyleSheets = [...adopted, sheet];
    installedSheets.set(doc, sheet);
    return true;
  } catch {
    return false;
  }
}

/** The Ranges to paint, per kind. */
export type RangesByKind = Record<HighlightKind, readonly Range[]>;

/**
 * Registers one highlight per kind that is on (`enabled` and `kinds[kind]`), and
 * deletes the registry entry of every kind that is off, so that "off" leaves no
 * trace in `CSS.highlights`. Returns false when the browser has no highlight API.
 */
export function paintHighlights(doc: Document, ranges: RangesByKind, kinds: Record<HighlightKind, boolean>, enabled: boolean): boolean {
  const api = highlightApi(doc);
  if (!api) return false;
  installHighlightStyles(doc);
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
    const name = HIGHLIGHT_NAMES[kind];
    const list = ranges[kind];
    if (!enabled || !kinds[kind] || !list.length) {
      api.registry.delete(name);
      continue;
    }
    const highlight = new api.Highlight(...list);
    highlight.priority = PRIORITY[kind];
    api.registry.set(name, highlight);
  }
  return true;
}

/** Deletes every Claimlens entry from the page's highlight registry (focus flash included). */
export function clearHighlights(doc: Document): void {
  const api = highlightApi(doc);
  if (!api) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
  api.registry.delete(FOCUS_NAME);
}

/**
 * Flashes `range` under claimlens-focus for `ms` milliseconds (a newer flash
 * replaces an older one). Returns false when the browser has no highlight API.
 */
export function flashRange(doc: Document, range: Range, ms = 1600): boolean {
  const api = highlightApi(doc);
  if (!api) return false;
  installHighlightStyles(doc);
  const highlight = new api.Highlight(range);
  highlight.priority = 10;
  api.registry.set(FOCUS_NAME, highlight);
  const view = doc.defaultView;
  view?.setTimeout(() => {
    if ((api.registry as unknown as Map<string, unknown>).get?.(FOCUS_NAME) === highlight) api.registry.delete(FOCUS_NAME);
  }, ms);
  return true;
}
