/**
 * Explains highlights on hover and focus. Highlights are not elements, so the
 * pointer is hit-tested from the caret position under it and mapped to a text
 * offset; keyboard readers get the same card from the selection caret (caret
 * browsing, shift+arrows) or when a link inside a highlight takes focus.
 */
import type { Analysis } from '../analysis/types';
import type { HighlightKind } from '../shared/messages';
import type { ExplanationCard } from './card';
import { explainSpan } from './explain';
import { offsetFromPoint, rangeFromOffsets, type NodeIndex } from './ranges';
import { spansAt, type SpanHit } from './spans';
import type { TextSegment } from './text';

/** What the hover logic needs to know about the current paint; null when nothing is painted. */
export interface PaintedPage {
  analysis: Analysis;
  segments: readonly TextSegment[];
  index: NodeIndex;
  kinds: Record<HighlightKind, boolean>;
}

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The DOM point under viewport coordinates (x, y), or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint.call(doc, x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint.call(doc, x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Some pages shadow these with odd objects; no hit rather than an error in their console.
  }
  return null;
}

function within(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

/**
 * Hits under text offset `offset`, and the rectangle of the narrowest one; when
 * (x, y) is given the pointer must lie on that span's text, not just near it.
 */
function hitAt(doc: Document, page: PaintedPage, offset: number, x?: number, y?: number): { hits: SpanHit[]; rect: DOMRect } | null {
  const hits = spansAt(page.analysis, offset, page.kinds);
  const first = hits[0];
  if (!first) return null;
  const range = rangeFromOffsets(doc, page.segments, first.start, first.end);
  if (!range) return null;
  const rects = Array.from(range.getClientRects?.() ?? []);
  if (x !== undefined && y !== undefined && !rects.some((r) => within(r, x, y))) return null;
  return { hits, rect: rects.find((r) => x === undefined || y === undefined || within(r, x, y)) ?? range.getBoundingClientRect() };
}

/**
 * Listens on `doc` for pointer moves, selection changes, focus and Escape, and
 * shows or hides `card`. `current()` gives the painted state at the moment of the
 * event (null when highlights are off). Returns a function that removes the listeners.
 */
export function attachExplanations(doc: Document, card: ExplanationCard, current: () => PaintedPage | null): () => void {
  const view = doc.defaultView;
  let frame = 0;
  let lastPointer: { x: number; y: number } | null = null;
  let shownFor = '';

  const show = (found: { hits: SpanHit[]; rect: DOMRect }, page: PaintedPage) => {
    const key = found.hits.map((h) => `${h.kind}${h.index}`).join(',');
    if (card.visible && key === shownFor) return;
    shownFor = key;
    card.show(found.hits.slice(0, 2).map((h) => explainSpan(page.analysis, h)), found.rect);
  };
  const hide = () => {
    shownFor = '';
    card.hide();
  };

  const fromPointer = () => {
    frame = 0;
    const page = current();
    const p = lastPointer;
    if (!page || !p) return hide();
    const caret = caretAt(doc, p.x, p.y);
    const offset = caret ? offsetFromPoint(page.segments, page.index, caret.node, caret.offset) : null;
    const found = offset === null ? null : hitAt(doc, page, offset, p.x, p.y);
    if (found) show(found, page);
    else hide();
  };
  const onPointerMove = (e: PointerEvent | MouseEvent) => {
    if (card.owns(e.target)) return;
    lastPointer = { x: e.clientX, y: e.clientY };
    // One hit-test per frame however fast the pointer moves.
    if (!frame) frame = view?.requestAnimationFrame ? view.requestAnimationFrame(fromPointer) : (fromPointer(), 0);
  };
  const onSelection = () => {
    const page = current();
    const sel = doc.getSelection?.();
    if (!page || !sel || !sel.focusNode) return;
    const offset = offsetFromPoint(page.segments, page.index, sel.focusNode, sel.focusOffset);
    const found = offset === null ? null : hitAt(doc, page, offset);
    if (found) show(found, page);
  };
  const onFocus = (e: FocusEvent) => {
    const page = current();
    const el = e.target as Element | null;
    if (!page || !el || card.owns(el) || typeof el.contains !== 'function') return;
    // The first Text node of the focused element that the text was read from: bounded by the
    // element's size (a link, usually), not by the whole article's segments on every focus.
    let start: number | null = null;
    const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const list = page.index.get(n as Text);
      if (list) {
        start = page.segments[list[0]!]!.start;
        break;
      }
    }
    const found = start === null ? null : hitAt(doc, page, start);
    if (found) show(found, page);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.visible) {
      hide();
      e.stopPropagation();
    }
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  doc.addEventListener('selectionchange', onSelection);
  doc.addEventListener('focusin', onFocus);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('pointermove', onPointerMove);
    doc.removeEventListener('selectionchange', onSelection);
    doc.removeEventListener('focusin', onFocus);
    doc.removeEventListener('keydown', onKey, true);
    if (frame && view?.cancelAnimationFrame) view.cancelAnimationFrame(frame);
    hide();
  };
}
