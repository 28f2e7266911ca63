/**
 * The sentences the popup shows when there is no analysis to show, so it is
 * never blank: each state a reader meets says what is going on and what to do.
 */
import type { Settings } from '../shared/settings';

export const SENTENCES = {
  finding: 'Looking for the page…',
  loading: 'Reading the article on this page…',
  noArticle: 'Claimlens found no article on this page. It reads news stories and other long texts, not home pages, lists or forms.',
  error: 'Claimlens could not analyse this page.',
  idle: 'Claimlens runs on this site only when you ask.',
  idleNever: 'This site is on your “never” list, so Claimlens did not run here.',
} as const;

/**
 * Why no content script answers, in a sentence. The URL is known only when the
 * browser shows it to the extension; without it the sentence covers every case.
 */
export function unreachableSentence(url?: string): string {
  const u = (url ?? '').toLowerCase();
  if (/^(about|chrome|edge|brave|opera|vivaldi|view-source|devtools|chrome-extension|moz-extension|resource):/.test(u)) {
    return 'This is one of the browser’s own pages. Browsers do not let extensions read them.';
  }
  if (/^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/.test(u)) {
    return 'This is an extension store. Browsers do not let extensions read the stores’ pages.';
  }
  if (/\.pdf([?#]|$)/.test(u)) return 'This is a PDF. Claimlens reads web pages, not PDF files.';
  if (u.startsWith('file:')) {
    return 'This is a file on your computer. To read local files, turn on “Allow access to file URLs” for Claimlens in the browser’s extension settings, then reload the page.';
  }
  return 'Claimlens cannot read this page. Browsers keep extensions off their own pages (settings, new tabs), the extension stores and PDFs. If this is an ordinary web page, reload it and open Claimlens again.';
}

/** The hostname of a URL, or '' when it has none. */
export function hostnameOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The rule for a hostname or, failing that, for the nearest parent domain listed ("bbc.co.uk" covers "www.bbc.co.uk"). */
export function siteRule(sites: Settings['sites'], host: string): 'always' | 'never' | undefined {
  for (let h = host; h; h = h.includes('.') ? h.slice(h.indexOf('.') + 1) : '') {
    const rule = Object.prototype.hasOwnProperty.call(sites, h) ? sites[h] : undefined;
    if (rule) return rule;
  }
  return undefined;
}

/**
 * How the settings treat a page: 'never' (the site is on the never list),
 * 'on-click' (runs when asked), or 'always'. Used when the content script still
 * says 'loading' without telling that it waits for a click.
 */
export function runModeFor(settings: Settings | null, url: string | undefined): 'always' | 'on-click' | 'never' {
  if (!settings) return 'always';
  const site = siteRule(settings.sites, hostnameOf(url));
  if (site === 'never') return 'never';
  if (site === 'always') return 'always';
  return settings.runMode;
}
