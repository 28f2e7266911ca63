/**
 * The regular expressions of the numbers step, built once from the word lists in
 * lexicon/numbers.ts and lexicon/numbers-units.ts. Each is a flat alternation with no nested
 * unbounded repeats, so a scan stays linear even on a 1 MB line of digits or letters.
 */
import { APPROXIMATION_TAILS, FRACTION_WORDS, MONTHS, MULTIPLIER_WORDS, SCALE_WORDS, TENS_WORDS, TIME_ZONES, UNIT_WORDS, VAGUE_WORDS } from './lexicon/numbers';
import { ATTACHED_ONLY_UNITS, CAPITALISED_CURRENCY_WORDS, CASE_FREE_UNITS, CURRENCY_CODES, HALF_UNITS, CURRENCY_NATIONS, CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_NATIONS, HYPHEN_UNITS, HYPHEN_UNIT_TAILS, MEASURE_UNITS, PERCENT_UNITS, TIME_UNITS } from './lexicon/numbers-units';
import { literalTrie } from './word-trie';
import { isAsciiLetter, isAsciiWordChar, isDigit } from './char-codes';

/**
 * Alternation of words as a trie ("seven(?:t(?:een|y))?"), so a failed attempt costs a
 * character or two instead of one try per word. With `capitalise`, each word also
 * matches with a capital first letter (sentence starts), never in ALL CAPS.
 */
const alt = (words: string[], capitalise = false): string =>
  literalTrie(capitalise ? words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]) : words);
/** Spaces inside a phrase may be any run of ordinary or no-break spaces. */
const spaced = (s: string): string => s.replace(/ /g, S);

/** One gap between words: spaces, no line breaks (numbers never cross a paragraph). */
export const S = '[ \\u00a0]+';
const END = '(?![A-Za-z0-9])';

const unitWord = alt(Object.keys(UNIT_WORDS), true);
const nine = alt(Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w]! >= 1 && UNIT_WORDS[w]! <= 9));
const NUMBER_WORD = `(?:(?:${alt(Object.keys(TENS_WORDS), true)})(?:(?:[ \\u00a0]*-[ \\u00a0]*|${S})(?:${nine})\\b)?|${unitWord})\\b`;
const SCALE = `(?:${alt(Object.keys(SCALE_WORDS), true)})\\b`;
/** Scales that may follow a number: the word scales and "dozen(s)" ("three dozen"). */
const SCALE_AFTER = `(?:${alt([...Object.keys(SCALE_WORDS), 'dozens', 'dozen'], true)})\\b`;
/** Spelled-out numbers with their scales: "one hundred and sixteen", "twenty-one trillion three hundred". */
const WORDS = `${NUMBER_WORD}(?:${S}and${S}an?${S}(?:half|quarter|third)\\b)?(?:${S}${SCALE_AFTER}(?:(?:${S}and)?${S}${NUMBER_WORD}(?!${S}(?:or|and|to)\\b))?)*`;
/** Common fractions written with a slash ("3/4", "1/2"); other slashes are dates ("9/11"). */
const SLASH_FRACTION = '\\d{1,2}/(?:2|3|4|5|8|10|16|100)(?![\\d/])';
/** A power written with a caret, as in code and plain-text science ("10^5", "2^28"). */
const POWER = '\\d{1,3}\\^\\d{1,3}(?![\\d^])';
/** The vulgar fractions ½ ¼ ¾ ⅓ ⅔ ⅛ ⅜ ⅝ ⅞: ¼ to ¾ and ⅛ to ⅞ stand together in Unicode. */
const VULGAR = '[¼-¾⅓⅔⅛-⅞]';
const DIGITS = `(?:${POWER}|\\d+[ \\u00a0]+${SLASH_FRACTION}|${SLASH_FRACTION}|(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[ \\u00a0]?${VULGAR})?|\\.\\d+|${VULGAR})`;
const fractions = alt(Object.keys(FRACTION_WORDS));

/** Units as the first half of a hyphenated adjective: the listed ones and every spelled-out measure ("3-nanometer"). */
const hyphenUnits = [...HYPHEN_UNITS, ...Object.keys(MEASURE_UNITS).filter((u) => /^[a-z]{4,}$/.test(u) && !u.endsWith('s'))];

