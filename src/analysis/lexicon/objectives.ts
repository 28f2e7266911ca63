/**
 * Words that mark stated aims, goals and plans. Data only: `../objectives.ts` builds its regexes
 * from these. Entries are lower case; lists whose name ends in `_PATTERNS` hold regex source
 * without capture groups.
 */
import { phrases, words } from './list-syntax';
import { NOUNS_TO } from './objectives-words';

/** Nouns naming an aim, singular and plural. */
export const GOAL_NOUNS: readonly string[] = words(`
  objective objectives goal goals aim aims purpose purposes intention intentions
  mission missions priority priorities ambition ambitions target targets task tasks
  plan plans pledge pledges promise promises
`);

/** Adjectives allowed between a count and a goal noun ("three key objectives"). */
export const GOAL_ADJECTIVES: readonly string[] = words(`
  key main primary major principal central chief strategic overarching core
  stated broad specific clear important distinct basic big military political
  economic immediate long-term short-term ultimate fundamental separate simple new
`);

/** Count words that announce an enumeration, with their value: two to ten in words or digits, and "a couple of". */
export const COUNT_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...words('two three four five six seven eight nine ten').flatMap((w, i) => [[w, i + 2], [`${i + 2}`, i + 2]]),
  ['a couple of', 2],
]);

/** Ordinal words naming the n-th item of an enumeration (index 0 = first). */
export const ORDINALS: readonly (readonly string[])[] = [
  'first firstly one', 'second secondly', 'third thirdly', 'fourth fourthly', 'fifth fifthly', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
].map(words);

/** Words that may open the last item of an enumeration instead of its ordinal ("Finally, …", "The last is to…"). */
export const LAST_ORDINALS: readonly string[] = words('last lastly final finally other');

/** Words that may open any item after the first ("One is to… Another is to…"). */
export const LATER_ORDINALS: readonly string[] = words('another next also');

/** Words an item's subject may carry after its ordinal ("The third objective is…", "The second one is…"). */
export const ITEM_NOUNS: readonly string[] = [...GOAL_NOUNS, ...words('one step steps thing part area point element factor stage phase')];

/**
 * A verb after "to", not a place or a thing ("to the police", "to Paris", "worked to where he is"): the next word is no
 * determiner, pronoun or question word.
 */
const TO_VERB = `to (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|me|him|them|us|it|you|where|what|which|who|whom|whose|how|when|why)\\b)[a-z]+`;

/**
 * An infinitive of purpose inside a sentence, with no comma to set it off: the cues below say an
 * action is done for an end ("uses the data to target ads", "hired a firm to audit the books").
 */
