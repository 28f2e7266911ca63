/**
 * In-page figures in Chromium (playwright-core) with the extension loaded unpacked from
 * extension/: time from DOMContentLoaded to the first `claimlens-*` entry in CSS.highlights,
 * the longest Claimlens task, and the JS heap Claimlens adds to a 20,000-word page.
 *
 * Attribution of long tasks: pages are served with `script-src 'none'`, so the only scripts
 * on them are Claimlens's content script and our probe. The probe records Long Animation
 * Frame entries, whose `scripts[]` name their source URL: a script from chrome-extension://
 * is Claimlens's, and its duration is the figure. When Chromium gives no script entries, the
 * longest 'longtask' entry after DOMContentLoaded is used instead, and the same page without
 * the extension is measured beside it (`…Without`), so parsing and layout can be told apart.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTICLES, ROOT, articlePage, textOfWords, type CorpusArticle } from './corpus';
import { claimlensTasks, startTrace, stopTrace } from './trace';

const log = (msg: string): void => { process.stderr.write(`[bench] ${msg}\n`); };
const CHROMIUM = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';
const CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'none'";
const HIGHLIGHT_TIMEOUT_MS = 15_000;
/** The unpacked extension to load (CLAIMLENS_EXTENSION: another build, e.g. an unpacked store zip). */
const EXTENSION = process.env.CLAIMLENS_EXTENSION ?? join(ROOT, 'extension');

export interface PageFigures {
  browser: string | null;
  firstHighlightMs: number | null;
  longestTaskMs: number | null;
  longestTaskMs20k: number | null;
  heapAddedBytes20k: number | null;
  /** Time to first highlight on the largest corpus page and on the 20k-word page. */
  firstHighlightMsLargest?: number | null;
  firstHighlightMs20k?: number | null;
  /** Longest task on the same pages without the extension (parsing, layout). */
  longestTaskMsWithout?: number | null;
  longestTaskMs20kWithout?: number | null;
  /** Longest single run of Claimlens code inside those tasks (trace only). */
  longestScriptMs?: number | null;
  longestScriptMs20k?: number | null;
  /** How long tasks were attributed (see the file comment). */
  taskAttribution?: string;
  pages?: { seed: string; largest: string; generatedWords: number };
  note?: string;
}

/** The probe, run in the page's main world before anything else (CDP bypasses the page CSP). */
const PROBE = `(() => {
  const rec = window.__claimlensBench = { dcl: null, first: null, tasks: [], frames: [] };
  document.addEventListener('DOMContentLoaded', () => { rec.dcl = performance.now(); }, { once: true });
  const seen = () => {
    try { for (const name of CSS.highlights.keys()) if (String(name).startsWith('claimlens-')) return true; } catch (e) {}
    return false;
  };
  const poll = () => {
    if (rec.first !== null) return;
    if (seen()) { rec.first = performance.now(); return; }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  const tick = () => { if (rec.first === null) { if (seen()) rec.first = performance.now(); else setTimeout(tick, 4); } };
  setTimeout(tick, 4);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) rec.tasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.frames.push({ start: e.startTime, duration: e.duration,
        scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL || '', duration: s.duration, invoker: s.invoker || '' })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
})();`;

interface ProbeRecord {
  dcl: number | null;
  first: number | null;
  tasks: { start: number; duration: number }[];
  frames: { start: number; duration: number; scripts: { url: string; duration: number; invoker: string }[] }[];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Serves the corpus under /articles/ and generated pages from memory, on 127.0.0.1 only. */
async function serve(generated: Map<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
    const page = generated.get(path);
    if (page !== undefined) { res.writeHead(200, { ...headers, 'content-type': TYPES['.html']! }); res.end(page); return; }
    if (path.startsWith('/articles/')) {
      const file = normalize(join(ARTICLES, path.slice('/articles/'.length)));
      if (file.startsWith(ARTICLES + sep) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, headers);
    res.end();
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', resolve); });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-bench-'));
  const ext = EXTENSION;
  const args = withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...ARGS] : ARGS;
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 800 }, args });
    return { context, close: async () => { await context.close().catch(() => undefined); await rm(profile, { recursive: true, force: true }); } };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

interface Visit { firstMs: number | null; longestMs: number | null; longestScriptMs?: number | null; how: string; page: Page }

/**
 * Opens `url`, waits for the first highlight (or the timeout) and a quiet second, reads the
 * probe. With `trace`, the longest task is the longest traced task running Claimlens code.
 */
async function visit(context: BrowserContext, url: string, waitForHighlight: boolean, trace = false): Promise<Visit> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  let cdp = trace ? await context.newCDPSession(page) : undefined;
  if (cdp) {
    // A browser without tracing falls back to the probe's entries (labelled as such).
    try { await startTrace(cdp); } catch { await cdp.detach().catch(() => undefined); cdp = undefined; }
  }
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  if (waitForHighlight) {
    await page.waitForFunction(() => (window as unknown as { __claimlensBench?: ProbeRecord }).__claimlensBench?.first != null, undefined, { timeout: HIGHLIGHT_TIMEOUT_MS, polling: 50 }).catch(() => undefined);
  }
  await page.waitForTimeout(1_000);
  const rec = await page.evaluate(() => (window as unknown as { __claimlensBench: ProbeRecord }).__claimlensBench);
  const scripts = rec.frames.flatMap((f) => f.scripts).filter((s) => /^(chrome|moz)-extension:/.test(s.url));
  const afterDcl = rec.tasks.filter((t) => rec.dcl === null || t.start + t.duration >= rec.dcl);
  const longestMs = scripts.length > 0
    ? Math.max(...scripts.map((s) => s.duration))
    : afterDcl.length > 0 ? Math.max(...afterDcl.map((t) => t.duration)) : 0;
  const firstMs = rec.first !== null && rec.dcl !== null ? rec.first - rec.dcl : null;
  if (cdp) {
    const traced = claimlensTasks(await stopTrace(cdp));
    await cdp.detach();
    // No extension code in the trace: Claimlens did not run here, so it has no task to report.
    if (traced.longestTaskMs === null) return { firstMs, longestMs: null, longestScriptMs: null, how: 'trace-empty', page };
    return { firstMs, longestMs: traced.longestTaskMs, longestScriptMs: traced.longestScriptMs, how: 'trace', page };
  }
  return { firstMs, longestMs, how: scripts.length > 0 ? 'loaf' : 'longtask', page };
}

