/**
 * Buttons that take the reader to a place in the article: the content script
 * scrolls there and flashes it. The tab is given once, through a context.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { sendToTab } from '../shared/browser';

/** The tab whose content script reveals places; null outside a page report. */
export const TabContext = createContext<number | null>(null);

/** Asks the tab's content script to scroll to [start, end) and flash it; a closed tab is ignored. */
export function revealInTab(tabId: number | null, start: number, end: number): void {
  if (tabId === null || !(end > start)) return;
  sendToTab(tabId, { type: 'reveal', start, end }).catch(() => undefined);
}

export interface JumpProps {
  start: number;
  end: number;
  children: ComponentChildren;
  class?: string;
  /** Accessible name when the visible text alone would not say enough. */
  label?: string;
}

/** A button showing `children` that reveals [start, end) in the page. */
export function Jump({ start, end, children, class: className, label }: JumpProps) {
  const tabId = useContext(TabContext);
  return (
    <button type="button" class={className ? `jump ${className}` : 'jump'} aria-label={label} onClick={() => revealInTab(tabId, start, end)}>
      {children}
    </button>
  );
}

/** The "hedged" mark beside a claim, read out as part of the claim's button. */
export function HedgedMark({ hedged }: { hedged: boolean }) {
  return hedged ? <span class="tag tag-hedged"> hedged</span> : null;
}
