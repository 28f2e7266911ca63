/**
 * Analysis speed: words per second over the whole dev corpus (repeated to ≥ 1M words,
 * best of several runs), the same text through compromise as a baseline, time per word
 * at 1k / 10k / 100k words, and one 5,000-word article. All on Node's one main thread, and
 * all on the minified analysis bundle the extension ships (bench/analysis-bundle.ts); the
 * per-step times on a like bundle of the steps one by one (bench/steps-entry.ts).
 *
 * Durations are CPU time of this process (process.cpuUsage: user + system, all threads,
 * so V8's GC helpers count against us), not wall time: the bench machine is shared, and
 * time spent preempted by other jobs is not time the analysis needs. Wall time of the
 * ≥ 1M-word run is reported beside it.
 */
import { performance } from 'node:perf_hooks';
import { analyze as analyzeSource } from '../src/analysis/index';
import * as sourceSteps from './steps-entry';
import type { ArticleInput } from '../src/analysis/types';
import { loadBundledAnalyze, loadBundledSteps } from './analysis-bundle';
import { countWords, textOfWords, type CorpusArticle } from './corpus';
import { timeSteps, type StepFunctions } from './steps';

const log = (msg: string): void => { process.stderr.write(`[bench] ${msg}\n`); };

/** CPU ms of `fn`, and its wall ms. */
function measure(fn: () => void): { cpu: number; wall: number } {
  const w = performance.now();
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return { cpu: (d.user + d.system) / 1000, wall: performance.now() - w };
}

/** Best CPU ms (and best wall ms) of `fn` over `runs` runs (at least one), stopping early after `budgetMs` of wall time. */
function best(fn: () => void, runs: number, budgetMs = 120_000): { cpu: number; wall: number } {
  const min = { cpu: Infinity, wall: Infinity };
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const m = measure(fn);
    min.cpu = Math.min(min.cpu, m.cpu);
    min.wall = Math.min(min.wall, m.wall);
    if (performance.now() - t0 > budgetMs) break;
  }
  return min;
}

/** Repeats `fn` until it has used ≥ `minMs` of CPU in total, returns the best single run in CPU ms. */
function bestFor(fn: () => void, minMs: number, minRuns = 3): number {
  let min = Infinity;
  let total = 0;
  for (let i = 0; i < minRuns || total < minMs; i++) {
    const d = measure(fn).cpu;
    total += d;
    min = Math.min(min, d);
    if (i > 10_000) break;
  }
  return min;
}

const round = (x: number, digits = 0): number => Math.round(x * 10 ** digits) / 10 ** digits;

export interface AnalysisFigures {
  /** Words per CPU second. */
  wordsPerSecond: number;
  /** What was timed: the minified analysis bundle (as shipped), or the TypeScript source when it could not be built. */
  timed: 'bundle' | 'source';
  /** Words per wall-clock second, best run (lower when the machine is busy). */
  wallWordsPerSecond: number;
  compromiseWordsPerSecond: number | null;
  /** Claimlens words per second over compromise's on the same text. */
  ratio: number | null;
  usPerWord: { '1k': number; '10k': number; '100k': number };
  ms5kWords: number;
  /** Best ms of each pipeline step over one 100,000-word text. */
  stepsMs100k?: Record<string, number>;
  corpus: { articles: number; words: number; repeatedTo: number; runs: number; fromHtml: number; fromTxt: number };
  compromiseSampleWords?: number;
  note?: string;
}

/** Measures the analysis over `corpus`. */
export async function benchAnalysis(corpus: CorpusArticle[], opts: { compromise?: boolean } = {}): Promise<AnalysisFigures> {
  const words = corpus.reduce((n, a) => n + a.words, 0);
  let analyze = analyzeSource;
  let timed: AnalysisFigures['timed'] = 'bundle';
  try {
    analyze = await loadBundledAnalyze();
  } catch (error) {
    timed = 'source';
    log(`analysis: minified bundle unavailable, timing the source (${String(error).slice(0, 160)})`);
  }
  const reps = Math.max(1, Math.ceil(1_000_000 / Math.max(1, words)));
  const inputs: ArticleInput[] = corpus.map((a) => ({ title: a.title, text: a.text }));
  // Warm up the JIT on the whole corpus before timing anything.
  for (let i = 0; i < 3; i++) for (const a of inputs) analyze(a);
  const runs = 5;
  log(`analysis: ${corpus.length} articles, ${words} words × ${reps} = ${words * reps} words, best of ${runs}`);
  const ms = best(() => {
    for (let r = 0; r < reps; r++) for (const a of inputs) analyze(a);
  }, runs);
  const wordsPerSecond = round((words * reps) / (ms.cpu / 1000));
  const wallWordsPerSecond = round((words * reps) / (ms.wall / 1000));

  const perWord = (n: number): number => {
    const text = textOfWords(corpus, n);
    const input = { title: 'Bench', text };
    const real = countWords(text);
    analyze(input);
    return round((bestFor(() => analyze(input), 300) * 1000) / real, 3);
  };
  log('analysis: time per word at 1k / 10k / 100k words');
  const usPerWord = { '1k': perWord(1_000), '10k': perWord(10_000), '100k': perWord(100_000) };
  const five = { title: 'Bench', text: textOfWords(corpus, 5_000) };
  const ms5kWords = round(bestFor(() => analyze(five), 500, 10), 2);

  log('analysis: each step over 100k words');
  let steps: StepFunctions = sourceSteps;
  try {
    steps = await loadBundledSteps();
  } catch (error) {
    log(`analysis: steps bundle unavailable, timing the steps from source (${String(error).slice(0, 160)})`);
  }
  const stepsText = textOfWords(corpus, 100_000);
  // These copies of the steps are cold (the timing above ran another bundle): the first passes run
  // up to 1.6x slower than later ones, so warm them up alike.
  timeSteps(steps, 'Warm-up', stepsText, 8);
  const stepsMs100k = timeSteps(steps, 'Attack in Kursk advances 3 key objectives for Ukraine', stepsText);
  const figures: AnalysisFigures = {
    wordsPerSecond,
    timed,
    wallWordsPerSecond,
    compromiseWordsPerSecond: null,
    ratio: null,
    usPerWord,
    ms5kWords,
    stepsMs100k,
    corpus: { articles: corpus.length, words, repeatedTo: words * reps, runs, fromHtml: corpus.filter((a) => a.from === 'html').length, fromTxt: corpus.filter((a) => a.from === 'txt').length },
  };
  if (opts.compromise === false) { figures.note = 'compromise skipped (--no-compromise)'; return figures; }
  try {
    const nlp = (await import('compromise')).default;
    // compromise is ~1000× slower: a 50k-word sample of the same articles, best of 2.
    const sample = textOfWords(corpus, 50_000).split(/\n\s*\n/);
    const sampleWords = countWords(sample.join('\n\n'));
    log(`compromise: ${sampleWords} words, best of 2`);
    nlp(sample[0] ?? '').json();
    const cms = best(() => { for (const p of sample) nlp(p).json(); }, 2, 120_000).cpu;
    figures.compromiseWordsPerSecond = round(sampleWords / (cms / 1000));
    figures.ratio = round(wordsPerSecond / figures.compromiseWordsPerSecond, 1);
    figures.compromiseSampleWords = sampleWords;
  } catch (error) {
    figures.note = `compromise not measured: ${String(error).slice(0, 200)}`;
  }
  return figures;
}