const PURPOSE_INFINITIVE_PATTERNS: readonly string[] = [
  // A thing put to use or set up for an end: "the app uses your contacts to suggest friends", "set up a panel to review…".
  // At least one word between: "used to" alone is a habit. The noun ("the use of force to…") names no actor's aim.
  // Nor does a how-to for the reader ("you can use the app to…", "you'll need to use an adapter to…").
  // A conjunction after the verb leaves it without an object ("the drugs they use and for how long"): no end named.
  `(?:us(?:e|es|ed|ing)(?<!(?:the|of|a) use)(?<!\\byou(?:['’](?:ll|d|re))? (?:[a-z]+ ){0,3}us[a-z]{0,3})(?! (?:only|mainly|mostly|primarily|largely|solely|chiefly|typically|usually|commonly|generally) to\\b)|employ(?:s|ed|ing)?|set(?:s|ting)? up|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|enlist(?:s|ed|ing)?) (?!(?:to|and|or|but)\\b)(?:(?!(?:is|are|was|were|be|been)\\b)[\\w’'-]+ ){1,8}(?<!\\b(?:necessary|needed|required|possible|enough|${NOUNS_TO}) )${TO_VERB}`,
  // A bare participle of design: "a cookie designed to track visitors".
  `(?:designed|intended|engineered) ${TO_VERB}`,
  // Purpose with "so that" or "so <subject> can": "…so that the site can find friends", "…so we can show you ads".
  // A result set off by a comma (", so we could not go") or made ("made it so that…") stays out.
  // A purpose clause holds a modal ("so that the bus can pass"); a result clause does not ("so that nobody noticed").
  'so(?<!(?:,|\\]|\\bit) so) (?:that (?:[\\w’\'-]+ ){1,4}|(?:we|they|he|she|it|you|i|people|users|customers|officials) )(?:can|could|may|might|will|would)\\b',
  // Working towards an end: "as we work to address the fallout"; not the noun ("went back to work to find…").
  `work(?<!(?:to|at|from|of|for|off|back|the|his|her|its|their|our|my|your) work)(?:s|ed|ing)? (?:hard |together |closely )?(?:(?:with|alongside) (?:(?!to\\b)[\\w’'.-]+ ){1,4})?${TO_VERB}`,
  // An inquiry's purpose: "checked the footage to determine whether…", but not "unable to determine whether…".
  'to (?:determine|see|find out|figure out|work out|check|establish|learn|assess|verify|confirm|gauge|ascertain) (?:if|whether)(?<!(?:unable|able|hard|difficult|impossible|easy|early|possible|soon|want|wants|need|needs|remains|remain) to [a-z]+(?: out)? (?:if|whether))',
  // Leaving a post for a purpose: "quit his job to start a company", "left university in 2010 to join the army".
  `(?:left|leaves|leaving|leave|quit|quits|quitting) (?:(?:his|her|their|my|our|a|the) )?(?:[a-z]+ )?(?:job|post|position|career|role|seat|studies|company|firm|team|university|college|school|army|government) (?:[\\w’'-]+ ){0,3}${TO_VERB}`,
  // Leaving to found or join something: "left the party to form his own", "quit Google in 2019 to start a lab".
  `(?:left|leaves|leaving|quit|quits|quitting) (?:(?!to\\b)[\\w’'.-]+ ){1,3}to (?:form|found|start|launch|create|set up|establish|pursue|join|run for|work for|focus on)\\b`,
  // Work ordered for an end: "commissioned an architect to design…", "will commission a study to assess…" (not the noun).
  `commission(?:ed|ing|(?<=\\b(?:to|will|would|did|could|should) commission)) (?:(?!to\\b)[\\w’'.-]+ ){1,4}${TO_VERB}`,
  // A deal made for an end: "struck a deal with the city to build…" ("closed the deal to buy…" only completes one).
  `(?:cut|cuts|cutting|struck|strikes?|striking|sign(?:s|ed|ing)?|reach(?:es|ed|ing)?|inked|sealed) (?:a|an) (?:[\\w$’'-]+ ){0,3}deal (?:with (?:[\\w’'.-]+ ){1,4})?${TO_VERB}`,
  // Moving to take part: "thousands flocked to join the protest", "volunteers travelled to help".
  '(?:flock(?:s|ed|ing)?|travel(?:s|l?ed|l?ing)?|rush(?:es|ed|ing)?|head(?:s|ed|ing)?|return(?:s|ed|ing)?) (?:[a-z]+ ){0,2}to (?:join|fight|help|protest|support|attend|vote|volunteer)\\b',
  // Steps taken for an end: "is taking steps to cut waste", "the measures it is taking to improve safety".
  `(?:(?:tak(?:e|es|ing|en)|took) (?:[a-z]+ ){0,2}(?:steps|measures|action)|(?:steps|measures|action) (?:[\\w’'-]+ ){0,3}(?:tak(?:e|es|ing|en)|took)) ${TO_VERB}`,
  // A purpose served: "the rules serve a social purpose".
  'serv(?:e|es|ed|ing) (?:a|an|the|its|their) (?:[a-z]+ )?purpose',
  // Staying up for a purpose: "stayed up until dawn to finish the report".
  `stay(?:s|ed|ing)? up (?:[\\w’'.-]+ ){0,5}${TO_VERB}`,
  // Aims named as nouns: "seeking asylum", "seeking any work", "toying with the idea of returning", "devised a way to…",
  // "has come up with a few ways to…".
  '(?:seek(?:s|ing)?|sought) (?:a|an|any|some|more|new|re-?election|asylum|work|jobs?|damages|help|approval|permission|support|funding|compensation|refuge|office|justice|answers)\\b',
  '(?:toy(?:s|ed|ing)? with|flirt(?:s|ed|ing)? with|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|float(?:s|ed|ing)?|entertain(?:s|ed|ing)?) (?:the )?(?:idea|possibility|prospect) of',
  `(?:devis(?:e|es|ed|ing)|c(?:ome|omes|ame|oming) up with) (?:a|an|the|some|several|new)(?: [a-z]+){0,2} (?:way|method|plan|scheme|system|strategy|tool)s? ${TO_VERB}`,
  // A filing made for an end: "filed to register the name", "filed a motion in May asking the judge to…",
  // "lodged a complaint seeking damages"; the thing filed may name its aim too: "a petition to recall the mayor".
  `fil(?:e|es|ed|ing) ${TO_VERB}`,
  `(?:fil(?:e|es|ed|ing)|submit(?:s|ted|ting)?|lodg(?:e|es|ed|ing)) (?:a|an|the|its|their|his|her) (?:[\\w-]+ ){0,2}(?:petition|motion|lawsuit|suit|complaint|request|application|claim)s? (?:[\\w’'(),-]+ ){0,12}(?:asking|seeking|urging|requesting|demanding)\\b`,
  // A verb with its object: "for the motion to succeed" names what the motion needs, not what it is for.
  `(?:petition|motion|lawsuit)s? ${TO_VERB} (?:the|a|an|his|her|its|their|it|them|him|all|any)\\b`,
  // What a gathering is for: "the summit will address climate finance", "the ceremony would honor the victims".
  '(?:meeting|conference|summit|symposium|ceremony|event|festival|memorial|service|vigil|rally|hearing|session|talks) (?:will|would) (?:honou?r|celebrate|commemorate|mark|address|discuss|examine|review|focus on|consider)\\b',
];

