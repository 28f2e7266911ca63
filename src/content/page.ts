/**
 * The content script's one job: keep the page's highlights in step with its
 * article and the reader's settings. Finds and reads the article on idle time,
 * has the background script analyse it (off the page's main thread, and the
 * analysis code stays out of the page's bundle), paints,
 * follows later changes, and keeps a PageState for the popup. Never throws into
 * the page: failures become state 'error' with a sentence for the reader.
 */
import type { Analysis } from '../analysis/types';
import { readArticleAt, type ArticleText } from '../dom/read';
import { findArticle } from '../dom/article';
import { indexSegments, rangeFromOffsets, type NodeIndex } from '../dom/ranges';
import { clearHighlights, flashRange, paintHighlights, type RangesByKind } from '../dom/paint';
import { rangesForAnalysisSliced } from '../dom/spans';
import { followPage, type Follower } from '../dom/follow';
import { createCard } from '../dom/card';
import { attachExplanations, type PaintedPage } from '../dom/hover';
import type { PageState, PageStatus } from '../shared/messages';
import type { Settings } from '../shared/settings';

/** Waits before asking the background again (a sleeping service worker may miss the first request). */
const RETRY_MS = 250;

/** What the controller needs from the extension (swapped in tests). */
export interface PageDeps {
  analyzeInBackground(title: string, text: string, site?: string): Promise<Analysis>;
  reportAnalysed(claims: number, status: PageStatus): void;
}

interface Current {
  article: ArticleText;
  analysis: Analysis;
  index: NodeIndex;
  ranges: RangesByKind;
}

/** Runs `fn` when the page's main thread is idle (soon, at the latest after `timeout` ms). */
function whenIdle(doc: Document, fn: () => void, timeout = 1000): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  // Once, whichever comes first: a page that replaced requestIdleCallback (a stub that never
  // calls back, or throws) must not leave Claimlens loading for ever.
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  try {
    if (view && typeof view.requestIdleCallback === 'function') {
      view.requestIdleCallback(once, { timeout });
      setTimeout(once, timeout + 100);
      return;
    }
  } catch {
    // Fall through to a plain timer.
  }
  setTimeout(once, 0);
}

/** Yields the main thread until it is idle again: each step of the work is its own short task. */
function idle(doc: Document, timeout = 300): Promise<void> {
  return new Promise((resolve) => whenIdle(doc, resolve, timeout));
}

/** Work a task may do before the next step waits for idle time: small pages go straight through. */
const TASK_BUDGET_MS = 8;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * A pause between steps that yields only once the current task has worked `TASK_BUDGET_MS`:
 * a long page is read and painted in short tasks, a short one without waiting for idle
 * time between steps (each wait costs a frame or more). `fresh()` marks a new task.
 */
function pacer(doc: Document): { pause: () => Promise<void>; fresh: () => void } {
  let started = now();
  return {
    pause: async () => {
      if (now() - started < TASK_BUDGET_MS) return;
      await idle(doc);
      started = now();
    },
    fresh: () => { started = now(); },
  };
}

/** Whether Claimlens analyses this page by itself, waits for a click, or stays off. */
export function runModeFor(settings: Settings, hostname: string): 'auto' | 'wait' {
  const site = settings.sites[hostname];
  if (site === 'never') return 'wait';
  if (site === 'always') return 'auto';
  return settings.runMode === 'on-click' ? 'wait' : 'auto';
}

/** The live page controller; one per document. */
export class PageController {
  private state: PageState;
  private current: Current | null = null;
  private follower: Follower | null = null;
  private detachCard: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private changedWhileRunning = false;
  private generation = 0;

  constructor(private readonly doc: Document, private settings: Settings, private readonly deps: PageDeps) {
    this.state = { status: 'loading', url: doc.location?.href ?? '', title: doc.title };
  }

  /** The state the popup shows. */
  getState(): PageState {
    return { ...this.state, url: this.doc.location?.href ?? this.state.url };
  }

  /** Starts by itself, or waits in state 'idle' when the run mode or the site says so. */
  start(): void {
    if (runModeFor(this.settings, this.doc.location?.hostname ?? '') === 'wait') {
      const never = this.settings.sites[this.doc.location?.hostname ?? ''] === 'never';
      this.setState({ status: 'idle', message: never ? 'Claimlens is turned off for this site.' : 'Claimlens runs on this page when you ask.' });
      return;
    }
    this.run();
  }

  /** Analyses the page now (the popup's "Run", or automatic start); resolves when done. */
  run(): Promise<void> {
    if (this.running) return this.running;
    if (this.current) return Promise.resolve();
    this.setState({ status: 'loading' });
    try {
      // Follow from the start: changes made while the first analysis runs are caught too.
      this.followChanges();
    } catch {
      // A page that broke MutationObserver is analysed once, not followed.
      this.follower = null;
    }
    this.running = new Promise<void>((resolve) => whenIdle(this.doc, () => void this.analysePage().finally(resolve))).then(() => this.settle());
    return this.running;
  }

