/**
 * Reads the visible text of a DOM subtree as the analysis wants it (paragraphs
 * separated by blank lines, `<br>` as a line break, whitespace collapsed as the
 * browser renders it) together with an offset map back to the page's Text nodes.
 * Reads only: the document is never changed.
 */

/** A stretch of the extracted text that maps one-to-one onto a stretch of one Text node. */
export interface TextSegment {
  /** Offsets into the extracted text. */
  start: number;
  end: number;
  node: Text;
  /** Offset in `node.data` matching `start`; `end` matches `offset + (end - start)`. */
  offset: number;
}

/** Extracted text and its offset map; separators ("\n\n", "\n") fall between segments. */
export interface ExtractedText {
  text: string;
  /** In text order, non-overlapping. */
  segments: TextSegment[];
}

export interface ExtractOptions {
  /** Subtrees to leave out (boilerplate inside the article); the root itself is never skipped. */
  skip?: (el: Element) => boolean;
  /** Ask the browser's computed style whether an element is rendered, when it can (default true). */
  computedStyle?: boolean;
}

/** Elements whose content is never article text. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK',
  'DATALIST', 'OUTPUT', 'FRAME', 'FRAMESET', 'PORTAL',
]);

/** Roles of widgets a reader types into: their text is the reader's, not the article's. */
const INPUT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/**
 * True when `el` is an area the reader edits (contenteditable other than "false",
 * or a text-input role). Such text is never read nor highlighted: it is the
 * reader's own, it changes under the caret, and ranges in it would fight the editor.
 */
export function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  return !!role && INPUT_ROLES.has(role.trim().toLowerCase());
}

/** Elements that start a new paragraph (block boundaries are sentence boundaries). */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'HTML', 'LEGEND', 'OPTION',
]);

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True when the element is hidden by markup alone (hidden, aria-hidden, inline style,
 * or tag), or is not the page's text to read (form fields, editable areas, frames).
 */
export function isHiddenByMarkup(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName.toUpperCase())) return true;
  if (isEditable(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && INLINE_HIDDEN.test(style);
}

type ComputedStyleFn = (el: Element) => { display: string } | null;

function computedStyleOf(el: Element, enabled: boolean): ComputedStyleFn | null {
  if (!enabled) return null;
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  return (e) => {
    try {
      return view.getComputedStyle(e);
    } catch {
      return null;
    }
  };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WS = /[ \t\n\r\f]+/g;
/** Whitespace that does not map one to one: runs, or anything but a plain space. */
const COLLAPSIBLE = /[\t\n\r\f]| {2}/;

/**
 * Extracts the rendered text of `root`: block elements become paragraphs separated
 * by "\n\n", `<br>` becomes "\n", runs of whitespace collapse to one space (kept in
 * `<pre>`), no-break spaces read as spaces, and hidden subtrees (hidden, aria-hidden,
 * display:none inline or computed, script/style/noscript/template/svg) are skipped,
 * as are form fields, editable areas (`isEditable`), frames, and subtrees `opts.skip`
 * rejects. Shadow roots are not entered: only the light DOM is read, since the
 * page's own widgets (players, comment boxes, share bars) are what live there.
 * Never throws on odd trees; linear in their size.
 */
export function extractText(root: Element, opts: ExtractOptions = {}): ExtractedText {
  const skip = opts.skip;
  const computed = computedStyleOf(root, opts.computedStyle !== false);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  /** Separator owed before the next text: 0 none, 1 line break, 2 paragraph break. */
  let pendingBreak = 0;
  let pendingSpace: { node: Text; offset: number } | null = null;

  const append = (piece: string, node: Text, offset: number) => {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.end === length && last.offset + (last.end - last.start) === offset) {
      last.end += piece.length;
    } else {
      segments.push({ start: length, end: length + piece.length, node, offset });
    }
    parts.push(piece);
    length += piece.length;
  };
  const appendSeparator = (sep: string) => {
    parts.push(sep);
    length += sep.length;
  };
  const emitWord = (word: string, node: Text, offset: number) => {
    if (length > 0 && pendingBreak > 0) appendSeparator(pendingBreak === 2 ? '\n\n' : '\n');
    else if (length > 0 && pendingSpace) append(' ', pendingSpace.node, pendingSpace.offset);
    pendingBreak = 0;
    pendingSpace = null;
    append(word.replace(/\u00a0/g, ' '), node, offset);
  };

  const readText = (node: Text, pre: boolean) => {
    const data = node.data;
    if (pre) {
      if (data) emitWord(data, node, 0);
      return;
    }
    // Fast path: text whose only whitespace is single spaces maps one to one, whatever its length.
    if (!COLLAPSIBLE.test(data)) {
      const lead = data.startsWith(' ') ? 1 : 0;
      if (lead && !pendingSpace) pendingSpace = { node, offset: 0 };
      const trail = data.length > lead && data.endsWith(' ') ? 1 : 0;
      if (data.length - trail > lead) emitWord(data.slice(lead, data.length - trail), node, lead);
      if (trail) pendingSpace = { node, offset: data.length - 1 };
      return;
    }
    let at = 0;
    WS.lastIndex = 0;
    for (let m = WS.exec(data); m; m = WS.exec(data)) {
      if (m.index > at) emitWord(data.slice(at, m.index), node, at);
      if (!pendingSpace) pendingSpace = { node, offset: m.index };
      at = m.index + m[0].length;
    }
    if (at < data.length) emitWord(data.slice(at), node, at);
  };

  const isHidden = (el: Element): boolean => {
    if (isHiddenByMarkup(el)) return true;
    if (!computed) return false;
    // Only display:none: computed visibility is inherited and often transient (pages hide
    // <body> until their scripts load), and a descendant may make itself visible again.
    const cs = computed(el);
    return !!cs && cs.display === 'none';
  };

  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: { node: Node; pre: boolean; exit: boolean }[] = [{ node: root, pre: false, exit: false }];
  while (stack.length) {
    const item = stack.pop()!;
    const node = item.node;
    if (item.exit) {
      if (BLOCKS.has((node as Element).tagName.toUpperCase())) pendingBreak = 2;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      readText(node as Text, item.pre);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (el !== root && (isHidden(el) || (skip && skip(el)))) continue;
    if (tag === 'BR') {
      if (length > 0) pendingBreak = Math.max(pendingBreak, 1);
      pendingSpace = null;
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) pendingBreak = 2;
    const pre = item.pre || tag === 'PRE';
    stack.push({ node: el, pre, exit: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pre, exit: false });
  }
  return { text: parts.join(''), segments };
}
