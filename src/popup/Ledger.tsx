/**
 * The source ledger: one line of summary ("9 claims: 5 Bloomberg, …, 2 no
 * source"), how the claims split between named, unnamed and no source, and a
 * compact bar per source.
 */
import type { Analysis } from '../analysis/types';
import { KIND_NOUNS, countOf } from '../shared/ui/labels';
import { ledgerRows } from './report-data';
import { ShareBar } from './ShareBar';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Renders the ledger of an analysis; a short sentence when there are no claims. */
export function Ledger({ analysis }: { analysis: Analysis }) {
  const ledger = analysis.ledger;
  const rows = ledgerRows(analysis).filter((r) => r.claims > 0);
  const total = ledger.claims;
  const none = ledger.unsourced;
  return (
    <section class="card ledger" aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">Source ledger</h2>
      {ledger.summary && <p class="ledger-summary" data-testid="ledger-summary">{ledger.summary}</p>}
      {total > 0 && (
        <p class="ledger-split">
          {countOf(ledger.named, KIND_NOUNS.claim)} cite a named source, {ledger.anonymous} an unnamed one, {ledger.unsourced} nobody.
        </p>
      )}
      {ledger.topSource && ledger.topSourceShare > 0.5 && (
        <p class="ledger-dominant">
          One source carries most of the article: {ledger.topSource} backs {percent(ledger.topSourceShare)} of the claims.
        </p>
      )}
      {rows.length > 0 && (
        <ul class="ledger-bars" aria-label="Claims per source">
          {rows.map((r) => (
            <li key={r.name} data-anonymous={r.anonymous ? 'true' : undefined}>
              <span class="ledger-name">{r.name}</span>{' '}
              <ShareBar share={r.share} />
              <span class="ledger-count">
                {countOf(r.claims, KIND_NOUNS.claim)} ({percent(r.share)})
                {r.direct ? `, ${countOf(r.direct, ['quote', 'quotes'])}` : ''}
              </span>
            </li>
          ))}
          {none > 0 && (
            <li class="ledger-none">
              <span class="ledger-name">No source</span>{' '}
              <ShareBar share={total > 0 ? none / total : 0} />
              <span class="ledger-count">
                {countOf(none, KIND_NOUNS.claim)} ({percent(total > 0 ? none / total : 0)})
              </span>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
