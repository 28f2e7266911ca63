/**
 * Buttons that take the reader to a place in the article: the content script
 * scrolls there and flashes it. The tab is given once, through a context.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { browser, sendToTab } from '../shared/browser';

export interface RevealTarget {
  tabId: number;
  /** True in the full report: the article's tab is brought to the front before it scrolls. */
  activate: boolean;
}

/** The tab whose content script reveals places; null outside a page report. */
export const TabContext = createContext<RevealTarget | null>(null);

/**
 * Asks the tab's content script to scroll to [start, end) and flash it. From the
 * full report (a tab of its own) the article's tab is shown first, or the reader
 * would see nothing move. A closed tab is ignored.
 */
export async function revealInTab(target: RevealTarget | null, start: number, end: number): Promise<void> {
  if (target === null || !(end > start)) return;
  if (target.activate) await browser.tabs.update(target.tabId, { active: true }).catch(() => undefined);
  await sendToTab(target.tabId, { type: 'reveal', start, end }).catch(() => undefined);
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
  const target = useContext(TabContext);
  return (
    <button type="button" class={className ? `jump ${className}` : 'jump'} aria-label={label} onClick={() => void revealInTab(target, start, end)}>
      {children}
    </button>
  );
}

/** The "hedged" mark beside a claim, read out as part of the claim's button. */
export function HedgedMark({ hedged }: { hedged: boolean }) {
  return hedged ? <span class="tag tag-hedged"> hedged</span> : null;
}

/** A span of the article as a button that jumps to it, marked when hedged (claims, and the lists by kind). */
export function SpanJump({ span }: { span: { start: number; end: number; text: string; hedged?: boolean } }) {
  return (
    <Jump start={span.start} end={span.end}>
      {span.text}
      <HedgedMark hedged={span.hedged === true} />
    </Jump>
  );
}
