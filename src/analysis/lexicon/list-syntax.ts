/**
 * How the lexicon writes its lists compactly: words separated by white space, or phrases
 * separated by commas. Data helpers only.
 */

/** A list written as words separated by spaces and line breaks. */
export const words = (list: string): string[] => list.trim().split(/\s+/);

/** A list written as phrases separated by commas ("so far, to date, since"). */
export const phrases = (list: string): string[] => list.split(',').map((p) => p.trim());
