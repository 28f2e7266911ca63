/**
 * More aim cues, read like `AIM_CUE_PATTERNS` of `./objectives` (each opens with one of `PLAN_CUE_STEMS`
 * and looks back for the words before it): a commitment in the first person, an event on the
 * calendar, and an action done for an end named by a verb that only names ends ("to avoid", "to
 * ensure"). Data only; regex source without capture groups, lower case.
 */
import { phrases, words } from './list-syntax';
import { FORECAST_VERBS, PLANNED_ACTIONS } from './objectives';
import { NUMBER_WORDS } from './objectives-words';
import { BUILT_FOR_CUE_PATTERNS, BUILT_FOR_CUE_STEMS, BUILT_FOR_WEAK_CUE_PATTERNS } from './objectives-built';
import { CALL_CUE_PATTERNS, CALL_CUE_STEMS, CALL_WEAK_CUE_PATTERNS } from './objectives-calls';

/**
 * Verbs that after "I will" or "we will" voice no commitment: a forecast, a feeling, a wish or a
 * turn of speech ("I will never forget", "we will see", "I will say this").
 */
const NO_COMMITMENT = words(`
  be have see know need miss find feel get lose die remember forget say tell admit confess bet guarantee probably likely
  never win hear wait believe hope wish love like always all both each ever
`);
/** Adverbs between "will" and the verb of a commitment ("we will certainly hit back", "I will not be signing"). */
const COMMIT_ADVERBS = words('also certainly definitely absolutely not still now then soon immediately personally continue keep just only');
/** What a speaker promises to be: "we will be forthcoming", "we will be ready". */
const COMMIT_STATES = words('forthcoming transparent ready prepared vigilant relentless');

/**
 * Events that a time is fixed for: after "was to" or "is due to" they tell a schedule ("a few hours
 * before he was to speak", "the plant is due to close in May"). Word starts.
 */
const EVENTS = words(`
  speak address accept meet visit appear testify attend arriv depart sign announc travel hold host deliver
  vote rul decid face receiv return report conclud finish complet clos shut retir step leav
  take office be sworn be held be released be named be unveiled be launched
`);

/**
 * Verbs that name nothing but an end: after "to" they give the purpose of the action before ("the
 * city closed the bridge to avoid a jam", "banks raised fees to offset the losses").
 */
const ENDS = phrases(`avoid, ensure, prevent, make sure, inform, safeguard, offset, minimiz, minimis, maximiz, maximis, comply with, accommodate, take stock,
  raise money, raise funds, raise cash, raise capital, cut costs, save money, make room, make way, free up, buy time, lessen, combat, fend off, fight off, keep pace`);

/**
 * Words before "to" that take the infinitive as their complement, where "to avoid" is no purpose
 * of an action: a wish or an effort ("want to avoid", "tried to prevent"), an ability or a
 * difficulty ("unable to ensure", "hard to avoid"), a how-to ("the way to avoid", "how to prevent").
 */
const TAKES_INFINITIVE = words(`
  want wants wanted wanting need needs needed needing try tries tried trying attempt attempts attempted attempting
  fail fails failed failing unable able hard difficult easy impossible possible how way ways best help helps helped helping
  designed meant intended going used likely enough important necessary vital crucial essential key chance opportunity
  power right ability decide decided decides plan plans planned planning aim aims aimed aiming hope hopes hoped hoping
  seek seeks seeking sought promise promised promises vow vowed pledge pledged agree agreed refuse refused order effort efforts bid
  ought has have had is are was were be seem seems seemed appear appears appeared wish wished choose chose chosen decline declined
  struggle struggled struggling managed continue continued began begin start started expected asked urged told forced
  allowed required encouraged sure careful quick quickly advice advised tips tip
`);

/**
 * Verbs and words that put someone else before the "to": what is allowed, told or easier for another is their
 * complement, not the purpose of an action ("the rule allows firms to avoid the tax", "told parents to avoid
 * peanuts", "it will be harder for critics to avoid", "relies on vaccines to prevent outbreaks").
 */
const LETS = words(`
  allow allows allowed allowing let lets letting enable enables enabled enabling permit permits permitted
  tell tells told telling advise advises advised advising warn warns warned warning urge urges urging ask asks asking
  help helps helped helping force forces forcing require requires requiring order orders expect expects
  persuade persuaded convince convinced invite invited rely relies relied count counts counted depend depends depended
  harder easier cheaper simpler safer
`);

