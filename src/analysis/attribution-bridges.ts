/**
 * Source bridges ("familiar with", "with direct knowledge of") indexed by one of their words, for
 * src/analysis/attribution-phrase.ts. Several bridges share a word ("knowledge of", "with knowledge
 * of", "with direct knowledge of" all end in "of"), so each word keeps every bridge it opens or
 * ends, longest first: the reader tries the fullest phrasing before its shorter tail.
 */
export function bridgesBy(bridges: readonly string[][], key: (words: string[]) => string): ReadonlyMap<string, readonly string[][]> {
  const out = new Map<string, string[][]>();
  for (const words of bridges) {
    const k = key(words);
    const list = out.get(k) ?? [];
    list.push(words);
    out.set(k, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}
