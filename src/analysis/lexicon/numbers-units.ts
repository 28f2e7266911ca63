/**
 * Units for the numbers step: currency signs, codes and words, percentages, time units and
 * measures, with the unit and kind each one gives a number. Data only, like lexicon/numbers.ts
 * (number words, approximations, months and the words that make a number a name or a pronoun).
 */
import type { NumberKind } from '../types';
import { phrases, words } from './list-syntax';

/** Currency signs and codes written before the amount. */
export const CURRENCY_PREFIXES: Record<string, string> = {
  $: 'USD', US$: 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', 'R$': 'BRL',
  '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  USD: 'USD', GBP: 'GBP', EUR: 'EUR', JPY: 'JPY', CHF: 'CHF', CNY: 'CNY', INR: 'INR', 'Rs.': 'INR', Rs: 'INR',
};

export interface UnitInfo {
  unit: string;
  kind: NumberKind;
}

/**
 * ISO currency codes written after an amount ("$35 USD", "100 EUR"), in capitals only: in lower
 * case some are words or other abbreviations. Keyed in lower case, as units are looked up.
 */
export const CURRENCY_CODES: Record<string, UnitInfo> = Object.fromEntries(words(`
  USD EUR GBP JPY CHF CNY INR CAD AUD NZD HKD SGD BRL KRW RUB TRY MXN SEK NOK DKK ZAR
`).map((c) => [c.toLowerCase(), { unit: c, kind: 'money' as NumberKind }]));

/**
 * A unit table written as "unit: word, word; unit: word" (each word reads as that unit);
 * "word(s)" stands for the word and its plural.
 */
function units(kind: NumberKind, groups: string): Record<string, UnitInfo> {
  const table: Record<string, UnitInfo> = {};
  for (const group of groups.split(';')) {
    const [unit, list] = group.split(':') as [string, string];
    const info = { unit: unit.trim(), kind };
    for (const word of phrases(list)) {
      const singular = word.replace('(s)', '');
      table[singular] = info;
      if (singular !== word) table[`${singular}s`] = info;
    }
  }
  return table;
}

/** Nationality words that may stand between an amount and its currency word ("125 million Australian dollars"). */
export const CURRENCY_NATIONS: string[] = phrases(`
  us, US, u.s., U.S., american, australian, canadian, hong kong, new zealand, singapore, taiwan, swiss,
  chinese, japanese, mexican, russian, indian, south african, brazilian, dutch, finnish, german, french,
  swedish, norwegian, danish, turkish, israeli, egyptian, saudi, jordanian, kuwaiti
`);

/** Nationalities written after a "$" amount to say whose dollar it is ("$100 Australian"). */
export const DOLLAR_NATIONS: Record<string, string> = {
  Australian: 'AUD', Canadian: 'CAD', 'New Zealand': 'NZD', 'Hong Kong': 'HKD', Singapore: 'SGD', Taiwan: 'TWD', US: 'USD', 'U.S.': 'USD', American: 'USD',
};

/** Currency words after the amount ("5 million euros"). "pounds" is weight: see MEASURE_UNITS. */
export const CURRENCY_WORDS: Record<string, UnitInfo> = units('money', `
  USD: dollar(s), us dollars;
  EUR: euro(s);
  GBP: pounds sterling, sterling;
  JPY: yen;
  CNY: yuan, renminbi;
  INR: rupee(s);
  CHF: francs;
  MXN: pesos;
  RUB: rubles, roubles;
  UAH: hryvnias;
  ESP: pesetas;
  NLG: guilders;
  DEM: marks;
  TRY: lira;
  ITL: lire;
  SEK: kronor, krona;
  NOK: kroner;
  ZAR: rand;
  ILS: shekels;
  AED: dirhams;
  SAR: riyals;
  MYR: ringgit;
  THB: baht;
  IDR: rupiah;
  NGN: naira;
  PLN: zlotys;
  HUF: forints;
  GRD: drachma(s);
  FIM: markka;
  DZD: dinars;
  GBP penny: penny, pennies, pence;
  USD cent: cent(s);
  BTC: bitcoin(s)
`);

/** Currency words also written with a capital, as a name ("50 Euro", "2 Bitcoin"); the others only in lower case. */
export const CAPITALISED_CURRENCY_WORDS: string[] = words('euro euros bitcoin bitcoins');

export const PERCENT_UNITS: Record<string, UnitInfo> = units('percent', `
  %: %, percent, per cent, pct, pc;
  pp: percentage point(s);
  bp: basis point(s)
`);

/** Time units: with a number they make a duration ("21 months"); "a week" alone is not a number. */
export const TIME_UNITS: Record<string, UnitInfo> = units('duration', `
  s: second(s);
  min: minute(s), mins;
  h: hour(s), hr(s);
  day: day(s);
  week: week(s);
  month: month(s);
  year: year(s), yr(s);
  decade: decade(s);
  century: century, centuries;
  millennium: millennia;
  night: night(s);
  quarter: quarters;
  semester: semesters
`);

