/**
 * Reporting language: the verbs and phrases that credit a statement to someone.
 * Data only; src/analysis/attributions.ts decides how to use it.
 */

/**
 * Verbs that credit a statement whatever their subject ("officials said").
 * Each row: lemma, then irregular or hard forms (3rd person, past, -ing);
 * regular forms are derived from the lemma.
 */
export const STRONG_REPORTING_VERBS: readonly string[][] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['report'], ['announce'], ['claim'], ['add'], ['note'], ['argue'], ['warn'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['explain'], ['insist'], ['state'], ['declare'], ['vow'], ['tweet'], ['admit', 'admits', 'admitted', 'admitting'],
  ['acknowledge'], ['confirm'], ['deny'], ['allege'], ['assert'], ['contend'],
  ['stress'], ['emphasize'], ['emphasise'], ['observe'], ['remark'], ['comment'], ['reply'],
  ['testify'], ['disclose'], ['divulge'], ['reveal'], ['concede'], ['caution'],
  ['predict'], ['conclude'], ['estimate'], ['accuse'], ['blame'], ['criticize'], ['criticise'], ['complain'], ['urge'],
  ['recount'], ['recall'], ['assure'], ['retort'], ['quip', 'quips', 'quipped', 'quipping'], ['boast'],
  ['instruct'], ['proclaim'], ['cite'], ['forecast', 'forecasts', 'forecast', 'forecasting'], ['elaborate'],
  // Speech with its mood: "the mayor fumed", "she lamented".
  ['fume'], ['lament'],
  ['affirm'],
  // Hints and ridicule are statements too: "officials hinted at a deal", "critics ridiculed the idea".
  // "allowed that the team had tried": a concession (only before "that", see attribution-verbs.ts).
  ['allow'], ['hint'], ['ridicule'], ['speak of', 'speaks of', 'spoke of', 'speaking of'],
  // Replies and objections, only before what was said ("responded that", "protested that"; "responded to the fire" is none, see attribution-verbs.ts).
  ['respond'], ['protest'],
  // "informed the board that …": a message told (only with a "that" clause after its object, see attribution-verbs.ts).
  ['inform'],
  // "called on the government to …": an appeal whoever makes it ("called on him at home" is a visit, see attribution-verbs.ts).
  ['call on', 'calls on', 'called on'],
];

/**
 * Verbs that credit a statement only when their subject is plainly a source
 * (a name, a pronoun, "the report", "researchers"): "the fighting indicates" is no attribution.
 */
export const WEAK_REPORTING_VERBS: readonly string[][] = [
  ['believe'], ['think', 'thinks', 'thought', 'thinking'], ['suggest'], ['indicate'],
  ['show', 'shows', 'showed', 'showing', 'shown'], ['find', 'finds', 'found', 'finding'],
  ['expect'], ['wonder'], ['worry', 'worries', 'worried'], ['fret', 'frets', 'fretted', 'fretting'], ['regard'], ['link'],
  ['call'], ['rank'], ['identify', 'identifies', 'identified'],
  ['learn', 'learns', 'learned', 'learnt'], ['describe'], ['publish'], ['ask'], ['read', 'reads'],
  ['fear'], ['pledge'], ['promise'], ['disagree'], ['recommend'], ['advertise'], ['demonstrate'], ['calculate'], ['speculate'],
  ['maintain'], ['hold', 'holds', 'held'], ['notice'], ['remember'], ['pillory', 'pillories', 'pilloried'],
  ['point out', 'points out', 'pointed out', 'pointing out', 'point this out', 'points this out', 'pointed this out', 'pointing this out'],
  ['sum up', 'sums up', 'summed up'],
  // "as Ruiz put it", "she puts it this way:"; the cue drops the object ("put"), see attribution-verbs.ts.
  ['put it', 'puts it', 'put it', 'putting it'],
  ['play down', 'plays down', 'played down'], ['make clear', 'makes clear', 'made clear'],
  ['call for', 'calls for', 'called for'], ['demand'], ['mention'], ['detail'], ['deem'],
  // Harsh criticism ("the union slammed the plan"); "slammed the door", "blasted off" are ruled out by the next words (attribution-cues.ts).
  ['slam', 'slams', 'slammed', 'slamming'], ['blast'],
  // "the court ruled that …" (only before "that", see attribution-verbs.ts); "ruled the country" is none, "a rule that" a noun.
  ['ruled', 'ruled'], ['answer'], ['signal', 'signals', 'signaled', 'signaling', 'signalled', 'signalling'],
  // Views and perceptions, only before a clause ("the bank feels the economy is", "recognize that"): see attribution-speaker.ts.
  ['feel', 'feels', 'felt'], ['recognize'], ['recognise'],
  // A finding: "investigators determined that …" (only before "that": "determined to win" is resolve, see attribution-verbs.ts).
  ['determine'],
  // A cause credited: "the agency attributed the delay to …" (only with "to" after the object, see attribution-verbs.ts).
  ['attribute'], ['ascribe'],
  // "what many voters see as a betrayal": the view, as the passive "seen as" (the "-ing" form is a conjunction: "seeing as").
  ['see as', 'sees as', 'saw as'],
  // Advice, doubt, implication and expectation from a source: "officials advise residents to leave", "experts question whether …" (the nouns "advice" and
  // "the question" are other words; "questions" as a noun is told apart by what follows, see NOUNLIKE in attribution-verbs.ts).
  ['advise'], ['question'], ['imply', 'implies', 'implied', 'implying'], ['anticipate'],
  // "the agency projects output will fall": a forecast (only before a clause, see attribution-verbs.ts); "labeling the plan a failure".
  ['project'], ['label', 'labels', 'labeled', 'labeling', 'labelled', 'labelling'],
  // An estimate given as a figure: "she pegged the odds at one in seven", "analysts put the cost at $4 billion" (only with
  // such a quantity and "at" after the verb, see attribution-verbs.ts; "put the book on the shelf" is none).
  ['peg', 'pegs', 'pegged', 'pegging'], ['put', 'puts', 'put', 'putting'],
  ['make it clear', 'makes it clear', 'made it clear', 'making it clear'], ['make it very clear', 'makes it very clear', 'made it very clear'],
];