/**
 * Phrases reporting an aim, goal, purpose or plan in a single sentence ("seeks to", "the goal is
 * to", "in order to"). Regex source; matched case-insensitively as whole words.
 */
export const GOAL_CUE_PATTERNS: readonly string[] = [
  'aim(?<!\\b(?:take|takes|took|taken|taking) aim)(?:s|ed|ing)? (?:to|at)', 'plan(?:s|ned|ning)? to', 'seek(?:s|ing)? to(?<!\\b(?:someone|somebody|anyone|anybody|whoever) (?:[\\w’\'.-]+ ){0,5}seeking to)', 'sought to', '(?:will|would) seek', 'set out to',
  'intend(?:s|ed|ing)? to', 'in order to', 'so as to', 'planned by', 'decid(?:es?|ed|ing) (?:not )?to', 'determined to(?! be\\b)', 'committed to',
  '(?:with|has|had|have) (?:a|the|an) (?:goal|aim|objective|intention|ambition|purpose) (?:of|to)',
  '(?:goal|aim|objective|intention|ambition|purpose|mission|priority|motivation|plan|strategy|instinct)s? (?:[\\w’\'-]+ ){0,5}(?:is|are|was|were|will be|would be|remains?)(?: [a-z]+ly| still| also| always| now| simply| instead)? to',
  // Work framed by its end: "as part of its mandate of…", "as part of a drive to…".
  'as part of (?:a|an|the|its|their|his|her|our) (?:[\\w-]+ ){0,2}(?:mandate|mission|remit|effort|campaign|drive|push|bid|strategy|initiative|plan|programme|program)s?\\b',
  // What a proposal is for: "a bill to give police more tools", "legislation that would make the cuts permanent",
  // "The Bill would require providers to store metadata", "principles that will guide the next standards".
  '(?:bill|legislation|proposal|measure|amendment|initiative|executive order|principle|guideline)s? (?:to (?!the\\b|a\\b|an\\b|congress\\b|parliament\\b)[a-z]+|(?:(?:[a-z]+ ){0,3}(?:that|which) )?(?:would|will) (?!be\\b|have\\b|not\\b)[a-z]+)',
  '(?:his|her|its|their|our|my|the) (?:stated |declared |main |key |ultimate )?(?:goal|aim|objective|intention|ambition|mission|plan)s? (?:to|of|for)',
  'in an? (?:effort|attempt|bid|push|drive|move) to', '(?:campaign|effort|efforts|bid|drive|strategy|initiative|push) to [a-z]+',
  // Not "the way it was meant to be.": with nothing after it, "meant to be" names a fate or an ideal, not a purpose.
  '(?:is|are|was|were|be|been) (?:designed|meant|intended|aimed|supposed) to(?! be ?[.,;:!?"”’)])',
  // A commitment, also with its addressee or a bare clause: "vowed to", "promised the state that it will cap fares",
  // "now promises it will screen drivers".
  // The words between must follow a verb, not the noun ("his vow on Monday that…" is no commitment of the article's actor).
  // Work with partners towards an end: "are working with partner agencies to establish where the pills came from".
  '(?:is|are|was|were|been) working (?:closely |together |hard )?(?:with|alongside) (?:[\\w’\'-]+ ){1,4}to (?!(?:the|a|an|this|that|these|those)\\b)[a-z]+',
  // A promise named as a noun: "with a promise of a refund", "its pledge of new housing"; "the promise of AI" is an allure.
  // The noun first and its determiner looked back for: a pattern opening with "a" would be tried at every "a".
  '(?:promise|pledge)s? of\\b(?<=\\b(?:a|his|her|its|their|our) (?:[a-z]+ )?(?:promise|pledge)s? of)',
  // An assurance of what one will do: "assured investors that the firm would keep its dividend".
  'assur(?:ed|es) (?:[\\w’\'-]+ ){1,3}that,? [^.;!?]{0,80}?\\b(?:will|would)\\b',
  'vow(?:s|ed)? (?:to|that)', 'pledg(?:es?|ed|ing) (?:to|that)', 'promis(?:es?|ed|ing) (?:to|that)', 'striv(?:es?|ing) to',
  // Not the noun: "promises of cheap goods that…" names no commitment.
  '(?:vowed|pledged|promised|promises|pledges) (?!of )(?:(?:[\\w’\'-]+ ){1,5}that|(?:it|he|she|they|we) (?:will|would))\\b',
  '(?:is|are|was|were|be|been|has been|have been)(?: [a-z]+ly| already| still| now)? (?:planning|preparing|working|pushing|racing|scrambling|looking|seeking) (?:to|for(?! ?[.,;:!?”"])|(?<=looking )into(?! (?:it|this|that|them)\\b)|(?:a|an|the|its|their)(?! [a-z]+ as | [a-z]+ [a-z]+ as | [a-z]+ [a-z]+ [a-z]+ as ))',
  // A search or preparation begun: "began looking for a buyer", "started preparing for the vote".
  '(?:began|begun|begins?|started|starts?) (?:looking|planning|preparing|searching) (?:to|for)',
  // "is pushing the phone as a camera" promotes a thing; "is pushing the council to act" has an aim.
  'for the purposes? of',
  // Announcing a plan reports one: "will unveil a new strategy", "plans to lay out its agenda".
  '(?:will|to) (?:announce|unveil|present|outline|lay out|release) (?:a|an|the|its|their|his|her) (?:[a-z]+ ){0,2}(?:strategy|plan|agenda|roadmap|blueprint)\\b',
  // A demand reported as a noun: "backed calls to impose the death penalty" (not "calls to the police").
  '(?:calls|demands) to (?!(?:the|a|an|his|her|its|their|our|this|that|these|those|police|action)\\b)[a-z]+',
  // A demand in the subjunctive names the outcome wanted: "is demanding it be passed anyway", "urged that the ban be lifted".
  '(?:demand(?:s|ed|ing)?|urg(?:es?|ed|ing)|insist(?:s|ed|ing)?) (?:that )?(?:[\\w’\'-]+ ){1,3}be (?:[a-z]+ly )?[a-z]+(?:ed|en)\\b',
  ...PURPOSE_INFINITIVE_PATTERNS,
  // A decision on what shall be done ("the board decided that the school would close"); a move announced as under way.
  'decid(?:es|ed) that [^.;:!?]{0,120}?\\b(?:should|would|will|must)\\b', 'announced (?:(?:last|this|on|in) [a-z]+ )?(?:that )?(?:it|he|she|they|we) (?:is|was|are|were) (?!(?:not|being|going|also)\\b)[a-z]+ing\\b',
  // A request made: "sent a letter to the mayor asking for an audit", "reached out to the agency to request records".
  '(?:send|sends|sent|sending) (?:a|an) (?:[\\w-]+ ){0,2}(?:letter|petition|request|email|memo)s? (?:[\\w’\'.(),-]+ ){0,12}(?:asking|urging|requesting|demanding|calling)\\b',
  `reach(?:es|ed|ing)? out (?:to (?:[\\w’'.-]+ ){1,6})?to (?:request|ask|seek|discuss|propose|arrange|urge)\\b`,
  'call(?:s|ed)? for', 'push(?:es|ed)? for', 'proposed(?<!\\b(?:the|a|an|its|their|our|his|her|this|these|those) proposed)', 'plan outlining', 'sets? (?:a|the) (?:goal|target)',
  '(?:said|says|announced|declared|confirmed|confirms|revealed|mentioned|stated|has said|have said) (?:that )?(?:it|he|she|they|the company|the government) (?:will|would) (?!be\\b|have\\b|not\\b|never\\b)[a-z]+',
];