/**
 * The number itself, without unit: digits, words, vague plurals, fractions, "half". A glued "k"
 * shortens a number ("50k", "2.5k"); after four bare digits it ends a model code ("4790k").
 */
const NUMBER = [
  `[-−]?${DIGITS}(?:[ \\u00a0]?(?:bn|mn|mln|tn|trn)${END}|(?:(?<!\\d{4})k|m|b)${END}|(?:${S}${SCALE_AFTER})+)?`,
  `${NUMBER_WORD}(?:-(?:${fractions})|${S}(?:${alt(Object.keys(FRACTION_WORDS).filter((w) => !w.startsWith('quarter')))}|quarters?(?=${S}of\\b)))\\b(?!-)`,
  // Number words chained by hyphens into a compound adjective with its unit ("a twelve-hundred-mile
  // road", "a hundred-billion-dollar market", "a two-million-year-old fossil"): one number.
  `(?:${NUMBER_WORD}|${SCALE})(?:-${SCALE_AFTER})+(?=-[a-z])`,
  WORDS,
  // "the thousand or so that remain": a bare scale with an estimating tail, the article not "a".
  `${SCALE}(?=${S}or${S}so\\b)`,
  `[Tt]ens${S}of${S}(?:thousands|millions|billions)\\b`,
  `(?:[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Tt]rillions|[Dd]ozens)(?:${S}of${S}(?:thousands|millions|billions)\\b)?\\b`,
  `[Ss]cores(?=${S}of\\b)`,
  `(?:[Aa]|[Hh]alf${S}a)${S}dozen\\b`,
  // "a couple of weeks", "a couple of miles": two of the unit (the unit follows in UNIT); "a couple of job offers" counts nouns.
  `[Aa]${S}couple${S}of(?=${S}(?:${alt(Object.keys(TIME_UNITS))}|${alt(Object.keys(MEASURE_UNITS).filter((u) => /^[a-z]{4,}$/.test(u)))})\\b)`,
  `(?:[Ss]everal|[Aa]${S}few|[Aa]${S}couple${S}of|[Hh]alf${S}an?|[Mm]any)${S}${SCALE}(?:${S}${SCALE})*`,
  // "a thousand", but not the article of a compound adjective: "a billion-dollar deal" is one deal.
  `[Aa]n?${S}${SCALE}(?:${S}${SCALE})*(?!-)`,
  // A bare scale as the first half of a compound adjective ("billion-dollar", "hundred-year").
  `${SCALE}(?=-)`,
  // "multimillion", "multi-billion(-dollar)": several of the scale, an estimate like "several million".
  `[Mm]ulti-?(?:million|billion|trillion)\\b`,
  `(?:[Aa]|[Oo]ne)${S}(?:${fractions})(?=${S}of\\b)`,
  // "a half-hour", "a half-century": one half of the unit, the article with it.
  `[Aa]${S}half(?=-(?:${alt(hyphenUnits)})\\b)`,
  `[Hh]alf\\b(?:${S}an?\\b)?`,
  // "a year and a half": the article is the one; the unit and its half follow (UNIT).
  `[Aa]n?(?=${S}(?:${alt(HALF_UNITS)})${S}and${S}an?${S}half\\b(?!-))`,
  `(?:${alt(Object.keys(MULTIPLIER_WORDS), true)})(?=${S}the\\b)`,
];

const CASE_FREE = new Set(CASE_FREE_UNITS);
/** Each unit as listed, and a case-free one ("GHz") in lower, upper and capitalised case too ("ghz", "GHZ", "Ghz"). */
const caseForms = (units: string[]): string[] => units.flatMap((u) => {
  const lower = u.toLowerCase();
  return CASE_FREE.has(lower) ? [u, lower, u.toUpperCase(), lower[0]!.toUpperCase() + lower.slice(1)] : [u];
});

const timeWords = alt(Object.keys(TIME_UNITS));
const measureWords = alt(caseForms(Object.keys(MEASURE_UNITS).filter((u) => !ATTACHED_ONLY_UNITS.includes(u))));
const attached = alt(caseForms('°C °F ° C F m g ml mL in pc km/h km/hr kmph km kg cm mm mi ft lb lbs mph kph MW GW kW kWh MWh GB MB TB GHz MHz kHz fps px km² km2 m²'.split(' ')));