/**
 * Verbs that report only with hearsay as their subject ("rumors abound that", "reports
 * circulated that", "speculation swirled"): "problems abound" is no attribution.
 */
export const HEARSAY_VERBS: readonly string[][] = [
  ['abound'], ['swirl'], ['circulate'], ['persist'], ['spread', 'spreads', 'spread', 'spreading'], ['surface'],
];

/**
 * Verbs of dispute that report only when a claim follows them in the clause ("experts have
 * challenged the idea that …", "fans defended the company on the grounds that …"): "defended his decision" does not.
 */
export const DISPUTE_VERBS: readonly string[][] = [['challenge'], ['defend'], ['dispute'], ['reject']];

/**
 * Verbs that report only as a speaker tag beside a quotation ('"…," he continued.', 'she went on, "…"'):
 * "the fighting continued" and "the show goes on" report nothing.
 */
export const TAG_VERBS: readonly string[][] = [['continue'], ['go on', 'goes on', 'went on', 'going on'],
  // '"Dear friends," the letter began.'
  ['begin', 'begins', 'began', 'beginning', 'begun']];

/** Subjects of the hearsay verbs, also anonymous sources of their own. */
export const HEARSAY_NOUNS: readonly string[] = [
  'rumors', 'rumours', 'rumor', 'rumour', 'reports', 'report', 'speculation', 'whispers', 'gossip', 'chatter', 'word', 'talk',
];

/**
 * Verbs that report when what they give is an account ("analysts offered two explanations",
 * "the agency provided estimates"); "provided funding" is none. Each needs one of
 * `ACCOUNT_NOUNS` in the words after it.
 */
export const ACCOUNT_VERBS: readonly string[][] = [['offer'], ['provide'], ['give', 'gives', 'gave', 'giving', 'given'], ['put forward', 'puts forward', 'put forward'], ['issue'],
  // "made the claim", "made this suggestion": a statement named by its noun.
  ['make', 'makes', 'made', 'making']];
/** Account verbs whose cue takes in their object ("issued a plea", "made the claim"): the verb alone says nothing. */
export const OBJECT_CUE_VERBS: readonly string[] = ['issue', 'make'];
export const ACCOUNT_NOUNS: readonly string[] = [
  'theory', 'theories', 'explanation', 'explanations', 'reason', 'reasons', 'estimate', 'estimates', 'projection', 'projections',
  'prediction', 'predictions', 'forecast', 'forecasts', 'assessment', 'assessments', 'account', 'accounts', 'figures',
  'details', 'insight', 'insights', 'view', 'views', 'opinion', 'opinions', 'analysis', 'evidence', 'testimony', 'hypothesis', 'hypotheses',
  'plea', 'pleas', 'appeal', 'warning', 'warnings', 'statement', 'statements',
  'claim', 'claims', 'suggestion', 'suggestions', 'argument', 'arguments', 'accusation', 'accusations', 'allegation', 'allegations',
  'remark', 'remarks', 'comment', 'comments', 'announcement', 'recommendation', 'recommendations', 'admission',
];

