/**
 * Words that show a number trap: changes stated in percent, multipliers, totals that need a
 * period, and the words that do give a period. Data only; src/analysis/traps.ts builds the
 * patterns. Lower case; whole words.
 */
import { phrases, words } from './list-syntax';

/** Verbs and adverbs that state a change right before a percentage: "rose 20%", "down 23 per cent". */
export const CHANGE_BEFORE = new Set(words(`
  rose rise rises rising risen
  fell fall falls falling fallen
  increased increase increases increasing
  decreased decrease decreases decreasing
  grew grow grows growing grown
  dropped drop drops dropping
  jumped jump jumps jumping
  surged surge surges surging
  climbed climb climbs climbing
  declined decline declines declining
  plunged plunge plunges plummeted soared soars slipped slumped tumbled
  gained shrank shrunk expanded contracted cut reduced boosted raised lowered
  up down
`));

/** Verbs that make "up"/"down" part of a phrase, not a change: "make up 13 percent", "take up", "add up". */
export const PHRASAL_PARTICLE_VERBS = new Set(words(`
  make makes made making eat eats ate eating take takes took taking add adds added adding end ends ended ending
  put puts set sets sum sums summed account accounts turned turn turns narrowed narrow broken break breaks broke
  pick picked picks snap snapped buy bought write wrote written mark marked
`));

/** Nouns and comparatives that state a change right after a percentage: "a 20% increase", "20% higher". */
export const CHANGE_AFTER = new Set(words(`
  increase rise drop decline fall jump gain growth cut reduction decrease
  surge hike boost slump plunge higher lower more less fewer
`));

/** Multipliers whose starting figure a reader needs: "doubled", "has more than halved". */
export const MULTIPLIERS = words('doubled tripled trebled quadrupled halved');

/** Words after a multiplier that make it an idiom, not a change: "doubled down", "doubled as". */
export const MULTIPLIER_IDIOMS = new Set(words('down up as over back'));

/** Words right before money that state a running total: "costs $4bn", "spent £300m", "revenue of $2bn". */
export const TOTAL_VERBS = new Set(words('cost costs costing spend spends spent spending'));
export const TOTAL_NOUNS = new Set(words('revenue revenues sales profit profits loss losses earnings income turnover spending budget'));
/** Linking words allowed between a total noun and its money: "revenue of", "sales were", "profit reached". */
export const TOTAL_LINKS = new Set(phrases('of, was, were, is, are, reached, hit, totalled, totaled, topped, rose to, fell to, grew to, came to, amounted to'));
/** Words that end the short phrase between a total's verb and its money ("costs the economy $4bn", not "cost rose to $4bn"). */
export const TOTAL_BLOCKERS = new Set(words('to for on by of about and or than from at'));
/** Words after the money that show a one-off price, which needs no period: "cost $300,000 to build". */
export const ONE_OFF_AFTER = new Set(phrases('to build, to make, to produce, to construct, to buy, to develop, to repair, to replace, each, apiece, a piece, per'));

/** Words anywhere in the sentence that give a time span or a rate, so a total is not bare. */
export const PERIOD_WORDS = phrases(`
  per, annual, annually, yearly, monthly, weekly, daily, quarterly, quarter, fiscal,
  so far, to date, since, last, this year, next year, this month, next month, this week,
  until, till, through, throughout, lifetime, decade, decades, a year, a month, a week, a day,
  each year, every year, each month, every month, over the, during, between, by the end, years, months
`);

/** Span words that mark a change already given in points: "5 percentage points". */
export const POINTS_WORDS = new Set(words('point points pp ppt pts'));
