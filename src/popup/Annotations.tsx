/**
 * Every annotation by kind, each a button that takes the reader to its place:
 * the accessible way to what the page shows only as CSS highlights, which
 * screen readers do not see.
 */
import { useState } from 'preact/hooks';
import type { Analysis, Span } from '../analysis/types';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../shared/messages';
import { KIND_LABELS } from '../shared/ui/labels';
import { SpanJump } from './Jump';

const itemsOf = (a: Analysis, kind: HighlightKind): (Span & { hedged?: boolean })[] =>
  ({ claim: a.claims, number: a.numbers, attribution: a.attributions, hedge: a.hedges })[kind];

function KindList({ analysis, kind, startOpen }: { analysis: Analysis; kind: HighlightKind; startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const items = itemsOf(analysis, kind);
  const id = `annotations-${kind}`;
  return (
    <div class={`kind-list kind-${kind}`}>
      <h3>
        <button type="button" class="disclosure" aria-expanded={open} aria-controls={open ? id : undefined} disabled={items.length === 0} onClick={() => setOpen(!open)}>
          <span class="swatch" aria-hidden="true" />
          {KIND_LABELS[kind]} ({items.length})
        </button>
      </h3>
      {open && items.length > 0 && (
        <ul id={id} aria-label={KIND_LABELS[kind]}>
          {items.map((s, i) => (
            <li key={i}>
              <SpanJump span={s} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The four lists; open from the start in the full report, closed in the small popup. */
export function Annotations({ analysis, startOpen }: { analysis: Analysis; startOpen: boolean }) {
  return (
    <section class="card annotations" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">All annotations</h2>
      {HIGHLIGHT_KINDS.map((kind) => (
        <KindList key={kind} analysis={analysis} kind={kind} startOpen={startOpen} />
      ))}
    </section>
  );
}
