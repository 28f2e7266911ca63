/**
 * What is not the story: navigation, related links, comments, captions, ads, cookie
 * banners, newsletters, share bars, bylines. Judged from markup only (tag, role,
 * class and id), so the page and the command line agree.
 */

const NOISE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGCAPTION', 'FIGURE', 'DIALOG', 'MENU', 'HEADER', 'ADDRESS']);

const NOISE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar',
  'toolbar', 'tablist', 'form', 'alert', 'marquee', 'status',
]);

/** Words that mark boilerplate wherever they appear in a class or id ("relatedArticles"). */
const NOISE_SUBSTRINGS = /comment|related|newsletter|advert|sponsor|cookie|consent|gdpr|breadcrumb|outbrain|taboola|recirc|sidebar|social|subscri|promo|sharing|sharebar|share-|-share|signup|paywall|disqus|trending|popular|morestories|more-stories|readmore|read-more|livefyre|visually-?hidden|sr-only|screen-?reader|offscreen|jump-?link|toolbar|masthead|widget|carousel|slideshow|gallery|byline|timestamp|kicker|eyebrow|caption|photo-?credit/i;

/** Words that mark boilerplate only as a whole token of a class or id ("ad", "nav"). */
const NOISE_TOKENS = new Set([
  'ad', 'ads', 'adv', 'nav', 'navbar', 'navigation', 'menu', 'footer', 'header', 'share', 'shares', 'tags',
  'credit', 'credits', 'author', 'authors', 'meta', 'modal', 'popup', 'overlay', 'skip', 'rail', 'banner',
  'hidden', 'hide', 'topics', 'keywords', 'toc', 'disclaimer', 'copyright', 'newsletter', 'donate',
  'seealso', 'feedback', 'rating', 'ratings', 'pagination', 'pager', 'nocontent', 'noprint',
  'video', 'player', 'audio', 'podcast', 'embed',
]);
/** Tokens that count as noise also as one part of a hyphenated or underscored name ("ad-slot", "article_meta"). */
const NOISE_PARTS = new Set(['ad', 'ads', 'nav', 'menu', 'footer', 'header', 'share', 'meta', 'modal', 'popup', 'rail', 'banner', 'hidden', 'credit', 'author', 'authors', 'follow', 'video', 'player']);

/** A container with at least this many paragraphs is judged by its tag and role only: class words are too weak a sign against so much text. */
const BIG_CONTAINER_PARAGRAPHS = 3;

/** Marks that win even over article-body names: hidden by the site's own CSS, or a reader survey. */
const ALWAYS_NOISE = /(?:^|\s)(?:hidden|hide|is-hidden|d-none)(?:\s|$)|survey|feedback|twitter-follow|follow-button/i;

/** Inline elements (links, spans, emphasis) inside a sentence: only strong marks remove them, so words never vanish mid-sentence. */
const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'ABBR', 'CITE', 'Q', 'SMALL', 'SUB', 'SUP', 'MARK', 'CODE', 'TIME', 'FONT']);

/** Class or id words that keep a subtree even when another word looks like noise ("article-body"). */
const KEEP = /article-?body|articlebody|story-?body|storybody|entry-?content|post-?(?:body|content)|main-?content|body-?text|article-?text|article-?content|story-?content|content-?body/i;

function countParagraphs(el: Element): number {
  return el.getElementsByTagName('p').length;
}

function markers(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
}

/**
 * True when `el` (not its ancestors) looks like page furniture rather than story:
 * a boilerplate tag (nav, aside, footer, header, figure, figcaption, form…), role or
 * class/id word. Article-body class names win over noise words in the same element.
 * `paragraphCount` (default: count the <p> below) lets a caller that already
 * counted answer without walking the subtree again.
 */
export function isNoise(el: Element, paragraphCount: (el: Element) => number = countParagraphs): boolean {
  const tag = el.tagName.toUpperCase();
  if (NOISE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && NOISE_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute('itemprop') === 'articleBody') return false;
  const words = markers(el);
  if (!words) return false;
  if (ALWAYS_NOISE.test(words)) return true;
  if (KEEP.test(words)) return false;
  if (tag === 'ARTICLE' || tag === 'MAIN' || role === 'main') return false;
  if (NOISE_SUBSTRINGS.test(words)) return true;
  if (INLINE.has(tag)) return false;
  for (const token of words.toLowerCase().split(/\s+/)) {
    if (NOISE_TOKENS.has(token) || token.split(/[-_]/).some((part) => NOISE_PARTS.has(part))) {
      return paragraphCount(el) < BIG_CONTAINER_PARAGRAPHS;
    }
  }
  return false;
}
