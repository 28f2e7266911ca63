/**
 * What the report shows, derived from an `Analysis`: pure functions, so the
 * popup, the Markdown export and the tests agree. Fields the ledger step adds
 * (ledger.summary, ledger.sources, claims[].unsourced…) are used when present and
 * worked out from the contract's fields when not.
 */
import type { Analysis, Source, SourceType, Span } from '../analysis/types';
import { SOURCE_GROUPS } from '../shared/ui/labels';

/** One line of the source ledger: a source and the claims that cite it. */
export interface LedgerRow {
  name: string;
  type: SourceType;
  anonymous: boolean;
  claims: number;
  /** claims / all claims, 0–1. */
  share: number;
  /** Direct quotes and paraphrases, when the ledger counted them. */
  direct?: number;
  paraphrase?: number;
}

/** Indices of the claims that cite nobody, in article order. */
export function unsourcedClaims(a: Analysis): number[] {
  if (Array.isArray(a.ledger?.unsourcedClaims)) return a.ledger.unsourcedClaims.filter((i) => a.claims[i]);
  return a.claims.flatMap((c, i) => {
    const cites = c.attribution !== undefined || c.carriedAttribution !== undefined;
    return c.unsourced === true || (c.unsourced === undefined && !cites) ? [i] : [];
  });
}

/** Indices of the numbers flagged "no source given", in article order. */
export function unsourcedNumbers(a: Analysis): number[] {
  if (Array.isArray(a.ledger?.unsourcedNumbers)) return a.ledger.unsourcedNumbers.filter((i) => a.numbers[i]);
  return a.numbers.flatMap((n, i) => (n.flags?.includes('no-source') ? [i] : []));
}

/** Where a source is first cited (Infinity when it has no attribution on record). */
function firstStart(a: Analysis, s: Source): number {
  return (s.attributions ?? []).reduce((m, i) => Math.min(m, a.attributions[i]?.start ?? Infinity), Infinity);
}

/** Per source, most claims first: the ledger's own lines, else counted from `sources`. */
export function ledgerRows(a: Analysis): LedgerRow[] {
  const total = a.ledger?.claims || a.claims.length;
  const share = (n: number) => (total > 0 ? n / total : 0);
  if (Array.isArray(a.ledger?.sources)) {
    return a.ledger.sources.map((s) => ({ name: s.name, type: s.type, anonymous: s.anonymous, claims: s.claims, share: share(s.claims), direct: s.direct, paraphrase: s.paraphrase }));
  }
  const first = (s: Source) => firstStart(a, s);
  return a.sources
    .map((s) => ({ row: { name: s.name, type: s.type, anonymous: s.anonymous, claims: s.claims.length, share: share(s.claims.length) }, first: first(s) }))
    .sort((x, y) => y.row.claims - x.row.claims || (x.first === y.first ? 0 : x.first < y.first ? -1 : 1))
    .map(({ row }) => row);
}

/** "9 claims: 5 Bloomberg, 1 The Telegraph, 1 leaks, 2 no source" (the ledger's line when it wrote one). */
export function ledgerSummary(a: Analysis): string {
  if (a.ledger?.summary) return a.ledger.summary;
  const total = a.ledger?.claims || a.claims.length;
  if (total === 0) return 'no claims';
  const parts = ledgerRows(a).filter((r) => r.claims > 0).map((r) => `${r.claims} ${r.name}`);
  const none = unsourcedClaims(a).length;
  if (none > 0) parts.push(`${none} no source`);
  const head = `${total} claim${total === 1 ? '' : 's'}`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
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
