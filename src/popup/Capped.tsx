/**
 * A list that shows its first items and a button for the rest, so a long article
 * (thousands of unsourced claims) keeps the popup short and quick to render.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface CappedProps<T> {
  items: readonly T[];
  /** How many items show before "Show all". */
  cap?: number;
  render: (item: T) => ComponentChildren;
  /** Attributes of the `<ul>`. */
  listProps?: Record<string, string | undefined>;
  /** What the items are, for the button ("claims with no source"). */
  noun: string;
}

/** Renders up to `cap` items, then a button that shows them all. */
export function Capped<T>({ items, cap = 25, render, listProps, noun }: CappedProps<T>) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, cap);
  return (
    <>
      <ul {...listProps}>{shown.map(render)}</ul>
      {items.length > shown.length && (
        <button type="button" class="disclosure" onClick={() => setAll(true)}>
          Show all {items.length} {noun}
        </button>
      )}
    </>
  );
}
