/**
 * What the tests observe on a page and in the extension's own pages, read by evaluating in
 * the page (reading only: nothing here changes a web page's DOM). Page-side functions avoid
 * Array methods and JSON so they still work on pages that overwrite those built-ins.
 */
import type { Session, Tab } from './session';
import { waitFor } from './session';
import type { PageState } from '../../../src/shared/messages';

/** The highlight names of CONTRACT §2. */
export const HIGHLIGHT_NAMES = ['claimlens-claim', 'claimlens-number', 'claimlens-attribution', 'claimlens-hedge'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** Registry entries named `claimlens-*` → the text of each range, in registry order. */
export type Registry = Record<string, string[]>;

/**
 * Reads the page's `CSS.highlights` registry (the page's own, as the page sees it). Pages that
 * replace `window.CSS` keep the original in `__claimlensTestRealCSS` for this.
 */
export function readHighlights(tab: Tab): Promise<Registry> {
  return tab.evaluate(() => {
    const w = window as unknown as { __claimlensTestRealCSS?: typeof CSS };
    const registry = (w.__claimlensTestRealCSS ?? CSS).highlights;
    const out: Record<string, string[]> = {};
    registry.forEach((highlight, name) => {
      if (String(name).indexOf('claimlens-') !== 0) return;
      const texts: string[] = [];
      highlight.forEach((r) => {
        let range = r as Range;
        if (!(r instanceof Range)) {
          range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        }
        texts.push(range.toString());
      });
      out[String(name)] = texts;
    });
    return out;
  });
}

/** Registry entries named `claimlens-*` → how many ranges each holds: a cheap read for polling. */
export function highlightCounts(tab: Tab): Promise<Record<string, number>> {
  return tab.evaluate(() => {
    const w = window as unknown as { __claimlensTestRealCSS?: typeof CSS };
    const out: Record<string, number> = {};
    (w.__claimlensTestRealCSS ?? CSS).highlights.forEach((highlight, name) => {
      if (String(name).indexOf('claimlens-') === 0) out[String(name)] = highlight.size;
    });
    return out;
  });
}

/** Collapses runs of whitespace, as the article text extraction does. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The registry's four kinds as sorted, whitespace-normalized text lists (missing kind → []). */
export function sortedTexts(registry: Registry): Record<HighlightName, string[]> {
  const out = {} as Record<HighlightName, string[]>;
  for (const name of HIGHLIGHT_NAMES) out[name] = (registry[name] ?? []).map(normalizeText).sort();
  return out;
}

/**
 * Compares the page's DOM now with the DOM recorded at DOMContentLoaded (`open(…, { recordDom })`).
 * Returns null when identical, else where and how they first differ.
 */
export function domChange(tab: Tab): Promise<string | null> {
  return tab.evaluate(() => {
    const before = (window as unknown as { __claimlensTestDomAtLoad?: string }).__claimlensTestDomAtLoad;
    const now = document.documentElement.outerHTML;
    if (before === undefined) return 'no DOM was recorded at load (open the page with recordDom)';
    if (before === now) return null;
    let i = 0;
    while (i < before.length && before.charCodeAt(i) === now.charCodeAt(i)) i++;
    const from = Math.max(0, i - 120);
    return `DOM differs from char ${i} (lengths ${before.length} → ${now.length}).\nbefore: …${before.slice(from, i + 200)}…\nafter:  …${now.slice(from, i + 200)}…`;
  });
}

/**
 * Finds the control whose accessible name is `name` (aria-labelledby, aria-label, <label>,
 * text), scrolls it into view and returns where to click it and whether it is checked.
 */
export function findControl(tab: Tab, name: string): Promise<{ x: number; y: number; checked: boolean | null } | null> {
  return tab.evaluate((wanted) => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element): string => {
      const ids = el.getAttribute('aria-labelledby');
      if (ids) return squash(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
      const label = el.getAttribute('aria-label');
      if (label) return squash(label);
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length) return squash(Array.from(labels, (l) => l.textContent).join(' '));
      return squash(el.textContent);
    };
    const controls = document.querySelectorAll('input, button, select, [role="switch"], [role="checkbox"], [role="button"], a[href]');
    for (const el of Array.from(controls)) {
      if (nameOf(el) !== wanted) continue;
      el.scrollIntoView({ block: 'center' });
      let rect = el.getBoundingClientRect();
      const labels = (el as HTMLInputElement).labels;
      // Styled switches hide the real input; the reader clicks its label.
      if ((rect.width < 4 || rect.height < 4) && labels && labels[0]) rect = labels[0].getBoundingClientRect();
      const aria = el.getAttribute('aria-checked');
      const checked = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.checked : aria === null ? null : aria === 'true';
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, checked };
    }
    return null;
  }, name);
}

