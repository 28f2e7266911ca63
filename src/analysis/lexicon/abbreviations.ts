/**
 * Words that end in a period without ending a sentence. Data only: the splitter in
 * `../sentences.ts` decides what to do with them. All lower case, without the final period.
 */

import { words } from './list-syntax';

/** Titles before a name: the next word is always the name, never a new sentence ("Dr. Smith"). */
export const TITLES: readonly string[] = words(`
  mr mrs ms messrs mme mlle dr prof sen sens rep reps gov govs gen lt col maj capt cmdr sgt cpl pvt
  adm brig rev fr hon pres supt det insp atty amb gens cpt lieut sgts
`);

/** Abbreviations usually followed by a number ("Jan. 5", "No. 3", "p. 12"); followed by a digit they never end a sentence. */
export const BEFORE_NUMBER: readonly string[] = words(`
  jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols p pp fig figs art sec ch chap para
  ed eds approx ca c est op rt ref tel ext pt
`);

/**
 * Abbreviations inside a sentence that can also end one ("in the U.S." / "the U.S. Army",
 * "Apple Inc." / "Apple Inc. said"). They end a sentence only when the next word is a usual
 * sentence opener (see `SENTENCE_OPENERS`).
 */
export const AMBIGUOUS: readonly string[] = words(`
  u.s u.k u.n e.u u.s.a d.c l.a n.y a.m p.m inc corp co ltd llc plc bros etc al vs v cf e.g i.e viz
  dept univ assn ave blvd rd calif conn fla ill mass mich minn penn tenn tex va wash wis ariz colo ga
  ky la md mo neb nev okla ore pa miss ala ark del kan mont wyo vt st mt ft sr jr esq ph.d ph m.d b.a
  m.a n.j n.c s.c n.h n.m n.d s.d r.i w.va mln bn
`);

/**
 * Words that typically open a sentence. After an ambiguous abbreviation ("U.S.", "Inc.", "p.m.")
 * one of these means a new sentence starts; a capitalised name ("U.S. Army") means it does not.
 */
export const SENTENCE_OPENERS: readonly string[] = words(`
  a an the this that these those there then thus so but and or yet still also however meanwhile
  moreover indeed instead in on at for from by with after before since during when while if as
  although though because i we you he she it they his her its their our my your some many most all no
  not one two three what who why how where which officials last earlier later now today yesterday
  according despite under over such each both other another more few
`);

/**
 * Speech verbs: after a quote ending in "?" or "!", a name and one of these continue the sentence
 * ('"Why now?" Forte asked.'), where a capital letter would otherwise start a new one.
 */
export const SPEECH_VERBS: readonly string[] = words(`
  said says asked asks added adds told tells wrote writes replied replies explained noted shouted
  yelled cried exclaimed wondered continued recalled insisted
`);