/**
 * Adjectives that report a stance after "is"/"are" when a clause follows ("the union is adamant
 * that…", "the council is concerned the laws would…"); "is concerned about costs" is none.
 */
export const STANCE_ADJECTIVES: readonly string[] = ['adamant', 'convinced', 'confident', 'concerned', 'certain', 'insistent'];

/** Nouns of studies and reports that a participle phrase may follow before their verb ("research conducted in … shows"). */
export const STUDY_NOUNS: readonly string[] = [
  'research', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'analysis', 'analyses', 'report', 'reports', 'review',
  'reviews', 'trial', 'trials', 'experiment', 'experiments', 'audit', 'investigation', 'census', 'assessment', 'data', 'paper',
  // What studies yield reports as they do: "the results that show …", "figures released on Monday show".
  'results', 'findings', 'figures', 'statistics',
];

/** Words that may stand between a subject and its reporting verb and belong to the cue ("has said"); one word each ("has been" is two). Modals ("will") are no report. */
export const AUXILIARIES: readonly string[] = ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'do', "'ve", "’ve"];

/**
 * Adverbs that may stand between a subject and its verb without belonging to the cue; any
 * "-ly" adverb ("previously", "publicly") may too, by rule (see attribution-cues.ts).
 */
export const INTERVENING_ADVERBS: readonly string[] = [
  'also', 'still', 'now', 'then', 'later', 'already', 'once', 'even', 'again', 'long', 'first', 'further', 'often', 'since',
  'nevertheless', 'nonetheless', 'however', 'too', 'instead', 'meanwhile', 'twice', 'just', 'simply',
];

/** Degree words that go with an "-ly" adverb between a subject and its verb ("more recently has said"). */
export const DEGREE_WORDS: readonly string[] = ['more', 'most', 'less', 'very', 'quite', 'so', 'too', 'rather'];

/** Words that turn a cue into its denial ("has not confirmed"), one word each; any word ending "n't" does too ("hasn't"). */
export const NEGATIONS: readonly string[] = ['not', 'never', 'neither', 'nor'];

/** Participles of passive reporting ("it is noted", "is expected", "seen as"). */
export const PASSIVE_PARTICIPLES: readonly string[] = [
  'noted', 'reported', 'said', 'claimed', 'believed', 'thought', 'expected', 'estimated', 'understood', 'alleged',
  'rumored', 'rumoured', 'suggested', 'feared', 'argued', 'predicted', 'projected', 'considered', 'known',
  'suspected', 'seen as', 'viewed as', 'regarded as', 'described as', 'hailed as', 'touted as', 'billed as', 'branded as', 'deemed',
  'perceived as', 'told', 'anticipated', 'speculated',
  // "was blamed for the delay": a cause credited by no one named (only before "for"/"on", see attribution-passive.ts).
  'blamed',
];

/** Participles that need a dummy "it" subject to be a cue ("it is known that", not "is known for"). */
export const DUMMY_SUBJECT_ONLY: readonly string[] = ['known', 'argued', 'noted', 'claimed', 'suggested', 'considered', 'feared', 'speculated'];

/** Agentless cues written as one word or fixed phrase: no source, anonymous. */
export const AGENTLESS_CUES: readonly string[] = [
  'reportedly', 'reputedly', 'reputed', "we're told", 'we are told', "we’re told", "i'm told", "i’m told", 'i am told',
  'we have learned', "we've learned", "we’ve learned", 'it emerged', 'it has emerged',
  // "As promised, the console …", "…, as expected.": a report with no agent, only when set off by punctuation (not "as reported by").
  'as promised', 'as announced', 'as reported', 'as predicted', 'as forecast', 'as expected', 'as rumored', 'as rumoured',
  'as has been reported', 'as has been speculated', 'as has been suggested', 'as was expected', 'as had been expected',
];

/**
 * Nouns that make a subject a plausible source even in lower case ("researchers found"). Words the
 * agent-noun rule of attribution-phrase.ts already takes are not listed: plurals in -ers, -ors, -ists,
 * -ians, -ants, -ents, -ives and singulars in -ist, -ian ("researchers", "documents", "economist").
 */
