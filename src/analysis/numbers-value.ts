/**
 * Reads the value and unit of one matched quantity part ("$4.5 billion", "tens of
 * thousands", "350 square kilometers"). Works on the few characters of one match, so
 * its small allocations do not grow with the article.
 */
import { FRACTION_WORDS, MULTIPLIER_WORDS, SCALE_ABBREVIATIONS, SCALE_MULTIPLIERS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_WORDS, VULGAR_FRACTIONS } from './lexicon/numbers';
import { CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_NATIONS, HYPHEN_UNITS, MEASURE_UNITS, PERCENT_UNITS, TIME_UNITS } from './lexicon/numbers-units';
import type { UnitInfo } from './lexicon/numbers-units';
import type { NumberKind } from './types';
import { lowerCase } from './lower-case';
import { isDigit } from './char-codes';

/** What one part of a quantity says. */
export interface PartReading {
  value: number | null;
  unit: string | null;
  kind: NumberKind;
  /** A vague or estimating word inside the number ("dozens", "several"), lower case. */
  approximate: string | null;
  /** True for a bare count: no currency, unit, scale or vague word. */
  bare: boolean;
  /** The number as written, without currency or unit. */
  number: string;
  /** True when the number is written in digits only ("2015", "1,300"), no scale. */
  plainDigits: boolean;
  /** True for a compound adjective whose noun is no unit ("8-core", "two-part"): a bare number in every other way. */
  compound: boolean;
}

const HYPHEN_UNIT_SET = new Set(HYPHEN_UNITS);
/** Hyphen tails that make an approximation or a multiple, not a unit ("30-odd", "$119-a-year", "tenfold"). */
const NOT_UNIT_TAIL = /^-(?:a-|something|odd|plus|ish|fold)/;

const MILLION_AFTER = /[ \u00a0]+[a-z]+s\b/y;
const followedByPlural = (text: string, at: number): boolean => { MILLION_AFTER.lastIndex = at; return MILLION_AFTER.test(text); };
/**
 * How `number` is written, read by hand (three regexes per number cost more): DIGITS_ONLY is
 * /^\d+$/; PLAIN also /^\d[\d,]*(?:\.\d+)?$/ ("1,300.5"); OF_DIGITS /^[\d,.]+$/; else OTHER.
 * Each includes the next: a number that is DIGITS_ONLY is PLAIN and OF_DIGITS too.
 */
const enum Digits { Other, OfDigits, Plain, DigitsOnly }
function digitsOf(number: string): Digits {
  let period = -1;
  let comma = false;
  for (let i = 0; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c === 46) { if (period >= 0) period = -2; else if (period === -1) period = i; } else if (c === 44) { if (period >= 0) period = -2; else comma = true; } else if (!isDigit(c)) return Digits.Other;
  }
  if (number.length === 0) return Digits.Other;
  if (period === -1 && !comma) return Digits.DigitsOnly;
  // One period at most, after the first digit and before the last character, and no comma after it.
  const plain = period !== -2 && isDigit(number.charCodeAt(0)) && period !== number.length - 1;
  return plain ? Digits.Plain : Digits.OfDigits;
}
const SCALED = /\d[a-z]|hundred|thousand|million|billion|trillion|quadrillion|quintillion|dozen|half|double|twice|triple|quadruple|-[a-z]+ths?$|-(?:thirds?|quarters?|halves)$/i;

/** What a word does to the number being read; see `numberValue`. */
const enum Role { Add, Times, Scale, Vague, Half, Fraction, Multiplier, Estimate, Article }

/** Each number word with its role and value; a word in two lists keeps the first role `numberValue` tries. */
const WORD_ROLES = new Map<string, [Role, number]>();
const addRoles = (role: Role, words: Record<string, number>): void => {
  for (const [w, v] of Object.entries(words)) if (!WORD_ROLES.has(w)) WORD_ROLES.set(w, [role, v]);
};
addRoles(Role.Add, { ...UNIT_WORDS, ...TENS_WORDS });
addRoles(Role.Times, { hundred: 100, dozen: 12 });
addRoles(Role.Scale, SCALE_WORDS);
addRoles(Role.Vague, VAGUE_WORDS);
addRoles(Role.Half, { half: 0.5 });
addRoles(Role.Fraction, FRACTION_WORDS);
addRoles(Role.Multiplier, MULTIPLIER_WORDS);
addRoles(Role.Estimate, SCALE_MULTIPLIERS);
addRoles(Role.Article, { a: 1, an: 1 });

/**
 * Reads a number written in digits, words or both ("4.5 billion", "twenty-five", "tens of
 * thousands"). `scaled` says a glued "m" is a million (money or another unit follows).
 */
