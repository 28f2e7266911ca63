/**
 * What the report shows, derived from an `Analysis`: pure functions, so the
 * popup, the Markdown export and the tests agree. The source ledger is read as
 * the analysis's ledger step wrote it (ledger.summary, ledger.sources,
 * ledger.unsourced…), never counted again here. Those fields are optional in the
 * type, so a part the ledger lacks is shown as nothing rather than guessed.
 */
import type { Analysis, LedgerSource, Source, SourceType, Span } from '../analysis/types';
import { SOURCE_GROUPS } from '../shared/ui/labels';

/** One line of the source ledger, with its share of all claims (0–1). */
export interface LedgerRow extends LedgerSource {
  share: number;
}

/** The ledger's lines, most claims first; none when the ledger has no per-source lines. */
export function ledgerRows(a: Analysis): LedgerRow[] {
  const total = a.ledger.claims;
  return (a.ledger.sources ?? []).map((s) => ({ ...s, share: total > 0 ? s.claims / total : 0 }));
}

/** What cites nobody, as indices into `claims` and `numbers` in article order. */
export interface Unsourced {
  claims: number[];
  numbers: number[];
}

/**
 * The claims and numbers the ledger lists as "no source given", without indices that
 * point nowhere; null when the ledger does not list them, so nobody reads "every claim
 * cites a source" into a list that is simply missing.
 */
export function unsourced(a: Analysis): Unsourced | null {
  const { unsourcedClaims, unsourcedNumbers } = a.ledger;
  if (!Array.isArray(unsourcedClaims) || !Array.isArray(unsourcedNumbers)) return null;
  return { claims: unsourcedClaims.filter((i) => a.claims[i]), numbers: unsourcedNumbers.filter((i) => a.numbers[i]) };
}

/** Where a source is first cited (Infinity when it has no attribution on record). */
function firstStart(a: Analysis, s: Source): number {
  return (s.attributions ?? []).reduce((m, i) => Math.min(m, a.attributions[i]?.start ?? Infinity), Infinity);
}

/** A group of sources of one type, each with its index into `Analysis.sources`. */
export interface SourceGroup {
  type: SourceType;
  heading: string;
  sources: { source: Source; index: number }[];
}

/** Sources grouped by type in the order of SOURCE_GROUPS; within a group, by first mention. */
export function groupSources(a: Analysis): SourceGroup[] {
  const first = a.sources.map((s) => firstStart(a, s));
  const known = new Set<SourceType>(SOURCE_GROUPS.map((g) => g.type));
  return SOURCE_GROUPS.map(({ type, heading }) => ({
    type,
    heading,
    sources: a.sources
      .map((source, index) => ({ source, index }))
      .filter(({ source }) => source.type === type || (type === 'other' && !known.has(source.type)))
      .sort((x, y) => (first[x.index] ?? Infinity) - (first[y.index] ?? Infinity) || x.index - y.index),
  })).filter((g) => g.sources.length > 0);
}

/** The place a source is first cited (its first attribution), or undefined when unknown. */
export function firstMention(a: Analysis, s: Source): Span | undefined {
  const spans = (s.attributions ?? []).map((i) => a.attributions[i]).filter((x): x is NonNullable<typeof x> => Boolean(x));
  return spans.sort((x, y) => x.start - y.start)[0];
}

/** The claims a source supports, in article order. */
export function claimsOf(a: Analysis, s: Source): number[] {
  return [...new Set(s.claims)].filter((i) => a.claims[i]).sort((x, y) => (a.claims[x]?.start ?? 0) - (a.claims[y]?.start ?? 0));
}

/** A file name for the downloaded analysis: the title in lower-case words, then ".claimlens.json". */
export function exportFileName(title: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${slug || 'article'}.claimlens.json`;
}
