/**
 * Word lists as regex source in trie form ("rose|risen|rise" → "ris(?:e(?:n)?)|rose"-like): a shared
 * prefix is read once, which matters when a list of hundreds of words is tried at every word start.
 */

interface TrieNode { end: boolean; next: Map<string, TrieNode> }

/** `s` with every regex metacharacter escaped, to match it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for a space in a phrase when any run of white space may stand there ("points  out"). */
export const ANY_SPACE = '\\s+';

/**
 * Regex source matching exactly the strings of `words`, characters taken literally, a space as
 * `space` (one space unless told otherwise, e.g. `ANY_SPACE`). At each branch the longer
 * continuation is tried first, so where two entries match at one place the longer wins; callers
 * whose result depends on which entry matched must check that.
 */
export function literalTrie(words: readonly string[], space = ' '): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const parts = [...node.next].map(([c, child]) => (c === ' ' ? space : escapeRegExp(c)) + emit(child));
    if (!parts.length) return '';
    const body = parts.length === 1 ? parts[0] ?? '' : `(?:${parts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
