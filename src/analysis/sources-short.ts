/**
 * Short forms of a source named in full in the same article: an acronym ("the ECB" beside "the
 * European Central Bank", or defined as "European Central Bank (ECB)"), a publication's last word
 * ("the Times" beside "The New York Times"), a known clipping ("the Fed" → Federal Reserve). They
 * are one source, listed under the fullest name.
 */
import type { Source } from './types';
import { sourceType } from './attribution-source';
import { NOT_SHORTENED_TO_TAIL, PUBLICATION_WORDS, SHORT_NAMES } from './lexicon/sources';

const ACRONYM = /^[A-Z]{2,6}$/;
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', 'de', 'du', 'la']);
const PUBLICATION_TAIL = new Set(PUBLICATION_WORDS);
const WHOLE_ONLY = new Set(NOT_SHORTENED_TO_TAIL);
const BODY_TYPES = new Set(['organisation', 'government', 'publication']);
// The capitalised words (with "of", "and", "for" inside) just before an acronym defined in parentheses.
const BEFORE_DEFINITION = /((?:[A-Z][\w.’'-]*\s+(?:(?:of|and|for|the|on|&)\s+)*)*[A-Z][\w.’'-]*)\s*$/;

/** The initials of a name's capitalised words, function words left out ("Federal Open Market Committee" → "FOMC"). */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (w && !SKIPPED.has(w.toLowerCase()) && /^[A-Z]/.test(w)) out += w[0];
  return out;
}

/** True when `acronym` is the initials of `name` ("U.S. Federal Reserve" is "FR" only from three letters on: "USFR" ends with it). */
function acronymOf(name: string, acronym: string): boolean {
  const full = initials(name.replace(/^the\s+/i, ''));
  return full === acronym || (acronym.length >= 3 && full.endsWith(acronym));
}

/** The one source of `candidates` that `ok` accepts; undefined when none or more than one does. */
function onlyOne(candidates: Iterable<[string, Source]>, ok: (key: string, src: Source) => boolean): [string, Source] | undefined {
  let found: [string, Source] | undefined;
  for (const entry of candidates) {
    if (!ok(entry[0], entry[1])) continue;
    if (found) return undefined;
    found = entry;
  }
  return found;
}

/** The full name `acronym` stands for where the text defines it: "the Consumer Financial Protection Bureau (CFPB)". */
function definedIn(text: string, acronym: string): string | undefined {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return undefined;
  const words = BEFORE_DEFINITION.exec(text.slice(Math.max(0, at - 120), at))?.[1];
  if (!words) return undefined;
  // The longest run of words ending before the parenthesis whose initials are the acronym.
  const parts = words.split(/\s+/);
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join(' ');
    if (!SKIPPED.has((parts[i] ?? '').toLowerCase()) && initials(name) === acronym) return name;
  }
  return undefined;
}

/**
 * Merges (with `merge`) each one-word source of `byKey` that is a short form of a fuller source into
 * it; a short form whose full name is not cited but stands in `text` takes that name.
 */
export function mergeShortForms(byKey: Map<string, Source>, merge: (key: string, src: Source, into: Source) => void, text?: string): void {
  for (const [key, src] of byKey) {
    if (key.includes(' ') || src.type === 'anonymous') continue;
    const bare = src.name.replace(/^the\s+/i, '');
    let into: [string, Source] | undefined;
    let full: string | undefined;
    if (ACRONYM.test(bare)) {
      into = onlyOne(byKey, (k, s) => k !== key && BODY_TYPES.has(s.type) && acronymOf(s.name, bare));
      if (!into && text !== undefined) full = definedIn(text, bare);
    } else if (PUBLICATION_TAIL.has(key)) {
      into = onlyOne(byKey, (k, s) => k !== key && s.type === 'publication' && k.endsWith(` ${key}`) && !WHOLE_ONLY.has(k));
    } else if (SHORT_NAMES[key] !== undefined) {
      const long = SHORT_NAMES[key].toLowerCase();
      into = onlyOne(byKey, (k) => k !== key && (k === long || k.endsWith(` ${long}`)));
      if (!into && text?.includes(SHORT_NAMES[key])) full = SHORT_NAMES[key];
    }
    if (into) merge(key, src, into[1]);
    else if (full) {
      src.name = full;
      src.type = sourceType(full, false);
    }
  }
}
