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

/** Who backs a number or claim: its own sentence's attribution, else one carried from its paragraph, else nobody. */
function backing(analysis: Analysis, own: number | undefined, carried: number | undefined): string {
  const index = own ?? carried;
  const at = index === undefined ? undefined : analysis.attributions[index];
  if (!at) return 'No source given: nothing in its sentence or paragraph says who says so.';
  const who = at.source ?? (at.anonymous ? 'an unnamed source' : 'no named agent');
  const from = own === undefined ? ' (carried from earlier in the paragraph)' : '';
  return `Source: ${who} (“${at.cue}”)${at.anonymous ? ', anonymous' : ''}${from}.`;
}

/** The reader's line for each number trap the analysis found on this number. */
function trapLines(analysis: Analysis, index: number): string[] {
  return (analysis.traps ?? []).filter((t) => t.number === index).map((t) => `Watch out: ${t.message}`);
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
    // Dates and durations are not flagged "no source" by the ledger, so only say who backs them when someone does.
    if (n.attribution !== undefined || n.carriedAttribution !== undefined || n.flags?.includes('no-source')) {
      lines.push(backing(analysis, n.attribution, n.carriedAttribution));
    }
    lines.push(...trapLines(analysis, hit.index));
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
      backing(analysis, c.attribution, c.carriedAttribution),
      c.hedged ? 'Hedged: yes, stated with caution.' : 'Hedged: no, stated as fact.',
    ],
  };
}