/**
 * Words that, right after an opening "To …," show that no subject follows: the clause is itself the subject ("To claim
 * that…, is wrong") or the reader is told what to do ("To see how rare this is, look at…"). Regex source.
 */
const NO_SUBJECT = `(?:is|was|are|were|would|will|seems|remains|isn['’]t|wasn['’]t|${words('take look see check consider read click go visit note compare imagine try watch listen remember think just simply').join('|')})`;

/**
 * A purpose clause set off by commas ("To answer this, the team…", "In 1997, to mark the date, …"),
 * or closing the sentence after one ("…, then electrified, to create a light that glowed for 1,000
 * hours."): a cue where it opens the sentence or follows ", ". "to the…", "to our…" are places,
 * not purposes. Regex source, matched like the cues above.
 */
export const PURPOSE_CLAUSE_PATTERN = `to (?!(?:be|the|a|an|our|their|his|her|its|my|your|this|that) )[a-z]+ (?:[^,.;:]|,(?=\\d)){0,100}(?:,(?! ${NO_SUBJECT}\\b)|[.!]$)`;

/**
 * Word starts that every cue above and every announcement ("three key objectives") contains, lower
 * case: a sentence with none of them is skipped before the long patterns run. Adding a cue pattern
 * means adding its rarest word here (a sentence opening "To …" and ", to " are checked apart); the
 * objectives tests fail when a cue can match without one. A stem may be looser than its cue
 * ("want" for "wants to"): it only lets a sentence through to the cues.
 */