export const SOURCE_NOUNS: readonly string[] = [
  'official', 'officials', 'expert', 'experts', 'analyst', 'analysts', 'researcher', 'author', 'report', 'reports',
  'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'data', 'research', 'findings', 'finding', 'company', 'firm',
  'agency', 'ministry', 'department', 'government', 'police', 'spokesman', 'spokeswoman', 'spokesperson', 'source',
  'sources', 'people', 'critics', 'witnesses', 'leaks', 'document', 'statement', 'memo', 'obituary', 'plan', 'analysis', 'court',
  'courts', 'judge', 'lawyer', 'newspaper', 'outlet', 'outlets', 'story', 'article', 'page', 'petition', 'site', 'website', 'magazine', 'paper', 'tweet', 'post', 'sign',
  'signs', 'leader', 'group', 'organisation', 'organization', 'military', 'army', 'administration', 'office', 'campaign',
  'team', 'union', 'board', 'committee', 'panel', 'council', 'minister', 'president', 'chairman', 'chief', 'director',
  'spokesmen', 'aides', 'aide', 'authorities', 'agencies', 'diplomats', 'intelligence', 'media', 'press', 'channel',
  'broadcaster', 'network', 'journal', 'letter', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling', 'model',
  'figures', 'estimates', 'records', 'evidence', 'he', 'she', 'they', 'it', 'who', 'someone', 'somebody', 'corporation', 'family', 'families', 'users',
  'audit', 'inquiry', 'investigation', 'review', 'sender', 'caller',
  'citizens', 'user', 'writer', 'reporter', 'commenter', 'blogger', 'speaker', 'owner', 'manager', 'worker', 'farmer', 'teacher',
  'doctor', 'bureau', 'commission', 'regulator', 'watchdog', 'institute', 'center', 'centre', 'association', 'foundation',
  'coalition', 'bank', 'party', 'embassy', 'lawmaker', 'officer', 'professor', 'results', 'republicans', 'democrats',
  'hawks', 'doves', 'liberals', 'medics', 'paramedics', 'nurses', 'insider', 'insiders',
  // What forecasters publish reports as a study does: "fresh forecasts showed", "the projections suggest".
  'forecasts', 'projections',
  // Kin and friends speak for the people in the news: "her mother said", "his widow told".
  'mother', 'father', 'parent', 'parents', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower',
  'relative', 'relatives', 'friend', 'friends', 'neighbour', 'neighbours', 'neighbor', 'partner', 'colleague', 'colleagues',
  'rumors', 'rumours', 'rumor', 'rumour', 'speculation', 'whispers', 'gossip', 'chatter',
  // Someone speaking for a body: "a member of the team announced", "the singer's representatives denied".
  'member', 'members', 'representatives', 'spokespeople',
];

/** Heads of anonymous sources: a source named only by what it is ("officials", "leaks", "people familiar with"). */
export const ANONYMOUS_NOUNS: readonly string[] = [
  'official', 'officials', 'source', 'sources', 'people', 'person', 'leaks', 'leak', 'insiders', 'insider', 'aides', 'aide',
  'diplomats', 'diplomat', 'experts', 'expert', 'analysts', 'analyst', 'economists', 'researchers', 'scientists', 'critics',
  'observers', 'witnesses', 'residents', 'rumors', 'rumours', 'reports', 'someone', 'spokesman', 'spokeswoman',
  'spokesperson', 'authorities', 'media', 'bloggers', 'milbloggers', 'commentators', 'activists', 'hawks', 'elders',
  'rumor', 'rumour', 'speculation', 'whispers', 'gossip', 'chatter',
];

/** Phrases that join a noun to what it is close to, inside an anonymous source ("people familiar with the matter"). */
export const SOURCE_BRIDGES: readonly string[] = ['familiar with', 'close to', 'briefed on', 'knowledge of', 'knowledgeable about', 'involved in', 'with knowledge of',
  // The same formula with the knowledge qualified: "people with direct knowledge of the talks"; "aware of" as "familiar with".
  ...['direct', 'firsthand', 'first-hand', 'detailed', 'intimate', 'inside', 'personal'].map((a) => `with ${a} knowledge of`), 'aware of'];

/** Pronouns that are sources only outside a quote's own opinions ("I think" in a quote is not counted). */
export const FIRST_PERSON: readonly string[] = ['i', 'we', 'you', 'us', 'me', 'one'];

/** Plural messages that carry what people not named say: "comments accusing her", "posts claiming …". */
export const MESSAGE_NOUNS: readonly string[] = ['comments', 'messages', 'posts', 'tweets', 'emails', 'letters', 'replies'];

/** Nouns plural in meaning though not in "-s": they agree with a base form ("the data show", "the police demand"). */
export const PLURAL_MEANING_NOUNS: readonly string[] = [
  'people', 'police', 'data', 'media', 'staff', 'children', 'men', 'women', 'personnel', 'public', 'crew', 'faculty', 'clergy',
  'folk', 'militia', 'team', 'family', 'government', 'committee', 'council', 'panel', 'board', 'jury', 'couple', 'majority', 'minority',
];
