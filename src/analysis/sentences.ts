/**
 * Splits article text into blocks (paragraphs, separated by blank lines) and sentences.
 * Sentences never cross a block. Segmented block by block: Intl.Segmenter is
 * quadratic on long strings, and so would any splitter that looks at the whole text.
 * (First version: helper will refine abbreviations, quotes, initials, decimals.)
 */
import type { Block, Sentence } from './types';

export function splitSentences(text: string): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const blockRe = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = blockRe.exec(text); m; m = blockRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (end <= start || !m[0].trim()) continue;
    const b = blocks.push({ start, end }) - 1;
    const sentRe = /[^.!?]+(?:[.!?]+["'”’)\]]*|$)/g;
    const body = text.slice(start, end);
    for (let s = sentRe.exec(body); s; s = sentRe.exec(body)) {
      if (!s[0]) { sentRe.lastIndex++; continue; }
      const lead = s[0].length - s[0].trimStart().length;
      const sStart = start + s.index + lead;
      const sEnd = start + s.index + s[0].trimEnd().length;
      if (sEnd > sStart) sentences.push({ start: sStart, end: sEnd, block: b });
    }
  }
  return { blocks, sentences };
}
