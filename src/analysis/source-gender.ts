/**
 * Whether a person's name says a woman or a man: a gendered title ("Mrs.", "spokesman") or a
 * common given name ("Maria", "Fernando"), read at the name's start (after any other title,
 * "Dr. Maria Lopez"). Unknown for most names: the lists hold only names that are nearly always one.
 */
import { lowerCase } from './lower-case';
import { FEMININE_NAMES, FEMININE_TITLES, MASCULINE_NAMES, MASCULINE_TITLES, PERSON_TITLES } from './lexicon/sources';

export type Gender = 'f' | 'm';

const GENDERS = new Map<string, Gender>();
for (const w of [...FEMININE_NAMES, ...FEMININE_TITLES]) GENDERS.set(w, 'f');
for (const w of [...MASCULINE_NAMES, ...MASCULINE_TITLES]) GENDERS.set(w, 'm');
const TITLES = new Set(PERSON_TITLES);
const GIVEN = new Set([...FEMININE_NAMES, ...MASCULINE_NAMES]);

/** The gender `name` states by its title or given name, or null when it says none. */
export function genderOfName(name: string): Gender | null {
  const words = lowerCase(name).trim().split(/\s+/);
  for (let i = 0; i < words.length && i < 3; i++) {
    const w = words[i] ?? '';
    const g = GENDERS.get(w);
    if (g) return g;
    if (!TITLES.has(w)) return null;
  }
  return null;
}

/** The gender one word (a given name or a title) says, or null. */
export function genderOfWord(word: string): Gender | null {
  return GENDERS.get(lowerCase(word)) ?? null;
}

/** True when `word` is a given name the lists know ("Sarah"), not a title ("Mr"). */
export function isGivenName(word: string): boolean {
  return GIVEN.has(lowerCase(word));
}
