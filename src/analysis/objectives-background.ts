/**
 * Goal cues that stand in the background of their sentence, not as an aim it reports: an attempt or
 * a plan as the subject ("Attempting to evacuate the whole city could divert resources") and a
 * decision or a proposal that only dates the main clause ("When the club decided to sell him, fans protested", "When
 * the theory was first proposed, it was a curiosity"), and an action that someone forecasts ("the agency projects that
 * the state will retire ten plants", "amid speculation that the bank will extend its program").
 */

/** A cue in the -ing form opening its sentence (behind a quotation mark at most). */
const gerundOpeningRe = /^[\s“"‘'(]*$/;
const gerundCueRe = /^(?:attempting|trying|seeking|planning|aiming|hoping|wanting|deciding|striving|vowing|pledging|promising) to\b/i;
/** A decision inside a time clause: "when", "after", "before", "once" or "until" with no break before the cue. */
const timeClauseRe = /(?:^|[^\p{L}])(?:when|after|before|once|until)\s[^,;:—–]*$/iu;
const decisionCueRe = /^(?:decid(?:es?|ed|ing)|proposed)\b/i;
/** A verb of forecasting or supposing, or a market's speculation or fear "that", before a "will" in the same clause: what it tells is foreseen, not announced by the actor. */
const forecastBeforeRe = /\b(?:(?:speculation|bets|expectations?|fears|worries|concerns?|rumou?rs|talk)(?: [a-z]+){0,2} that\b|(?:projects?|projected|predicts?|predicted|forecasts?|forecasted|estimates?|estimated|anticipates?|anticipated|expects?|expected|fears?|feared|warns?|warned|speculates?|speculated|bets?|assumes?|assumed|supposes?|supposed|believes?|believed|thinks?|thought|reckons?|reckoned|doubts?|doubted)\b(?: that)?)[^,;:.!?]{0,60}$/i;
const willCueRe = /^(?:will|would|['’]ll)\b/i;

/**
 * Whether the cue `cue` found at `at` in `sentence` is background: a gerund subject (no comma after the
 * cue, so no participial clause ending before a subject: "Trying to calm the markets, the bank cut
 * rates" keeps its aim), a decision in a time clause, or a "will" someone forecasts.
 */
export function inBackground(sentence: string, at: number, cue: string): boolean {
  if (gerundCueRe.test(cue) && gerundOpeningRe.test(sentence.slice(0, at)) && !sentence.includes(',', at)) return true;
  if (willCueRe.test(cue) && forecastBeforeRe.test(sentence.slice(Math.max(0, at - 90), at))) return true;
  return decisionCueRe.test(cue) && timeClauseRe.test(sentence.slice(Math.max(0, at - 80), at));
}

/**
 * "it is impossible, even in theory, to…": an adjective of ease, need or rule, set off by a comma clause, before an
 * infinitive that is its extraposed subject, not a purpose ("it is hard, at first, to tell them apart").
 */
const extraposedRe = /\b(?:it|it['’]s|is|was|are|were|be|been|seems?|seemed)\s(?:[a-z]+ly\s|not\s|also\s)?(?:impossible|possible|hard|harder|difficult|easy|easier|necessary|important|essential|vital|crucial|illegal|unlawful|legal|safe|unsafe|wise|unwise|tempting|tough|rare|common|cheaper|costly|expensive)(?:\s+for\s+[\w’'-]+(?:\s[\w’'-]+)?)?,[^,;:.!?]{0,40}$/i;
/** Whether the comma purpose clause at `at` in `sentence` is the extraposed subject of such an adjective. */
export function extraposedBefore(sentence: string, at: number): boolean {
  return extraposedRe.test(sentence.slice(Math.max(0, at - 90), at));
}
