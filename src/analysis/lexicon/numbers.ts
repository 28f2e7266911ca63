/**
 * Word lists for the numbers step: number words, scales, vague quantities, approximation
 * words, months, and the words around a number that make it a name, a label or a pronoun.
 * Units and currencies: lexicon/numbers-units.ts. Data only; src/analysis/numbers-*.ts turns
 * them into regular expressions. Changing what counts as a unit is an edit there, not in code.
 */
import { phrases, words } from './list-syntax';

/** Each word of `list` with its value: `value(index)`. */
const valued = (list: string, value: (index: number) => number): Record<string, number> =>
  Object.fromEntries(words(list).map((w, i) => [w, value(i)]));

/** Cardinal words below a hundred that combine with tens ("twenty-five"). */
export const UNIT_WORDS: Record<string, number> = valued(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen
`, (i) => i);

export const TENS_WORDS: Record<string, number> = valued('twenty thirty forty fifty sixty seventy eighty ninety', (i) => (i + 2) * 10);

/** Multipliers written as words ("4.5 billion", "a thousand"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15, quintillion: 1e18, lakh: 1e5, crore: 1e7,
};

/** Multipliers abbreviated right after digits ("£300m", "$4.5bn", "50k"). "m" means metres unless a currency is present. */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12,
};

/**
 * Vague plural quantities. Value chosen: the smallest plural, twice the unit
 * ("dozens" = 24, "hundreds" = 200); "tens of thousands" multiplies out (20,000).
 */
export const VAGUE_WORDS: Record<string, number> = {
  dozens: 24, scores: 40, tens: 20, hundreds: 200, thousands: 2e3, millions: 2e6, billions: 2e9, trillions: 2e12,
};

/** Words that stand before a scale word as its multiplier ("several million", "a few hundred", "a couple of thousand", "multimillion"). */
export const SCALE_MULTIPLIERS: Record<string, number> = { several: 3, few: 3, couple: 2, many: 2, multi: 2 };

/** Fractions after a number word ("one-tenth", "two-thirds") or "a" ("a third of"), singular and plural. */
export const FRACTION_WORDS: Record<string, number> = Object.fromEntries(Object.entries({
  half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10, hundredth: 100,
}).flatMap(([w, v]) => [[w, v], [w === 'half' ? 'halves' : `${w}s`, v]]));

/** Unicode fractions ("6 ½ minutes"). */
export const VULGAR_FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };

/** Time zones after a clock time ("8:51 GMT", "1451 GMT"). */
export const TIME_ZONES: string[] = phrases(`
  GMT, UTC, BST, CET, CEST, EST, EDT, PST, PDT, CST, CDT, ET, PT, local time
`);

/** Idioms written with numerals that are not quantities ("24/7", "50-50"). */
export const NUMERAL_IDIOMS: string[] = words(`
  24/7 24-7 50-50 50/50 20/20 9-to-5
`);

/** Words that end an idiom whose last word is a number word ("knows a thing or two"): keyed by the number, the two words before it. */
export const WORD_IDIOMS: Record<string, string> = { two: 'thing or' };

/** Multiplier words counted when they compare ("double the number"). */
export const MULTIPLIER_WORDS: Record<string, number> = { double: 2, twice: 2, triple: 3, quadruple: 4 };

/**
 * Approximations and bounds kept at the front of a span, longest first so "more than"
 * wins over "more". Stored lower case; matched with a capital first letter too. "(an)
 * estimated" is left out: it says who counted, as "reported" would, and the gold convention
 * keeps the span to the modifiers that bound or round the number ("an estimated $12 million"
 * gives "$12 million").
 */
export const APPROXIMATIONS: string[] = phrases(`
  a little over, a little more than, a little under, more than, less than, fewer than,
  greater than, higher than, lower than, up to, at least, at most, as many as, as much as, as few as,
  as little as, as high as, no more than, no fewer than, no less than, not more than, not less than,
  just over, just under, well over, well under, slightly more than, slightly less than, close to,
  upwards of, in excess of, nearly, almost, about, around, approximately, roughly, some, over, under,
  circa, approx., barely, a minimum of, a maximum of, at minimum, at maximum, near
`);

/** Tails that turn a number into a lower bound or an approximation ("two or more"). */
export const APPROXIMATION_TAILS: string[] = phrases(`
  or more, or so, or fewer, or less, or older, or higher
`);

/**
 * Ordinals after a hyphen ("twenty-first", "thirty-third"): an ordinal number is a rank, not a
 * quantity, so the compound is no number ("-second" is a unit: "a thirty-second ad").
 */
export const HYPHEN_ORDINALS: string[] = words('first third fourth fifth sixth seventh eighth ninth');

const MONTH_ABBREVIATIONS = words('Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec');

/** The months' names in full. */
export const MONTH_NAMES: string[] = words('January February March April May June July August September October November December');

/** The days of the week. */
export const WEEKDAY_NAMES: string[] = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');

/** Month names and their abbreviations, with and without the period, for dates ("12 April", "Jan. 5", "March 2024"). */
export const MONTHS: string[] = [
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`), ...MONTH_ABBREVIATIONS,
];

