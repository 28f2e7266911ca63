/** The article's stated objectives, numbered, in article order (CONTRACT §3: data-testid="objectives"). */
import type { Objective } from '../analysis/types';
import { Jump } from './Jump';

/** Lists the objectives; the list is there even when empty, with a sentence saying so. */
export function Objectives({ objectives }: { objectives: Objective[] }) {
  const ordered = [...objectives].sort((a, b) => a.start - b.start);
  return (
    <section class="card objectives" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">Stated objectives</h2>
      <ol data-testid="objectives" aria-labelledby="objectives-heading">
        {ordered.map((o) => (
          <li key={o.start}>
            <Jump start={o.start} end={o.end}>{o.text}</Jump>
          </li>
        ))}
      </ol>
      {ordered.length === 0 && <p class="empty">The article states no objectives.</p>}
    </section>
  );
}
