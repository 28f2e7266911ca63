/**
 * Subjects that do not sit right before their reporting verb: the one a sentence opens
 * with ("In Washington, X condemned the attack and said …", ", saying"), and the one
 * before inserted clauses ("Israel, which controls tax receipts, has pledged").
 * Bounded token windows only.
 */
import type { Sentence } from './types';
import { WINDOW, at, back, hasToken, isCap, isFirstPerson, isPronoun, isSourceNoun, phraseAfter, phraseBefore, tokenize, type Phrase, type TokensBefore } from './attribution-phrase';

/** Articles that open a description ("the Virginia Democrat", "an Oklahoma Republican"). */
export const DETERMINERS_RE = /^(?:the|a|an)$/i;
const INTRO = /^(?:In|On|At|After|Before|During|Since|From|For|With|Without|By|Despite|Although|Though|While|When|As|Asked|Speaking|Meanwhile|However|Earlier|Later|Last|This|Yet|But|And|Still|Among|Amongst|Amid|Amidst|Throughout|Across|Around|Within|Under|Over|Through|Upon|Unlike|Like|Beyond|Behind|Following|Once|If|Unless|Until|Because|Whether|Whenever|Wherever|Where|Even)\b/;

/** The subject a sentence opens with, skipping an introductory phrase ("In Washington, …"). */
export function openingSubject(text: string, sent: Sentence, limit: number): Phrase | null {
  const tokens = tokenize(text, sent.start, Math.min(limit, sent.start + WINDOW));
  let k = 0;
  while (k < tokens.length && !at(tokens, k).word) k++;
  const intro = INTRO.test(at(tokens, k).text);
  if (intro) {
    const comma = tokens.findIndex((t, j) => j > k && t.text === ',');
    if (comma < 0) return null;
    k = comma + 1;
  }
  let p = phraseAfter(tokens, k);
  // "At a rally in Tampa, Fla., on Wednesday, Mr. Trump …": after the place, a time or place phrase
  // between commas still belongs to the introduction ("Fla." is no subject).
  for (let more = 0; intro && p && more < 2 && followedByComma(tokens, p.last); more++) {
    const comma = tokens.findIndex((t, j) => j > p!.last && t.text === ',');
    if (!ADVERBIAL_OPENING.test(at(tokens, comma + 1).text)) break;
    const end = tokens.findIndex((t, j) => j > comma + 1 && t.text === ',');
    if (end < 0) break;
    p = phraseAfter(tokens, end + 1);
  }
  if (!p) return null;
  // "The leader of Ennahda, Rachid Ghannouchi, …": the name in apposition is the source.
  if (at(tokens, p.last + 1).text === ',') {
    const name = phraseAfter(tokens, p.last + 2);
    if (name && name.proper && isCap(name.head) && at(tokens, name.last + 1).text === ',') return name;
  }
  const named = (p.proper && isCap(p.head)) || isSourceNoun(p.head);
  return named || (isPronoun(p.head) && !isFirstPerson(p.head)) ? p : null;
}

/** Words that open a time or place phrase inside a sentence's introduction ("on Wednesday", "last week"). */
const ADVERBIAL_OPENING = /^(?:on|in|at|last|this|early|late|during|after|before|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A comma right after token `last`, or after a full stop there ("Fla., on"). */
function followedByComma(tokens: ReturnType<typeof tokenize>, last: number): boolean {
  const next = at(tokens, last + 1).text;
  return next === ',' || (next === '.' && at(tokens, last + 2).text === ',');
}

/**
 * "The ambassador to the United Nations, Nikki R. Haley, said": the name before the comma is the object of a
 * title ("ambassador to", "head of"), so the full name inserted after it is the title holder; "Paris, France," is a place.
 */
function titleOfPlace(before: TokensBefore, p: Phrase, inserted: Phrase): boolean {
  const lead = back(before, p.first - 1);
  const title = back(before, p.first - 2);
  return /^(?:to|of|for|at)$/.test(lead.low) && title.word && /^[a-z]/.test(title.text) && inserted.last > inserted.first;
}

/**
 * "The White House press secretary, Josh Earnest, said": a description opening with an article and ending in a
 * lower-case title is no name, whatever capitals it holds ("White House"), nor is one opening with an owner ("Microsoft's
 * chief scientist, Eric Horvitz,"); the name inserted after it holds the title.
 */
function titleDescription(before: TokensBefore, p: Phrase): boolean {
  const lead = back(before, p.first).text;
  return (DETERMINERS_RE.test(lead) || /['’]s$/.test(lead)) && p.last > p.first && !isCap(p.head);
}

/**
 * "Israel, which controls tax receipts, has pledged" / "Bruce Van Horn, a commenter, noted" /
 * "Alverson, a commissioner on the …, which has managed …, described": the subject before
 * up to three inserted clauses, or the name inside the insert. `comma` is the comma before the verb.
 */
export function subjectBeforeInsert(before: TokensBefore, comma: number, sentStart: number): Phrase | null {
  let close = comma;
  for (let tries = 0; tries < 3; tries++) {
    let open = close - 1;
    while (hasToken(before, open) && back(before, open).text !== ',' && close - open < 30) {
      if (!back(before, open).word && /[.;:!?"“”]/.test(back(before, open).text)) return null;
      open--;
    }
    // A comma that is the window's first token has no subject before it.
    if (!hasToken(before, open - 1) || back(before, open).text !== ',') return null;
    // "One commenter, Bruce Van Horn, noted": the name in the insert is the source.
    const inserted = phraseBefore(before, close - 1, sentStart);
    const p = phraseBefore(before, open - 1, sentStart);
    if (tries === 0 && inserted && inserted.proper && inserted.first === open + 1
      && !DETERMINERS_RE.test(back(before, open + 1).text) && !(p && p.proper && !titleOfPlace(before, p, inserted) && !titleDescription(before, p))) return inserted;
    if (!p || !(p.proper || isSourceNoun(p.head))) return null;
    const first = p.first;
    const lead = back(before, first - 1);
    // "Alverson, a commissioner on …, which …, described": a description after a comma is one more insert.
    if (lead.text === ',' && DETERMINERS_RE.test(back(before, first).text)) {
      const named = phraseBefore(before, first - 2, sentStart);
      const namedLead = named ? back(before, named.first - 1) : null;
      if (named && named.proper && namedLead && (!namedLead.word || namedLead.start < sentStart)) return named;
      // "…in the coup, the source, who said …, told": a clause ends before the description, which is the subject.
      if (named && !isCap(named.head) && isSourceNoun(p.head)) return p;
      close = first - 1;
      continue;
    }
    // The phrase must open its clause; otherwise this comma may close an earlier insert.
    // "… found that many people, both young and old, told her": "that" opens the clause too.
    // "That changed in 1994, when Ada Lee, then at Bell Labs, demonstrated …": so does a subordinating conjunction.
    if (!lead.word || /^(?:and|but|so|then|yet|that|when|while|after|before|because|since|although|though|if|unless|until|whereas|once)$/i.test(lead.text) || lead.start < sentStart) return p;
    close = open;
  }
  return null;
}

