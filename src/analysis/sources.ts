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
  let key = sourceName(name).toLowerCase().replace(/^the\s+/, '').replace(TITLE, '');
  // Most keys have no curly apostrophe and single spaces: skip the passes that would change nothing.
  if (key.includes('’')) key = key.replace(/[’]/g, "'");
  if (ODD_SPACE.test(key)) key = key.replace(/\s+/g, ' ').trim();
  return key;
}

/** Whitespace that `replace(/\s+/g, ' ').trim()` would change: a run, a non-space blank, or blanks at either end. */
const ODD_SPACE = /\s\s|[^\S ]|^ | $/;

/**
 * Collects the distinct sources behind `attributions`. Agentless attributions (source
 * null) are not listed. A bare surname or "Mr. X" joins the full name it shortens.
 * Each source lists the indices of its attributions and of the `claims` whose
 * `attribution` points at one of them. Sorted by mentions (desc), then first appearance.
 */
export function collectSources(attributions: Attribution[], claims: Claim[]): Source[] {
  const byKey = new Map<string, Source & { first: number }>();
  const fullNames: Array<{ key: string; last: string }> = [];
  const ofAttribution = new Map<number, Source>();
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
    if (!key.includes(' ')) {
      const full = fullNames.find((f) => f.last === key);
      if (full) key = full.key;
    }
    let src = byKey.get(key);
    if (!src) {
      const name = sourceName(a.source);
      src = { name, type: sourceType(name, a.anonymous), mentions: 0, claims: [], attributions: [], anonymous: true, first: index };
      byKey.set(key, src);
      if (key.includes(' ') && src.type === 'person') fullNames.push({ key, last: key.split(' ').pop() as string });
    }
    src.mentions++;
    src.attributions.push(index);
    src.anonymous = src.anonymous && a.anonymous;
    ofAttribution.set(index, src);
  });
  claims.forEach((c, index) => {
    if (c.attribution === undefined) return;
    const src = ofAttribution.get(c.attribution);
    if (src && !src.claims.includes(index)) src.claims.push(index);
  });
  return [...byKey.values()]
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map((src) => ({ name: src.name, type: src.type, mentions: src.mentions, claims: src.claims, attributions: src.attributions, anonymous: src.anonymous }));
}
