/**
 * Aims shown by an act done for them, in families that recur across news writing: a call on others to act
 * ("we call on both sides to talk"), a meeting convened for a business ("called a news conference to announce"),
 * a presence somewhere for a purpose ("the envoy is in Cairo to meet"), a body set up for a task ("founded the
 * charity in 1998 to help"). Data only, regex source read like `AIM_CUE_PATTERNS`; each cue opens with a stem of
 * `CALL_CUE_STEMS`.
 */
import { phrases } from './list-syntax';
import { MONTH_NAMES, WEEKDAY_NAMES } from './numbers';
import { NOUNS_TO, NUMBER_WORDS } from './objectives-words';

/** A verb after "to": no determiner, pronoun, number word or "date" ("to date") follows. */
const TO_ACT = `to (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|me|him|them|us|it|you|no|date|${NUMBER_WORDS})\\b)[a-z]+`;

/** Days and months: "called on Monday to say" is a phone call dated, not a call on others. */
const DATES = `(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|').toLowerCase()}|\\d)`;

/** Gatherings one calls or holds. */
const GATHERINGS = phrases('meeting, press conference, news conference, conference, summit, session, hearing, vote, briefing, referendum, rally, town hall');

/** What one is somewhere to do ("is in Brussels to negotiate"). */
const ERRANDS = phrases('meet, discuss, attend, sign, negotiate, lobby, hold talks, address, promote, testify, campaign, seek, press for, pitch, drum up');

/** States one is "in" that are no place: "in a position to meet", "in no mood to discuss", "in time to attend". */
const NO_PLACE = '(?:(?:a|an|no|the) )?(?:position|mood|time|order|shape|line|hurry|state|talks|charge)\\b';

export const CALL_CUE_PATTERNS: readonly string[] = [
  // A call on others to act, in any tense and also quoted: "We call on both parties to resume talks", "called upon
  // members to vote". A dated call ("called on Monday to say") is a phone call.
  `call(?:s|ed|ing)? (?:up)?on (?!${DATES})(?:(?!to\\b)[\\w’'.-]+ ){1,6}${TO_ACT}`,
  // A gathering convened for a business: "has called a press conference on Friday to discuss the bid", "held a rally to
  // protest the cuts".
  `(?:call(?:s|ed|ing)?|conven(?:e|es|ed|ing)|schedul(?:e|es|ed|ing)|hold|holds|held|holding|organi[sz](?:e|es|ed|ing)) (?:a|an) (?:[\\w-]+ ){0,2}(?:${GATHERINGS.join('|')})s? (?:(?!to\\b)[\\w’'.-]+ ){0,4}${TO_ACT}(?<!to be)`,
  // Being somewhere for a purpose: "the ministers are in Beijing to meet Xi", "she was in town to promote her book".
  `to (?:${ERRANDS.join('|')})\\b(?<=\\b(?:is|are|was|were|be|been|['’]s|['’]re|arrived|arrives|flew|travell?ed|traveled) (?:also |now |already )?in (?!${NO_PLACE})(?:[\\w’'.-]+ ){1,3}to [a-z ]+)`,
  // A body set up for a task, like "set up … to": "founded the charity in 1998 to help refugees", "a unit was formed to
  // track the funds"; "the oldest firm founded to date" and "formed a response to…" name no task. Not "created": "created an
  // incentive to hoard" names a cause.
  `(?:established|founded|formed)(?<!\\b(?:newly|recently|self|long|well) ?-?(?:established|founded|formed)) (?!(?:and|or|but|by)\\b)(?:(?!(?:to|is|are|was|were|be|been)\\b)[\\w’'-]+ ){0,6}(?<!\\b(?:${NOUNS_TO}) )${TO_ACT}`,
];

/** Readiness that is a state of mind, not a move: "ready to face the consequences", "ready to die". */
const ENDURE = phrases('face, die, accept, listen, learn, forgive, move on');

/** Weak (outside quotes and conditions): readiness a party is reported to have declared. */
export const CALL_WEAK_CUE_PATTERNS: readonly string[] = [
  // "the ministry indicated that it was ready to resume talks", "said they are prepared to strike"; "the cake is ready to
  // eat" reports nobody's stance, and "says he is ready to face the voters" a state of mind.
  `(?:ready|prepared)(?<=\\b(?:said|says|saying|indicated|indicates|signall?ed|signals|announced|declared|claimed|stated)(?: that)? (?:it|he|she|they|we|the [a-z]+) (?:is|was|are|were)(?: now| also| still)? (?:ready|prepared)) ${TO_ACT}(?<!to (?:${ENDURE.join('|')}))(?![a-z])`,
];

/** The literal openings of the cues above. */
export const CALL_CUE_STEMS: readonly string[] = phrases(`
  call, conven, schedul, ready, prepared, hold, held, organi, established, founded, formed, ${ERRANDS.map((e) => `to ${e}`).join(', ')}
`);