/** Measures written as words or abbreviations after a space ("40 miles", "350 square kilometers"). */
export const MEASURE_UNITS: Record<string, UnitInfo> = units('measure', `
  km: kilometer(s), kilometre(s), km;
  mi: mile(s);
  lane mi: lane miles, lane-miles;
  nmi: nautical miles;
  m: meter(s), metre(s), m;
  nm: nanometer(s), nanometre(s), nm;
  µm: micrometers, micron(s);
  cm: centimeters, centimetres, cm;
  mm: millimeters, millimetres, mm;
  ft: feet, foot, ft;
  in: inches, inch, in;
  yd: yard(s);
  ly: light-years, light years;
  acre: acre(s);
  ha: hectare(s);
  lb: pound(s), lb(s);
  t: ton(s), tonne(s), metric ton(s), metric tonnes, short tons;
  kg: kilogram(s), kilos, kg;
  g: gram(s), g;
  mg: milligram(s), mg;
  oz: ounce(s), oz;
  L: liter(s), litre(s);
  gal: gallon(s);
  bbl: barrel(s);
  °: degree(s), deg, °;
  °C: degrees celsius, degrees c, degrees centigrade, degree celsius, degree c, deg c, deg celsius, celsius, centigrade, degrees Celsius, Celsius, °c, c;
  °F: degrees fahrenheit, degrees f, degree fahrenheit, degree f, deg f, deg fahrenheit, fahrenheit, degrees Fahrenheit, Fahrenheit, °f, f;
  µg: microgram(s), mcg, μg;
  mph: miles an hour, mph, miles per hour;
  km/h: kilometers an hour, kilometres an hour, kmph, km/hr, kilometers per hour, kilometres per hour, km/h, kph;
  mi²: square miles, sq mi;
  ft²: square feet, sq ft;
  kn: knot(s);
  MW: megawatt(s), mw, MW;
  GW: gigawatt(s), gw, GW;
  TW: terawatt(s);
  kW: kilowatt(s), kw, kW;
  W: watt(s);
  kWh: kwh, kilowatt-hours, kilowatt hours, kWh;
  MWh: mwh, megawatt-hours, megawatt hours, MWh;
  GWh: gigawatt-hours, gigawatt hours, GWh;
  TWh: terawatt-hours, terawatt hours, TWh;
  kt: kiloton(s);
  Mt: megaton(s);
  V: volt(s);
  kV: kilovolt(s);
  dB: decibel(s);
  ct: carat(s);
  hp: horsepower;
  bu: bushel(s);
  MP: megapixel(s);
  MB: megabyte(s), megs, mb, MB;
  GB: gigabyte(s), gb, GB;
  TB: terabyte(s), tb, TB;
  GHz: ghz, GHz;
  MHz: mhz, MHz;
  kHz: khz, kHz;
  TFLOPS: teraflop(s), tflops;
  PFLOPS: petaflop(s), pflops;
  fps: fps, frames per second;
  px: pixel(s), px;
  kcal: calorie(s), kilocalories, kcal;
  KB: kilobyte(s), KB, kb;
  bit: bit(s);
  byte: byte(s);
  pt: points;
  km²: sq km, km2, km²;
  m²: m²;
  mL: ml
`);

/**
 * Units written in any case, since their case carries no meaning ("2.3Ghz", "60FPS", "30 fps"),
 * unlike "mW"/"MW" or "Mb"/"MB". Matched in lower case, upper case, capitalised and as listed.
 */
export const CASE_FREE_UNITS: string[] = words('ghz mhz khz fps tflops pflops mph kph kwh mwh');

/** Measure words that only count glued to the digits ("12C", "100m", "5g"): with a space they are words or letters. */
export const ATTACHED_ONLY_UNITS: string[] = words('c f m g ml in ° °c °f');

/**
 * Units as the first half of a hyphenated adjective ("three-day", "22-year-old", "300-ton"), besides
 * the spelled-out singular measures, which all count ("300-pound", "3-nanometer").
 */
export const HYPHEN_UNITS: string[] = words(`
  year month week day hour minute second decade century night ton percent page dollar point cent yen
  euro bit story storey yr hr
`);

/** Units that take "a … and a half" ("a year and a half", "an hour and a half", "a mile and a half"). */
export const HALF_UNITS: string[] = words(`
  second minute hour day week month year decade century night mile foot inch yard meter metre kilometer
  kilometre pound ounce ton tonne acre gallon liter litre
`);

/** What may follow a hyphenated unit inside the span ("-year-old", "-foot-tall"). */
export const HYPHEN_UNIT_TAILS: string[] = words(`
  old long wide high tall deep plus
`);