/** JS heap in use by the page's renderer after a full garbage collection (all worlds, content scripts included). */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const r1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/** Measures the page figures; every failure becomes null with a note, never a throw. */
export async function benchPage(corpus: CorpusArticle[]): Promise<PageFigures> {
  const empty: PageFigures = { browser: null, firstHighlightMs: null, longestTaskMs: null, longestTaskMs20k: null, heapAddedBytes20k: null };
  if (!existsSync(CHROMIUM)) return { ...empty, note: `no Chromium at ${CHROMIUM} (set CLAIMLENS_CHROMIUM)` };
  if (!existsSync(join(EXTENSION, 'manifest.json')) || !existsSync(join(EXTENSION, 'content.js'))) {
    return { ...empty, note: `${EXTENSION} has no built extension (run node build.mjs)` };
  }
  const notes: string[] = [];
  const words20k = 20_000;
  const generated = new Map([['/bench/20k.html', articlePage('Bench: a generated 20,000-word article', textOfWords(corpus, words20k))]]);
  const withHtml = corpus.filter((a) => existsSync(join(ARTICLES, a.slug, 'source.html')));
  const largest = withHtml.reduce<CorpusArticle | undefined>((big, a) => (!big || a.words > big.words ? a : big), undefined);
  const server = await serve(generated);
  const seedUrl = `${server.origin}/articles/kursk-seed/source.html`;
  const largestUrl = largest ? `${server.origin}/articles/${largest.slug}/source.html` : seedUrl;
  const bigUrl = `${server.origin}/bench/20k.html`;
  const out: PageFigures = { ...empty, pages: { seed: 'kursk-seed', largest: largest?.slug ?? 'kursk-seed', generatedWords: words20k } };
  let withExt: Awaited<ReturnType<typeof launch>> | undefined;
  let without: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    log('page: launching Chromium with the extension');
    withExt = await launch(true);
    const probe = await withExt.context.newPage();
    const cdp = await withExt.context.newCDPSession(probe);
    out.browser = `chromium ${String((await cdp.send('Browser.getVersion')).product).replace(/^[^/]*\//, '')}`;
    await cdp.detach();
    await probe.close();

    const firsts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await visit(withExt.context, seedUrl, true);
      if (v.firstMs !== null) firsts.push(v.firstMs);
      await v.page.close();
    }
    out.firstHighlightMs = firsts.length ? r1(median(firsts)) : null;
    if (!firsts.length) notes.push(`no claimlens-* highlight within ${HIGHLIGHT_TIMEOUT_MS / 1000} s on the seed page (content script not painting yet?)`);

    log(`page: largest corpus page (${out.pages!.largest}) and the 20k-word page`);
    const big = await visit(withExt.context, largestUrl, true, true);
    out.firstHighlightMsLargest = r1(big.firstMs);
    out.longestTaskMs = r1(big.longestMs);
    out.longestScriptMs = big.longestScriptMs ?? null;
    await big.page.close();
    const traced = await visit(withExt.context, bigUrl, true, true);
    out.firstHighlightMs20k = r1(traced.firstMs);
    out.longestTaskMs20k = r1(traced.longestMs);
    out.longestScriptMs20k = traced.longestScriptMs ?? null;
    await traced.page.close();
    out.taskAttribution = {
      trace: 'Chromium trace: longest top-level task on the page main thread running chrome-extension:// code',
      loaf: 'long-animation-frame scripts from chrome-extension://',
      longtask: 'longtask after DOMContentLoaded (page scripts blocked by CSP): not attributed',
      'trace-empty': 'Chromium trace: no chrome-extension:// code ran on the page main thread',
    }[traced.how];
    if (traced.how === 'trace-empty') notes.push('the trace shows no Claimlens code on the page: content script not running?');
    // Heap after the traced visit, untraced: tracing buffers would count as page memory.
    const heaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await visit(withExt.context, bigUrl, true);
      heaps.push(await heapAfterGc(withExt.context, v.page));
      await v.page.close();
    }

    log('page: the same pages without the extension');
    without = await launch(false);
    const bare = await visit(without.context, largestUrl, false);
    out.longestTaskMsWithout = r1(bare.longestMs);
    await bare.page.close();
    const bareHeaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await visit(without.context, bigUrl, false);
      if (i === 0) out.longestTaskMs20kWithout = r1(v.longestMs);
      bareHeaps.push(await heapAfterGc(without.context, v.page));
      await v.page.close();
    }
    out.heapAddedBytes20k = Math.max(0, Math.round(median(heaps) - median(bareHeaps)));
    if (out.firstHighlightMs20k === null) notes.push('no highlight on the 20k-word page: its heap and task figures show the content script idle');
  } catch (error) {
    notes.push(`page bench stopped: ${String(error).split('\n')[0]!.slice(0, 200)}`);
  } finally {
    await withExt?.close();
    await without?.close();
    await server.close();
  }
  if (notes.length) out.note = notes.join('; ');
  return out;
}
