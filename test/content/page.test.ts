import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { PageController, runModeFor, type PageDeps } from '../../src/content/page';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { installHighlightApi } from '../dom/helpers';

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'articles', 'kursk-seed', 'source.html'), 'utf8');

function open(html: string, url = 'https://news.example/kursk') {
  const window = new Window({ url });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const registry = installHighlightApi(doc);
  return { doc, registry };
}

function deps(): PageDeps & { reports: [number, string][] } {
  const reports: [number, string][] = [];
  return {
    reports,
    analyzeInBackground: vi.fn(async (title: string, text: string) => analyze({ title, text })),
    reportAnalysed: (claims, status) => reports.push([claims, status]),
  };
}

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds }, ...patch });

describe('PageController', () => {
  test('analyses the article, paints the kinds that have spans, and reports ready with the claim count', async () => {
    const { doc, registry } = open(seed);
    const d = deps();
    const page = new PageController(doc, settings(), d);
    expect(page.getState().status).toBe('loading');
    page.start();
    await page.run();
    const state = page.getState();
    expect(state.status).toBe('ready');
    expect(state.url).toBe('https://news.example/kursk');
    expect(state.analysis!.title).toMatch(/^First invasion/);
    expect(state.analysis!.text.startsWith('Bloomberg has called')).toBe(true);
    expect(d.reports.at(-1)).toEqual([state.analysis!.claims.length, 'ready']);
    // Every registered range reads as the analysis span it came from.
    const claims = [...(registry.get('claimlens-claim') ?? [])].map((r) => r.toString());
    expect(claims).toEqual(state.analysis!.claims.map((c) => c.text));
    page.stop();
  });

  /** Counts the idle callbacks the controller asks the page for (each answered on a timer). */
  function countIdleWaits(doc: Document): { count: number } {
    const counter = { count: 0 };
    Object.defineProperty(doc.defaultView, 'requestIdleCallback', {
      configurable: true,
      value: (fn: () => void) => { counter.count++; return setTimeout(fn, 0); },
    });
    return counter;
  }

  test('a short article is read, analysed and painted after one wait for idle time, not one per step', async () => {
    const { doc, registry } = open(seed);
    const idle = countIdleWaits(doc);
    // A clock where every step is quick (the real one depends on how loaded the machine is).
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    try {
      const page = new PageController(doc, settings(), deps());
      await page.run();
      expect(page.getState().status).toBe('ready');
      expect(registry.size).toBeGreaterThan(0);
      expect(idle.count).toBe(1);
      page.stop();
    } finally {
      clock.mockRestore();
    }
  });

  test('when a step runs long, the next waits for idle time: the work goes in short tasks', async () => {
    const { doc, registry } = open(seed);
    const idle = countIdleWaits(doc);
    // A clock where every step seems to take 20 ms.
    let t = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 20));
    try {
      const page = new PageController(doc, settings(), deps());
      await page.run();
      expect(page.getState().status).toBe('ready');
      expect(registry.size).toBeGreaterThan(0);
      // Start, after finding the article, after reading it, after the answer, and while making ranges.
      expect(idle.count).toBeGreaterThanOrEqual(4);
      page.stop();
    } finally {
      clock.mockRestore();
    }
  });

  test('settings act at once: a kind off deletes its entry, all off deletes all, on restores', async () => {
    const { doc, registry } = open(seed);
    const page = new PageController(doc, settings(), deps());
    await page.run();
    const painted = registry.size;
    expect(painted).toBeGreaterThan(0);
    page.updateSettings(settings({ kinds: { ...DEFAULT_SETTINGS.kinds, claim: false } }));
    expect(registry.has('claimlens-claim')).toBe(false);
    page.updateSettings(settings({ enabled: false }));
    expect(registry.size).toBe(0);
    page.updateSettings(settings());
    expect(registry.size).toBe(painted);
    page.stop();
  });

  test('the page serialization is unchanged by analysing and painting', async () => {
    const { doc } = open(seed);
    const before = doc.documentElement.outerHTML;
    const page = new PageController(doc, settings(), deps());
    await page.run();
    expect(doc.documentElement.outerHTML).toBe(before);
    page.stop();
  });

  test('a page with no article says so and paints nothing', async () => {
    const { doc, registry } = open('<html><body><nav><a href="/">Home</a></nav></body></html>');
    const d = deps();
    const page = new PageController(doc, settings(), d);
    await page.run();
    expect(page.getState()).toMatchObject({ status: 'no-article', message: expect.stringMatching(/no article/i) });
    expect(registry.size).toBe(0);
    expect(d.reports.at(-1)).toEqual([0, 'no-article']);
  });

  test.each([
    ['run mode on-click', settings({ runMode: 'on-click' }), /when you ask/],
    ['a site on the never list', settings({ sites: { 'news.example': 'never' } }), /off for this site/],
  ])('%s: idle until asked to run', async (_name, s, message) => {
    const { doc, registry } = open(seed);
    const page = new PageController(doc, s, deps());
    page.start();
    expect(page.getState()).toMatchObject({ status: 'idle', message: expect.stringMatching(message) });
    expect(registry.size).toBe(0);
    await page.run();
    expect(page.getState().status).toBe('ready');
    page.stop();
  });

  test('a change made while the analysis runs is followed, not lost', async () => {
    const { doc, registry } = open(seed);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const d = deps();
    let first = true;
    d.analyzeInBackground = vi.fn(async (title: string, text: string) => {
      if (first) {
        first = false;
        await gate;
      }
      return analyze({ title, text });
    });
    const page = new PageController(doc, settings(), d);
    const running = page.run();
    await vi.waitFor(() => expect(d.analyzeInBackground).toHaveBeenCalledTimes(1));
    const p = doc.createElement('p');
    p.textContent = 'Final update: officials said 4,321 people were evacuated, according to the police.';
    doc.querySelector('article')!.append(p);
    release();
    await running;
    await vi.waitFor(() => expect([...(registry.get('claimlens-number') ?? [])].map(String)).toContain('4,321'), { timeout: 5000 });
    expect(page.getState().analysis!.text).toContain('4,321 people were evacuated');
    page.stop();
  });

  test('client-side navigation that swaps <body> is followed to the new article', async () => {
    const { doc } = open(seed);
    const page = new PageController(doc, settings(), deps());
    await page.run();
    const body = doc.createElement('body');
    const article = doc.createElement('article');
    for (let i = 0; i < 3; i++) {
      const p = doc.createElement('p');
      p.textContent = `The port authority said on Friday that 42 ships were delayed by the storm, paragraph ${i + 1} of the new story.`;
      article.append(p);
    }
    body.append(article);
    doc.documentElement.replaceChild(body, doc.body);
    await vi.waitFor(() => expect(page.getState().analysis?.text).toMatch(/^The port authority said/), { timeout: 5000 });
    page.stop();
  });

  test('a site set to always runs even in on-click mode', () => {
    expect(runModeFor(settings({ runMode: 'on-click', sites: { 'a.example': 'always' } }), 'a.example')).toBe('auto');
    expect(runModeFor(settings({ runMode: 'on-click' }), 'a.example')).toBe('wait');
    expect(runModeFor(settings(), 'b.example')).toBe('auto');
  });

  test('reveal flashes the span under claimlens-focus; offsets not on the page give false', async () => {
    const { doc, registry } = open(seed);
    const page = new PageController(doc, settings(), deps());
    await page.run();
    const text = page.getState().analysis!.text;
    const start = text.indexOf('350 square kilometers');
    expect(page.reveal(start, start + 21)).toBe(true);
    expect([...registry.get('claimlens-focus')!][0]!.toString()).toBe('350 square kilometers');
    expect(page.reveal(text.length + 10, text.length + 20)).toBe(false);
    page.stop();
  });

  test('the site name goes with the text, so the outlet publishing the page is told from the outlets it cites', async () => {
    const html = seed.replace('<head>', '<head><meta property="og:site_name" content="The Kursk Courier">');
    const d = deps();
    await new PageController(open(html).doc, settings(), d).run();
    expect(d.analyzeInBackground).toHaveBeenCalledWith(expect.any(String), expect.any(String), 'The Kursk Courier');
  });

  test('the analysis comes from the background; one missed answer is retried, two give an honest error', async () => {
    const a = open(seed);
    const d = deps();
    const page = new PageController(a.doc, settings(), d);
    await page.run();
    expect(d.analyzeInBackground).toHaveBeenCalledTimes(1);
    expect(d.analyzeInBackground).toHaveBeenCalledWith(expect.stringMatching(/^First invasion/), expect.stringMatching(/^Bloomberg has called/), 'news.example');

    const b = open(seed);
    let calls = 0;
    const flaky = { ...deps(), analyzeInBackground: vi.fn(async (title: string, text: string) => {
      if (calls++ === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return analyze({ title, text });
    }) };
    const page2 = new PageController(b.doc, settings(), flaky);
    await page2.run();
    expect(page2.getState().status).toBe('ready');
    expect(page2.getState().analysis!.claims.length).toBe(page.getState().analysis!.claims.length);

    const c = open(seed);
    const gone = { ...deps(), analyzeInBackground: vi.fn(async () => { throw new Error('Extension context invalidated.'); }) };
    const page3 = new PageController(c.doc, settings(), gone);
    await page3.run();
    expect(page3.getState()).toMatchObject({ status: 'error', message: expect.stringMatching(/background script did not answer.*Extension context invalidated/) });
    expect(c.registry.size).toBe(0);
    page.stop();
    page2.stop();
  });

  test('an error inside becomes state error with a sentence, never an exception in the page', async () => {
    const { doc } = open(seed);
    const broken = deps();
    const page = new PageController(doc, settings(), broken);
    vi.spyOn(doc, 'createRange').mockImplementation(() => {
      throw new Error('createRange broke');
    });
    await expect(page.run()).resolves.toBeUndefined();
    expect(page.getState()).toMatchObject({ status: 'error', message: expect.stringMatching(/could not analyse this page: createRange broke/) });
    expect(broken.reports.at(-1)).toEqual([0, 'error']);
  });
});
