/**
 * The words of the explanation card: what a highlighted span is and why, from the
 * analysis alone (no DOM), so it can be tested as plain data.
 */
import type { Analysis, ClaimReason } from '../analysis/types';
import type { SpanHit } from './spans';

/** A card's content: a heading and a few short lines. */
export interface Explanation {
  heading: string;
  lines: string[];
}

const REASONS: Record<ClaimReason, string> = {
  number: 'states a quantity',
  attributed: 'is credited to a source',
  comparison: 'makes a comparison',
  superlative: 'uses a superlative (first, largest…)',
  cause: 'states a cause or effect',
  event: 'reports an event',
  quote: 'quotes someone',
  'named-entity': 'names people, places or organisations',
  hedged: 'is hedged',
};

function formatValue(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(value);
}

function backing(analysis: Analysis, index: number | undefined): string {
  const at = index === undefined ? undefined : analysis.attributions[index];
  if (!at) return 'Cites nobody in the text.';
  const who = at.source ?? (at.anonymous ? 'an unnamed source' : 'no named agent');
  return `Source: ${who} (“${at.cue}”)${at.anonymous ? ', anonymous' : ''}.`;
}

/** Explains one highlighted span; unknown indices give a plain "Highlighted text" card rather than throwing. */
export function explainSpan(analysis: Analysis, hit: SpanHit): Explanation {
  if (hit.kind === 'number') {
    const n = analysis.numbers[hit.index];
    if (!n) return { heading: 'Number', lines: [] };
    const lines: string[] = [];
    if (n.value !== null) lines.push(`Value: ${n.low !== undefined ? `${formatValue(n.low)} to ` : ''}${formatValue(n.value)}${n.unit ? ` ${n.unit}` : ''}`);
    else if (n.unit) lines.push(`Unit: ${n.unit}`);
    lines.push(`Kind: ${n.kind}`);
    if (n.approximate) lines.push(`Approximate: “${n.approximate}”`);
    if (n.attribution !== undefined) lines.push(backing(analysis, n.attribution));
    return { heading: 'Number', lines };
  }
  if (hit.kind === 'attribution') {
    const a = analysis.attributions[hit.index];
    if (!a) return { heading: 'Attribution', lines: [] };
    const lines = [`Source: ${a.source ?? 'not named'}${a.mention && a.mention !== a.source ? ` (written “${a.mention}”)` : ''}`, `How: “${a.cue}”`];
    lines.push(a.anonymous ? 'Anonymous: the reader cannot check who said it.' : 'Named source.');
    if (a.quote) lines.push('Introduces a direct quote.');
    return { heading: 'Attribution', lines };
  }
  if (hit.kind === 'hedge') {
    const h = analysis.hedges[hit.index];
    return { heading: 'Hedge', lines: [h ? `“${h.text}” softens the statement: it is not asserted as fact.` : ''] };
  }
  const c = analysis.claims[hit.index];
  if (!c) return { heading: 'Claim', lines: [] };
  const why = c.reasons.filter((r) => r !== 'hedged').map((r) => REASONS[r] ?? r);
  return {
    heading: `Claim (score ${c.score.toFixed(2)})`,
    lines: [
      why.length ? `Why a claim: it ${why.join(', ')}.` : 'Asserts something checkable.',
      backing(analysis, c.attribution),
      c.hedged ? 'Hedged: yes, stated with caution.' : 'Hedged: no, stated as fact.',
    ],
  };
}
