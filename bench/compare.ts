/**
 * Compares the analysis speed of two checkouts on this machine, where run-to-run noise is
 * larger than most speed-ups: both analyses are bundled as they ship (bench/analysis-bundle.ts),
 * loaded into one process, and timed in alternation over the dev corpus of this checkout,
 * so a quiet or busy minute weighs on both alike. Prints one JSON document: each side's best
 * and mean CPU ms per round, the speed-up by best, by mean and as the median of the rounds'
 * paired ratios (the steadiest of the three here), and whether the two gave the same analyses.
 *
 * Run: npx tsx bench/compare.ts <before-checkout> [<after-checkout>=this one] [--rounds N]
 */
import { resolve } from 'node:path';
import type { ArticleInput, Analysis } from '../src/analysis/types';
import { loadBundledAnalyze } from './analysis-bundle';
import { loadCorpus, ROOT } from './corpus';

type Analyze = (input: ArticleInput) => Analysis;

function cpuMs(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 15;
  if (args.length < 1 || !(rounds > 0)) {
    process.stderr.write('usage: npx tsx bench/compare.ts <before-checkout> [<after-checkout>] [--rounds N]\n');
    process.exit(2);
  }
  const [before, after] = [resolve(args[0]!), resolve(args[1] ?? ROOT)];
  const corpus = await loadCorpus([]);
  const words = corpus.reduce((n, a) => n + a.words, 0);
  const sides: { root: string; analyze: Analyze; best: number; total: number; last: number }[] = [];
  for (const root of [before, after]) sides.push({ root, analyze: await loadBundledAnalyze(root), best: Infinity, total: 0, last: 0 });

  const same = corpus.every((a) => JSON.stringify(sides[0]!.analyze(a)) === JSON.stringify(sides[1]!.analyze(a)));
  const pass = (analyze: Analyze): void => { for (let r = 0; r < 10; r++) for (const a of corpus) analyze(a); };
  for (const side of sides) pass(side.analyze); // warm-up
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which side goes first, so neither always runs on a warmer heap.
    for (const side of i % 2 ? [...sides].reverse() : sides) {
      side.last = cpuMs(() => pass(side.analyze));
      side.best = Math.min(side.best, side.last);
      side.total += side.last;
    }
    ratios.push(sides[0]!.last / sides[1]!.last);
  }
  ratios.sort((x, y) => x - y);
  const median = rounds % 2 ? ratios[(rounds - 1) / 2]! : (ratios[rounds / 2 - 1]! + ratios[rounds / 2]!) / 2;
  const perSide = sides.map((s) => ({
    root: s.root,
    bestMs: Math.round(s.best * 10) / 10,
    wordsPerSecond: Math.round((words * 10) / (s.best / 1000)),
    meanMs: Math.round((s.total / rounds) * 10) / 10,
  }));
  process.stdout.write(`${JSON.stringify({
    wordsPerRound: words * 10,
    rounds,
    before: perSide[0],
    after: perSide[1],
    speedUpBest: Math.round((sides[0]!.best / sides[1]!.best) * 1000) / 1000,
    speedUpMean: Math.round((sides[0]!.total / sides[1]!.total) * 1000) / 1000,
    speedUpMedianPaired: Math.round(median * 1000) / 1000,
    sameAnalyses: same,
  }, null, 2)}\n`);
}

void main();
