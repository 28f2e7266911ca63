/**
 * An outside yardstick: Microsoft Recognizers-Text's English specs (MIT, copied into
 * test/fixtures/recognizers-specs/). Their conventions are not ours (they tokenise,
 * lower-case, and split numbers, units, ages and dates into separate models), so the
 * share is reported and kept from falling, not pushed to 1.
 *
 * Matching, per case: a case counts when every expected result is reproduced by one of
 * our spans with the same text (case and runs of whitespace ignored) at an overlapping
 * place. Our approximation words ("about", "more than", "or more") are not part of the
 * specs' spans, so they are taken off our span before comparing. Our extra spans are not counted against a case (each spec file covers one kind
 * only, and a date or unit we also find is not wrong). Cases with no expected results
 * are left out: they mark the border between the spec's models, not a number we miss.
 * Cases marked NotSupported for javascript are kept (their share is printed apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../src/analysis/numbers';
import { splitSentences } from '../../src/analysis/sentences';
import type { NumberSpan } from '../../src/analysis/types';
import floors from './recognizers-floor.json';

/** End is inclusive; the DateTime specs give Length instead. */
interface SpecResult { Text: string; Start: number; End?: number; Length?: number }
interface SpecCase { Input: string; Results: SpecResult[]; NotSupported?: string }

const SPECS = join(__dirname, '../fixtures/recognizers-specs');
const FILES = Object.keys(floors) as (keyof typeof floors)[];
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Our span's text without its approximation words, normalised. */
function core(s: NumberSpan): string {
  const t = norm(s.text);
  const a = s.approximate;
  if (!a) return t;
  if (t.startsWith(`${a} `)) return t.slice(a.length + 1);
  if (t.endsWith(` ${a}`)) return t.slice(0, -a.length - 1);
  return t;
}

function caseMatches(c: SpecCase): boolean {
  const spans = findNumbers(c.Input, splitSentences(c.Input).sentences);
  return c.Results.every((r) => {
    const last = r.End ?? r.Start + (r.Length ?? r.Text.length) - 1;
    return spans.some((s) => (norm(s.text) === norm(r.Text) || core(s) === norm(r.Text)) && s.start <= last && s.end > r.Start);
  });
}

describe('Recognizers-Text English specs', () => {
  test.each(FILES)('%s: share of cases reproduced stays at or above its floor', (file) => {
    const cases = (JSON.parse(readFileSync(join(SPECS, file), 'utf8')) as SpecCase[]).filter((c) => c.Results.length > 0);
    let matched = 0;
    let supported = 0;
    let supportedMatched = 0;
    for (const c of cases) {
      const ok = caseMatches(c);
      if (ok) matched++;
      if (!(c.NotSupported ?? '').includes('javascript')) { supported++; if (ok) supportedMatched++; }
    }
    const share = matched / cases.length;
    console.log(`${file}: ${matched}/${cases.length} = ${share.toFixed(3)} (without NotSupported-javascript: ${supportedMatched}/${supported})`);
    expect(share).toBeGreaterThanOrEqual(floors[file]);
  });
});
