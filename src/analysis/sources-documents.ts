/**
 * Documents named by the words after their mention: a title in quotation marks ("according to the new
 * “dot plot” of rate projections"), or the journal a study came out in ("a study Monday in Nature Climate Change").
 */
import type { Attribution } from './types';

// "according to the new “dot plot” of rate projections": a document named in quotation marks, and what it is of.
const QUOTED_TITLE = /^[ \t]*["“]([^"”\n]{1,60})["”](?:[ \t]+(?:of|on|for|from)[ \t]+[\p{L}\p{N}' \t-]{1,50}?(?=[.,;:!?)]|$))?/u;
const QUOTE_OPENING = /^[ \t]*["“]/;

/** "according to the new" cut short by a quotation mark: the mention with the quoted title (and its "of …") after it, or null. */
export function quotedTitleAfter(text: string, a: Attribution): string | null {
  if (a.source === null || a.cue !== 'according to' || !QUOTE_OPENING.test(text.slice(a.end, a.end + 3))) return null;
  const m = QUOTED_TITLE.exec(text.slice(a.end, a.end + 140));
  return m ? `${a.source} ${m[0].trim()}` : null;
}

// " in Nature Climate Change", " in the journal Pediatrics": a journal named right after a study's mention.
const JOURNAL_AFTER = /^[ \t]+(?:published[ \t]+)?in[ \t]+(?:the[ \t]+)?(?:journal[ \t]+)?(\p{Lu}[\p{L}\p{N}’'.&-]*(?:[ \t]+(?:(?:of|for|and|&|the)[ \t]+)*\p{Lu}[\p{L}\p{N}’'.&-]*)*)/u;
// A month, a day or a place is no journal ("a study in March", "a survey in Ohio" stays unnamed but for a known journal word).
const NOT_JOURNAL = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const JOURNAL_WORDS = /\b(?:Journal|Nature|Science|Lancet|Medicine|Proceedings|Review|Letters|Reports|Pediatrics|Cell|Annals|Bulletin|PLOS|BMJ|JAMA)\b/;

/** "according to a study Monday in Nature Climate Change": the journal named right after a study's mention, or null. */
export function journalNamedAfter(text: string, a: Attribution): string | null {
  const m = JOURNAL_AFTER.exec(text.slice(a.end, a.end + 120));
  const name = m?.[1]?.replace(/\s+(?:of|for|and|&|the)$/i, '').replace(/[.’']+$/, '');
  if (!name || NOT_JOURNAL.test(name) || !(JOURNAL_WORDS.test(name) || /\bjournal\s/i.test(m?.[0] ?? ''))) return null;
  return name;
}
