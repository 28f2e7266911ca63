/**
 * The sources, grouped by type (CONTRACT §3: one item per source in the list
 * data-testid="sources"), each with its mentions and a disclosure listing the
 * claims it supports. The claims' list is rendered only when opened, so the
 * sources list holds exactly one item per source.
 */
import { useState } from 'preact/hooks';
import type { Analysis, Source } from '../analysis/types';
import { KIND_NOUNS, countOf } from '../shared/ui/labels';
import { Jump, SpanJump } from './Jump';
import { claimsOf, firstMention, groupSources } from './report-data';

interface SourceItemProps {
  analysis: Analysis;
  source: Source;
  index: number;
  /** Heading of the source's type group, on the group's first item only. */
  groupHeading?: string;
}

function SourceItem({ analysis, source, index, groupHeading }: SourceItemProps) {
  const [open, setOpen] = useState(false);
  const claims = claimsOf(analysis, source);
  const mention = firstMention(analysis, source);
  const listId = `source-${index}-claims`;
  return (
    <li class="source" data-type={source.type}>
      {groupHeading && <h3 class="group-heading">{groupHeading}</h3>}
      <div class="source-row">
        {mention ? (
          <Jump start={mention.start} end={mention.end} class="source-name">{source.name}</Jump>
        ) : (
          <span class="source-name">{source.name}</span>
        )}
        <span class="meta">
          {countOf(source.mentions, ['mention', 'mentions'])} · {countOf(claims.length, KIND_NOUNS.claim)}
        </span>
      </div>
      {claims.length > 0 && (
        <button type="button" class="disclosure" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'} claims<span class="visually-hidden"> citing {source.name}</span> ({claims.length})
        </button>
      )}
      {open && (
        <ul id={listId} class="claims" aria-label={`Claims citing ${source.name}`}>
          {claims.map((ci) => {
            const c = analysis.claims[ci];
            return c ? (
              <li key={ci}>
                <SpanJump span={c} />
              </li>
            ) : null;
          })}
        </ul>
      )}
    </li>
  );
}

/** Lists every source once, grouped by type; says so when the article cites none. */
export function Sources({ analysis }: { analysis: Analysis }) {
  const groups = groupSources(analysis);
  return (
    <section class="card sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul data-testid="sources" aria-labelledby="sources-heading">
        {groups.flatMap((g) =>
          g.sources.map(({ source, index }, k) => (
            <SourceItem key={index} analysis={analysis} source={source} index={index} groupHeading={k === 0 ? g.heading : undefined} />
          )),
        )}
      </ul>
      {groups.length === 0 && <p class="empty">The article cites no sources.</p>}
    </section>
  );
}
