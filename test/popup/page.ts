/** Arranges tabs and their content scripts in the fake browser for popup tests. */
import type { Analysis } from '../../src/analysis/types';
import type { ContentRequest, PageState } from '../../src/shared/messages';
import { fake, type FakeTab } from './fake-browser';

/** A page whose content script answers get-state with `state` (changeable through the returned object). */
export function openPage(tab: FakeTab, state: Partial<PageState> & { status: PageState['status'] }, onRequest?: (r: ContentRequest) => unknown) {
  const page = { state: { url: tab.url ?? `https://news.example/${tab.id}`, title: '', ...state } as PageState };
  fake.tabs.push({ ...tab, url: undefined, status: tab.status ?? 'complete' });
  fake.scripts.set(tab.id, (request) => {
    const answer = onRequest?.(request);
    if (answer !== undefined) return answer;
    if (request.type === 'get-state') return page.state;
    return true;
  });
  return page;
}

/** A ready page showing `analysis`. */
export function readyPage(tab: FakeTab, analysis: Analysis) {
  return openPage(tab, { status: 'ready', title: analysis.title, analysis });
}

/** A tab no content script answers in (a browser page, a store, a PDF). */
export function closedPage(tab: FakeTab) {
  fake.tabs.push({ status: 'complete', ...tab });
}

/** The reveal requests sent so far, as [tabId, start, end]. */
export function reveals(): [number, number, number][] {
  return fake.sent.flatMap(({ tabId, request }) => (request.type === 'reveal' ? [[tabId, request.start, request.end] as [number, number, number]] : []));
}
