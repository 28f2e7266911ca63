/**
 * A name written as an acronym ("IBM", "I.B.M.", "NIST", "AT&T"): the short form of a body, never
 * a person's name, so "the company" or "it" may point back to it and "he" or "she" never does.
 * Countries and unions of them ("U.S.", "UK", "EU") are governments.
 */
import type { SourceType } from './types';
import { STATE_ACRONYMS } from './lexicon/sources';

// Two to six capitals (an ampersand inside), or two to six initials each with its dot.
const ACRONYM = /^(?:[A-Z][A-Z&]{1,5}|(?:[A-Z]\.){2,6})$/;
const STATES = new Set(STATE_ACRONYMS);

/** The type an acronym name has ('organisation', or 'government' for a state), or null when `name` is no acronym. */
export function acronymType(name: string): SourceType | null {
  if (name.length > 12 || !ACRONYM.test(name)) return null;
  return STATES.has(name.replace(/\./g, '')) ? 'government' : 'organisation';
}
