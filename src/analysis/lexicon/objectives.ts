/**
 * Words that mark stated aims, goals and plans. Data only: `../objectives.ts` builds its regexes
 * from these. Entries are lower case; lists whose name ends in `_PATTERNS` hold regex source
 * without capture groups.
 */

/** Nouns naming an aim, singular and plural. */
export const GOAL_NOUNS: readonly string[] = [
  'objective', 'objectives', 'goal', 'goals', 'aim', 'aims', 'purpose', 'purposes', 'intention', 'intentions',
  'mission', 'missions', 'priority', 'priorities', 'ambition', 'ambitions', 'target', 'targets', 'task', 'tasks',
  'plan', 'plans', 'pledge', 'pledges', 'promise', 'promises',
];

/** Adjectives allowed between a count and a goal noun ("three key objectives"). */
export const GOAL_ADJECTIVES: readonly string[] = [
  'key', 'main', 'primary', 'major', 'principal', 'central', 'chief', 'strategic', 'overarching', 'core',
  'stated', 'broad', 'specific', 'clear', 'important', 'distinct', 'basic', 'big', 'military', 'political',
  'economic', 'immediate', 'long-term', 'short-term', 'ultimate', 'fundamental', 'separate', 'simple', 'new',
];

/** Count words that announce an enumeration, indexed by their value. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'a couple of': 2,
  '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9, '10': 10,
};

/** Ordinal words naming the n-th item of an enumeration (index 0 = first). */
export const ORDINALS: readonly (readonly string[])[] = [
  ['first', 'firstly', 'one'],
  ['second', 'secondly'],
  ['third', 'thirdly'],
  ['fourth', 'fourthly'],
  ['fifth', 'fifthly'],
  ['sixth'],
  ['seventh'],
  ['eighth'],
  ['ninth'],
  ['tenth'],
];

/** Words that may open the last item of an enumeration instead of its ordinal ("Finally, …", "The last is to…"). */
export const LAST_ORDINALS: readonly string[] = ['last', 'lastly', 'final', 'finally'];

/** Words an item's subject may carry after its ordinal ("The third objective is…", "The second one is…"). */
export const ITEM_NOUNS: readonly string[] = [...GOAL_NOUNS, 'one', 'step', 'steps', 'thing', 'part', 'area', 'point', 'element', 'factor', 'stage', 'phase'];

/**
 * Phrases reporting an aim, goal, purpose or plan in a single sentence ("seeks to", "the goal is
 * to", "in order to"). Regex source; matched case-insensitively as whole words.
 */
export const GOAL_CUE_PATTERNS: readonly string[] = [
  'aim(?:s|ed|ing)? (?:to|at)', 'plan(?:s|ned|ning)? to', 'seek(?:s|ing)? to', 'sought to',
  'intend(?:s|ed|ing)? to', 'in order to', 'so as to', 'with the (?:aim|goal|intention|purpose|objective) of',
  '(?:goal|aim|objective|purpose|intention|mission|ambition|priority|target)s? (?:[\\w’\'-]+ ){0,8}(?:is|are|was|were|will be|would be|remains?) to',
  '(?:is|are|was|were) (?:designed|meant|intended|aimed|supposed) to', 'want(?:s|ed)? to', 'hop(?:e|es|ed|ing) to',
  'vow(?:s|ed)? to', 'pledg(?:e|es|ed|ing) to', 'strives? to', 'striving to', 'determined to', 'committed to',
  '(?:is|are|was|were|has been|have been) (?:trying|working|looking|attempting|pushing|racing|scrambling|preparing) to',
  'tr(?:y|ies|ied) to', 'attempt(?:s|ed)? to', 'call(?:s|ed)? for', 'push(?:es|ed)? for', 'proposed',
  '(?:a|the|its|his|her|their|our|new) plan (?:to|for)', 'plan outlining', 'set out to', 'set(?:s)? a (?:goal|target)',
  '(?:is|are|was|were) planning',
  // A purpose clause set off by commas: "To answer this, the team…", "In 1997, to mark the date, …".
  '(?:^|(?<=, ))to [a-z]+ [^,.;:]{0,100},',
];
