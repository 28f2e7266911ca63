/**
 * Short forms of a source named in full in the same article: an acronym ("the ECB" beside "the
 * European Central Bank", or defined as "European Central Bank (ECB)"), a publication's last word
 * ("the Times" beside "The New York Times"), a known clipping ("the Fed" → Federal Reserve). They
 * are one source, listed under the fullest name.
 */
import type { Source } from './types';
import { sourceType } from './attribution-source';
import { genderOfName, isGivenName } from './source-gender';
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

/** The initials of every word of a name, "of" and "and" included ("Department of Transportation" → "DOT"). */
function allInitials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (w && w.toLowerCase() !== 'the' && /^\p{L}/u.test(w)) out += w[0]?.toUpperCase() ?? '';
  return out;
}

/** True when `acronym` is the initials of `name` ("U.S. Federal Reserve" is "FR" only from three letters on: "USFR" ends with it). */
function acronymOf(name: string, acronym: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  const full = initials(bare);
  return full === acronym || (acronym.length >= 3 && (full.endsWith(acronym) || allInitials(bare) === acronym));
}

// A run of capitalised words with "of", "and", "for", "the", "on" or "&" inside: a body's name in the text.
const NAME_RUN = /\b[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|on|&)\s+)*[A-Z][\w’'-]*)+/g;

/**
 * "The Department of Transportation wouldn't comment. The DOT says …": the full names acronyms of three
 * letters or more stand for where the text writes them without defining them, before or after the acronym:
 * for each acronym, the one capitalised run (or its tail) whose initials, with or without the function
 * words, spell it (null when runs spell it with different names). One scan of the text, made only for an
 * article with such an acronym, however many it has.
 */
function namesByInitials(text: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    const parts = m[0].split(/\s+/);
    // Within a run, an acronym takes the longest tail that spells it.
    const spelled = new Set<string>();
    for (let i = 0; i < parts.length - 1; i++) {
      if (SKIPPED.has((parts[i] ?? '').toLowerCase())) continue;
      const name = parts.slice(i).join(' ');
      for (const key of [initials(name), allInitials(name)]) {
        if (key.length < 3 || spelled.has(key)) continue;
        spelled.add(key);
        const had = out.get(key);
        out.set(key, had === undefined || had === name ? name : null);
      }
    }
  }
  return out;
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
  let written: Map<string, string | null> | undefined;
  for (const [key, src] of byKey) {
    if (key.includes(' ') || src.type === 'anonymous') continue;
    const bare = src.name.replace(/^the\s+/i, '');
    let into: [string, Source] | undefined;
    let full: string | undefined;
    if (ACRONYM.test(bare)) {
      into = onlyOne(byKey, (k, s) => k !== key && BODY_TYPES.has(s.type) && acronymOf(s.name, bare));
      if (!into && text !== undefined) full = definedIn(text, bare) ?? (bare.length < 3 ? undefined : (written ??= namesByInitials(text)).get(bare) ?? undefined);
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

// A capitalised word: a given name or a surname.
const NAME_WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * "Rupert worried …", "Murdoch told …" and "executive chairman Rupert Murdoch" in one article: a lone given
 * name and a lone surname, both cited, that the text writes together as one name, are that one person, listed
 * in full. Only when the given name stands before no other cited surname in the text.
 */
export function mergeGivenAndSurname(byKey: Map<string, Source>, merge: (key: string, src: Source, into: Source) => void, text: string): void {
  const lone = [...byKey].filter(([k, s]) => s.type === 'person' && !k.includes(' ') && NAME_WORD.test(s.name));
  if (lone.length < 2) return;
  const surnames = new Map(lone.map(([k, s]) => [s.name, k]));
  for (const [key, src] of lone) {
    if (!byKey.has(key)) continue;
    let into: string | undefined;
    let ambiguous = false;
    for (let at = text.indexOf(`${src.name} `); at >= 0 && !ambiguous; at = text.indexOf(`${src.name} `, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      const next = /^\p{Lu}[\p{Ll}’'-]+/u.exec(text.slice(at + src.name.length + 1, at + src.name.length + 40))?.[0];
      const other = next === undefined ? undefined : surnames.get(next);
      if (other === undefined || other === key) continue;
      if (into !== undefined && into !== other) ambiguous = true;
      into = other;
    }
    const target = into === undefined || ambiguous ? undefined : byKey.get(into);
    if (!target || into === undefined) continue;
    target.name = `${src.name} ${target.name}`;
    merge(key, src, target);
  }
}

/**
 * "says McCaughrean" cited before "Mark McCaughrean" is named in full (a pronoun settled to the full name
 * later): a lone bare surname joins the one cited person whose full name ends with it.
 */
export function mergeEarlySurnames(byKey: Map<string, Source>, merge: (key: string, src: Source, into: Source) => void): void {
  const byLast = new Map<string, Source | null>();
  for (const [key, src] of byKey) {
    const space = key.lastIndexOf(' ');
    if (space < 0 || src.type !== 'person') continue;
    const last = key.slice(space + 1);
    byLast.set(last, byLast.has(last) ? null : src);
  }
  for (const [key, src] of byKey) {
    // "Mr. Trump" is no "Ivanka Trump": only a bare surname, and never one of the other gender.
    const into = key.includes(' ') || src.type !== 'person' || src.name.includes(' ') ? undefined : byLast.get(key);
    const g = into ? genderOfName(into.name) : null;
    if (into && (g === null || genderOfName(src.name) !== (g === 'f' ? 'm' : 'f'))) merge(key, src, into);
  }
  mergeCompoundSurnames(byKey, merge);
}

/**
 * "Black Elk said" beside "Linda Black Elk", "van Hoof" beside "Joost van Hoof": a surname of two words
 * joins the one cited person whose full name ends with it. Not when its first word is a given name
 * ("Mary Smith" is no "John Mary Smith"), nor with a title of its own ("Mr. Black Elk" joins by surname already).
 */
function mergeCompoundSurnames(byKey: Map<string, Source>, merge: (key: string, src: Source, into: Source) => void): void {
  const twoWord: Array<[string, Source]> = [];
  for (const [key, src] of byKey) if (src.type === 'person' && key.split(' ').length === 2 && !isGivenName(key.slice(0, key.indexOf(' ')))) twoWord.push([key, src]);
  for (const [key, src] of twoWord) {
    const tail = ` ${key}`;
    let into: Source | null | undefined;
    for (const [other, o] of byKey) if (o !== src && o.type === 'person' && other.endsWith(tail)) into = into === undefined ? o : null;
    if (into) merge(key, src, into);
  }
}
