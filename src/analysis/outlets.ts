/**
 * Outlets: is a name a publication's, and is it the one publishing the article? "she told NBC
 * News" in an NBC story says who did the interview, not whom the article cites. The site name
 * comes from the page (its og:site_name, else its host name): "NBC News", "the Guardian",
 * "www.latimes.com".
 */
import { isPublicationName } from './attribution-source';
import { PUBLICATION_WORDS } from './lexicon/sources';

const PUBLICATION_TAIL = new Set(PUBLICATION_WORDS);
/** A known publication, or a name ending with a publication word ("the Daily Post", "Hackaday Magazine"). */
export function isOutletName(name: string): boolean {
  return isPublicationName(name) || PUBLICATION_TAIL.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** Letters and digits only, lower case: "The Guardian" → "theguardian". */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// Host labels that never name the outlet: "www", "co" in "co.uk", the top-level domain.
const GENERIC_LABEL = /^(?:www\d?|m|amp|edition|co|com|org|net|news|go)$/;

/** The squashed names the site goes by: a host gives each label but its suffix ("abcnews.go.com" → abcnews). */
function siteKeys(site: string): string[] {
  const s = site.trim();
  if (!s) return [];
  if (!/\s/.test(s) && s.includes('.')) {
    const labels = s.toLowerCase().split('/')[0]!.split('.');
    return labels.slice(0, -1).filter((l) => l && !GENERIC_LABEL.test(l)).map(squash).filter(Boolean);
  }
  const key = squash(s);
  const bare = squash(s.replace(/^the\s+/i, ''));
  return key === bare ? [key] : [key, bare];
}

/**
 * True when `name` is the outlet publishing the article: the same name as the site (with or
 * without "the", "NBC" for "NBC News"), or its short form "the Times" / "the Post" when the
 * site's name ends with that word ("Los Angeles Times", "latimes").
 */
export function isOwnOutlet(name: string, site: string | undefined): boolean {
  if (!site) return false;
  const keys = siteKeys(site);
  if (!keys.length) return false;
  const full = squash(name);
  const bare = squash(name.replace(/^the\s+/i, ''));
  if (!bare) return false;
  for (const key of keys) {
    if (key === full || key === bare || key === `${bare}news` || bare === `${key}news` || key === `the${bare}`) return true;
    // "The Times" for the Los Angeles Times: a one-word short form after "the" that ends the site's name.
    if (/^the\s+\S+$/i.test(name.trim()) && key.length > bare.length && key.endsWith(bare)) return true;
  }
  return false;
}
