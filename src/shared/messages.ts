/**
 * Messages between the parts of the extension: one union per direction, so a
 * misspelt message is a compile error. Replies are typed through `ReplyTo`.
 */
import type { Analysis } from '../analysis/types';

export type HighlightKind = 'claim' | 'number' | 'attribution' | 'hedge';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['claim', 'number', 'attribution', 'hedge'];

/**
 * What the content script knows of its page. 'idle': it has not analysed the page
 * because it waits for the reader to ask (run mode 'on-click', or the site is on
 * the 'never' list); the popup then offers `{ type: 'run' }`.
 */
export type PageStatus = 'loading' | 'ready' | 'no-article' | 'error' | 'idle';

export interface PageState {
  status: PageStatus;
  url: string;
  title: string;
  /** Present when status is 'ready'. */
  analysis?: Analysis;
  /** A sentence for the reader when status is 'no-article' or 'error'. */
  message?: string;
}

/** Requests the popup (or background) sends to a tab's content script. */
export type ContentRequest =
  | { type: 'get-state' }
  /** Scroll the page to the article text between these offsets and flash it. */
  | { type: 'reveal'; start: number; end: number }
  /** Analyse the page now, whatever the run mode (the popup's "Run on this page"). */
  | { type: 'run' };

/** Requests the content script or popup sends to the background script. */
export type BackgroundRequest =
  /** The content script finished (or re-did) its analysis: update the badge. */
  | { type: 'page-analysed'; claims: number; status: PageStatus }
  /** Analyse text off the page's main thread. */
  | { type: 'analyze'; title: string; text: string; site?: string };

export interface Replies {
  'get-state': PageState;
  reveal: boolean;
  /** True when the content script started (or already has) an analysis. */
  run: boolean;
  'page-analysed': void;
  analyze: Analysis;
}

export type ReplyTo<R extends { type: keyof Replies }> = Replies[R['type']];
