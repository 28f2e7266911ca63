import type { Attribution, Sentence } from './types';
/** Finds attributions: who says so. (Stub: to be written.) */
export function findAttributions(_text: string, _sentences: Sentence[]): Attribution[] { return []; }
