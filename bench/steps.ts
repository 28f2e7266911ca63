/**
 * Where the analysis time goes: each step of src/analysis/index.ts timed on its own over
 * one 100,000-word text, best of several runs, in CPU ms. Mirrors the pipeline's order; a step
 * whose signature changes breaks the type check here, so this file follows index.ts. The steps
 * are passed in (bench/steps-entry.ts), so the bench can time them as the minified build ships them.
 */
import type * as Steps from './steps-entry';

export type StepFunctions = typeof Steps;

/** Best time in ms of each step of `steps` over `text` (runs: how many passes of the whole pipeline). */
export function timeSteps(steps: StepFunctions, title: string, text: string, runs = 5): Record<string, number> {
  const {
    splitSentences, findNumbers, findAttributions, findHedges, findClaims, findObjectives, collectSources,
    buildLedger, carryClaimAttributions, linkNumbersToAttributions, findNumberTraps, checkHeadline,
  } = steps;
  const best: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const s = process.cpuUsage();
    const r = fn();
    const u = process.cpuUsage(s);
    const d = (u.user + u.system) / 1000;
    best[name] = Math.min(best[name] ?? Infinity, d);
    return r;
  };
  for (let i = 0; i < runs; i++) {
    const { blocks, sentences } = time('sentences', () => splitSentences(text));
    const numbers = time('numbers', () => findNumbers(text, sentences));
    const attributions = time('attributions', () => findAttributions(text, sentences));
    const hedges = time('hedges', () => findHedges(text, sentences));
    const claims = time('claims', () => findClaims({ text, sentences, numbers, attributions, hedges }));
    const objectives = time('objectives', () => findObjectives(text, sentences, blocks));
    const sources = time('sources', () => collectSources(attributions, claims));
    time('ledgerLinks', () => {
      carryClaimAttributions(claims, attributions, sentences);
      linkNumbersToAttributions(numbers, claims, attributions, sentences);
    });
    time('traps', () => findNumberTraps(text, sentences, numbers));
    time('ledger', () => buildLedger(claims, attributions, sources, { text, sentences, numbers }));
    time('headline', () => checkHeadline(title, { text, sentences, numbers, hedges, objectives }));
  }
  for (const k of Object.keys(best)) best[k] = Math.round(best[k]! * 100) / 100;
  return best;
}
