/**
 * Aim cues of things made, fitted or contracted for an end, and of work under way towards one, read like
 * `PLAN_CUE_PATTERNS` of `./objectives-plans` (each opens with one of `BUILT_FOR_CUE_STEMS` and looks back for
 * the words before it). Data only; regex source without capture groups, lower case.
 */
import { phrases } from './list-syntax';
import { FORECAST_VERBS } from './objectives';
import { NUMBER_WORDS } from './objectives-words';

/** A verb after "to": no determiner, pronoun or number word follows. */
const TO_ACT = `to (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|me|him|them|us|it|you|${NUMBER_WORDS})\\b)[a-z]+`;

/** Work on a plan or a build named as under way: "is in the early stages of planning", "in the process of drafting". */
const UNDER_WAY = phrases('planning, preparing, developing, designing, drafting, building, negotiating, organizing, organising, setting up, creating, launching, finalizing, finalising');

/** Gerunds of joint work a party looks forward to ("we look forward to working with the council"). */
const JOINT_WORK = phrases('working, partnering, collaborating, cooperating, continuing, building, delivering, bringing, helping, serving, expanding, welcoming');

export const BUILT_FOR_CUE_PATTERNS: readonly string[] = [
  // A thing made or fitted for an end, like "designed to": "the truck is built to survive a blast", "the jet is equipped
  // to refuel in flight", "dogs are trained to detect drugs"; "the way it was built to be." names no end.
  `(?:built|equipped|configured|programmed|trained|geared|tailored)(?<=\\b(?:is|are|was|were|be|been|['’]s|['’]re)(?: [a-z]+ly| also| now| still)? [a-z]+) ${TO_ACT}(?<!to be)`,
  `(?:built|equipped|configured|programmed|trained)(?<=\\b(?:is|are|was|were|be|been|['’]s|['’]re)(?: [a-z]+ly| also| now| still)? [a-z]+) to be (?!(?:a|an|the)\\b)[a-z]+(?:ed|en)\\b`,
  // Work under way on a plan: "the city is in the early stages of planning a new line"; not the craft itself ("the
  // process of building a house is slow").
  `(?:stages?|process|midst|throes)(?<=\\bin (?:the |its |their |an? )?(?:[a-z]+ ){0,3}(?:stages?|process|midst|throes)) of (?:${UNDER_WAY.join('|')})\\b`,
  // Work contracted for an end: "won a contract to build the bridge", "is under contract for $5 million "to help
  // design…"", "was contracted to supply"; not "in contrast to" nor a contract to the reader.
  `contract(?:s|ed)?(?: (?:worth|valued at|for) [^.;:!?"“]{1,40}?)? ["“]?${TO_ACT}`,
  // Joint work ahead, as a plan: "we look forward to working with the new owners", "looks forward to partnering with".
  `look(?:s|ed|ing)? forward to (?:${JOINT_WORK.join('|')})\\b`,
];

/** Adverbs between a verb and "ready" or "prepared": "is now prepared", "may well be ready". */
const READY_ADVERBS = '(?: [a-z]+ly| now| also| still| well)?';
/** Not a forecast: "is ready to rise". */
const NO_FORECAST = `(?<!to (?:${FORECAST_VERBS.join('|')}))(?![a-z])`;

/**
 * Weak cues (outside quotes and conditions only): a party said to be prepared to act ("the union is prepared to
 * strike"), or to be ready to act at a time still to come ("the agency may be ready to issue rules by May", "the Fed
 * stands ready to act"); not a state told now ("the chemist is now ready to test the sample"), a forecast, nor the
 * reader's "be prepared to wait".
 */
export const BUILT_FOR_WEAK_CUE_PATTERNS: readonly string[] = [
  `prepared(?<=\\b(?:is|are|was|were|be|been|['’]s|['’]re)${READY_ADVERBS} prepared)(?<!(?:^|\\b(?:you|you['’]ll|should|must|to) )be prepared) ${TO_ACT}${NO_FORECAST}`,
  `ready(?<=\\b(?:(?:will|may|might|could|would|['’]ll)${READY_ADVERBS} be|stands?|stood)${READY_ADVERBS} ready) ${TO_ACT}${NO_FORECAST}`,
];

/** The literal openings of the cues above. */
export const BUILT_FOR_CUE_STEMS: readonly string[] = phrases(`
  built, equipped, configured, programmed, trained, geared, tailored, stage, process, midst, throes, contract, look, ready, prepared
`);
