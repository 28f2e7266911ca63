/**
 * Where the analysis time goes: each step of src/analysis/index.ts timed on its own over
 * one 100,000-word text, best of several runs, in CPU ms. Mirrors the pipeline's order; a step
 * whose signature changes breaks the type check here, so this file follows index.ts.
 */
import { splitSentences } from '../src/analysis/sentences';
import { findNumbers } from '../src/analysis/numbers';
import { findAttributions } from '../src/analysis/attributions';
import { findHedges } from '../src/analysis/hedges';
import { findClaims } from '../src/analysis/claims';
import { findObjectives } from '../src/analysis/objectives';
import { collectSources } from '../src/analysis/sources';
import { buildLedger, carryClaimAttributions, linkNumbersToAttributions } from '../src/analysis/ledger';
import { findNumberTraps } from '../src/analysis/traps';
import { checkHeadline } from '../src/analysis/headline';

/** Best time in ms of each step over `text` (runs: how many passes of the whole pipeline). */
export function timeSteps(title: string, text: string, runs = 5): Record<string, number> {
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