/** Clicks the control named `name` with the mouse; throws when there is none. */
export async function clickControl(tab: Tab, name: string): Promise<void> {
  const control = await findControl(tab, name);
  if (!control) throw new Error(`no control with the accessible name "${name}"`);
  await tab.click(control.x, control.y);
}

/** Texts of the items of the list with `data-testid=<testid>` (empty when the list is absent). */
export function listItems(tab: Tab, testid: string): Promise<string[]> {
  return tab.evaluate((id) => {
    const list = document.querySelector(`[data-testid="${id}"]`);
    if (!list) return [];
    const items = list.querySelectorAll(':scope > li, :scope > [role="listitem"]');
    return Array.from(items, (li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  }, testid);
}

/** URLs of the resources an (extension) page has fetched, from its Resource Timing entries. */
export function fetchedResources(tab: Tab): Promise<string[]> {
  return tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
}

/**
 * Asks every tab's content script for its state through the extension (from `probe`, an
 * extension page) and returns the state of the tab showing `url`, or null if none answers.
 */
export function pageStateVia(probe: Tab, url: string): Promise<Omit<PageState, 'analysis'> | null> {
  return probe.evaluate(async (wanted) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = g.browser ?? g.chrome;
    for (const t of await api.tabs.query({})) {
      if (t.id === undefined) continue;
      try {
        const state = (await api.tabs.sendMessage(t.id, { type: 'get-state' })) as PageState | undefined;
        if (state && state.url === wanted) return { status: state.status, url: state.url, title: state.title, message: state.message };
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, url);
}

/** Writes the reader's settings from an extension page, as the keyboard command does. */
export function patchSettings(probe: Tab, patch: Record<string, unknown>): Promise<void> {
  return probe.evaluate(async (change) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = g.browser ?? g.chrome;
    const got = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...((got.settings as object | undefined) ?? {}), ...change } });
  }, patch);
}

/** The few extension API calls the probes make (promise-returning in both browsers). */
interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

/** Waits until the page's Claimlens registry satisfies `done`; the error names `what`. */
export function waitForHighlights(tab: Tab, what: string, done: (r: Registry) => boolean, timeoutMs = 15_000): Promise<Registry> {
  return waitFor(what, () => readHighlights(tab), done, timeoutMs);
}

/**
 * Waits until the content script of `url` reports a final state (ready, no-article, error;
 * asked through an extension page) and then until its highlights stop changing (two equal
 * reads 400 ms apart); returns both. Failing pages then fail in seconds, not at a timeout.
 */
export async function settle(session: Session, page: Tab, url: string, timeoutMs = 30_000): Promise<{ status: string; registry: Registry }> {
  const probe = await session.openExtensionPage('options.html');
  let status: string;
  try {
    const state = await waitFor(
      `the content script of ${url} to report ready, no-article or error (get-state)`,
      () => pageStateVia(probe, url),
      (st) => st !== null && st.status !== 'loading',
      timeoutMs,
      300,
    );
    status = state!.status;
  } finally {
    await probe.close();
  }
  let previous = '';
  await waitFor(
    `the highlights of ${url} to stop changing`,
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return highlightCounts(page);
    },
    (r) => {
      const now = JSON.stringify(r);
      const same = now === previous;
      previous = now;
      return same;
    },
    15_000,
    0,
  );
  return { status, registry: await readHighlights(page) };
}

/** Console entries that came from Claimlens (its scripts' URLs, or naming it). */
export function claimlensErrors(session: Session, tab: Tab): string[] {
  return tab.console
    .filter((e) => e.url.includes(session.extensionOrigin) || /claimlens/i.test(e.text))
    .map((e) => `${e.type}: ${e.text} (${e.url.split('\n')[0]})`);
}

/** Console errors and uncaught errors of any origin (warnings left out). */
export function consoleErrors(tab: Tab): string[] {
  return tab.console.filter((e) => e.type !== 'warning').map((e) => `${e.type}: ${e.text} (${e.url.split('\n')[0]})`);
}