/** Currency words after an amount, in lower case, and the few also written with a capital ("50 Euro"). */
const currencyWords = alt([...Object.keys(CURRENCY_WORDS), ...CAPITALISED_CURRENCY_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1))]);

/** What may follow the number as its unit: alternatives of one regex, whole as they stand. */
const UNIT = [
  `${S}(?:${alt(HALF_UNITS)})${S}and${S}an?${S}half\\b(?!-)`,
  `(?:${S})?%`,
  `(?:${attached})${END}`,
  `${S}(?:${spaced(alt(Object.keys(PERCENT_UNITS).filter((u) => u !== '%' && u !== 'pc')))})\\b`,
  `${S}(?:of${S})?(?:(?:${spaced(alt(CURRENCY_NATIONS, true))})${S})?(?:${spaced(currencyWords)})\\b`,
  `${S}(?:${alt(Object.keys(CURRENCY_CODES).map((c) => c.toUpperCase()))})${END}`,
  // "93 year-old": an age with its hyphen misplaced ("four century-old homes" counts homes).
  `${S}(?:year|month|week|day)s?-old\\b`,
  // "5’6”", "6' 1\"": feet and inches written with prime marks (or quotes standing for them), one height.
  '[’\'′][ \\u00a0]?(?:1[01]|\\d)(?:\\.\\d)?(?:[”"″]|[’\'′]{2})',
  // "19 y.o.", "19yo", "19-y.o.": an age written short, as police notices and listings write it.
  '(?:[ \\u00a0]|-)?y\\.o\\.(?![A-Za-z])|-?yo\\b',
  // A vague plural takes its unit with "of" ("billions of years", "hundreds of millions of miles"), as money does.
  `(?:(?<=s)${S}of)?${S}(?:(?:more|additional|straight|consecutive|full|long|whole|further|extra)${S})?(?:${timeWords})\\b(?!-)(?:${S}old\\b|${S}of${S}age\\b)?`,
  // "32 more gigawatts", "5 additional miles": a comparative between amount and unit, kept as "two more years" is.
  `(?:(?<=s)${S}of)?${S}(?:(?:more|fewer|additional|extra|further)${S})?(?:(?:square|sq\\.?|cubic)${S})?(?:${spaced(measureWords)})${END}(?!-)`,
  `-(?:${alt(hyphenUnits)})(?:e?s)?(?:-(?:${alt(HYPHEN_UNIT_TAILS)}))?\\b`,
  `-a-(?:year|month|week|day|head|share|piece|night)\\b`,
  // "a four-basis point cut": the hyphen written after the number, not after "basis".
  `-basis${S}points?\\b`,
  `-(?:something|odd|plus|ish|fold)\\b`,
  // Any other compound adjective keeps its noun, as the units above do ("8-core", "two-part",
  // "2005-era"): a lower-case word, not chained on ("one-on-one", "2-for-1" are not compounds).
  // A plural is no adjective's noun but the counted noun itself ("two-packs", "12-packs"), left
  // out as counted nouns are ("-class", "-axis", "-bus" end in s but are singular; "-fifths" is a fraction).
  '-(?![a-z]+[^siu]s\\b(?<!somethings|ths|firsts|thirds))[a-z]{2,}\\b(?!-)',
].join('|');

/**
 * The number patterns in two regexes, chosen by the first character: the first pattern
 * (digits, signs, fractions) is the only one that starts with anything but a letter, so
 * a number in digits runs a small regex, not all of them.
 */
const NUMBER_IN_DIGITS = new RegExp(NUMBER[0]!, 'y');
const NUMBER_IN_WORDS = new RegExp(NUMBER.slice(1).join('|'), 'y');

/** The number at `at`, or null. */
function numberAt(text: string, at: number): RegExpExecArray | null {
  const re = isAsciiLetter(text.charCodeAt(at)) ? NUMBER_IN_WORDS : NUMBER_IN_DIGITS;
  re.lastIndex = at;
  return re.exec(text);
}

const UNIT_RE = new RegExp(UNIT, 'y');
/**
 * Currency signs and codes as one trie, whose optional tails are greedy: it reads "Rs." over
 * "Rs". Only that longest sign is tried: the one sign that starts another is "Rs", and a number
 * read after "Rs" would start with the period (".5"), whose digits "Rs." reads as well.
 */