export const GOAL_CUE_STEMS: readonly string[] = phrases(`
  aim, plan, seek, sought, set out, inten, order, so as to, decid, determined, committed,
  goal, objective, purpose, mission, ambition, instinct, priorit, target, task, bill to, bills to, bill would, bills would, bill will, bills will, that would, which would,
  legislation, propos, measure, amendment, initiative, effort, attempt, bid to, push, drive to, move to,
  campaign, strategy, agenda, roadmap, blueprint, designed, meant, supposed, vow, assur, pledg, promis, striv, preparing, working,
  racing, scrambling, looking, call for, calls for, called for, calls to, demands to, demand, urg, insist, it will, he will, she will, they will,
  company will, government will, it would, he would, she would, they would, company would, government would,
  use, uses, used, using, employ, set up, sets up, setting up, hire, hiring, recruit, enlist, intended, engineered, so that, so we, so they, so he, so she, so it, so you, so i, so people, so users, so customers, so officials,
  work, determine if, determine whether, see if, see whether, find out if, find out whether, check if, check whether, establish if, establish whether, learn if, learn whether,
  assess if, assess whether, verify if, verify whether, confirm if, confirm whether, gauge if, gauge whether, figure out if, figure out whether, work out if, work out whether, ascertain if, ascertain whether, left, leav, quit, come up with, comes up with, came up with, coming up with, flock, travel, rush, head, return, steps, action, stay, asylum, idea of, possibility of, prospect of, devis,
  file, filed, filing, submit, lodg, petition, motion, lawsuit,
  meeting, conference, summit, symposium, ceremony, event, festival, memorial, service, vigil, rally, hearing, session, talks,
  want, hope, hoping, later, next week, next month, next year, tomorrow, try to, trie, trying to, willing to, will, ll, expected to, scheduled, slated, set to, set for, planned for, fixed for, pencil,
  in the works, in the pipeline, drawing board, motivation, as part of, commission, deal, search, principle, guideline,
  launching, unveiling, rolling out, introducing, announced, send a, sends a, sent a, sending a, reach out, reaches out, reached out, reaching out
`);

/**
 * Verb starts of deliberate, scheduled actions: after "will" ("Yahoo will change its name", "the
 * bill will be debated") they announce a plan, where "will rise" or "will find it harder" only
 * predict. Lower case, matched as a word start.
 */
export const PLANNED_ACTIONS: readonly string[] = words(`
  launch open start begin introduc host meet visit travel sign updat chang
  improv press front address hire appeal submit debat vote reduc expand invest deploy resum
  upgrad enhanc invit resign retir withdraw impos appoint nominat enabl releas
  join strik protest march boycott build construct link connect
`);

/**
 * Verbs that, after "is expected to" or "is set to", make a forecast of a quantity or a state
 * ("the deficit is expected to total…", "prices are set to rise"), not a plan.
 */
export const FORECAST_VERBS: readonly string[] = words(`
  be have rise fall grow increase decrease decline drop remain reach hit continue total cost take last
  exceed top surpass climb double triple shrink slow peak soar plunge jump ease worsen weaken recover improve
`);

/**
 * Present-tense verbs of a scheduled movement or start: with a time still to come ("lands in Kenya later
 * on Friday", "the store opens next month") they state a plan; without one they may be habits.
 */
export const SCHEDULED_MOVES: readonly string[] = words(`
  lands arrives opens visits travels meets heads launches returns departs begins starts
`);

/**
 * Verbs of a scene or a pastime: after "they would" they tell a habit ("they would gather round the
 * radio", "he would sit by the window"), not an intent.
 */
export const SCENE_VERBS: readonly string[] = words(`
  gather sit stand sleep laugh wander chat sing dance play hang huddle crowd stroll joke cry smile stare linger
`);

