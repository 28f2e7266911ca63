/**
 * Word lists for the numbers step: number words, scales, vague quantities, approximation
 * words, currencies, units and months. Data only; src/analysis/numbers-*.ts turns them
 * into regular expressions. Changing what counts as a unit is an edit here, not there.
 */
import type { NumberKind } from '../types';

/** Cardinal words below a hundred that combine with tens ("twenty-five"). */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written as words ("4.5 billion", "a thousand"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
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

/** Words that stand before a scale word as its multiplier ("several million", "a few hundred"). */
export const SCALE_MULTIPLIERS: Record<string, number> = {
  a: 1, an: 1, several: 3, 'a few': 3, 'a couple of': 2, 'half a': 0.5, many: 2,
};

/** Fractions after a number word ("one-tenth", "two-thirds") or "a" ("a third of"). */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100,
};

/** Unicode fractions ("6 ½ minutes"). */
export const VULGAR_FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };

/** Time zones after a clock time ("8:51 GMT", "1451 GMT"). */
export const TIME_ZONES: string[] = ['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'ET', 'PT', 'local time'];

/** Idioms written with numerals that are not quantities ("24/7", "50-50"). */
export const NUMERAL_IDIOMS: string[] = ['24/7', '24-7', '50-50', '50/50', '20/20', '9-to-5'];

/** Multiplier words counted when they compare ("double the number"). */
export const MULTIPLIER_WORDS: Record<string, number> = { double: 2, twice: 2, triple: 3, quadruple: 4 };

/**
 * Approximations and bounds kept at the front of a span, longest first so "more than"
 * wins over "more". Stored lower case; matched with a capital first letter too.
 */
export const APPROXIMATIONS: string[] = [
  'an estimated', 'a little over', 'a little more than', 'a little under',
  'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than',
  'up to', 'at least', 'at most', 'as many as', 'as much as', 'as few as', 'as little as', 'as high as',
  'no more than', 'no fewer than', 'no less than', 'not more than', 'not less than',
  'just over', 'just under', 'well over', 'well under', 'slightly more than', 'slightly less than',
  'close to', 'upwards of', 'in excess of', 'nearly', 'almost', 'about', 'around', 'approximately',
  'roughly', 'some', 'over', 'under', 'circa', 'estimated', 'approx.', 'barely',
];

/** Tails that turn a number into a lower bound or an approximation ("two or more"). */
export const APPROXIMATION_TAILS: string[] = ['or more', 'or so', 'or fewer', 'or less', 'or older', 'or higher'];

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

const money = (unit: string): UnitInfo => ({ unit, kind: 'money' });
const measure = (unit: string): UnitInfo => ({ unit, kind: 'measure' });
const time = (unit: string): UnitInfo => ({ unit, kind: 'duration' });
const percent = (unit: string): UnitInfo => ({ unit, kind: 'percent' });

/** Nationality words that may stand between an amount and its currency word ("125 million Australian dollars"). */
export const CURRENCY_NATIONS: string[] = [
  'us', 'US', 'u.s.', 'U.S.', 'american', 'australian', 'canadian', 'hong kong', 'new zealand', 'singapore', 'taiwan', 'swiss', 'chinese',
  'japanese', 'mexican', 'russian', 'indian', 'south african', 'brazilian', 'dutch', 'finnish', 'german', 'french', 'swedish',
  'norwegian', 'danish', 'turkish', 'israeli', 'egyptian', 'saudi', 'jordanian', 'kuwaiti',
];

/** Currency words after the amount ("5 million euros"). "pounds" is weight: see MEASURE_UNITS. */
export const CURRENCY_WORDS: Record<string, UnitInfo> = {
  dollars: money('USD'), dollar: money('USD'), 'us dollars': money('USD'), euros: money('EUR'), euro: money('EUR'),
  'pounds sterling': money('GBP'), sterling: money('GBP'), yen: money('JPY'), yuan: money('CNY'), renminbi: money('CNY'),
  rupees: money('INR'), rupee: money('INR'), francs: money('CHF'), pesos: money('MXN'), rubles: money('RUB'), roubles: money('RUB'),
  hryvnias: money('UAH'), pesetas: money('ESP'), guilders: money('NLG'), marks: money('DEM'), lira: money('TRY'), lire: money('ITL'),
  kronor: money('SEK'), krona: money('SEK'), kroner: money('NOK'), rand: money('ZAR'), shekels: money('ILS'), dirhams: money('AED'),
  riyals: money('SAR'), ringgit: money('MYR'), baht: money('THB'), rupiah: money('IDR'), naira: money('NGN'), zlotys: money('PLN'),
  forints: money('HUF'), drachmas: money('GRD'), drachma: money('GRD'), markka: money('FIM'), dinars: money('DZD'),
  penny: money('GBP penny'), pennies: money('GBP penny'), cents: money('USD cent'), cent: money('USD cent'), pence: money('GBP penny'),
  usd: money('USD'), eur: money('EUR'), gbp: money('GBP'),
};

export const PERCENT_UNITS: Record<string, UnitInfo> = {
  '%': percent('%'), percent: percent('%'), 'per cent': percent('%'), pct: percent('%'), pc: percent('%'),
  'percentage point': percent('pp'), 'percentage points': percent('pp'), 'basis point': percent('bp'), 'basis points': percent('bp'),
};

/** Time units: with a number they make a duration ("21 months"); "a week" alone is not a number. */
export const TIME_UNITS: Record<string, UnitInfo> = {
  second: time('s'), seconds: time('s'), minute: time('min'), minutes: time('min'), mins: time('min'),
  hour: time('h'), hours: time('h'), hrs: time('h'), day: time('day'), days: time('day'), week: time('week'), weeks: time('week'),
  month: time('month'), months: time('month'), year: time('year'), years: time('year'), yrs: time('year'),
  decade: time('decade'), decades: time('decade'), century: time('century'), centuries: time('century'),
  millennia: time('millennium'), nights: time('night'), night: time('night'), quarters: time('quarter'), semesters: time('semester'),
};

/** Measures written as words or abbreviations after a space ("40 miles", "350 square kilometers"). */
export const MEASURE_UNITS: Record<string, UnitInfo> = {
  kilometers: measure('km'), kilometres: measure('km'), kilometer: measure('km'), kilometre: measure('km'), km: measure('km'),
  miles: measure('mi'), mile: measure('mi'), 'lane miles': measure('lane mi'), 'lane-miles': measure('lane mi'), 'nautical miles': measure('nmi'),
  meters: measure('m'), metres: measure('m'), meter: measure('m'), metre: measure('m'),
  nanometers: measure('nm'), nanometres: measure('nm'), nanometer: measure('nm'), nanometre: measure('nm'), nm: measure('nm'),
  micrometers: measure('µm'), microns: measure('µm'), micron: measure('µm'),
  centimeters: measure('cm'), centimetres: measure('cm'), cm: measure('cm'), millimeters: measure('mm'), millimetres: measure('mm'), mm: measure('mm'),
  feet: measure('ft'), foot: measure('ft'), ft: measure('ft'), inches: measure('in'), inch: measure('in'), yards: measure('yd'), yard: measure('yd'),
  'light-years': measure('ly'), 'light years': measure('ly'),
  acres: measure('acre'), acre: measure('acre'), hectares: measure('ha'), hectare: measure('ha'),
  pounds: measure('lb'), pound: measure('lb'), lbs: measure('lb'), lb: measure('lb'), tons: measure('t'), ton: measure('t'), tonnes: measure('t'), tonne: measure('t'),
  kilograms: measure('kg'), kilogram: measure('kg'), kilos: measure('kg'), kg: measure('kg'), grams: measure('g'), gram: measure('g'),
  milligrams: measure('mg'), milligram: measure('mg'), mg: measure('mg'), ounces: measure('oz'), ounce: measure('oz'), oz: measure('oz'),
  liters: measure('L'), litres: measure('L'), liter: measure('L'), litre: measure('L'), gallons: measure('gal'), gallon: measure('gal'),
  barrels: measure('bbl'), barrel: measure('bbl'), 'cubic feet': measure('ft³'), 'cubic meters': measure('m³'), 'cubic metres': measure('m³'),
  degrees: measure('°'), degree: measure('°'), 'degrees celsius': measure('°C'), 'degrees fahrenheit': measure('°F'),
  'degrees c': measure('°C'), 'degrees f': measure('°F'), 'degrees centigrade': measure('°C'), 'degree celsius': measure('°C'),
  'degree fahrenheit': measure('°F'), 'degree c': measure('°C'), 'degree f': measure('°F'), deg: measure('°'), 'deg c': measure('°C'),
  'deg f': measure('°F'), 'deg celsius': measure('°C'), 'deg fahrenheit': measure('°F'), celsius: measure('°C'), fahrenheit: measure('°F'),
  centigrade: measure('°C'), 'degrees Celsius': measure('°C'), 'degrees Fahrenheit': measure('°F'), Celsius: measure('°C'), Fahrenheit: measure('°F'),
  'metric tons': measure('t'), 'metric ton': measure('t'), 'metric tonnes': measure('t'), 'short tons': measure('t'),
  micrograms: measure('µg'), microgram: measure('µg'), mcg: measure('µg'), 'μg': measure('µg'), 'miles an hour': measure('mph'),
  'kilometers an hour': measure('km/h'), 'kilometres an hour': measure('km/h'), kmph: measure('km/h'), 'km/hr': measure('km/h'),
  'square miles': measure('mi²'), 'square feet': measure('ft²'),
  mph: measure('mph'), 'miles per hour': measure('mph'), 'kilometers per hour': measure('km/h'), 'kilometres per hour': measure('km/h'),
  'km/h': measure('km/h'), kph: measure('km/h'), knots: measure('kn'),
  megawatts: measure('MW'), megawatt: measure('MW'), mw: measure('MW'), gigawatts: measure('GW'), gw: measure('GW'),
  kilowatts: measure('kW'), kw: measure('kW'), kwh: measure('kWh'), 'kilowatt-hours': measure('kWh'), mwh: measure('MWh'),
  megapixels: measure('MP'), megapixel: measure('MP'), megabytes: measure('MB'), mb: measure('MB'), gigabytes: measure('GB'), gb: measure('GB'),
  terabytes: measure('TB'), tb: measure('TB'), ghz: measure('GHz'), mhz: measure('MHz'), calories: measure('kcal'), kcal: measure('kcal'),
  MB: measure('MB'), GB: measure('GB'), TB: measure('TB'), KB: measure('KB'), kb: measure('KB'), MW: measure('MW'), GW: measure('GW'),
  kW: measure('kW'), kWh: measure('kWh'), MWh: measure('MWh'), GHz: measure('GHz'), MHz: measure('MHz'),
  '°c': measure('°C'), '°f': measure('°F'), '°': measure('°'), c: measure('°C'), f: measure('°F'),
  'sq km': measure('km²'), in: measure('in'), 'sq mi': measure('mi²'), 'sq ft': measure('ft²'), km2: measure('km²'), 'km²': measure('km²'), 'm²': measure('m²'),
  m: measure('m'), g: measure('g'), ml: measure('mL'),
};

/** Abbreviations that only count glued to the digits ("12C", "100m", "5g"): with a space they are words or letters. */
export const ATTACHED_ONLY_UNITS: string[] = ['C', 'F', 'm', 'g', 'ml', 'mL', 'in', '°C', '°F', '°'];

/** Measure and time units as the first half of a hyphenated adjective ("300-pound", "three-day", "22-year-old"). */
export const HYPHEN_UNITS: string[] = [
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'night',
  'mile', 'foot', 'feet', 'inch', 'yard', 'meter', 'metre', 'kilometer', 'kilometre', 'acre', 'pound', 'ton', 'tonne', 'ounce',
  'gallon', 'degree', 'percent', 'page', 'megapixel', 'megawatt', 'dollar', 'point', 'cent', 'yen', 'euro', 'bit', 'story', 'storey',
];

/** What may follow a hyphenated unit inside the span ("-year-old", "-foot-tall"). */
export const HYPHEN_UNIT_TAILS: string[] = ['old', 'long', 'wide', 'high', 'tall', 'deep', 'plus'];

/** Month names and their abbreviations, for dates ("12 April", "Jan. 5", "March 2024"). */
export const MONTHS: string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
];

