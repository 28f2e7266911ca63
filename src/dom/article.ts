/**
 * Finds the element holding the story on a page: the subtree with the most
 * paragraph text that is not page furniture. Reads only; boilerplate inside the
 * chosen element is skipped later (see `isNoise`), never removed.
 */
import { isNoise } from './noise';
import { isHiddenByMarkup } from './text';

/** Paragraph-like elements whose text counts as story text. */
const PARAGRAPHS = 'p, pre, blockquote, li, td, h2, h3, div, section';
/** Elements with less text than this are not paragraphs of a story. */
const MIN_PARAGRAPH = 40;
/** A story has at least this much paragraph text. */
const MIN_ARTICLE = 250;

/** Ancestors this far above a paragraph gain nothing from it (bounds the work on absurdly deep pages). */
const MAX_DEPTH = 64;

/** Markup some sites use to name their story body. */
const ARTICLE_BODY = '[itemprop="articleBody"], [name="articleBody"]';

const BLOCK_CHILD = /^(?:P|DIV|SECTION|ARTICLE|UL|OL|TABLE|BLOCKQUOTE|PRE|H[1-6]|FIGURE|HEADER|FOOTER|ASIDE|NAV|FORM|DL|MAIN)$/;

/** True when a div/section carries text itself (a direct text child, no block children). */
function holdsOwnText(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_CHILD.test(c.tagName.toUpperCase())) return false;
  }
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\S/.test((n as Text).data)) return true;
  }
  return false;
}

/** Longer than this, an element's text is not one paragraph (often inline JSON in a script). */
const MAX_PARAGRAPH = 20_000;

/** Memoised "is this element, or any ancestor up to <body>, furniture or hidden?" */
function makeRejectedCheck(paragraphs: Map<Element, number>): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const count = (el: Element) => paragraphs.get(el) ?? el.getElementsByTagName('p').length;
  // Iterative: a page nested thousands deep must not overflow the stack.
  const check = (start: Element | null): boolean => {
    const path: Element[] = [];
    let verdict = false;
    // Furniture sits close above its paragraphs: look at most MAX_DEPTH levels up.
    for (let el = start; el && path.length < MAX_DEPTH; el = el.parentElement) {
      const tag = el.tagName.toUpperCase();
      if (tag === 'BODY' || tag === 'HTML') break;
      const known = memo.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(el);
    }
    // From the top down: an element is rejected when it or anything above it is.
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i]!;
      verdict = verdict || isHiddenByMarkup(el) || isNoise(el, count);
      memo.set(el, verdict);
    }
    return verdict;
  };
  return check;
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').length;
  return n;
}

/** Length of the text as read (whitespace runs count once); long texts are taken as they are, it no longer matters. */
function visibleLength(s: string): number {
  if (s.length > 2_000) return s.length;
  return s.replace(/\s+/g, ' ').trim().length;
}

/**
 * The element whose subtree is the page's content: <body>, or the root element when
 * there is no <html> wrapper (a fragment parsed in Node, where linkedom's `body`
 * getter would otherwise add a <body> to the document), or null for an empty document.
 */
function bodyOf(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  if (root.tagName.toUpperCase() !== 'HTML') return root;
  return doc.body ?? root;
}

/**
 * Returns the element that holds the article's story text, or null when the page
 * has no article (too little paragraph text outside navigation, comments, ads…).
 * Scoring: each paragraph gives its text length, minus link text, to its parent in
 * full and to its grandparent in half; the best-scoring element is then widened
 * to an ancestor while that ancestor holds clearly more story paragraphs.
 * Never mutates `doc`.
 */
export function findArticle(doc: Document): Element | null {
  const body = bodyOf(doc);
  if (!body) return null;
  // <p> counts per ancestor in one pass, so judging a container never walks its subtree again.
  const paragraphs = new Map<Element, number>();
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    let depth = 0;
    for (let a = p.parentElement; a && depth < MAX_DEPTH; a = a.parentElement, depth++) paragraphs.set(a, (paragraphs.get(a) ?? 0) + 1);
  }
  const rejected = makeRejectedCheck(paragraphs);
  const score = new Map<Element, number>();
  const total = new Map<Element, number>();
  let overall = 0;

  for (const p of Array.from(body.querySelectorAll(PARAGRAPHS))) {
    const tag = p.tagName.toUpperCase();
    if ((tag === 'DIV' || tag === 'SECTION' || tag === 'TD' || tag === 'LI') && !holdsOwnText(p)) continue;
    if (tag !== 'P' && p.parentElement?.closest('p')) continue;
    if (rejected(p)) continue;
    const text = p.textContent ?? '';
    if (text.length > MAX_PARAGRAPH && tag !== 'P') continue;
    const len = visibleLength(text);
    if (len < MIN_PARAGRAPH) continue;
    const links = linkTextLength(p);
    const density = text.length ? links / text.length : 1;
    if (density > 0.5) continue;
    // List items and table cells are often link lists or data; count them, but less.
    const weight = len * (1 - density) * (tag === 'P' || tag === 'PRE' || tag === 'BLOCKQUOTE' ? 1 : 0.5);
    overall += weight;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + weight);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + weight / 2);
    let depth = 0;
    for (let a: Element | null = parent; a && depth < MAX_DEPTH; a = a.parentElement, depth++) total.set(a, (total.get(a) ?? 0) + weight);
  }
  if (overall < MIN_ARTICLE) return null;

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore && el !== body && el !== doc.documentElement) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) best = body;

  // The page may name its story body; trust that over the score when it holds the winner.
  const named = best.closest(ARTICLE_BODY);
  if (named && named !== body) best = named;
  // An <article> around the winner is the story's own container: its lead paragraphs may sit
  // beside a long run of later ones (a live blog's feed).
  const semantic = named ? null : best.parentElement?.closest('article');
  if (semantic && semantic !== body && !rejected(semantic)) best = semantic;

  // Widen to an ancestor that holds clearly more story when paragraphs sit in sibling wrappers
  // (levels that add nothing are stepped over).
  for (let up = best.parentElement; up && up !== body && up !== doc.documentElement; up = up.parentElement) {
    if ((total.get(up) ?? 0) >= (total.get(best) ?? 0) * 1.3) best = up;
  }
  return (total.get(best) ?? 0) >= MIN_ARTICLE ? best : null;
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Lower case letters and digits only, for comparing headlines written differently. */
export function headlineKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The article's title: the first h1 (inside the article, else on the page) when it
 * agrees with og:title or <title>, else og:title, else <title>, else the h1; ''
 * when the page has none. Site names after " | " or " - " are left to the h1.
 */
export function findTitle(doc: Document, article: Element | null): string {
  const og = clean(doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content'));
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const h1 = clean((article?.querySelector('h1') ?? doc.querySelector('h1'))?.textContent);
  const h1Key = headlineKey(h1);
  if (h1Key) {
    for (const t of [og, docTitle]) {
      const key = headlineKey(t);
      if (key && (key.includes(h1Key) || h1Key.includes(key))) return h1;
    }
  }
  return og || docTitle || h1;
}
