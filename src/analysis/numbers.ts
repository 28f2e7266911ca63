import type { NumberSpan, Sentence } from './types';
/** Finds numbers and quantities. (Stub: to be written.) */
export function findNumbers(_text: string, _sentences: Sentence[]): NumberSpan[] { return []; }