/** Times a schedule may be fixed for: "set for March", "scheduled for next week", "slated for the end of the year". Regex source. */
const SCHEDULE_TIMES = [
  ...words('january february march april may june july august september october november december spring summer autumn fall winter'),
  ...words('monday tuesday wednesday thursday friday saturday sunday week weekend month year today tonight tomorrow'),
  '\\d', '(?:the )?(?:end|start|beginning|middle|first|second|third|last) (?:of|half|week|quarter)',
].join('|');

/** What an actor wants done to a thing it names before the verb ("the bill it wants passed before Parliament rises"). */
export const WANTED_RESULTS: readonly string[] = words('passed approved adopted repealed scrapped banned');

/** Cues of wish or effort ("want to", "hopes to", "tried to"): they count outside direct quotes only, where they report an aim rather than voice a feeling. */
export const WEAK_GOAL_CUE_PATTERNS: readonly string[] = [
  // "You might want to skip it" is advice, not a wish; so is the generic reader's "how you want to…", "you try to…".
  // "wanted to know whether…" asks a question. The author's "I try to…" is a habit.
  'want(?<!(?:might|may|\\byou|\\bpeople|\\beveryone|\\bnobody) want)(?:s|ed)? to(?! know\\b)', 'hop(?:es?|ed|ing) (?:to|that)', 'tr(?:y|ies|ying)(?<!\\b(?:you|i) tr[a-z]{1,4}) to', 'attempt(?:s|ing)? to', 'willing to',
  // A past attempt ("the party tried to draft…", "a poacher had attempted to hack it out") is an event; an effort
  // still going on ("has tried to crack down", "is trying to") is an aim.
  '(?:has|have) (?:[a-z]+ly |also |long |already )?(?:tried|attempted) to',
  // An actor's announced action ("Ars will update this post", "the Android version will launch later"); a speaker's
  // "we will…" in a quote is rhetoric, and "if it will…" a condition, so it is weak.
  // Active, the verb needs what follows it: "will begin to weaken", "conditions will improve." only forecast.
  // "'ll" counts as "will" ("games that'll get upgraded"), and "get" as "be" in the passive.
  `(?:will|(?:'|’)ll(?<!\\b(?:i|you|we)['’]ll)) (?:then |also |soon |now |first )?(?:(?:be|get) (?:${PLANNED_ACTIONS.join('|')})[a-z]*(?<=ed|en|un|et|wn|uck|ing)|(?:${PLANNED_ACTIONS.join('|')})[a-z]*(?! to )(?! ?[.,;:!?]))`,
  // Reported intent opening a sentence ("He would speak bluntly against corruption"), habits, tastes and forecasts aside.
  `^(?:he|she|they) would (?!(?:${FORECAST_VERBS.join('|')}|not|often|always|usually|sometimes|never|likely|probably|rather|like|love|prefer|${SCENE_VERBS.join('|')})\\b)[a-z]+`,
  // A schedule or an expected action ("is set to open next year", "is expected to meet relatives"), forecasts aside.
  `(?:is|are|was|were) (?:expected|scheduled|slated|set) to (?!(?:${FORECAST_VERBS.join('|')})\\b)[a-z]+`,
  // A date fixed for something ("the hearing has been set for March", "talks are scheduled for next week"), and
  // work announced as under way ("a sequel is in the works"). Without a time, "the stage is set for" only predicts.
  `(?:(?:is|are|was|were)|(?:has|have|had) been) (?:now |already |tentatively )?(?:set|scheduled|slated|planned|fixed|penciled in|pencilled in) for(?= (?:(?:early|late|mid|later|next|this)[ -])?(?:${SCHEDULE_TIMES})\\b)`,
  // An event scheduled: "protests will take place in ten cities", "the vote will be held on Monday" (not "held responsible").
  'will (?:also |then |now )?(?:take place|be held (?:on|at|in|next|this|later|over|from|during)\\b)',
  '(?:is|are|was|were|be|been) (?:now |still |already |also )?(?:in the works|in the pipeline|on the drawing board)',
  // A scheme being started now: "the agency is launching a pilot program", "are rolling out a campaign".
  `(?:is|are) (?:now |also |today )?(?:launching|unveiling|rolling out|introducing) (?:a|an|the|its|their) (?:[\\w.’'&-]+ ){0,4}(?:program|programme|initiative|campaign|project|scheme|plan|fund|review|investigation|inquiry|study|pilot|trial)s?\\b`,
  // A schedule in the present tense with a time still to come; in a quote or a condition ("if it opens next year") it stays out.
  `(?:${SCHEDULED_MOVES.join('|')}) (?:[\\w’'-]+ ){0,4}(?:later (?:on|this|today|tonight)|next (?:week|month|year)|tomorrow)\\b`,
  // A wanted outcome: "the bill it wants passed", "wanted the ban repealed".
  `want(?:s|ed)? (?:[\\w’'-]+ ){0,3}(?:${WANTED_RESULTS.join('|')})\\b`,
];

