/**
 * The content script against hostile pages: built-ins overwritten, a page that
 * mutates 100 times a second, messages a page posts; and, read from the source,
 * the sinks the page layer must never use (network, HTML parsing, writes to nodes
 * that are not Claimlens's own).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { PageController, type PageDeps } from '../../src/content/page';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { installHighlightApi } from '../dom/helpers';

const PARA = 'Officials said on Tuesday that up to 1,200 troops had crossed the border, according to Reuters.';
const ARTICLE = `<article>${Array.from({ length: 6 }, (_, i) => `<p>${i}: ${PARA}</p>`).join('')}<p id="live">Live: 0 updates.</p></article>`;

function open(body = ARTICLE) {
  const window = new Window({ url: 'https://news.example/story' });
  window.document.write(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`);
  const doc = window.document as unknown as Document;
  return { window, doc, registry: installHighlightApi(doc) };
}

function deps(): PageDeps & { analyses: number } {
  const d = {
    analyses: 0,
    analyzeInBackground: async (title: string, text: string) => {
      d.analyses++;
      return analyze({ title, text });
    },
    reportAnalysed: () => undefined,
  };
  return d;
}

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds }, ...patch });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('pages that overwrite what the content script uses', () => {
  // In a browser the content script runs in an isolated world (Chrome) or behind Xray
  // wrappers (Firefox), so a page's overrides do not reach it; these tests are the
  // fallback promise: keep working, or end in 'error', and never throw into the page.
  test.each<[string, (w: Record<string, unknown>) => void, readonly string[]]>([
    ['window.CSS removed', (w) => Object.defineProperty(w, 'CSS', { value: undefined, configurable: true }), ['ready']],
    ['CSS.highlights a getter that throws', (w) => Object.defineProperty(w, 'CSS', { get: () => { throw new Error('page'); }, configurable: true }), ['ready']],
    ['Highlight a constructor that throws', (w) => Object.defineProperty(w, 'Highlight', { value: function Broken() { throw new Error('page'); }, configurable: true }), ['error']],
    ['MutationObserver replaced by a number', (w) => Object.defineProperty(w, 'MutationObserver', { value: 42, configurable: true }), ['ready']],
    ['MutationObserver a constructor that throws', (w) => Object.defineProperty(w, 'MutationObserver', { value: function Broken() { throw new Error('page'); }, configurable: true }), ['ready']],
    ['requestIdleCallback never calls back', (w) => Object.defineProperty(w, 'requestIdleCallback', { value: () => 1, configurable: true }), ['ready']],
    ['requestIdleCallback throws', (w) => Object.defineProperty(w, 'requestIdleCallback', { value: () => { throw new Error('page'); }, configurable: true }), ['ready']],
  ])('%s: ends in an allowed state, nothing thrown, nothing logged, DOM unchanged', async (_name, spoil, expected) => {
    const { window, doc } = open();
    spoil(window as unknown as Record<string, unknown>);
    const errors = vi.spyOn(console, 'error');
    const before = doc.documentElement.outerHTML;
    const page = new PageController(doc, settings(), deps());
    page.start();
    await page.run();
    expect(expected).toContain(page.getState().status);
    page.stop();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(errors).not.toHaveBeenCalled();
  });

  test('Array.prototype.map/forEach/push and JSON.stringify broken while the page is read: ready or error, no throw', async () => {
    const { doc } = open();
    const page = new PageController(doc, settings(), deps());
    const saved = { map: Array.prototype.map, forEach: Array.prototype.forEach, push: Array.prototype.push, stringify: JSON.stringify };
    let outcome: unknown = 'resolved';
    let status = '';
    try {
      // Broken, not throwing: a page's "polyfill" that returns nonsense is the likelier case, and a throwing
      // push would break the DOM library itself before Claimlens ran.
      Array.prototype.map = function () { return []; } as typeof Array.prototype.map;
      Array.prototype.forEach = function () { return undefined; };
      JSON.stringify = () => '{}';
      page.start();
      await page.run().catch((e: unknown) => { outcome = e; });
      status = page.getState().status;
      page.stop();
    } finally {
      Object.assign(Array.prototype, { map: saved.map, forEach: saved.forEach, push: saved.push });
      JSON.stringify = saved.stringify;
    }
    expect(outcome).toBe('resolved');
    expect(['ready', 'error', 'no-article']).toContain(status);
  });
});

describe('a page that changes 100 times a second for 10 s', () => {
  test('re-analyses are capped, the follower stops when the page does, highlights never pile up', async () => {
    vi.useFakeTimers();
    const { doc, registry } = open();
    const d = deps();
    const page = new PageController(doc, settings(), d);
    page.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(page.getState().status).toBe('ready');
    const first = d.analyses;
    const live = doc.getElementById('live')!;
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 1; i <= 1000; i++) {
      live.textContent = `Live: ${i} updates.`;
      await vi.advanceTimersByTimeAsync(10);
    }
    const during = d.analyses - first;
    // Debounced and capped at six checks a minute: a handful, never one per change.
    expect(during).toBeGreaterThan(0);
    expect(during).toBeLessThanOrEqual(7);
    // Quiet page: at most the last change is caught up, then nothing more for ever.
    await vi.advanceTimersByTimeAsync(120_000);
    const settled = d.analyses;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(d.analyses).toBe(settled);
    expect(page.getState().status).toBe('ready');
    expect(page.getState().analysis!.text).toContain('Live: 1000 updates.');
    // One entry per kind, each holding only the current analysis's ranges.
    expect(registry.size).toBeLessThanOrEqual(4);
    const claims = page.getState().analysis!.claims.length;
    expect(registry.get('claimlens-claim')?.size ?? 0).toBe(claims);
    page.stop();
    expect(registry.size).toBe(0);
    // Reported, not asserted (garbage collection decides the figure): heap added over 1,000 changes.
    console.log(`torture: heap added over 1,000 page changes: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB`);
  }, 120_000);
});

describe('what a page posts or dispatches is never trusted', () => {
  test('postMessage, CustomEvents and forged MessageEvents do not run, reveal or change anything', async () => {
    const { window, doc, registry } = open();
    // On-click mode: a page that could make Claimlens run would show here.
    const page = new PageController(doc, settings({ runMode: 'on-click' }), deps());
    page.start();
    expect(page.getState().status).toBe('idle');
    const forged = [{ type: 'run' }, { type: 'get-state' }, { type: 'reveal', start: 0, end: 10 }, { type: 'analyze', title: 'x', text: 'y' }];
    for (const data of forged) {
      window.postMessage(data, '*');
      window.dispatchEvent(new window.MessageEvent('message', { data }));
      doc.dispatchEvent(new window.CustomEvent('claimlens', { detail: data }) as unknown as Event);
      window.dispatchEvent(new window.CustomEvent(data.type, { detail: data }));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(page.getState().status).toBe('idle');
    expect(registry.size).toBe(0);
    page.stop();
  });

  test('the page layer listens to no page messages: only the extension runtime reaches the content script', () => {
    for (const [file, src] of sources()) {
      expect(src, file).not.toMatch(/addEventListener\(\s*['"](?:message|messageerror)['"]|\bonmessage\b|BroadcastChannel|MessageChannel/);
    }
    expect(readFileSync(join(SRC, 'content', 'index.ts'), 'utf8')).toMatch(/browser\.runtime\.onMessage\.addListener/);
  });
});

const SRC = join(__dirname, '..', '..', 'src');

/** Every source file of the page layer, comments removed (a comment may name a sink it avoids). */
function sources(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['dom', 'content']) {
    for (const name of readdirSync(join(SRC, dir))) {
      if (!name.endsWith('.ts')) continue;
      const text = readFileSync(join(SRC, dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      out.push([`${dir}/${name}`, text]);
    }
  }
  return out;
}

describe('sinks the page layer never uses', () => {
  test.each([
    ['network: fetch', /\bfetch\s*\(/],
    ['network: XMLHttpRequest', /XMLHttpRequest/],
    ['network: WebSocket', /WebSocket/],
    ['network: sendBeacon', /sendBeacon/],
    ['network: EventSource', /EventSource/],
    ['network: a URL written into src or href', /\.(?:src|href|action)\s*=/],
    ['HTML parsing: innerHTML/outerHTML', /\.(?:inner|outer)HTML\b/],
    ['HTML parsing: insertAdjacentHTML', /insertAdjacentHTML/],
    ['HTML parsing: document.write', /\.write(?:ln)?\s*\(/],
    ['HTML parsing: createContextualFragment/DOMParser', /createContextualFragment|DOMParser/],
    ['code from strings: eval/Function', /\beval\s*\(|new\s+Function\b|\bFunction\s*\(/],
  ])('%s', (_name, sink) => {
    for (const [file, src] of sources()) expect(src, file).not.toMatch(sink);
  });

  test('only the card module writes to nodes, and only to the host it creates', () => {
    const WRITES = /setAttribute|removeAttribute|toggleAttribute|textContent\s*=|\.data\s*=|nodeValue\s*=|appendChild|\.append\(|\.prepend\(|insertBefore|\.remove\(\)|replaceWith|replaceChildren|\.normalize\(\)|splitText|surroundContents|deleteContents|extractContents|insertNode|\.style\.|className\s*=|classList/;
    const writers = sources().filter(([, src]) => WRITES.test(src)).map(([file]) => file);
    expect(writers).toEqual(['dom/card.ts']);
    const card = sources().find(([file]) => file === 'dom/card.ts')![1];
    // Its writes go to elements it made itself (createElement) or to the host's closed shadow root.
    expect(card).toMatch(/const host = doc\.createElement\(/);
    expect(card).toMatch(/attachShadow\(\{ mode: 'closed' \}\)/);
    expect(card).not.toMatch(/doc\.(?:body|head)\.(?:append|prepend|insert)/);
  });
});
