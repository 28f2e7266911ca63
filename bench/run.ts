/**
 * `npm run bench`: prints ONE JSON document on stdout (progress on stderr) with the
 * analysis speed, the in-page figures in Chromium and the bundle sizes (CONTRACT §4).
 * Anything that cannot be measured here is null with a "note"; the bench never crashes.
 * `--no-page` skips the browser, `--no-compromise` the baseline, `--no-analysis` the
 * analysis timing (quick runs while working on one part).
 */
import { cpus } from 'node:os';
import type { AnalysisFigures } from './analysis';
import type { BundleFigures } from './bundles';
import { loadCorpus } from './corpus';
import type { PageFigures } from './page';

const args = new Set(process.argv.slice(2));

async function main(): Promise<void> {
  const notes: string[] = [];
  const corpus = await loadCorpus(notes);
  let analysis: AnalysisFigures | { wordsPerSecond: null; compromiseWordsPerSecond: null; usPerWord: null; ms5kWords: null; note: string };
  try {
    if (args.has('--no-analysis')) throw new Error('skipped (--no-analysis)');
    // Imported here, so a broken analysis module is a note in the JSON, not a crash.
    const { benchAnalysis } = await import('./analysis');
    analysis = await benchAnalysis(corpus, { compromise: !args.has('--no-compromise') });
  } catch (error) {
    analysis = { wordsPerSecond: null, compromiseWordsPerSecond: null, usPerWord: null, ms5kWords: null, note: `analysis failed: ${String(error).slice(0, 300)}` };
  }
  const page: PageFigures = args.has('--no-page')
    ? { browser: null, firstHighlightMs: null, longestTaskMs: null, longestTaskMs20k: null, heapAddedBytes20k: null, note: 'skipped (--no-page)' }
    : await import('./page').then(({ benchPage }) => benchPage(corpus))
      .catch((error: unknown) => ({ browser: null, firstHighlightMs: null, longestTaskMs: null, longestTaskMs20k: null, heapAddedBytes20k: null, note: String(error).slice(0, 300) }));
  const bundles: BundleFigures = await import('./bundles').then(({ benchBundles }) => benchBundles())
    .catch((error: unknown) => ({ content: null, background: null, popup: null, note: String(error).slice(0, 300) }));
  const doc = {
    analysis,
    page,
    bundles,
    machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, date: new Date().toISOString() },
    ...(notes.length ? { notes } : {}),
  };
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${String(error)}\n`);
  process.stdout.write(`${JSON.stringify({ analysis: null, page: null, bundles: null, note: String(error).slice(0, 300) })}\n`);
});