const CURRENCY_RE = new RegExp(literalTrie(Object.keys(CURRENCY_PREFIXES)), 'y');
/** The characters a currency sign or code starts with: elsewhere (a digit, mostly) CURRENCY_RE is not run. */
const CURRENCY_FIRST = new Set(Object.keys(CURRENCY_PREFIXES).map((c) => c.charCodeAt(0)));

/**
 * A nationality after a "$" amount that says whose dollar it is ("$100 Australian to ride"),
 * only before punctuation or a preposition: in "$2 billion Chinese investment" it describes the noun.
 */
const DOLLAR_NATION_RE = new RegExp(`${S}(?:${spaced(alt(Object.keys(DOLLAR_NATIONS)))})(?=[ \\u00a0]*[.,;:)]|${S}(?:to|for|per|each|apiece|a|an|in|on|at|from|with)\\b)`, 'y');

/**
 * One part of a quantity at `at`, as the pattern `(?:(CURRENCY)[ \u00a0]?)?(NUMBER)(?:UNIT)?`
 * would match it: [the part, its currency, its number]. In steps, so the engine compiles
 * smaller regexes: a currency with the space after it, then the number (else the number
 * alone: no number starts with a space), then the unit if one follows.
 */
function matchPart(text: string, at: number, moneyBefore = false): [string, string | undefined, string] | null {
  CURRENCY_RE.lastIndex = at;
  let currency = CURRENCY_FIRST.has(text.charCodeAt(at)) ? CURRENCY_RE.exec(text)?.[0] : undefined;
  let number: RegExpExecArray | null = null;
  if (currency) {
    const space = text.charCodeAt(at + currency.length);
    number = numberAt(text, at + currency.length + (space === 32 || space === 0xa0 ? 1 : 0));
    if (!number) currency = undefined;
  }
  number ??= numberAt(text, at);
  if (!number) return null;
  let end = number.index + number[0].length;
  let digits = number[0];
  // A capital "K" is thousands only after money ("$4K", "$12–16K"); alone, "4K" is a resolution.
  if ((currency || moneyBefore) && text.charCodeAt(end) === 75 && isDigit(text.charCodeAt(end - 1)) && !isAsciiWordChar(text.charCodeAt(end + 1))) digits += text[end++];
  UNIT_RE.lastIndex = end;
  if (UNIT_RE.test(text)) end = UNIT_RE.lastIndex;
  else if (currency === '$') { DOLLAR_NATION_RE.lastIndex = end; if (DOLLAR_NATION_RE.test(text)) end = DOLLAR_NATION_RE.lastIndex; }
  return [text.slice(at, end), currency, digits];
}

/** What joins the two parts of a range: a dash, "to", "and" or "or" ("80 or 90 percent"), or "in" of a ratio ("one in five"). */
const CONNECTOR_RE = new RegExp(`[ \\u00a0]?[-–—][ \\u00a0]?|${S}(?:to|and|or|in)${S}`, 'y');
/** A tail that makes the quantity a bound or an approximation ("or more"). */
const TAIL_RE = new RegExp(`${S}(?:${spaced(alt(APPROXIMATION_TAILS))})\\b`, 'y');

/**
 * A quantity at `at`, laid out like the groups of one regex
 * `(?<![A-Za-z0-9_])(PART)(?:(CONNECTOR)(PART))?(TAIL)?`: 0 the whole, 1 first part (2 its
 * currency, 3 its number), 4 connector, 5 second part (6 currency, 7 number), 8 tail.
 * Whether a range really is one ("between 3 and 5" yes, "aged 25 and 54" no) is decided in
 * code. Three sticky steps instead of that one regex: nothing after the first part can fail
 * the match, so the result is the same, and the engine compiles the part once, not twice
 * (the single regex was 800 KB of machine code, evicted from the caches between calls).
 */
