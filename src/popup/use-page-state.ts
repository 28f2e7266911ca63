/**
 * The state of the chosen tab's page, asked of its content script and asked
 * again while the page is still loading or being analysed.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser, sendToTab } from '../shared/browser';
import type { PageState } from '../shared/messages';

export type PageView =
  /** Waiting for the first answer, or for a page that is still loading to get a content script. */
  | { kind: 'asking' }
  /** No content script answers: a page where extensions cannot run. */
  | { kind: 'unreachable' }
  | { kind: 'state'; state: PageState };

/** How long to wait between questions while the page is busy. */
export const POLL_MS = 400;

/** Questions still asked after a (re)load finished, while the new page's content script starts. */
const GRACE_TRIES = 8;

/**
 * Follows the page state of `tabId` (null: no tab yet). `initial` is a state
 * already fetched (by the URL search). Returns the view and a function that asks
 * the content script to run now (run mode on-click).
 */
export function usePageState(tabId: number | null, initial?: PageState, pollMs = POLL_MS): [PageView, () => void] {
  const [view, setView] = useState<PageView>(initial ? { kind: 'state', state: initial } : { kind: 'asking' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const runAsked = useRef(false);
  const live = useRef(true);
  // One more question at first: a content script may be a moment from listening.
  const grace = useRef(1);

  const ask = useCallback(async () => {
    if (tabId === null) return;
    clearTimeout(timer.current);
    const again = () => {
      if (live.current) timer.current = setTimeout(() => void ask(), pollMs);
    };
    try {
      const state = await sendToTab(tabId, { type: 'get-state' });
      if (!live.current) return;
      if (!state || typeof state !== 'object') throw new Error('no state');
      setView({ kind: 'state', state });
      if (state.status === 'loading' || (state.status === 'idle' && runAsked.current)) again();
    } catch {
      if (!live.current) return;
      // A page still loading has no content script yet; one that has loaded never will.
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!live.current) return;
      if (tab?.status === 'loading') {
        grace.current = GRACE_TRIES;
        setView({ kind: 'asking' });
        again();
      } else if (grace.current > 0) {
        grace.current--;
        again();
      } else setView({ kind: 'unreachable' });
    }
  }, [tabId, pollMs]);

  useEffect(() => {
    live.current = true;
    void ask();
    return () => {
      live.current = false;
      clearTimeout(timer.current);
    };
  }, [ask]);

  // The page reloads or navigates (the full report stays open across it): follow it.
  useEffect(() => {
    if (tabId === null) return;
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id !== tabId || !info.status || !live.current) return;
      grace.current = GRACE_TRIES;
      runAsked.current = false;
      if (info.status === 'loading') {
        clearTimeout(timer.current);
        setView({ kind: 'asking' });
        timer.current = setTimeout(() => void ask(), pollMs);
      } else void ask();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId, ask, pollMs]);

  const run = useCallback(() => {
    if (tabId === null) return;
    runAsked.current = true;
    setView((v) => (v.kind === 'state' ? { kind: 'state', state: { ...v.state, status: 'loading' } } : v));
    sendToTab(tabId, { type: 'run' })
      .catch(() => undefined)
      .then(() => ask());
  }, [tabId, ask]);

  return [view, run];
}
