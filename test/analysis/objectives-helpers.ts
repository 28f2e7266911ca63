/** What the objectives tests share: the objectives of a text as the pipeline finds them, and two checks. */
import { expect } from 'vitest';
import { findObjectives } from '../../src/analysis/objectives';
import { splitSentences } from '../../src/analysis/sentences';

/** The objectives of `text` (their sentences), split into sentences first as the pipeline does. */
export function objectives(text: string): string[] {
  const { sentences, blocks } = splitSentences(text);
  return findObjectives(text, sentences, blocks).map((o) => o.text);
}

/** Each sentence alone must be found as an objective. */
export const found = (sentences: string[]): void => {
  for (const s of sentences) expect(objectives(s), s).toEqual([s]);
};

/** Each sentence alone must give none. */
export const none = (sentences: string[]): void => {
  for (const s of sentences) expect(objectives(s), s).toEqual([]);
};