/**
 * Words before a bare number that make it a label or a name, not a quantity
 * ("No. 1", "Chapter 11", "Route 66"). Compared in lower case.
 */
export const LABEL_WORDS: string[] = [
  'no.', 'nos.', 'no', 'number', '#', 'page', 'pages', 'p.', 'pp.', 'vol.', 'volume', 'chapter', 'article', 'section',
  'route', 'highway', 'interstate', 'flight', 'room', 'suite', 'exit', 'gate', 'platform', 'channel', 'episode',
  'version', 'v.', 'season', 'verse', 'paragraph', 'amendment', 'level', 'grade', 'phase', 'stage', 'ward', 'district',
  'precinct', 'building', 'unit', 'apartment', 'apt.', 'box', 'figure', 'fig.', 'table', 'step', 'rule', 'act', 'psalm', 'type', 'class', 'model', 'size', 'grade', 'round', 'game', 'week',
];

/** Street types: a number before "<Name> Street" is an address, not a quantity. */
export const STREET_WORDS: string[] = [
  'Street', 'St.', 'Avenue', 'Ave.', 'Road', 'Rd.', 'Boulevard', 'Blvd.', 'Lane', 'Drive', 'Place', 'Square', 'Way', 'Terrace', 'Court', 'Parkway',
];