/**
 * Words that, just before a cue, deny it ("has no plans to", "does not want to") or say it was given
 * up ("has shelved its plans to", "put aside efforts to"); a word ending in "n't" does too.
 */
export const NEGATIONS: readonly string[] = [
  ...words('not no never nor without cannot abandon abandons abandoned abandoning scrapped scraps scrapping shelved shelves ditched dropped cancel cancels canceled cancelled canceling cancelling'),
  ...phrases('put aside, set aside, gave up, given up, giving up'),
];

// ---- Aims in clauses and nouns (kept apart from the cue lists above so each can change alone) ----

/** Verbs that fight or steady a condition: after "to" they name the end an action serves ("cut rates to stabilize prices"). */
const REMEDIES = `(?:${phrases('stabiliz, stabilis, stimulat, shore up, prop up, bolster, rein in, curb, tame, deter(?!min), avert, ward off, stave off, head off').join('|')})`;
/** Things that bring an outcome about without aiming at it (regex source). */
const CAUSES = words('regulations rules laws policies policy rates prices incentives loopholes taxes cuts breaks conditions subsidies').join('|');
/** A move in time (regex source). */
const DELAYED = '(?:postponed|delayed|pushed back|rescheduled|moved|put off|deferred|brought forward)';

/**
 * More phrases reporting an aim, read like `GOAL_CUE_PATTERNS`: an aim named by a noun ("a plot to
 * kill", "his hopes of winning"), a means ("as a way of avoiding"), a vow ("swore to defend"), a call
 * on others ("urged voters to turn out"), a post given for a task ("tapped her to run"), a plan in
 * the first person ("I'm going to leave"), a new date ("postponed until March"), a reported meeting
 * or visit, and an institution's own signalled or projected path ("signalled two rate cuts").
 */
export const AIM_CUE_PATTERNS: readonly string[] = [
  // Each opens with a stem of AIM_CUE_STEMS and looks back for the words before it ("is out to", "'s hopes of").
  `(?:plot|scheme|conspiracy|conspiracies|ploy|gambit|quest|crusade)s? ${TO_VERB}`,
  // One tactic with its article ("a scare tactic to silence critics"); "ascribed the tactics to racism" names a cause.
  `tactic(?<=\\b(?:a|an|the|its|their|his|her) (?:[a-z]+ )?tactic) ${TO_VERB}`,
  // A successor sought: "is weighing three candidates to replace the chief".
  '(?:candidates|nominees|contenders) to (?:replace|succeed)\\b',
  `(?:means|way)(?<=\\b(?:as|is|was|were) (?:a|an|one|another) (?:[a-z]+ )?(?:means|way))(?<!\\b(?:good|great|excellent|easy|simple|best|better|fun|nice|perfect|handy|quick|cheap|smart|clever|neat|convenient|terrific|fantastic) (?:means|way)) (?:of [a-z]+ing|${TO_VERB})`,
  `out to(?<=\\b(?:is|are|was|were|be|been|['’]re) out to) (?!(?:lunch|dinner|breakfast|sea)\\b)${TO_VERB.slice(3)}`,
  `hopes? (?:of|for)\\b(?<=(?:['’]s|\\b(?:his|her|its|their|our|my)) (?:best |last |main |early )?hopes? (?:of|for))`,
  `(?:reasons?|idea|point|rationale|thinking|hope|intent|role|job)(?:,? [\\w’'-]+){0,3},? (?:is|was|are|were) (?:simply |just |also |partly )?${TO_VERB}`,
  `(?:swear|swears|swore|sworn|swearing) to (?!(?:secrecy|silence|god)\\b)${TO_VERB.slice(3)}`,
  // A call made, in the past tense: "urged residents to leave"; "structures that encourage people to…" only describe.
  // An order given ("the court ordered the firm to pay"); what a sign or alert "has instructed" or "which instructed" people to do describes it.
  // A cause is no caller: "low rates have encouraged borrowers to…", "the rules encouraged firms to…".
  `(?:encouraged(?<!\\b(?:${CAUSES})(?: [a-z]+ly| just| also| only| long)?(?: has| have| had)?(?: long)? encouraged)|urged|implored|exhorted|(?:instructed|directed|ordered)(?<!\\b(?:which|that|has|have) [a-z]+)) (?:(?!to\\b)[\\w’'.-]+ ){1,4}${TO_VERB}`,
  '(?:tapped|picked|chosen|chose|named|appointed|nominated|selected|drafted) (?:(?!to\\b)[\\w’\'.-]+ ){0,3}to (?:run|lead|head|oversee|manage|chair|replace|succeed|direct|coordinate)\\b',
  `going to(?<=\\b(?:i['’]m|i am|we['’]re|we are) going to) (?!(?:${FORECAST_VERBS.join('|')}|see|need|know|happen|feel|lose|get|find|hope|wait|pray|watch|miss|regret|love|hate|enjoy)\\b)[a-z]+`,
  `${DELAYED}(?<=\\b(?:is|are|was|were|be|been) ${DELAYED}) (?:until|till|to|for|into)(?= (?:(?:early|late|mid|later|next|this)[ -])?(?:${SCHEDULE_TIMES})(?![a-z]))`,
  `(?:will|would)(?<=\\b(?:said|says|announced|confirmed)(?: (?:on|last|this|earlier|in) [a-z]+)? (?:that )?(?:[\\w.’'-]+ ){1,3}(?:will|would)) (?:sit down with|(?:${PLANNED_ACTIONS.join('|')})[a-z]*(?! to ))`,
  '(?:rate (?:hikes?|increases?|rises?|cuts?|reductions?)|increases in (?:interest )?rates)\\b(?<=\\b(?:sees?|saw|projects?|projected|signall?(?:s|ed|ing)?|pencill?ed in|foresees?|foresaw|foreseen) (?:[\\w.%-]+ ){0,5}(?:interest |interest-)?(?:rate [a-z]+|increases in (?:interest )?rates))',
  'signall?(?:s|ed|ing)? (?:a|an|the) (?:[a-z]+ ){0,2}pace of (?:rate )?(?:increases|hikes|cuts|tightening|easing)\\b',
  '(?:seek(?:s|ing)?|sought) (?:the|its|their|his|her|our)\\b',
  // "'s 2 percent target", "its 2% inflation target": a figure set as a goal.
  '(?:target|goal)s?\\b(?<=(?:[\'’]s|\\b(?:its|their|his|her|our)) (?:\\d[\\d.,]*(?: ?%| percent| per cent)?|[a-z]+ percent) (?:[a-z-]+ ){0,2}(?:target|goal)s?)',
  `${REMEDIES}[a-z]*(?<=\\bto ${REMEDIES}[a-z]*)(?<!(?:failed|unable|able|hard|difficult|way|ways|how) to [a-z ]+)`,
];