  /** Applies new settings at once: repaint, or stop when the site was turned off. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    try {
      if (this.settings.sites[this.doc.location?.hostname ?? ''] === 'never' && this.current) {
        this.stop();
        this.setState({ status: 'idle', message: 'Claimlens is turned off for this site.', analysis: undefined });
        return;
      }
      this.paint();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Scrolls to text offsets [start, end) of the analysis and flashes them; false when they are not on the page. */
  reveal(start: number, end: number): boolean {
    try {
      const cur = this.current;
      if (!cur) return false;
      const range = rangeFromOffsets(this.doc, cur.article.segments, start, end);
      if (!range) return false;
      const el = range.startContainer.parentElement;
      el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      flashRange(this.doc, range);
      return true;
    } catch {
      return false;
    }
  }

  /** Removes everything Claimlens added to the page (highlights, card, observer). */
  stop(): void {
    // Any analysis still in flight finds a newer generation and drops its result.
    this.generation++;
    this.changedWhileRunning = false;
    this.follower?.stop();
    this.follower = null;
    this.detachCard?.();
    this.detachCard = null;
    this.current = null;
    clearHighlights(this.doc);
  }

  private setState(patch: Partial<PageState>): void {
    this.state = { ...this.state, ...patch, url: this.doc.location?.href ?? this.state.url };
  }

  private fail(e: unknown): void {
    this.setState({ status: 'error', analysis: undefined, message: `Claimlens could not analyse this page: ${e instanceof Error ? e.message : String(e)}` });
    try {
      clearHighlights(this.doc);
    } catch {
      // Nothing more to undo.
    }
    this.deps.reportAnalysed(0, 'error');
  }

  private async analysePage(): Promise<void> {
    const generation = ++this.generation;
    const pace = pacer(this.doc);
    try {
      const root = findArticle(this.doc);
      await pace.pause();
      if (generation !== this.generation) return;
      const article = readArticleAt(this.doc, root);
      if (!article) {
        this.current = null;
        clearHighlights(this.doc);
        this.setState({ status: 'no-article', title: this.doc.title, analysis: undefined, message: 'No article found on this page.' });
        this.deps.reportAnalysed(0, 'no-article');
        return;
      }
      const same = this.current && this.current.article.text === article.text && this.current.article.title === article.title;
      let analysis: Analysis;
      if (same) {
        analysis = this.current!.analysis;
      } else {
        await pace.pause();
        analysis = await this.analyseText(article);
        // The answer arrives in a task of its own (its message was decoded in it).
        pace.fresh();
      }
      await pace.pause();
      if (generation !== this.generation) return;
      const ranges = await rangesForAnalysisSliced(this.doc, analysis, article.segments, pace.pause, TASK_BUDGET_MS);
      if (generation !== this.generation) return;
      this.current = { article, analysis, index: indexSegments(article.segments), ranges };
      this.paint();
      this.setState({ status: 'ready', title: analysis.title || this.doc.title, analysis, message: undefined });
      this.deps.reportAnalysed(analysis.claims.length, 'ready');
    } catch (e) {
      this.fail(e);
    }
  }

  private async analyseText(article: ArticleText): Promise<Analysis> {
    const { title, text, site } = article;
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (attempt) await new Promise((r) => setTimeout(r, RETRY_MS));
      try {
        const result = await this.deps.analyzeInBackground(title, text, site);
        if (result && typeof result === 'object' && result.text === text) return result;
        lastError = new Error('the background script gave no analysis');
      } catch (e) {
        lastError = e;
      }
    }
    throw new Error(`the extension's background script did not answer (${lastError instanceof Error ? lastError.message : String(lastError)}); reloading the page may help`);
  }

  private paint(): void {
    const cur = this.current;
    if (!cur) return;
    const on = this.settings.enabled;
    paintHighlights(this.doc, cur.ranges, this.settings.kinds, on);
    if (on && !this.detachCard) {
      const card = createCard(this.doc);
      this.detachCard = attachExplanations(this.doc, card, () => this.painted());
    } else if (!on && this.detachCard) {
      this.detachCard();
      this.detachCard = null;
    }
  }

  private painted(): PaintedPage | null {
    const cur = this.current;
    if (!cur || !this.settings.enabled) return null;
    return { analysis: cur.analysis, segments: cur.article.segments, index: cur.index, kinds: this.settings.kinds };
  }

  /** Ends a run; a change that arrived meanwhile gets its own run now rather than being lost. */
  private settle(): void {
    this.running = null;
    if (this.changedWhileRunning) {
      this.changedWhileRunning = false;
      this.recheck();
    }
  }

  /** Re-reads the article; the analysis is redone only when its text or title changed. */
  private recheck(): void {
    if (this.running) {
      this.changedWhileRunning = true;
      return;
    }
    this.running = this.analysePage().then(() => this.settle());
  }

  private followChanges(): void {
    if (this.follower) return;
    // The whole document, so a page that swaps its <body> (client-side navigation) is still followed;
    // changes outside the body (<head>, Claimlens's own card host) are not changes of the article.
    const root = this.doc.documentElement;
    const swapsBody = (r: MutationRecord) => [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some((n) => n.nodeName === 'BODY');
    this.follower = followPage(root, () => this.recheck(), {
      ignore: (node, record) => (node === root ? !swapsBody(record) : !this.doc.body?.contains(node)),
    });
  }
}
