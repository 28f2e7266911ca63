/**
 * Word lists that keep the goal cues of `./objectives` from reading a noun phrase as an infinitive of purpose.
 * Data only; regex source, lower case.
 */
import { words } from './list-syntax';

/** Number words: after "to" they close a range ("three hundred to five hundred dollars"), never a verb. Regex source. */
export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred hundreds thousand thousands million millions billion billions dozen dozens
`).join('|');

/**
 * Nouns and words whose "to" leads a noun phrase, not an infinitive of purpose: "uses an alternative approach to quantum
 * computing", "using its access to patient records", "employs a response to climate change". Regex source.
 */
export const NOUNS_TO = words(`
  approach approaches alternative alternatives solution solutions answer answers access key keys threat threats response responses
  exposure attention reference contribution contributions relation addition damage harm resistance adjacent next close prior due thanks according
`).join('|');
