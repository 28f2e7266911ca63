/**
 * "No source given": the claims and numbers that cite nobody, and the number
 * traps the text shows (a change with no base, "doubled" with no start…).
 */
import type { Analysis } from '../analysis/types';
import { Capped } from './Capped';
import { Jump, SpanJump } from './Jump';
import { unsourced } from './report-data';

/**
 * Lists what cites nobody; says so when everything is sourced. Without the ledger's
 * lists only the traps are shown, and without traps too, nothing.
 */
export function Unsourced({ analysis }: { analysis: Analysis }) {
  const listed = unsourced(analysis);
  const { claims, numbers } = listed ?? { claims: [], numbers: [] };
  const traps = analysis.traps ?? [];
  if (!listed && traps.length === 0) return null;
  return (
    <section class="card unsourced" aria-labelledby="unsourced-heading">
      <h2 id="unsourced-heading">No source given</h2>
      {listed && claims.length === 0 && numbers.length === 0 && <p class="empty">Every claim cites a source.</p>}
      {claims.length > 0 && (
        <Capped
          items={claims}
          noun="claims with no source"
          listProps={{ 'data-testid': 'unsourced', 'aria-label': 'Claims citing nobody' }}
          render={(i) => {
            const c = analysis.claims[i];
            return c ? (
              <li key={i}>
                <SpanJump span={c} />
              </li>
            ) : null;
          }}
        />
      )}
      {numbers.length > 0 && (
        <>
          <h3 id="unsourced-numbers-heading">Numbers with no source</h3>
          <ul class="inline-list" aria-labelledby="unsourced-numbers-heading">
            {numbers.map((i) => {
              const n = analysis.numbers[i];
              return n ? (
                <li key={i}>
                  <Jump start={n.start} end={n.end}>{n.text}</Jump>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
      {traps.length > 0 && (
        <>
          <h3 id="traps-heading">Number traps</h3>
          <ul aria-labelledby="traps-heading">
            {traps.map((t) => (
              <li key={`${t.start}-${t.kind}`}>
                <Jump start={t.start} end={t.end}>{t.text}</Jump> <span class="trap-message">{t.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
