/** What the attribution tests share: the attributions of a text, as the pipeline finds them. */
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';
import type { Attribution } from '../../src/analysis/types';

/** The attributions of `text`, split into sentences first as the pipeline does. */
export function attributionsOf(text: string): Attribution[] {
  return findAttributions(text, splitSentences(text).sentences);
}

/** Each attribution of `text` as [source, cue]. */
export const pairs = (text: string): [string | null, string][] => attributionsOf(text).map((a) => [a.source, a.cue]);