/**
 * Words before a bare number that make it a label or a name, not a quantity
 * ("No. 1", "Chapter 11", "Route 66"). Compared in lower case.
 */
export const LABEL_WORDS: string[] = words(`
  no nos. number # page pages p. pp. vol. volume chapter article section route highway interstate
  flight room suite exit gate platform channel episode version v. season verse paragraph amendment level
  grade phase stage ward district precinct building unit apartment apt. box figure fig. table step rule
  act psalm type class model size round game week
`);

/** Street types: a number before "<Name> Street" is an address, not a quantity. */
export const STREET_WORDS: string[] = words(`
  Street St. Avenue Ave. Road Rd. Boulevard Blvd. Lane Drive Place Square Way Terrace Court Parkway
`);

/**
 * Capitalised words that may stand before a number without making it a name
 * ("In 2015", "About 50", "Almost 1.8 million"). Compared in lower case.
 */
export const NOT_NAME_WORDS: string[] = words(`
  in on at by since until till of for from to and or but the with after before during between another
  those these all its their his her our your my only just than about some nearly almost around roughly
  over under approximately more less fewer up least most through within per every last next past first
  then when while if as so yet now also even still are is was were be been had has have top that which who
  without i we they he she it you there here what where why how
`);

/**
 * Words after "one" that show it is a pronoun or part of a phrase, not a count
 * ("one of", "one which", "one another"). Compared in lower case.
 */
export const ONE_NOT_COUNT_NEXT: string[] = words(`
  of another which who whom whose that is was are were has had have will would can could should may might
  must does did do in on at to for with by from and or but if as than else day way thing time hand point
  side after so such too here there like gets says said thinks knows
`);

/**
 * Nouns of the idioms in ONE_NOT_COUNT_NEXT ("one day", "one way or another", "on the one
 * hand"): after "only", "just" or "exactly" they are counted anyway ("just one hand").
 */
export const ONE_IDIOM_NOUNS: string[] = words('day way thing time hand point side');

/** Words before "one" that show it is a pronoun ("no one", "the one", "this one"). Compared in lower case. */
export const ONE_NOT_COUNT_PREV: string[] = words(`
  no any every each some the this that which a an other another such last little loved young simple new
  old big small good bad right wrong same first second next previous latest one someone anyone everyone
`);

/**
 * "one day" / "one night" as a time in a story ("then one day it broke", "One night, she left"),
 * not a count: the words before it, and the words after it at a sentence start. Lower case.
 */
export const STORY_ONE_PREV: string[] = words('then and but until till when so yet');
export const STORY_ONE_NEXT: string[] = words('he she it they we i you the his her their our my there someone something');
/** Words after "one day" that make it a count anyway ("one day later", "one day of talks"). */
export const COUNTED_ONE_NEXT: string[] = words('later earlier ago before after of long left more less a per is was will');
