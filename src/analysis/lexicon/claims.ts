/**
 * Word lists that tell a checkable claim from opinion, questions and page chrome. Data only:
 * `../claims.ts` turns each list into one case-insensitive whole-word regex. Entries are plain
 * phrases unless the list's name ends in `_PATTERNS` (regex source, no capture groups).
 */

/** Comparison: the sentence measures one thing against another or over time. Also any comparative with "than" ("fewer than"), found by shape. */
export const COMPARISON: readonly string[] = [
  'more than', 'less than', 'compared with', 'compared to', 'as many as', 'as much as',
  'increase', 'increased', 'increases', 'decrease', 'decreased', 'decreases', 'rose', 'risen', 'fell', 'fallen',
  'grew', 'grown', 'dropped', 'doubled', 'tripled', 'halved', 'surged', 'soared', 'plunged', 'plummeted',
  'declined', 'jumped', 'climbed', 'slumped', 'up from', 'down from', 'outnumber', 'outnumbered',
  'outpaced', 'exceeded', 'exceeds', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'faster', 'slower',
  'cheaper', 'easier', 'harder', 'worse', 'twice as', 'half as',
];

/** Superlatives and firsts: "the largest", "for the first time", "a record". A bare "first" is an ordinal ("The first is to…"), not a claim of primacy. */
export const SUPERLATIVE: readonly string[] = [
  'largest', 'biggest', 'highest', 'lowest', 'greatest', 'smallest', 'fastest', 'slowest', 'oldest',
  'youngest', 'longest', 'shortest', 'strongest', 'weakest', 'deadliest', 'richest', 'poorest', 'worst',
  'best', 'most', 'least', 'first time', 'first case', 'first ever', 'first-ever', 'record', 'unprecedented', 'all-time', 'costliest', 'busiest',
  'heaviest', 'warmest', 'coldest', 'hottest',
];

/** Cause and effect. */
export const CAUSE: readonly string[] = [
  'because', 'because of', 'due to', 'caused', 'causes', 'causing', 'led to', 'leads to', 'lead to',
  'resulted in', 'results in', 'as a result', 'result of', 'thanks to', 'blamed', 'therefore', 'triggered',
  'prompted', 'owing to', 'linked to', 'responsible for', 'contributed to', 'driven by', 'which is why',
  'so that', 'consequently', 'forced',
];

/** Irregular past-tense verbs: an event when a named actor does them ("Russia made advances"). Regular "-ed" verbs are found by shape. */
export const PAST_TENSE: readonly string[] = [
  'won', 'lost', 'fell', 'rose', 'met', 'took', 'made', 'gave', 'went', 'came', 'began', 'left', 'struck',
  'sold', 'bought', 'built', 'led', 'ran', 'sent', 'held', 'brought', 'paid', 'spent', 'became', 'broke',
  'caught', 'drove', 'fought', 'shot', 'stole', 'threw', 'chose', 'froze', 'sank', 'swore', 'tore', 'withdrew',
  'overtook', 'undertook', 'forgave', 'flew', 'grew', 'knew', 'drew', 'wrote', 'rode', 'rang', 'sang', 'swept',
  'kept', 'dealt', 'lent', 'fled', 'hid', 'stood', 'understood', 'taught', 'sought', 'dug', 'stuck', 'swung',
  'sprang', 'slew', 'forbade', 'arose', 'awoke', 'shook', 'spoke', 'wove', 'forgot', 'got', 'sat', 'saw',
];
/* Forms that are also the present or a noun ("put", "cut", "hit", "set", "the Fed", "a wound") are left out on purpose. */
/** Words of four letters or more ending in "-ed" that are not past-tense verbs (shorter ones never count). */
export const NOT_PAST: readonly string[] = [
  'need', 'needed', 'indeed', 'speed', 'seed', 'feed', 'weed', 'breed', 'greed', 'deed', 'hundred',
  'shed', 'bred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'interested',
  'concerned', 'aged', 'proceed', 'exceed', 'succeed', 'embed', 'fred', 'united', 'limited',
  'based', 'related', 'detailed', 'advanced', 'supposed', 'alleged', 'expected',
  'unexpected', 'tired', 'scared', 'excited', 'worried', 'pleased', 'married', 'dedicated', 'sophisticated',
  'complicated', 'educated', 'experienced', 'talented', 'crowded', 'armed', 'skilled', 'unlimited',
];

/** Opinion, wishes and prescriptions: "should", "I think", "beautiful". */
export const OPINION: readonly string[] = [
  'i think', 'i believe', 'i feel', 'we think', 'in my opinion', 'in our view', 'i hope', 'we hope',
  'should', 'ought to', 'must', 'need to', 'needs to', 'beautiful', 'wonderful', 'amazing', 'awesome',
  'terrible', 'awful', 'horrible', 'lovely', 'fantastic', 'incredible', 'stunning', 'gorgeous', 'love',
  'hate', 'favorite', 'favourite', 'i wish', 'let us', "let's", 'imagine', 'arguably', 'frankly',
  'honestly', 'sadly', 'fortunately', 'unfortunately', 'thankfully', 'hopefully', 'delicious', 'cool',
];

/** Verbs that open an instruction to the reader ("Sign up…", "Click here…"). */
export const IMPERATIVE_OPENERS: readonly string[] = [
  'sign', 'click', 'subscribe', 'follow', 'read', 'share', 'watch', 'see', 'learn', 'get', 'join',
  'download', 'tap', 'visit', 'contact', 'email', 'e-mail', 'call', 'send', 'try', 'check', 'find',
  "don't", 'do', 'please', 'take', 'go', 'keep', 'register', 'log', 'enter', 'listen', 'like', 'tweet',
  'buy', 'shop', 'book', 'order', 'discover', 'explore', 'submit', 'upgrade', 'install', 'continue',
  'remember', 'note', 'consider', 'make', 'let', 'use', 'add', 'save', 'open', 'view', 'browse', 'scroll',
];

/** Page chrome: these sentences are never claims. */
export const BOILERPLATE: readonly string[] = [
  'sign up', 'sign in', 'log in', 'login', 'subscribe', 'click here', 'all rights reserved', 'follow us', 'share this', 'share on',
  'read more', 'newsletter', 'cookie', 'cookies', 'privacy policy', 'terms of use', 'terms of service', 'advertisement',
  'copyright ©', 'download the app', 'download our app', 'related articles', 'related stories', 'related content',
  'recommended for you', 'most read', 'most popular', 'most viewed', 'sponsored content', 'skip to content',
  'skip to main content', 'back to top', 'terms and conditions', 'contributed to this report', 'contributed reporting',
  'reporting by', 'editing by',
];
/** Page chrome with a number in it, or a phrase with many forms. */
export const BOILERPLATE_PATTERNS: readonly string[] = [
  '© ?\\d{4}', 'copyright \\d{4}', 'loading \\d+ comments?', 'this (?:story|article) (?:was|has been) (?:updated|corrected)',
];

/** Words that, second in a sentence, show its first word is a subject and not an order ("Read said…"). */
export const SUBJECT_FOLLOWERS: readonly string[] = [
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'said', 'says', 'will', 'would', 'can', 'could', 'may',
  'might', 'also', 'told', 'added', 'and', 'of',
];

/** Words (apostrophes straight; a curly one counts the same) opening first- or second-person narration ("I tried the headset…", "You can play…"): the writer's experience or advice, less checkable than a report. */
export const PERSONAL_OPENERS: readonly string[] = [
  'i', "i'm", "i've", "i'd", 'my', 'we', 'our', "we're", 'you', 'your', "you're", "you'll",
];
