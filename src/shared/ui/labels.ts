/**
 * Words the popup and the options page show for the analysis' kinds and types,
 * kept in one place so both pages (and their tests) name things alike.
 */
import type { HighlightKind } from '../messages';
import type { HeadlineStatus, SourceType } from '../../analysis/types';

/** The accessible name of each kind's switch (CONTRACT §3: keep exactly). */
export const KIND_LABELS: Record<HighlightKind, string> = {
  claim: 'Claims',
  number: 'Numbers',
  attribution: 'Attributions',
  hedge: 'Hedges',
};

/** Accessible name of the master switch (CONTRACT §3). */
export const ALL_LABEL = 'Highlights';

/** Singular and plural nouns for counting a kind ("1 claim", "3 claims"). */
export const KIND_NOUNS: Record<HighlightKind, [string, string]> = {
  claim: ['claim', 'claims'],
  number: ['number', 'numbers'],
  attribution: ['attribution', 'attributions'],
  hedge: ['hedge', 'hedges'],
};

/** Source types in the order the popup groups them, with each group's heading. */
export const SOURCE_GROUPS: readonly { type: SourceType; heading: string }[] = [
  { type: 'publication', heading: 'Publications' },
  { type: 'organisation', heading: 'Organisations' },
  { type: 'government', heading: 'Governments' },
  { type: 'person', heading: 'People' },
  { type: 'document', heading: 'Documents' },
  { type: 'anonymous', heading: 'Unnamed sources' },
  { type: 'other', heading: 'Other sources' },
];

/** What each headline status means to a reader. */
export const HEADLINE_LABELS: Record<HeadlineStatus, string> = {
  agrees: 'Agrees with the body',
  differs: 'The body says otherwise',
  absent: 'Not found in the body',
  'hedged-in-body': 'Stated flatly, hedged in the body',
};

/** "1 claim", "3 claims": a count with its noun in the right number. */
export function countOf(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}
