/**
 * From an analysis to the Ranges the painter needs, and from a text offset back to
 * the analysis items under it (what the explanation card shows).
 */
import type { Analysis } from '../analysis/types';
import type { HighlightKind } from '../shared/messages';
import type { RangesByKind } from './paint';
import { rangeFromOffsets } from './ranges';
import type { TextSegment } from './text';

/** The analysis list behind each highlight kind. */
export function itemsOfKind(analysis: Analysis, kind: HighlightKind): readonly { start: number; end: number }[] {
  switch (kind) {
    case 'claim': return analysis.claims;
    case 'number': return analysis.numbers;
    case 'attribution': return analysis.attributions;
    case 'hedge': return analysis.hedges;
  }
}

const KINDS: readonly HighlightKind[] = ['claim', 'number', 'attribution', 'hedge'];

/**
 * Builds the Ranges of every kind for `analysis`, whose text was extracted with
 * `segments`. Spans whose nodes left the page are dropped, not thrown on.
 */
export function rangesForAnalysis(doc: Document, analysis: Analysis, segments: readonly TextSegment[]): RangesByKind {
  const out = { claim: [], number: [], attribution: [], hedge: [] } as Record<HighlightKind, Range[]>;
  for (const kind of KINDS) {
    for (const item of itemsOfKind(analysis, kind)) {
      const range = rangeFromOffsets(doc, segments, item.start, item.end);
      if (range) out[kind].push(range);
    }
  }
  return out;
}

/** Most ranges painted per kind: beyond this a page (a 1 MB paragraph) costs the browser more than it helps a reader. */
export const MAX_RANGES_PER_KIND = 5000;

/**
 * Like `rangesForAnalysis`, in slices: after about `sliceMs` of work it awaits
 * `pause()` (an idle callback) so no task on the page's main thread runs long.
 * Keeps at most `limit` ranges per kind, the first ones in the text.
 */
export async function rangesForAnalysisSliced(
  doc: Document, analysis: Analysis, segments: readonly TextSegment[],
  pause: () => Promise<void>, sliceMs = 8, limit = MAX_RANGES_PER_KIND,
): Promise<RangesByKind> {
  const out = { claim: [], number: [], attribution: [], hedge: [] } as Record<HighlightKind, Range[]>;
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  let sliceStart = now();
  for (const kind of KINDS) {
    const items = itemsOfKind(analysis, kind);
    for (let i = 0; i < items.length && out[kind].length < limit; i++) {
      const range = rangeFromOffsets(doc, segments, items[i]!.start, items[i]!.end);
      if (range) out[kind].push(range);
      if ((i & 63) === 63 && now() - sliceStart > sliceMs) {
        await pause();
        sliceStart = now();
      }
    }
  }
  return out;
}

/** An analysis item under a point of the text. */
export interface SpanHit {
  kind: HighlightKind;
  /** Index into the analysis list of that kind. */
  index: number;
  start: number;
  end: number;
}

/**
 * The items of the kinds that are on which contain text offset `offset`, narrowest
 * first (a number inside a claim comes before the claim). Linear in the item count.
 */
export function spansAt(analysis: Analysis, offset: number, kinds: Record<HighlightKind, boolean>): SpanHit[] {
  const hits: SpanHit[] = [];
  for (const kind of KINDS) {
    if (!kinds[kind]) continue;
    itemsOfKind(analysis, kind).forEach((item, index) => {
      if (item.start <= offset && offset < item.end) hits.push({ kind, index, start: item.start, end: item.end });
    });
  }
  return hits.sort((a, b) => a.end - a.start - (b.end - b.start));
}