/** Regex source of the cues; the first person's are strong, so they count inside a quote. */
export const PLAN_CUE_PATTERNS: readonly string[] = [
  // A commitment in the first person: "we will take action", "I will continue to speak out", "we'll bring it back";
  // not a forecast of an amount ("we will spend more on interest").
  `(?:will(?<=\\b(?:i|we) will)|ll(?<=\\b(?:i|we)['’]ll)) (?:(?:${COMMIT_ADVERBS.join('|')}) (?:to )?)?(?:(?:${COMMIT_ADVERBS.join('|')}) (?:to )?)?` +
    `(?:be (?:[a-z]+ing|${COMMIT_STATES.join('|')})|(?!(?:${NO_COMMITMENT.join('|')})\\b)[a-z]+(?! (?:more|less|fewer)\\b))`,
  // An event on the calendar: "before the president was to speak", "the board is to meet on Monday".
  `(?:was|were|is|are) to (?:${EVENTS.join('|')})[a-z]*`,
  // "the plant is due to close in May", "talks are due to resume" (not "the delay was due to rain").
  `due to(?<=\\b(?:is|are|was|were|be|been|['’]s|['’]re) (?:also |now |still )?due to) (?:${[...EVENTS, ...PLANNED_ACTIONS].join('|')})[a-z]*`,
  // A plan on schedule: "the plant is on track to be closed by 2030", "is on track to open in May"; not a forecast ("on track to hit").
  `on track to(?<=\\b(?:is|are|was|were|be|been|remains?|stays?|['’]s|['’]re) (?:still |now |also )?on track to) (?:be [a-z]+(?:ed|en)\\b|(?!(?:${FORECAST_VERBS.join('|')})\\b)[a-z]+)`,
  // Others called on to act, in the past tense like "urged" in AIM_CUE_PATTERNS: "rallied supporters to march", "lobbied the council to drop the fee".
  `(?:rallied|pressed|pressured|pressurised|pressurized|lobbied|mobilized|mobilised|galvanized|galvanised|prodded|petitioned) (?:(?!to\\b)[\\w’'.-]+ ){1,4}to (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|me|him|them|us|it|you|${NUMBER_WORDS})\\b)[a-z]+`,
  // A demand pressed now: "workers are asking for a $20 wage", "residents have been lobbying for a crossing"; not a plight ("fighting for their lives") nor a cause looked back on ("what he was fighting for.").
  `(?:asking|lobbying|campaigning|fighting|pressing|clamou?ring|agitating) for(?<=\\b(?:is|are|was|were|been|['’]re|['’]s)(?: [a-z]+ly| still| now| also)? [a-z]+ for)(?! ?[.,;:!?”"’]| (?:comment|comments|their lives|his life|her life|survival)\\b)`,
  // An end named by its verb after the action ("shut the road to avoid delays"), not a complement ("hard to avoid").
  `to (?:${ENDS.join('|')})(?<!\\b(?:${TAKES_INFINITIVE.join('|')}) to (?:${ENDS.join('|')}))` +
    `(?<!\\b(?:${LETS.join('|')}) (?:[\\w’'-]+ ){0,6}to (?:${ENDS.join('|')}))`,
  ...BUILT_FOR_CUE_PATTERNS,
  ...CALL_CUE_PATTERNS,
];

/** The literal openings of the cues above; each cue opens with one (the objectives tests check it). */
export const PLAN_CUE_STEMS: readonly string[] = [
  ...phrases('will, ll, was to, were to, is to, are to, due to, on track to, rallied, press, lobbied, asking, lobbying, campaigning, fighting, clamo, agitating, mobili, galvani, prodded, petitioned'), ...ENDS.map((end) => `to ${end}`), ...BUILT_FOR_CUE_STEMS, ...CALL_CUE_STEMS];


/** Weak cues (outside quotes and conditions only), read like `WEAK_AIM_CUE_PATTERNS`. */
export const PLAN_WEAK_CUE_PATTERNS: readonly string[] = [
  // An actor's own next move, told by a verb on its own thing: "the firm will move its headquarters", "the probe will end its
  // mission"; a forecast ("prices will hit their peak", "the team will lose its lead") stays out.
  `will(?<!\\b(?:i|we|you) will) (?:then |also |soon |now |first )?(?!(?:${[...NO_COMMITMENT, ...FORECAST_VERBS].join('|')})\\b)[a-z]+ (?:its|their)\\b`,
  ...BUILT_FOR_WEAK_CUE_PATTERNS,
  ...CALL_WEAK_CUE_PATTERNS,
];