export function numberValue(number: string, scaled: boolean, text = '', at = 0): { value: number | null; approximate: string | null; unit: string | null } {
  if (digitsOf(number) >= Digits.Plain) return { value: parseFloat(number.includes(',') ? number.replace(/,/g, '') : number), approximate: null, unit: null };
  // "multimillion" reads as "multi million": the prefix is the estimate, the rest the scale.
  const lower = lowerCase(number);
  const words = (lower.startsWith('multi') ? lower.replace(/^multi(?=[mbt])/, 'multi ') : lower).split(/[ \u00a0-]+/);
  let total = 0;
  let current = 0;
  let approximate: string | null = null;
  let unit: string | null = null;
  let vague = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const vulgar = VULGAR_FRACTIONS[w[w.length - 1]!];
    if (vulgar !== undefined) { current += vulgar; if (w.length === 1) continue; }
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 44 || c === 46) {
      // Digits, maybe with a glued scale or fraction sign ("3.5m", "6½"), a slash fraction ("3/4") or a caret power ("10^5").
      const slash = /^(\d+)([/^])(\d+)$/.exec(w);
      const digits = slash ? null : /^([\d,]*\.?\d+)([a-z]*)[¼-¾⅓⅔⅛-⅞]?$/.exec(w);
      if (slash) current += slash[2] === '^' ? Number(slash[1]) ** Number(slash[3]) : Number(slash[1]) / Number(slash[3]);
      else if (digits) {
        current = parseFloat(digits[1]!.replace(/,/g, '')) + (vulgar ?? 0);
        const abbr = digits[2]!;
        // "1.5m people" is a million; "a 100m sprint" is metres.
        if (abbr === 'm' && !scaled && !(digits[1]!.includes('.') || followedByPlural(text, at))) unit = 'm';
        else if (abbr) current *= SCALE_ABBREVIATIONS[abbr] ?? 1;
      }
      continue;
    }
    if (w === 'and' && (words[i + 1] === 'a' || words[i + 1] === 'an') && words[i + 2]! in FRACTION_WORDS) {
      current += 1 / FRACTION_WORDS[words[i + 2]!]!;
      i += 2;
      continue;
    }
    const role = WORD_ROLES.get(w);
    const kind = role?.[0];
    const v = role?.[1] ?? 0;
    if (kind === Role.Add) current += v;
    else if (kind === Role.Times) current = (current || 1) * v;
    // A scale right after another multiplies it ("a million million", "1.3 quadrillion quadrillion").
    else if (kind === Role.Scale) { if (current === 0 && total > 0) total *= v; else total += (current || 1) * v; current = 0; }
    else if (vague && w.endsWith('s') && w.slice(0, -1) in SCALE_WORDS) { current *= SCALE_WORDS[w.slice(0, -1)]!; approximate = `${approximate} of ${w}`; }
    else if (kind === Role.Vague) { current = v; approximate = w; vague = true; }
    else if (kind === Role.Half) current = current <= 1 ? 0.5 : current + 0.5;
    else if (kind === Role.Fraction) current = (current || 1) / v;
    else if (kind === Role.Multiplier) { current = v; unit = '×'; }
    else if (kind === Role.Estimate) { current = v; approximate = w === 'few' ? 'a few' : w === 'couple' ? 'a couple of' : w; } else if (kind === Role.Article && current === 0) current = 1;
  }
  const value = total + current;
  return { value: Number.isFinite(value) ? value : null, approximate, unit };
}

const unitWord = (t: string): UnitInfo | null => PERCENT_UNITS[t] ?? CURRENCY_WORDS[t] ?? TIME_UNITS[t] ?? MEASURE_UNITS[t] ?? CURRENCY_CODES[t] ?? null;