export function matchQuantity(text: string, at: number): QuantityMatch | null {
  if (isAsciiWordChar(text.charCodeAt(at - 1))) return null;
  const first = matchPart(text, at);
  if (!first) return null;
  let end = at + first[0].length;
  let connector: string | undefined;
  let second: [string, string | undefined, string] | null = null;
  CONNECTOR_RE.lastIndex = end;
  // A connector starts with a space, a no-break space or a dash: elsewhere the regex is not run.
  const c = text.charCodeAt(end);
  const joint = c === 32 || c === 0xa0 || c === 45 || c === 0x2013 || c === 0x2014 ? CONNECTOR_RE.exec(text) : null;
  if (joint) {
    second = matchPart(text, CONNECTOR_RE.lastIndex, first[1] !== undefined);
    if (second) { connector = joint[0]; end = CONNECTOR_RE.lastIndex + second[0].length; }
  }
  TAIL_RE.lastIndex = end;
  // A tail starts with a space or a no-break space.
  const tailMayStart = text.charCodeAt(end) === 32 || text.charCodeAt(end) === 0xa0;
  const tail = tailMayStart && TAIL_RE.test(text) ? text.slice(end, (end = TAIL_RE.lastIndex)) : undefined;
  const groups = [text.slice(at, end), first[0], first[1], first[2], connector, second?.[0], second?.[1], second?.[2], tail] as QuantityMatch;
  groups.index = at;
  return groups;
}

type QuantityGroups = [string, string, string | undefined, string, string | undefined, string | undefined, string | undefined, string | undefined, string | undefined];
/** See `matchQuantity`. */
export type QuantityMatch = QuantityGroups & { index: number };

const month = `(?:${alt([...MONTHS, ...MONTHS.map((m) => m.toLowerCase()).filter((m) => !/^ma[ry]/.test(m))])})(?![A-Za-z])`;
const day = '\\d{1,2}(?:st|nd|rd|th)?\\b';
const year = `,?${S}\\d{4}\\b`;
/**
 * A year written short after a day and a month ("14 Oct. 15", "3 May 21"), only where the date
 * ends (punctuation or the line end): "on 14 Oct. 15 people died" counts people.
 */
const shortYear = `${S}\\d{2}(?=[),;:!?\\]]|\\.(?!\\d)|[ \\u00a0]*(?:\\n|$))`;

/** What may follow a clock time: "am"/"pm", a time zone, or both ("12:00 PM PT"). */
const amPm = '[ \\u00a0]?(?:[ap]\\.m\\.|[AP]M|[ap]m)(?![A-Za-z])';
const zone = `[ \\u00a0](?:${alt(TIME_ZONES)})\\b`;
/** An hour in words before "a.m."/"p.m." ("three a.m."); "AM"/"PM" after a word is more often a band or a title. */
const hourWord = `(?:${alt(Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w]! >= 1 && UNIT_WORDS[w]! <= 12), true)})\\b`;
/**
 * An hour in words or digits, or two joined by "or" ("three or four a.m.", "3 or 4 pm"): the
 * first hour borrows the second's "a.m.", as "10 to 15 percent" borrows its unit.
 */
const hours = `(?:${hourWord}(?:${S}or${S}${hourWord})?[ \\u00a0]?(?:[ap]\\.m\\.|[AP]\\.M\\.)(?![A-Za-z])|\\d{1,2}(?:${S}or${S}\\d{1,2})?${amPm})`;

/**
 * Dates and times with a numeral. Group 1 (the first pattern's) is set for a month-and-day or
 * month-and-year date; group 2 (the last pattern's, read after the first) for a clock time,
 * which may start with a letter ("three a.m.").
 */
