/**
 * Turns an HTML page into the analysis input over a DOM built in Node (linkedom),
 * through the same article finding and text extraction as the content script.
 */
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../analysis/types';
import { readArticle } from '../dom/read';

/**
 * Parses `html` and returns its article's title and text (paragraphs separated by
 * blank lines). Throws an Error saying so when the page has no article.
 */
export function articleFromHtml(html: string): ArticleInput {
  const { document } = parseHTML(html);
  const article = readArticle(document as unknown as Document, { computedStyle: false });
  if (!article) throw new Error('no article found in this page (too little story text outside navigation, comments and ads)');
  return { title: article.title, text: article.text, site: article.site };
}