/** An age written short after the number ("19 y.o.", "19yo"): years of age. */
const AGE_SHORT = /^[ \u00a0-]?y(?:\.o\.|o)$/;
const AGE: UnitInfo = { unit: 'year', kind: 'duration' };
/** Inches after feet written with prime marks ("5’6”", "6' 1\""): the inches, or null for any other unit. */
const FEET_INCHES = /^[’'′][ \u00a0]?(\d+(?:\.\d)?)/;
const FEET: UnitInfo = { unit: 'ft', kind: 'measure' };
const inchesOf = (rest: string): number | null => {
  const m = rest.length <= 8 ? FEET_INCHES.exec(rest) : null;
  return m ? Number(m[1]) : null;
};

/** Looks up a unit as written after a number (" square kilometers", "-year-old", "%"). */
export function unitOf(raw: string): UnitInfo | null {
  if (!raw || (raw.charCodeAt(0) === 45 && NOT_UNIT_TAIL.test(raw))) return null;
  if (raw.length <= 5 && AGE_SHORT.test(raw)) return AGE;
  if (inchesOf(raw) !== null) return FEET;
  const glued = raw[0] !== ' ' && raw[0] !== '\u00a0' && raw[0] !== '-';
  if (glued) return PERCENT_UNITS[raw] ?? MEASURE_UNITS[lowerCase(raw)] ?? MEASURE_UNITS[raw] ?? null;
  let t = lowerCase(raw);
  // Runs of spaces as one: most units have one ordinary space before each word, and no replace to run.
  if (t.includes('\u00a0') || t.includes('  ')) t = t.replace(/[ \u00a0]+/g, ' ');
  t = t.trim();
  if (t.startsWith('-')) {
    const parts = t.slice(1).split('-');
    const head = parts[0]!.endsWith('s') ? parts[0]!.slice(0, -1) : parts[0]!;
    // "22-year-old", "six-month-old": an age in the unit it names.
    // Any other word ("8-core") is the noun of a compound, no unit.
    return TIME_UNITS[head] ?? (parts[1] === 'old' ? { unit: 'year', kind: 'duration' } : PERCENT_UNITS[head] ?? MEASURE_UNITS[head] ?? MEASURE_UNITS[parts[0]!]
      ?? (head === 'dollar' ? { unit: 'USD', kind: 'money' } : HYPHEN_UNIT_SET.has(head) ? { unit: head, kind: 'measure' } : null));
  }
  // "40 years old", "93 year-old", "a year and a half"; the regexes only where the words can be.
  if (t.endsWith('old') || t.endsWith('age') || t.endsWith('half')) t = t.replace(/[ -]old$| of age$| and an? half$/, '');
  const power = t.startsWith('s') || t.startsWith('c') ? /^(?:(square|sq\.?)|cubic) /.exec(t) : null;
  if (power) t = t.slice(power[0].length);
  // The words before a unit word ("of", a nationality, "more": "of Australian dollars",
  // "25 more years") drop off one by one until what is left is a unit.
  let m = unitWord(t);
  while (!m && t.includes(' ')) m = unitWord((t = t.slice(t.indexOf(' ') + 1)));
  // Only a measure takes "square" or "cubic".
  if (m?.kind !== 'measure' || !power) return m;
  return { unit: `${m.unit}${power[1] ? '²' : '³'}`, kind: 'measure' };
}

/**
 * Reads one part of a quantity from what the quantity pattern matched: the whole part,
 * its currency sign (if any) and its number; the rest of the part is the unit. `text` and
 * `end` (where the part ends in it) let "1.5m people" read as a million, not metres.
 */
export function readPart(part: string, currencySign: string | undefined, signed: string, text = '', end = 0): PartReading {
  const negative = signed[0] === '-' || signed[0] === '−';
  const number = negative ? signed.slice(1) : signed;
  let rest = part.slice(part.indexOf(signed) + signed.length);
  // "$100 Australian": the nationality names the dollar and is no unit of its own.
  const nation = currencySign === '$' && rest ? DOLLAR_NATIONS[rest.trim().replace(/[ \u00a0]+/g, ' ')] : undefined;
  if (nation) rest = '';
  const restUnit = unitOf(rest);
  // "$35 CAD": a code after the amount says whose dollar it is.
  const currency = nation ?? (currencySign === '$' && restUnit?.kind === 'money' ? restUnit.unit : null) ?? (currencySign ? CURRENCY_PREFIXES[currencySign] ?? null : null);
  const read = numberValue(number, currency !== null || restUnit !== null, text, end);
  let unit: string | null = currency ?? restUnit?.unit ?? read.unit;
  let kind: NumberKind = currency ? 'money' : restUnit?.kind ?? (read.unit === 'm' ? 'measure' : 'count');
  if (read.unit === '×') { unit = '×'; kind = 'other'; }
  let value = read.value !== null && negative ? -read.value : read.value;
  // "a year and a half", "one hour and a half": the half is of the unit.
  if (value !== null && restUnit && (rest.charCodeAt(rest.length - 1) | 32) === 102 && /and[ \u00a0]+an?[ \u00a0]+half$/i.test(rest)) value += 0.5;
  // "5’6”": the inches are twelfths of the foot.
  if (value !== null && restUnit === FEET) value += inchesOf(rest)! / 12;
  if (unit === 'USD cent' || unit === 'GBP penny') { unit = unit.slice(0, 3); value = value === null ? null : value / 100; }
  const digits = digitsOf(number);
  const plainDigits = digits >= Digits.OfDigits;
  const compound = !currency && restUnit === null && rest.charCodeAt(0) === 45 && !NOT_UNIT_TAIL.test(rest);
  // Digits alone carry no scale word: only a number with a letter or hyphen needs SCALED.
  const bare = !currency && (!rest || compound) && read.approximate === null && read.unit === null && (plainDigits || !SCALED.test(number));
  // A bare whole number from 1000 to 2100 reads as a year.
  if (bare && digits === Digits.DigitsOnly && value !== null && value >= 1000 && value <= 2100) kind = 'year';
  return { value, unit, kind, approximate: read.approximate, bare, number, plainDigits, compound };
}
