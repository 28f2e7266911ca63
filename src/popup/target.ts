/**
 * Which tab the popup reports on (CONTRACT §3): the tab given by `?tab=<id>`,
 * else the tab whose page URL equals `?url=<URL>`, else the active tab. Tab URLs
 * are hidden without the `tabs` permission, so the URL is matched by asking each
 * tab's content script for its state.
 */
import { browser, sendToTab } from '../shared/browser';
import type { PageState } from '../shared/messages';

export interface TargetQuery {
  tabId?: number;
  url?: string;
  /** True when the page was opened in a tab of its own (a full report), not as the toolbar popup. */
  report: boolean;
}

export type TabChoice =
  | { found: true; tabId: number; url?: string; state?: PageState }
  | { found: false; sentence: string };

/** Reads `?tab=` and `?url=` from a location search string; ignores malformed values. */
export function readQuery(search: string): TargetQuery {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const url = params.get('url');
  const tabId = tab !== null && /^\d+$/.test(tab.trim()) ? Number(tab.trim()) : undefined;
  return {
    tabId,
    url: url ? url : undefined,
    report: tabId !== undefined || Boolean(url) || params.get('report') === '1',
  };
}

/** Asks a tab's content script for its state; null when no content script answers. */
async function askState(tabId: number): Promise<PageState | null> {
  try {
    const state = await sendToTab(tabId, { type: 'get-state' });
    return state && typeof state === 'object' ? state : null;
  } catch {
    return null;
  }
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** Finds the tab the query asks for; never throws, and says in a sentence what is missing. */
export async function chooseTab(query: TargetQuery): Promise<TabChoice> {
  try {
    if (query.tabId !== undefined) {
      const tab = await browser.tabs.get(query.tabId).catch(() => null);
      if (!tab) return { found: false, sentence: 'The tab this report was opened for has been closed.' };
      return { found: true, tabId: query.tabId, url: tab.url };
    }
    if (query.url) return await chooseByUrl(query.url);
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id === undefined) return { found: false, sentence: 'There is no open tab to look at.' };
    return { found: true, tabId: active.id, url: active.url };
  } catch {
    return { found: false, sentence: 'Claimlens could not find the tab to look at.' };
  }
}

async function chooseByUrl(url: string): Promise<TabChoice> {
  const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined);
  const states = await Promise.all(tabs.map((t) => askState(t.id as number)));
  const pageUrl = (i: number) => states[i]?.url ?? tabs[i]?.url;
  // An exact match first; a link to a section of the same page (#…) as a second choice.
  let i = tabs.findIndex((_, k) => pageUrl(k) === url);
  if (i < 0) i = tabs.findIndex((_, k) => pageUrl(k) !== undefined && withoutHash(pageUrl(k) as string) === withoutHash(url));
  const tab = tabs[i];
  if (i < 0 || !tab) return { found: false, sentence: `No open tab shows ${url}.` };
  return { found: true, tabId: tab.id as number, url: pageUrl(i), state: states[i] ?? undefined };
}
