/**
 * The name of the site a page belongs to, so the analysis can tell the outlet publishing
 * the article from the outlets it cites ("she told NBC News" in an NBC story cites no one new).
 */

/** Longer than this, a meta tag's content is no site name. */
const MAX_SITE_NAME = 80;

/**
 * The page's site name: its og:site_name (or application-name) meta tag, else the page's
 * host name ("www.nbcnews.com"); '' when it has neither (a local file, a DOM built in Node).
 */
export function siteNameOf(doc: Document): string {
  const meta = doc.querySelector('meta[property="og:site_name"], meta[name="og:site_name"], meta[name="application-name"]');
  // Some sites write the value in a `value` attribute ("<meta name="og:site_name" value="Bloomberg.com">").
  const name = (meta?.getAttribute('content') ?? meta?.getAttribute('value') ?? '').replace(/\s+/g, ' ').trim();
  if (name && name.length <= MAX_SITE_NAME) return name;
  let host = '';
  try {
    host = String(doc.location?.hostname ?? '');
  } catch {
    host = '';
  }
  return host.toLowerCase();
}