const DATE_PATTERNS = [
  `(?<![A-Za-z0-9_])(${month}${S}(?:${day}(?:${year})?|(?:of${S})?\\d{4}\\b)|${day}${S}(?:of${S})?${month}(?:${year}|${shortYear})?|${month},${S}\\d{4}\\b)`,
  `(?<![A-Za-z0-9_$£€.,])(?:(?:[Mm]id|[Ee]arly|[Ll]ate)-)?\\d{3}0s(?![A-Za-z0-9])`,
  `(?<![A-Za-z0-9_$£€.,])(?:[Mm]id|[Ee]arly|[Ll]ate)-\\d{4}\\b(?!-)`,
  `(?<![A-Za-z0-9_$£€.,])[’'‘]?\\d0s(?![A-Za-z0-9])`,
  `(?<![A-Za-z0-9_.,’'‘])[’'‘]\\d\\d(?![A-Za-z0-9%’'‘])`,
  `(?<![A-Za-z0-9_/.,])(?:1[89]|20)\\d\\d/\\d\\d(?![\\d/])`,
  `(?<![A-Za-z0-9_/.,])\\d{1,2}/\\d{1,2}(?:/(?:\\d{4}|\\d{2}))?(?![\\d/])`,
  // A decade in words, as magazines write it ("the nineteen-eighties", "the twenty-twenties").
  `(?:[Nn]ineteen|[Tt]wenty)[- \\u00a0](?:tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![A-Za-z-])`,
  `(?<![A-Za-z0-9_.,:])(\\d{1,2}:\\d{2}(?:${amPm})?(?:${zone})?(?![\\d:])|\\d{1,2}\\.\\d{2}[ \\u00a0]?(?:[ap]\\.m\\.|[ap]m)(?![A-Za-z])(?:${zone})?|[0-2]\\d[0-5]\\d${zone}|${hours}(?:${zone})?)`,
];
/** The date patterns that can start at a letter, a digit or an apostrophe, in their order: each regex is a third of the code. */
const datePatterns = (picks: number[]): RegExp => new RegExp(picks.map((i) => DATE_PATTERNS[i]).join('|'), 'y');
const DATE_AT_LETTER = datePatterns([0, 1, 2, 7, 8]);
const DATE_AT_DIGIT = datePatterns([0, 1, 3, 5, 6, 8]);
const DATE_AT_APOSTROPHE = datePatterns([3, 4]);

/** The date or time starting at `at`, as one regex of all the date patterns would match it. */
export function matchDate(text: string, at: number): RegExpExecArray | null {
  const c = text.charCodeAt(at);
  const re = isDigit(c) ? DATE_AT_DIGIT : c === 39 || c === 0x2018 || c === 0x2019 ? DATE_AT_APOSTROPHE : DATE_AT_LETTER;
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Number words and months. Glued to more letters ("oneself", "decade", "Tension") they start
 * nothing: every pattern that opens with a word needs a break after it.
 */
const anchorWords = [
  ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(VAGUE_WORDS), ...Object.keys(MULTIPLIER_WORDS),
  'half', 'several', 'many', ...Object.keys(SCALE_WORDS), ...MONTHS.map((m) => m.replace('.', '').toLowerCase()),
];
/** Anchors that may be glued to what follows: currency codes ("USD5") and phrases ("a thirds of"). */
const otherAnchors = [
  'mid-', 'early-', 'late-', 'multi-million', 'multi-billion', 'multi-trillion', 'multimillion', 'multibillion', 'multitrillion', ...Object.keys(SCALE_WORDS).map((w) => `${w}-`), 'a hundred', 'a thousand', 'a million', 'a billion', 'a trillion',
  'a dozen', 'a few', 'a couple', 'a third', 'a quarter', 'a fifth', 'a tenth', 'a half',
  ...HALF_UNITS.flatMap((u) => [`a ${u} and a half`, `an ${u} and a half`]),
  ...Object.keys(CURRENCY_PREFIXES).filter((c) => /^[A-Z][A-Za-z]+$/.test(c)).map((c) => c.toLowerCase()),
];

/**
 * Where a number or date may begin: a digit not glued to a word or number before it, a
 * currency or fraction sign, an apostrophe before digits ("’91"), a number word, a month,
 * or "a"/"an" before a scale ("a thousand"), never a number word glued to more letters. The full patterns above run only at these
 * places. A flat, case-insensitive list of literals and narrow character classes let the
 * engine skip ahead quickly; the look-arounds sit after the character they guard, so they
 * run only at a digit or an apostrophe, and "don't" or "COVID-19" never leave the regex.
 * Both word lists share one `\b`: tested once per place, it cuts the scan by about a tenth.
 */
export const ANCHOR_RE = new RegExp(
  `[$£€¥₹₩₽₺¼-¾⅓⅔⅛-⅞]|\\d(?<![A-Za-z0-9_]\\d)|[’'‘](?=\\d)|\\b(?:(?:${literalTrie(anchorWords)})(?![a-z])|${literalTrie(otherAnchors)})`,
  'gi',
);
