// @vitest-environment happy-dom
/** The popup as a reader meets it: which tab it shows, and a sentence for every state. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { fake } from './fake-browser';
import { button, buttons, click, listItems, mount, text, unmount, until } from './dom';
import { sampleAnalysis } from './fixtures';
import { closedPage, openPage, readyPage } from './page';

vi.mock('../../src/shared/browser', async () => (await import('./fake-browser')).browserModule);

let root: HTMLElement | undefined;
beforeEach(() => fake.reset());
afterEach(async () => {
  if (root) await unmount(root);
  root = undefined;
});

const show = async (search = '') => (root = await mount(<Popup search={search} pollMs={1} />));
const heading = () => text(root?.querySelector('h1'));
const stateSentence = () => text(root?.querySelector('[data-testid="state"] .state-sentence'));

describe('which tab the popup shows', () => {
  test('the active tab when no tab or URL is given', async () => {
    const a = sampleAnalysis();
    readyPage({ id: 1 }, { ...a, title: 'Not this one' });
    readyPage({ id: 2, active: true }, a);
    await show();
    await until(() => heading() === a.title, 'title of the active tab');
    expect(root?.querySelector('.app')?.getAttribute('data-layout')).toBe('popup');
    expect(buttons(root as HTMLElement, 'Open as full report')).toHaveLength(1);
  });

  test('the tab given by ?tab=, laid out as a full report', async () => {
    const a = sampleAnalysis();
    readyPage({ id: 7 }, { ...a, title: 'Tab seven' });
    readyPage({ id: 8, active: true }, a);
    await show('?tab=7');
    await until(() => heading() === 'Tab seven', 'title of tab 7');
    expect(root?.querySelector('.app')?.getAttribute('data-layout')).toBe('report');
    expect(document.documentElement.dataset.layout).toBe('report');
    expect(buttons(root as HTMLElement, 'Open as full report')).toHaveLength(0);
  });

  test('the tab whose content script reports the ?url= page, though tab URLs are hidden', async () => {
    const a = sampleAnalysis();
    readyPage({ id: 3, url: 'https://news.example/other', active: true }, { ...a, title: 'Other page' });
    readyPage({ id: 4, url: 'https://news.example/flood?x=1' }, a);
    closedPage({ id: 5 });
    await show(`?url=${encodeURIComponent('https://news.example/flood?x=1')}`);
    await until(() => heading() === a.title, 'title of the tab with that URL');
  });

  test('a sentence when no open tab shows the ?url= page', async () => {
    readyPage({ id: 3, url: 'https://news.example/other', active: true }, sampleAnalysis());
    await show(`?url=${encodeURIComponent('https://news.example/gone')}`);
    await until(() => stateSentence() !== '' && !stateSentence().startsWith('Looking'), 'a sentence');
    expect(stateSentence()).toBe('No open tab shows https://news.example/gone.');
  });

  test('a sentence when the ?tab= tab has been closed', async () => {
    await show('?tab=99');
    await until(() => /closed/.test(stateSentence()), 'the closed-tab sentence');
  });
});

describe('every state has a sentence', () => {
  test.each([
    ['loading', { status: 'loading' as const }, /Reading the article/],
    ['no article, with the content script’s words', { status: 'no-article' as const, message: 'This page is a list of links.' }, /^This page is a list of links\.$/],
    ['no article, in the popup’s words', { status: 'no-article' as const }, /found no article/],
    ['analysis error', { status: 'error' as const, message: 'Out of memory' }, /could not analyse/],
  ])('%s', async (_name, state, sentence) => {
    openPage({ id: 1, active: true }, state);
    await show();
    await until(() => sentence.test(stateSentence()), String(sentence));
    expect(root?.querySelector('[data-testid="objectives"]')).toBeNull();
  });

  test('the error sentence shows the content script’s detail', async () => {
    openPage({ id: 1, active: true }, { status: 'error', message: 'Out of memory' });
    await show();
    await until(() => text(root?.querySelector('.state-detail')) === 'Out of memory', 'the detail');
  });

  test.each([
    ['a browser page', 'chrome://settings/', /browser’s own pages/],
    ['about: pages', 'about:addons', /browser’s own pages/],
    ['an extension store', 'https://chromewebstore.google.com/detail/x', /extension store/],
    ['a PDF', 'https://example.org/report.pdf', /PDF/],
    ['a local file without access', 'file:///home/me/a.html', /file on your computer/],
    ['a page whose URL the popup cannot see', undefined, /cannot read this page/],
  ])('pages where extensions cannot run: %s', async (_name, url, sentence) => {
    closedPage({ id: 1, active: true, url });
    await show();
    await until(() => sentence.test(stateSentence()), String(sentence));
    expect(root?.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
  });

  test('a page still loading, before its content script exists, waits and then shows the report', async () => {
    fake.tabs.push({ id: 1, active: true, status: 'loading' });
    await show();
    await until(() => /Reading the article/.test(stateSentence()), 'the loading sentence');
    const a = sampleAnalysis();
    fake.scripts.set(1, (r) => (r.type === 'get-state' ? { status: 'ready', url: 'https://x.example/', title: a.title, analysis: a } : true));
    await until(() => heading() === a.title, 'the report after loading');
  });

  test('loading turns into the report when the analysis is done', async () => {
    const a = sampleAnalysis();
    const page = openPage({ id: 1, active: true }, { status: 'loading' });
    await show();
    await until(() => /Reading/.test(stateSentence()), 'loading');
    page.state = { ...page.state, status: 'ready', title: a.title, analysis: a };
    await until(() => listItems(root as HTMLElement, 'objectives').length === a.objectives.length, 'the objectives');
  });

  test('run mode on-click: a Run button asks the content script to run, then the report appears', async () => {
    const a = sampleAnalysis();
    const page = openPage({ id: 1, active: true }, { status: 'idle' }, (r) => {
      if (r.type !== 'run') return undefined;
      page.state = { ...page.state, status: 'ready', title: a.title, analysis: a };
      return true;
    });
    await show();
    await until(() => buttons(root as HTMLElement, 'Run on this page').length === 1, 'the Run button');
    expect(stateSentence()).toMatch(/only when you ask/);
    await click(button(root as HTMLElement, 'Run on this page'));
    await until(() => heading() === a.title, 'the report after running');
    expect(fake.sent.some((s) => s.request.type === 'run' && s.tabId === 1)).toBe(true);
  });

  test('run mode on-click from the settings, while the content script only says "loading"', async () => {
    fake.writeSettings({ ...fake.storedSettings(), runMode: 'on-click' });
    openPage({ id: 1, active: true, url: 'https://www.news.example/a' }, { status: 'loading' });
    await show();
    await until(() => buttons(root as HTMLElement, 'Run on this page').length === 1, 'the Run button');
  });

  test('a site on the never list says so, and still offers to run once', async () => {
    fake.writeSettings({ ...fake.storedSettings(), sites: { 'news.example': 'never' } });
    openPage({ id: 1, active: true, url: 'https://www.news.example/a' }, { status: 'idle' });
    await show();
    await until(() => /never/.test(stateSentence()), 'the never sentence');
    expect(buttons(root as HTMLElement, 'Run on this page')).toHaveLength(1);
  });

  test('no open tab at all', async () => {
    await show();
    await until(() => /no open tab/i.test(stateSentence()), 'the no-tab sentence');
  });
});

describe('following the page', () => {
  test('the full report follows a reload of its page, through the moment no content script answers', async () => {
    const a = sampleAnalysis();
    const page = readyPage({ id: 4 }, a);
    await show('?tab=4');
    await until(() => heading() === a.title, 'the first report');
    const script = fake.scripts.get(4);
    fake.scripts.delete(4);
    fake.tabStatus(4, 'loading');
    await until(() => /Reading the article/.test(stateSentence()), 'the loading sentence');
    fake.tabStatus(4, 'complete');
    // The new page's content script starts a moment after the load completes.
    await until(() => fake.sent.filter((s) => s.tabId === 4).length >= 4, 'a few unanswered questions');
    expect(stateSentence()).toMatch(/Reading the article/);
    page.state = { ...page.state, title: 'Reloaded', analysis: { ...a, title: 'Reloaded' } };
    fake.scripts.set(4, script!);
    await until(() => heading() === 'Reloaded', 'the new report');
  });

  test('a page that stays silent after its load is one where extensions cannot run', async () => {
    readyPage({ id: 4 }, sampleAnalysis());
    await show('?tab=4');
    await until(() => listItems(root as HTMLElement, 'objectives').length > 0, 'the first report');
    fake.scripts.delete(4);
    fake.tabStatus(4, 'complete');
    await until(() => /cannot read this page/.test(stateSentence()), 'the unreachable sentence');
  });
});
