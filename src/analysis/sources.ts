/**
 * Sources: the distinct people, publications, organisations, government bodies and
 * documents the article cites, merged across their mentions ("Bloomberg", "The news
 * agency", "Bloomberg's" are one source) and typed.
 */
import type { Attribution, Claim, Source } from './types';
import { sourceName, sourceType } from './attribution-source';

const PRONOUN = /^(?:he|she|it|they|who|which|one|his|her|its|their)$/i;
const TITLE = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|senator|president)\.?\s+/i;

/** The key two mentions of one source share: lower case, no article, possessive or title. */
function sourceKey(name: string): string {
  return sourceName(name).toLowerCase().replace(/^the\s+/, '').replace(TITLE, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Collects the distinct sources behind `attributions`. Agentless attributions (source
 * null) are not listed. A bare surname or "Mr. X" joins the full name it shortens.
 * Each source lists the indices of its attributions and of the `claims` whose
 * `attribution` points at one of them. Sorted by mentions (desc), then first appearance.
 */
export function collectSources(attributions: Attribution[], claims: Claim[]): Source[] {
  // Map order is first appearance, which the stable sort keeps among equal mentions.
  const byKey = new Map<string, Source>();
  // Full person names by their last word, so "Frankel" joins "Jeffrey Frankel" (the first such name wins).
  const fullNames = new Map<string, string>();
  const ofAttribution: Source[] = [];
  // A source is cited many times under the same name: its key is worked out once ('' when it names nobody).
  const keys = new Map<string, string>();
  attributions.forEach((a, index) => {
    if (a.source === null) return;
    let key = keys.get(a.source);
    if (key === undefined) {
      key = !a.source.trim() || PRONOUN.test(a.source) ? '' : sourceKey(a.source); // an unresolved pronoun names nobody
      keys.set(a.source, key);
    }
    if (!key) return;
    if (!key.includes(' ')) key = fullNames.get(key) ?? key;
    let src = byKey.get(key);
    if (!src) {
      const name = sourceName(a.source);
      src = { name, type: sourceType(name, a.anonymous), mentions: 0, claims: [], attributions: [], anonymous: true };
      byKey.set(key, src);
      const last = key.slice(key.lastIndexOf(' ') + 1);
      if (last !== key && src.type === 'person' && !fullNames.has(last)) fullNames.set(last, key);
    }
    src.mentions++;
    src.attributions.push(index);
    src.anonymous &&= a.anonymous;
    ofAttribution[index] = src;
  });
  claims.forEach((c, index) => {
    const src = c.attribution === undefined ? undefined : ofAttribution[c.attribution];
    if (src && !src.claims.includes(index)) src.claims.push(index);
  });
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions);
}
