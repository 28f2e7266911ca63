import type { Hedge, Sentence } from './types';
/** Finds hedges. (Stub: to be written.) */
export function findHedges(_text: string, _sentences: Sentence[]): Hedge[] { return []; }
