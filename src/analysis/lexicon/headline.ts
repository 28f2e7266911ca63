/**
 * Words for comparing a headline with its body. Data only; src/analysis/headline.ts uses them.
 * Lower case.
 */
import { words } from './list-syntax';

/** Function words: they end the phrase a number counts ("3 key objectives | for Ukraine") and never make two texts alike. */
export const STOPWORDS = words(`
  a an the of for to in on at by with from as and or but nor
  is are was were be been being has have had do does did
  it its this that these those their his her they he she we you i
  after before over into about than since amid says said who what how why
  when where which will would can could not no new more up out so if
`);

/** Nouns a headline uses for what the body enumerates as objectives. */
export const OBJECTIVE_NOUNS = words('objective objectives goal goals aim aims purpose purposes priority priorities plan plans');

/** Words that open an enumerated item ("The first is to…", "Second, …", "Finally, …"). */
export const ORDINALS = words('first second third fourth fifth sixth seventh eighth ninth tenth finally lastly');

/** What splits a headline into clauses: colon, semicolon, bar, a spaced dash, a line break (a subtitle). */
export const CLAUSE_SEPARATORS = /\s*(?:[:;|]|\s[-–—]\s)\s*|\n/g;