/** Weak like `WEAK_GOAL_CUE_PATTERNS` (outside quotes and conditions only): an attempt ascribed, a hope for an outcome. */
export const WEAK_AIM_CUE_PATTERNS: readonly string[] = [
  // A wish reported as a noun ("spoke of a desire to avenge…"); in a quote it is a feeling voiced.
  `desires? ${TO_VERB}`,
  // A past attempt the writer narrates is an event ("talks stalled as both sides tried to agree"); one a source ascribes
  // ("accused her of trying to…", "said the rebels had tried to seize…", "felt the agency had tried to meddle") states an intent.
  '(?:tried|attempted) to(?<=\\b(?:said|says|saying|accus[a-z]+|alleg[a-z]+|claim[a-z]*|charg[a-z]+|felt|feels?|believ[a-z]+|thinks?|thought|suspect[a-z]*)\\b[^.;:!?]{0,80}(?:tried|attempted) to)',
  // Not a group described by its wish: "those hoping he will change".
  "hop(?:es|ed|ing)(?<!\\b(?:those|people|anyone|many|some|others|fans|supporters) hoping) (?!(?:of|for|and|that|to)\\b)(?:[\\w.’'-]+ ){1,3}(?:will|would|could|might|can)\\b",
];

/**
 * The words the two lists above open with (each pattern looks back for any words before its own):
 * the aim cues are tried only where one of these starts a word.
 */
export const AIM_CUE_STEMS: readonly string[] = phrases(`
  plot, scheme, conspirac, tactic, candidates, nominees, contenders, desire, role, job, ploy, gambit, quest, crusade, means, way, out to, hope, reason, idea, point, rationale, thinking, intent,
  swear, swore, sworn, encourag, urg, implor, exhort, instructed, directed, ordered, tapped, picked, chose, named, appointed, nominated, selected, drafted,
  going to, postponed, delayed, pushed back, rescheduled, moved, put off, deferred, brought forward, will, would,
  rate, increases in, signal, seek, sought, target, goal, stabiliz, stabilis, stimulat, shore up, prop up,
  bolster, rein in, curb, tame, deter, avert, ward off, stave off, head off, tried, attempted, hoping
`);
