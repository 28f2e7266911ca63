/** The headline against the body: each checked phrase and whether the body agrees. */
import type { HeadlineCheck } from '../analysis/types';
import { HEADLINE_LABELS } from '../shared/ui/labels';
import { Jump } from './Jump';

/** Renders the checks; nothing when the analysis made none. */
export function Headline({ checks }: { checks: HeadlineCheck[] }) {
  if (checks.length === 0) return null;
  return (
    <section class="card headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading">Headline against body</h2>
      <ul data-testid="headline">
        {checks.map((h, i) => (
          <li key={i} data-status={h.status}>
            <span class="headline-text">“{h.text}”</span>{' '}
            <span class={`tag status-${h.status}`}>{HEADLINE_LABELS[h.status] ?? h.status}</span>
            {h.body && (
              <span class="headline-body">
                {' '}Body:{' '}
                {h.bodyStart !== undefined && h.bodyEnd !== undefined ? (
                  <Jump start={h.bodyStart} end={h.bodyEnd}>“{h.body}”</Jump>
                ) : (
                  <span>“{h.body}”</span>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
