/**
 * One step from a page to the analysis input: find the article, read its title and
 * its text with the offset map. Shared by the content script and the command line,
 * so both see the same text.
 */
import type { ArticleInput } from '../analysis/types';
import { findArticle, findTitle, headlineKey } from './article';
import { isNoise } from './noise';
import { siteNameOf } from './site';
import { extractText, isEditable, type TextSegment } from './text';

/** The article of a page as text, with the map back to the page's Text nodes. */
export interface ArticleText extends ArticleInput {
  root: Element;
  segments: TextSegment[];
}

/**
 * Reads the article of `doc`: null when the page has no article. The headline is
 * the title, not repeated in the text; boilerplate inside the article is left out.
 * `computedStyle: false` reads markup only (what a DOM without layout can do).
 */
export function readArticle(doc: Document, opts: { computedStyle?: boolean } = {}): ArticleText | null {
  return readArticleAt(doc, findArticle(doc), opts);
}

/**
 * The second half of `readArticle`, for callers that found the article root in an
 * earlier task (the content script splits the work to keep each task short).
 */
export function readArticleAt(doc: Document, root: Element | null, opts: { computedStyle?: boolean } = {}): ArticleText | null {
  if (!root || !root.isConnected || insideEditable(doc, root)) return null;
  const title = findTitle(doc, root);
  const titleKey = headlineKey(title);
  const skip = (el: Element) => {
    if (isNoise(el)) return true;
    return /^H[1-3]$/i.test(el.tagName) && !!titleKey && headlineKey(el.textContent ?? '') === titleKey;
  };
  const { text, segments } = extractText(root, { skip, computedStyle: opts.computedStyle });
  if (!text.trim()) return null;
  return { title, text, site: siteNameOf(doc), segments, root };
}

/** True when the whole document is being edited, or `el` sits in an editable area (the reader's text, never read). */
function insideEditable(doc: Document, el: Element): boolean {
  if (String((doc as { designMode?: string }).designMode ?? '').toLowerCase() === 'on') return true;
  // Linear in the depth, once per read.
  for (let a: Element | null = el; a; a = a.parentElement) if (isEditable(a)) return true;
  return false;
}
