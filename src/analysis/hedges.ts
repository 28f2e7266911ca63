/**
 * Hedges: the words that soften a statement ("reportedly", "may", "it is unclear whether").
 * One global regex over the text, longest phrase first, so the pass is linear.
 */
import type { Hedge, Sentence } from './types';
import { HEDGE_PHRASES } from './lexicon/hedges';
import { sentenceAt } from './attribution-cues';
import { standsAlone } from './attribution-verbs';
import { ANY_SPACE, literalTrie } from './word-trie';

// ASCII \\b for speed; matches are checked with `standsAlone`. As a trie the longest phrase
// still wins at each position, but a shared prefix ("it is …") is read once. Compiled once:
// building it from its long source costs more than scanning a short text.
const HEDGE_RE = new RegExp(`\\b(?:${literalTrie(HEDGE_PHRASES, ANY_SPACE)})\\b`, 'gi');
/** Text ending in an opening quote, bracket or colon: a capital after it opens a quotation, not a name. */
const AFTER_OPENING_MARK = /["“‘(:]\s*$/;
const MONTH_CONTEXT_BEFORE = /(?:\b(?:in|on|of|since|until|till|by|from|through|last|next|early|late|mid|this|during|before|after|between|and)\s+|-)$/i;

/** True when "May" at `pos` is the month ("in May", "May 5", "May 2024"), not the modal verb. */
function isMonth(text: string, pos: number, sentenceStart: number): boolean {
  if (text[pos] !== 'M') return false;
  const after = text.slice(pos + 3, pos + 10);
  if (/^\s+\d/.test(after) || /^,\s+\d{4}/.test(after)) return true;
  if (MONTH_CONTEXT_BEFORE.test(text.slice(Math.max(sentenceStart, pos - 12), pos))) return true;
  // Capitalised mid-sentence, not after a quote or colon: a name or the month, never the modal.
  return pos > sentenceStart && !AFTER_OPENING_MARK.test(text.slice(Math.max(sentenceStart, pos - 3), pos));
}

/**
 * Finds hedges in `text`, sorted by start; each belongs to the sentence holding it.
 * The month "May" is not a hedge; the modal "may" is. Never throws; linear time.
 */
export function findHedges(text: string, sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  if (!text || !sentences.length) return out;
  HEDGE_RE.lastIndex = 0;
  for (let m = HEDGE_RE.exec(text); m; m = HEDGE_RE.exec(text)) {
    if (!standsAlone(text, m.index, m.index + m[0].length)) continue;
    const s = sentenceAt(sentences, m.index);
    if (s < 0) continue;
    const sentenceStart = (sentences[s] as Sentence).start;
    const word = m[0];
    // Lengths first: a regex per hedge costs more than the rest of the checks.
    if (word.length === 3 && /^may$/i.test(word) && isMonth(text, m.index, sentenceStart)) continue;
    // "could not be reached" states an inability, not a doubt.
    if (word.length === 5 && /^could$/i.test(word) && /^\s+not\b/.test(text.slice(m.index + 5, m.index + 10))) continue;
    // "Might"/"Could" capitalised mid-sentence are names or titles, not hedges.
    const first = word.charCodeAt(0);
    if ((first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word)) && m.index > sentenceStart && m[0].length < 8 && !AFTER_OPENING_MARK.test(text.slice(Math.max(0, m.index - 3), m.index)) && !/\s/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], sentence: s });
  }
  return out;
}
