/**
 * Turns what a reader types into the site list ("https://www.bbc.co.uk/news",
 * "BBC.co.uk", "localhost:8080") into a hostname, or null when it is not one.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The hostname in `input` (lower case, no scheme, port, path or trailing dot); null when there is none. */
export function siteHostname(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s || s.length > 2048) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `https://${s}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host.startsWith('[')) return host; // IPv6 literal
  if (!host || host.length > 253) return null;
  const labels = host.split('.');
  if (!labels.every((l) => LABEL.test(l))) return null;
  return labels.length > 1 || host === 'localhost' ? host : null;
}
