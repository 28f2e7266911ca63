/**
 * Quoting by name without a verb: "In Dr. Alvarez's words, …", "in his own words", "in the
 * words of one analyst, …". Finds each "words" with a fast literal search (indexOf), then reads a
 * bounded window on either side, so the pass is linear in the text length.
 */
import type { Sentence } from './types';
import { MAX_CUES_PER_SENTENCE, nextToQuote, sentenceAt, type DraftAttribution } from './attribution-cues';
import { isCap, phraseAfter, phraseAt } from './attribution-phrase';
import { isWordish } from './attribution-verbs';
import { isAsciiWordChar } from './char-codes';

/** "In Dr. Alvarez's (own) " or "in his (own) " right before "words". */
const POSSESSOR_BEFORE = /\b[Ii]n\s+(?:((?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)['’]s?|(his|her|their))\s+(?:own\s+)?$/u;
/** "in the " right before "words", and " of " right after. */
const IN_THE_BEFORE = /\b[Ii]n\s+the\s+$/;
const OF_AFTER = /^\s+of\s+/;
const LOOK_BACK = 80;

/** Finds "In X's words" and "in the words of X" cues; the cue is "words" / "in the words of". */
export function findWordsCues(text: string, sentences: readonly Sentence[]): DraftAttribution[] {
  const out: DraftAttribution[] = [];
  let current = -1;
  let count = 0;
  // indexOf finds each "words" several times faster than a regex; the ASCII test after it is the regex's `\b`.
  for (let w = text.indexOf('words'); w >= 0; w = text.indexOf('words', w + 5)) {
    const end = w + 5;
    if (isWordish(text, w - 1) || isAsciiWordChar(text.charCodeAt(end))) continue; // "swords", "buzzwords", "wordsmith"
    const s = sentenceAt(sentences, w);
    if (s < 0) continue;
    // As for verbs: a runaway "sentence" (a page without punctuation) stops costing a window per hit.
    count = s === current ? count + 1 : 0;
    current = s;
    if (count >= MAX_CUES_PER_SENTENCE) continue;
    const sent = sentences[s] as Sentence;
    const before = text.slice(Math.max(sent.start, w - LOOK_BACK), w);
    const from = w - before.length;
    const possessor = POSSESSOR_BEFORE.exec(before);
    if (possessor) {
      const name = possessor[1] ?? possessor[2] ?? '';
      const start = from + possessor.index;
      const head = name.slice(name.lastIndexOf(' ') + 1);
      out.push({ start, end, cueStart: start, cue: 'words', mention: name, head, proper: isCap(head), quote: nextToQuote(text, start, end), sentence: s });
      continue;
    }
    const inThe = IN_THE_BEFORE.exec(before);
    const of = inThe ? OF_AFTER.exec(text.slice(end, end + 12)) : null;
    if (!inThe || !of) continue;
    const found = phraseAt(text, end + of[0].length, sent.end);
    let p = found.p;
    // "one local farmer": the person, not the pronoun "one".
    const rest = p && p.head === 'one' ? phraseAfter(found.tokens, 1) : null;
    if (p && rest) p = { ...rest, start: p.start };
    if (!p) continue;
    const start = from + inThe.index;
    out.push({ start, end: p.end, cueStart: start, cue: 'in the words of', mention: text.slice(p.start, p.end), head: p.head, proper: p.proper, quote: nextToQuote(text, start, p.end), sentence: s });
  }
  return out;
}
