/**
 * Text offsets ↔ DOM positions, through the offset map `extractText` builds. A span
 * of the analysis becomes a Range that may cross inline elements (links, <em>,
 * <span>, <br>), and a point on the page (a caret, a selection) becomes an offset.
 */
import type { TextSegment } from './text';

/** Index of the last segment whose start is ≤ `offset`, or -1. */
function segmentAtOrBefore(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A DOM position for a text offset: `side` 'start' moves out of separators forward, 'end' backward. */
function domPoint(segments: readonly TextSegment[], offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  const i = segmentAtOrBefore(segments, offset);
  const seg = i >= 0 ? segments[i]! : undefined;
  if (side === 'start') {
    if (seg && offset < seg.end) return { node: seg.node, offset: seg.offset + (offset - seg.start) };
    const next = segments[i + 1];
    return next ? { node: next.node, offset: next.offset } : null;
  }
  // The end belongs to the last segment starting before it; in a separator, to that segment's end.
  const j = segmentAtOrBefore(segments, offset - 1);
  const last = j >= 0 ? segments[j]! : undefined;
  if (!last) return null;
  return { node: last.node, offset: last.offset + (Math.min(offset, last.end) - last.start) };
}

/**
 * Returns a Range covering text offsets [start, end) of the extracted text, or null
 * when the span is empty, out of bounds, falls only on separators, or its nodes have
 * left the document since extraction (a dynamic page changed).
 */
export function rangeFromOffsets(doc: Document, segments: readonly TextSegment[], start: number, end: number): Range | null {
  if (!(end > start) || !segments.length) return null;
  const a = domPoint(segments, start, 'start');
  const b = domPoint(segments, end, 'end');
  if (!a || !b) return null;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  if (a.offset > a.node.length || b.offset > b.node.length) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

/** Lookup of a Text node's segments, built once per offset map. */
export type NodeIndex = Map<Text, number[]>;

/** Indexes the segments by Text node so that points map back to offsets in O(1) per node. */
export function indexSegments(segments: readonly TextSegment[]): NodeIndex {
  const index: NodeIndex = new Map();
  segments.forEach((seg, i) => {
    const list = index.get(seg.node);
    if (list) list.push(i);
    else index.set(seg.node, [i]);
  });
  return index;
}

/**
 * Maps a DOM point (a Text node and an offset in it) to an offset of the extracted
 * text; a point in collapsed whitespace maps to the next kept character. Returns
 * null for points outside the extracted text (another node, an element boundary).
 */
export function offsetFromPoint(segments: readonly TextSegment[], index: NodeIndex, node: Node, offset: number): number | null {
  const list = index.get(node as Text);
  if (!list) return null;
  for (const i of list) {
    const seg = segments[i]!;
    const len = seg.end - seg.start;
    if (offset >= seg.offset && offset <= seg.offset + len) return seg.start + (offset - seg.offset);
    if (offset < seg.offset) return seg.start;
  }
  const last = segments[list[list.length - 1]!]!;
  return last.end;
}

/** Maps a Range back to [start, end) of the extracted text, or null when either end is outside it. */
export function offsetsFromRange(segments: readonly TextSegment[], index: NodeIndex, range: Range): { start: number; end: number } | null {
  const start = offsetFromPoint(segments, index, range.startContainer, range.startOffset);
  const end = offsetFromPoint(segments, index, range.endContainer, range.endOffset);
  if (start === null || end === null || end < start) return null;
  return { start, end };
}