/**
 * Capitalised words that may stand before a number without making it a name
 * ("In 2015", "About 50", "Almost 1.8 million"). Compared in lower case.
 */
export const NOT_NAME_WORDS: string[] = [
  'in', 'on', 'at', 'by', 'since', 'until', 'till', 'of', 'for', 'from', 'to', 'and', 'or', 'but', 'the', 'with',
  'after', 'before', 'during', 'between', 'another', 'those', 'these', 'all', 'its', 'their', 'his', 'her', 'our',
  'your', 'my', 'only', 'just', 'than', 'about', 'some', 'nearly', 'almost', 'around', 'roughly', 'over', 'under',
  'approximately', 'more', 'less', 'fewer', 'up', 'least', 'most', 'by', 'through', 'within', 'per', 'every',
  'last', 'next', 'past', 'first', 'then', 'when', 'while', 'if', 'as', 'so', 'yet', 'now', 'also', 'even', 'still',
  'are', 'is', 'was', 'were', 'be', 'been', 'had', 'has', 'have', 'top', 'that', 'which', 'who', 'with', 'without',
  'i', 'we', 'they', 'he', 'she', 'it', 'you', 'there', 'here', 'what', 'where', 'why', 'how', 'nearly', 'another',
];

/**
 * Words after "one" that show it is a pronoun or part of a phrase, not a count
 * ("one of", "one which", "one another"). Compared in lower case.
 */
export const ONE_NOT_COUNT_NEXT: string[] = [
  'of', 'another', 'which', 'who', 'whom', 'whose', 'that', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do', 'in', 'on', 'at', 'to', 'for', 'with', 'by',
  'from', 'and', 'or', 'but', 'if', 'as', 'than', 'else', 'day', 'way', 'thing', 'time', 'hand', 'point', 'side',
  'and', 'after', 'by', 'so', 'such', 'too', 'here', 'there', 'like', 'gets', 'says', 'said', 'thinks', 'knows',
];

/** Words before "one" that show it is a pronoun ("no one", "the one", "this one"). Compared in lower case. */
export const ONE_NOT_COUNT_PREV: string[] = [
  'no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'a', 'an', 'other', 'another', 'such', 'last',
  'little', 'loved', 'young', 'simple', 'new', 'old', 'big', 'small', 'good', 'bad', 'right', 'wrong', 'same',
  'first', 'second', 'next', 'previous', 'latest', 'one', 'someone', 'anyone', 'everyone', 'every',
];
